/**
 * A table of projects printing a form's label in its project column: a header row read as a row
 * (its labels in the columns the layout reads) is that row only, the projects after it read; a
 * form's block (its labels printing nothing the layout reads) is the form from its first row on.
 */
import { describe, expect, it } from "vitest";
import { henan2024 } from "../../templates";
import { readTargets } from "./read";
import { ind, project, table } from "./test-support";

const indicator = (level1: string, name: string, value: string) => ({
  "indicator.level1": level1,
  "indicator.name": name,
  "indicator.value": value,
});

describe("a form's label in a table of projects", () => {
  it("a header row read as a row: that row unread, the projects after it read", () => {
    const r = readTargets(
      [
        table("projectTargets", [
          project("项目名称", {
            total: "资金总额",
            ...indicator("一级指标", "三级指标", "指标值"),
          }),
          project("校舍维修", {
            total: "40.00",
            ...indicator("产出指标", "维修面积", "≥500平方米"),
          }),
          ind(0, indicator("满意度指标", "满意度", "≥90%")),
        ]),
      ],
      henan2024,
    );
    expect(r.targets?.projects.map((p) => [p.name, p.money.total, p.indicators.length])).toEqual([
      ["校舍维修", "40.00", 2],
    ]);
    expect(r.problems.map((p) => p.code)).toContain("unread-cell");
  });

  it("a form's block: none of its rows is a project, the rows above its labels included", () => {
    const r = readTargets(
      [
        table("projectTargets", [
          project("申报单位", { "extra:校舍维修": "某县第一中学" }),
          project("主管部门", { "extra:校舍维修": "某县教育局" }),
          project("一级指标", { "extra:校舍维修": "二级指标" }),
          project("产出指标", { "extra:校舍维修": "数量指标" }),
        ]),
      ],
      henan2024,
    );
    expect(r.targets?.projects).toEqual([]);
    // a label's row: its label and its cell unread; any other: a row of no project
    expect(r.problems.map((p) => [p.code, "row" in p ? p.row : ""])).toEqual([
      ["orphan-row", "project:申报单位"],
      ["unread-cell", "project:主管部门"],
      ["unread-cell", "project:主管部门"],
      ["unread-cell", "project:一级指标"],
      ["unread-cell", "project:一级指标"],
      ["orphan-row", "project:产出指标"],
    ]);
  });
});
