/**
 * A project target named as the 项目支出表 names its project, with what another table prints
 * around the name: its code after it in brackets (`校舍维修（410305250000000000001）`, as a code
 * before it already was), the department's or a unit's name before it (`某县教育局-校舍维修`).
 * Before, such a target matched no project: `targets.coverage` warned both ways (a project
 * without targets, a target of no project) on a correct document.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../catalog/2024";
import type { Disclosure, Table } from "../../disclosure";
import { readPrintedTable } from "../../printed";
import { henan2024, nationalMinimum, type Template } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile, nationalProfile } from "../profiles";
import { splitCode } from "./targets-names";

const read = (title: string, headers: string[], rows: string[][], template: Template): Table => {
  const r = readPrintedTable(
    { title, unit: "单位：万元", headers, rows },
    { template, catalog: catalog2024.functional },
  );
  if (r.table === undefined) throw new Error(title);
  return r.table;
};

/** Findings above info of a 项目支出表 of two projects and their targets named `names`. */
function alarms(template: Template, names: readonly [string, string], money = "40.00"): string[] {
  const projects = read(
    "2025年项目支出表",
    ["项目名称", "项目类型", "合计"],
    [
      ["合计", "", "160.00"],
      ["校舍维修", "特定目标类", "40.00"],
      ["学生资助", "特定目标类", "120.00"],
    ],
    template,
  );
  const targets = read(
    "2025年项目支出绩效目标表",
    ["项目名称", "资金总额", "一级指标", "二级指标", "三级指标", "指标值"],
    [
      [names[0], money, "产出指标", "数量指标", "维修面积", "≥500平方米"],
      ["", "", "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"],
      [names[1], "120.00", "产出指标", "数量指标", "资助人数", "≥100人"],
      ["", "", "满意度指标", "服务对象满意度指标", "学生满意度", "≥95%"],
    ],
    template,
  );
  const d: Disclosure = {
    meta: {
      year: 2025,
      documentKind: "部门",
      template: template.id,
      department: { name: "某县教育局" },
      units: [{ code: "301001", name: "某县第一中学", unitType: "事业" }],
    },
    tables: [projects, targets],
    texts: [],
  };
  const profile = template === henan2024 ? henan2024Profile : nationalProfile;
  return checkDisclosure(d, { profile, template })
    .findings.filter((f) => f.severity !== "info")
    .map((f) => f.ruleId);
}

const TEMPLATES = [
  ["henan2024", henan2024],
  ["nationalMinimum", nationalMinimum],
] as const;

describe.each(TEMPLATES)("%s: a target's project name with more printed around it", (_, t) => {
  it.each([
    ["校舍维修", "学生资助"],
    ["校舍维修（410305250000000000001）", "学生资助（410305250000000000002）"],
    ["校舍维修(410305250000000000001)", "学生资助[410305250000000000002]"],
    ["某县教育局-校舍维修", "某县教育局-学生资助"],
    ["某县教育局：校舍维修", "某县教育局学生资助"],
    ["某县第一中学-校舍维修", "学生资助"],
  ] as const)("%s, %s: nothing to report", (a, b) => {
    expect(alarms(t, [a, b])).toEqual([]);
  });

  it.each([
    ["校舍维修（410305250000000000001）", "学生资助"],
    ["某县教育局-校舍维修", "学生资助"],
  ] as const)("%s with a wrong 资金总额 is found", (a, b) => {
    expect(alarms(t, [a, b], "41.00")).toContain("targets.money");
  });

  it("another name after the department's is still another project", () => {
    expect(alarms(t, ["某县教育局-校舍新建", "学生资助"])).toContain("targets.coverage");
  });
});

describe("splitCode: a code after the name in brackets", () => {
  it.each([
    ["校舍维修（410305250000000000001）", "校舍维修", "410305250000000000001"],
    ["校舍维修 【41030525000000000000A】", "校舍维修", "41030525000000000000A"],
    ["校舍维修（特定目标类）", "校舍维修（特定目标类）", undefined],
    ["校舍维修（2025）", "校舍维修（2025）", undefined],
    ["（410305250000000000001）", "（410305250000000000001）", undefined],
  ])("%s", (printed, name, code) => {
    expect(splitCode(printed)).toEqual(code === undefined ? { name } : { name, code });
  });
});
