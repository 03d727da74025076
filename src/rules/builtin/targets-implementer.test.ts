/**
 * Two units' projects of one name (`校舍维修` of 某县第一中学 and of 某县第二中学 in the 项目支出表's
 * unit sections) and their targets, each printing its 实施单位: a target is the project of the
 * unit its 实施单位 names, so its money is compared with that project's. Before, a name two
 * projects share matched neither: a wrong 资金总额 was found by nothing but the sum.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../catalog/2024";
import type { Disclosure, Table } from "../../disclosure";
import { readPrintedTable } from "../../printed";
import { henan2024, nationalMinimum, type Template } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile, nationalProfile } from "../profiles";

const read = (title: string, headers: string[], rows: string[][], template: Template): Table => {
  const r = readPrintedTable(
    { title, unit: "单位：万元", headers, rows },
    { template, catalog: catalog2024.functional },
  );
  if (r.table === undefined) throw new Error(title);
  return r.table;
};

const UNITS = [
  { code: "301001", name: "某县第一中学", unitType: "事业" },
  { code: "301002", name: "某县第二中学", unitType: "事业" },
] as const;

/** The targets of `校舍维修` run by each of `implementers`, with the money `money`. */
function alarms(
  template: Template,
  implementers: readonly [string, string],
  money: readonly [string, string] = ["40.00", "60.00"],
): string[][] {
  const projects = read(
    "2025年项目支出表",
    ["单位编码", "单位名称", "项目名称", "项目类型", "合计"],
    [
      ["", "合计", "", "", "100.00"],
      ["301001", "某县第一中学", "", "", "40.00"],
      ["", "", "校舍维修", "特定目标类", "40.00"],
      ["301002", "某县第二中学", "", "", "60.00"],
      ["", "", "校舍维修", "特定目标类", "60.00"],
    ],
    template,
  );
  const rows = (implementer: string, amount: string, area: string) => [
    ["校舍维修", implementer, amount, "产出指标", "数量指标", "维修面积", area],
    ["", "", "", "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"],
  ];
  const targets = read(
    "2025年项目支出绩效目标表",
    ["项目名称", "实施单位", "资金总额", "一级指标", "二级指标", "三级指标", "指标值"],
    [
      ...rows(implementers[0], money[0], "≥500平方米"),
      ...rows(implementers[1], money[1], "≥300平方米"),
    ],
    template,
  );
  const d: Disclosure = {
    meta: {
      year: 2025,
      documentKind: "部门",
      template: template.id,
      department: { code: "301", name: "某县教育局" },
      units: UNITS,
    },
    tables: [projects, targets],
    texts: [],
  };
  const profile = template === henan2024 ? henan2024Profile : nationalProfile;
  return checkDisclosure(d, { profile, template })
    .findings.filter((f) => f.severity !== "info")
    .map((f) => [f.ruleId, String(f.params.project ?? ""), String(f.params.actual ?? "")]);
}

const TEMPLATES = [
  ["henan2024", henan2024],
  ["nationalMinimum", nationalMinimum],
] as const;

describe.each(TEMPLATES)("%s: two units' projects of one name, told by 实施单位", (_, t) => {
  it.each([
    [["某县第一中学", "某县第二中学"]],
    [["某县第二中学", "某县第一中学"]],
    [["某县 第一中学", "某县第二中学 "]],
  ] as const)("%j: nothing to report", (implementers) => {
    const money = implementers[0].includes("第一") ? ["40.00", "60.00"] : ["60.00", "40.00"];
    expect(alarms(t, implementers, money as [string, string])).toEqual([]);
  });

  it("bites: a wrong 资金总额 is found against its own unit's project", () => {
    expect(alarms(t, ["某县第一中学", "某县第二中学"], ["40.00", "66.00"])).toContainEqual([
      "targets.money",
      "校舍维修",
      "66.00",
    ]);
  });

  it("bites: the two units' targets swapped are found", () => {
    const found = alarms(t, ["某县第二中学", "某县第一中学"], ["40.00", "60.00"]);
    expect(found.filter(([rule]) => rule === "targets.money")).toHaveLength(2);
  });

  it("a 实施单位 the document does not list: not compared, nothing to report", () => {
    expect(alarms(t, ["某县第三中学", "某县第四中学"], ["40.00", "60.00"])).toEqual([]);
  });
});
