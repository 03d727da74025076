/**
 * A line label printed after the heading of its block in one cell (`资金来源：政府预算资金`,
 * `1、资金来源：（1）政府预算资金`): the line is the part after the heading.
 */
import { describe, expect, it } from "vitest";
import { rowKeyId } from "../disclosure";
import { henan2024 } from "../templates";
import { readPrintedTable } from "./read";

const budget = (labels: readonly string[]) =>
  readPrintedTable(
    {
      title: "部门（单位）整体绩效目标表",
      headers: ["项目", "金额"],
      rows: labels.map((l, i) => [l, `${i + 1}.00`]),
    },
    { template: henan2024 },
  );

describe("a line label after its block's heading", () => {
  it.each([
    [["资金来源：政府预算资金", "资金结构：基本支出", "项目支出"]],
    [["1、资金来源：（1）政府预算资金", "（2）财政专户管理资金", "2、资金结构：（1）基本支出"]],
    [["一、资金来源:1.政府预算资金", "二、资金结构: 1.基本支出", "2.项目支出"]],
  ])("%j is read as its lines", (labels) => {
    const r = budget(labels);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(
      r.table?.rows.map((row) => rowKeyId(row.key)).every((id) => id.startsWith("line:")),
    ).toBe(true);
  });

  it("bites: a heading before a label that is no line still leaves it unplaced", () => {
    const r = budget(["资金来源：捐赠收入"]);
    expect(r.problems.filter((p) => p.code === "unknown-line-label")).toHaveLength(1);
    expect(r.table?.rows.map((row) => rowKeyId(row.key))).toEqual(["unplaced:资金来源：捐赠收入"]);
  });
});
