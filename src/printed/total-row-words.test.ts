/**
 * A table's total row as other printers label it: all units' total (`所有单位合计`, `全部单位合计`,
 * `各单位合计`) and a 汇总 (`汇总`, `部门汇总`, `总汇总`), beside the 合计 / 总计 / 共计 already read.
 * Each is the table's total (it was an `unplaced-row` warning); a total its rows do not add up to
 * is still caught. `单位合计` alone is not: in a department's table printed by unit it closes one
 * unit's section (see `TOTAL_OF` in cells.ts).
 */
import { describe, expect, it } from "vitest";
import { henan2024Profile } from "../rules";
import { henan2024 } from "../templates";
import { checkAlone, readUnder, serious } from "./test-support";
import type { PrintedTable } from "./types";

const table = (label: string, total: string): PrintedTable => ({
  title: "2024年一般公共预算支出表",
  unit: "万元",
  headers: ["科目编码", "科目名称", "合计"],
  rows: [
    ["", label, total],
    ["2013101", "行政运行", "7.00"],
    ["2013102", "一般行政管理事务", "3.00"],
  ],
});

const findings = (p: PrintedTable) => {
  const r = readUnder(p, henan2024);
  if (r.table === undefined) throw new Error(p.title);
  return serious(
    checkAlone([r.table], { template: henan2024, profile: henan2024Profile, documentKind: "部门" }),
  );
};

const LABELS = [
  "所有单位合计",
  "全部单位合计",
  "各单位合计",
  "所有单位总计",
  "汇总",
  "汇 总",
  "部门汇总",
  "总汇总",
];

describe("a total row labelled 所有单位合计, 汇总 and the like", () => {
  it.each(LABELS)("%s is the table's total", (label) => {
    const r = readUnder(table(label, "10.00"), henan2024);
    expect(r.table?.rows[0]?.key).toEqual({ kind: "total" });
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(findings(table(label, "10.00"))).toEqual([]);
  });

  it.each(["所有单位合计", "汇总"])("%s its rows do not add up to is still caught", (label) => {
    const f = findings(table(label, "11.00"));
    expect(f.map((x) => x.ruleId)).toContain("rollup");
  });

  it.each(["单位合计", "本单位合计", "汇总表", "分类汇总"])(
    "%s is not read as the total",
    (label) => {
      expect(readUnder(table(label, "10.00"), henan2024).table?.rows[0]?.key.kind).not.toBe(
        "total",
      );
    },
  );
});
