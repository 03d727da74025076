/**
 * A 项目支出绩效目标表 printing a 指标性质 / 指标方向 column between the indicator's name and its
 * 指标值, its unit in a column after it: the layout of the tests of values printed in that column.
 */
import type { PrintedTable } from "../../src/printed";

/** The table's headers: the `sense` column (指标性质, 指标方向) before 指标值, then `unit`. */
export const senseHeaders = (sense: string, unit: string): string[] => [
  "项目名称",
  "资金总额",
  "一级指标",
  "二级指标",
  "三级指标",
  sense,
  "指标值",
  unit,
];

/** A 2025 项目支出绩效目标表 in 万元 of `rows` under `headers`. */
export const senseTable = (
  rows: readonly (readonly string[])[],
  headers: readonly string[],
): PrintedTable => ({
  title: "2025年项目支出绩效目标表",
  unit: "单位：万元",
  headers,
  rows: rows.map((r) => [...r]),
});
