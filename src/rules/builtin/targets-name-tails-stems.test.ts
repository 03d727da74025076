/**
 * A 项目支出表 printing two projects, `X` and `X` with a word after it (`校舍维修` and
 * `校舍维修经费`, `教师培训` and `教师培训专项`), and a target naming `X`'s with another word
 * (`校舍维修项目`, `党建项目`): the target is `X`'s, found by taking its words off one at a time
 * and looking each shorter name up among the names as printed. Before, both projects had one name
 * without their words, so neither was found by it: `targets.coverage` warned for `X` and for the
 * target on a correct document, and a wrong 资金总额 of the target went unchecked.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../catalog/2024";
import type { Disclosure, Table } from "../../disclosure";
import { readPrintedTable } from "../../printed";
import { henan2024, nationalMinimum, type Template } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile, nationalProfile } from "../profiles";
import { indexProjects, matchProject } from "./targets-projects";

const read = (title: string, headers: string[], rows: string[][], template: Template): Table => {
  const r = readPrintedTable(
    { title, unit: "单位：万元", headers, rows },
    { template, catalog: catalog2024.functional },
  );
  if (r.table === undefined) throw new Error(title);
  return r.table;
};

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
    targets.flatMap(([name, money]) => [
      [name, money, "产出指标", "数量指标", "完成数量", "≥1项"],
      ["", "", "满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
    ]),
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

/** Projects `X` (10.00) and `X…` (20.00), and the targets naming them, `X`'s first. */
const CASES = [
  ["校舍维修", "校舍维修经费", "校舍维修项目", "校舍维修经费"],
  ["教师培训", "教师培训专项", "教师培训项目", "教师培训专项资金"],
  ["党建", "党建经费", "党建项目", "党建经费"],
  ["校舍维修", "校舍维修经费", "2025年校舍维修", "校舍维修经费"],
  ["学生资助", "学生资助专项", "学生资助资金", "学生资助专项项目经费"],
] as const;

describe.each(TEMPLATES)("%s: projects X and X with a word after it", (_, t) => {
  it.each(CASES)("%s, %s; targets %s, %s: nothing to report", (x, xLong, tx, tLong) => {
    expect(
      alarms(
        t,
        [
          [x, "10.00"],
          [xLong, "20.00"],
        ],
        [
          [tLong, "20.00"],
          [tx, "10.00"],
        ],
      ),
    ).toEqual([]);
  });

  it.each(CASES)("bites: %s, %s; a wrong 资金总额 of %s is found", (x, xLong, tx, tLong) => {
    expect(
      alarms(
        t,
        [
          [x, "10.00"],
          [xLong, "20.00"],
        ],
        [
          [tx, "13.00"],
          [tLong, "20.00"],
        ],
      ),
    ).toContainEqual(["targets.money", tx]);
  });
});

describe("matchProject: a name's words taken off one at a time", () => {
  const projects = [{ name: "校舍维修" }, { name: "校舍维修经费" }] as never;
  const index = indexProjects(projects, 2025);

  it("finds the longest shorter name printed", () => {
    expect(matchProject(index, { name: "校舍维修经费项目" })?.name).toBe("校舍维修经费");
    expect(matchProject(index, { name: "校舍维修项目" })?.name).toBe("校舍维修");
  });

  it("a name both projects share without their words names neither", () => {
    const both = indexProjects([{ name: "校舍维修项目" }, { name: "校舍维修经费" }] as never, 2025);
    expect(matchProject(both, { name: "校舍维修" })).toBeUndefined();
    expect(matchProject(both, { name: "校舍维修资金" })).toBeUndefined();
  });
});
