/**
 * A project target named with a word after the 项目支出表's name for it (`校舍维修经费`,
 * `校舍维修专项`, `校舍维修专项资金` for `校舍维修`): one table adds `经费` / `专项` as others add
 * `项目` / `资金`. Before, `经费` and `专项` (and two of the words together) matched nothing:
 * `targets.coverage` warned both ways on a correct document. A name after the words stays another
 * project's where the document prints both: two projects of the 项目支出表 (`校舍维修`,
 * `校舍维修经费`), or two targets (`校舍维修`, `校舍维修项目`), are never paired with one another.
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

/** A target's rows: its name and 资金总额, two indicators. */
const target = (name: string, money: string): string[][] => [
  [name, money, "产出指标", "数量指标", "完成数量", "≥1项"],
  ["", "", "满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
];

/** Findings above info (rule and project) of a 项目支出表 and the targets of `targets`. */
function alarms(
  template: Template,
  projects: readonly (readonly [string, string])[],
  targets: readonly (readonly [string, string])[],
): string[][] {
  const total = projects.reduce((s, [, m]) => s + Number(m), 0).toFixed(2);
  const spending = read(
    "2025年项目支出表",
    ["项目名称", "项目类型", "合计"],
    [["合计", "", total], ...projects.map(([name, money]) => [name, "特定目标类", money])],
    template,
  );
  const printed = read(
    "2025年项目支出绩效目标表",
    ["项目名称", "资金总额", "一级指标", "二级指标", "三级指标", "指标值"],
    targets.flatMap(([name, money]) => target(name, money)),
    template,
  );
  const d: Disclosure = {
    meta: {
      year: 2025,
      documentKind: "部门",
      template: template.id,
      department: { name: "某县教育局" },
      units: [],
    },
    tables: [spending, printed],
    texts: [],
  };
  const profile = template === henan2024 ? henan2024Profile : nationalProfile;
  return checkDisclosure(d, { profile, template })
    .findings.filter((f) => f.severity !== "info")
    .map((f) => [f.ruleId, String(f.params.project ?? "")]);
}

const TEMPLATES = [
  ["henan2024", henan2024],
  ["nationalMinimum", nationalMinimum],
] as const;

describe.each(TEMPLATES)("%s: a target's name with a word after it", (_, t) => {
  it.each([
    ["校舍维修经费"],
    ["校舍维修专项"],
    ["校舍维修专项资金"],
    ["校舍维修专项经费"],
    ["校舍维修项目经费"],
    ["2025年校舍维修经费"],
  ])("%s for 校舍维修: nothing to report", (name) => {
    const projects = [
      ["校舍维修", "40.00"],
      ["学生资助", "120.00"],
    ] as const;
    expect(
      alarms(t, projects, [
        [name, "40.00"],
        ["学生资助", "120.00"],
      ]),
    ).toEqual([]);
  });

  it("校舍维修 for 校舍维修经费 of the 项目支出表: nothing to report", () => {
    const projects = [
      ["校舍维修经费", "40.00"],
      ["学生资助专项资金", "120.00"],
    ] as const;
    expect(
      alarms(t, projects, [
        ["校舍维修", "40.00"],
        ["学生资助", "120.00"],
      ]),
    ).toEqual([]);
  });

  it("bites: a wrong 资金总额 of 校舍维修经费 is found against 校舍维修's", () => {
    const projects = [
      ["校舍维修", "40.00"],
      ["学生资助", "120.00"],
    ] as const;
    expect(
      alarms(t, projects, [
        ["校舍维修经费", "44.00"],
        ["学生资助", "120.00"],
      ]),
    ).toContainEqual(["targets.money", "校舍维修经费"]);
  });

  it("two projects 校舍维修 and 校舍维修经费: each its own target, nothing to report", () => {
    const projects = [
      ["校舍维修", "40.00"],
      ["校舍维修经费", "10.00"],
      ["学生资助", "120.00"],
    ] as const;
    expect(
      alarms(t, projects, [
        ["校舍维修经费", "10.00"],
        ["校舍维修", "40.00"],
        ["学生资助", "120.00"],
      ]),
    ).toEqual([]);
  });

  it("two targets 校舍维修 and 校舍维修项目 of one project: the second is no target of it", () => {
    const projects = [
      ["校舍维修", "40.00"],
      ["学生资助", "120.00"],
    ] as const;
    const found = alarms(t, projects, [
      ["校舍维修", "40.00"],
      ["校舍维修项目", "10.00"],
      ["学生资助", "120.00"],
    ]);
    // never compared with 校舍维修's money: a target of no project of the table
    expect(found).not.toContainEqual(["targets.money", "校舍维修项目"]);
    expect(found).toContainEqual(["targets.coverage", "校舍维修项目"]);
  });

  it("two targets 校舍维修经费 and 校舍维修专项 of one project: neither is paired", () => {
    const projects = [
      ["校舍维修", "40.00"],
      ["学生资助", "120.00"],
    ] as const;
    const found = alarms(t, projects, [
      ["校舍维修经费", "30.00"],
      ["校舍维修专项", "10.00"],
      ["学生资助", "120.00"],
    ]);
    expect(found.filter(([rule]) => rule === "targets.money")).toEqual([]);
  });
});
