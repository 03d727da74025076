/**
 * Rows that look like a unit's heading but are not one (a review's reproductions): a 科目 printed
 * `[201]一般公共服务支出` in the code column is the 科目, never a unit; a caption naming a unit's own
 * table above its total, printing no figure (`单位名称：某区教育局`), is layout, never a unit row
 * whose blank figures are summed against the total.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import type { Disclosure, Table } from "../disclosure";
import { checkDisclosure, henan2024Profile } from "../rules";
import { henan2024 } from "../templates";
import type { ReadOptions } from "./read";
import { readPrintedTable } from "./read";

const HEADERS = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"];
const CODE_ROWS = [
  ["201", "一般公共服务支出", "100.00", "60.00", "40.00"],
  ["20101", "人大事务", "100.00", "60.00", "40.00"],
  ["2010101", "行政运行", "60.00", "60.00", ""],
  ["2010102", "一般行政管理事务", "40.00", "", "40.00"],
];
const TOTAL = ["", "合计", "100.00", "60.00", "40.00"];
const UNIT = { name: "某区教育局", code: "301001" } as const;

function check(rows: string[][], options: Partial<ReadOptions> = {}) {
  const r = readPrintedTable(
    { title: "一般公共预算支出表", unit: "万元", headers: HEADERS, rows },
    { template: henan2024, catalog: catalog2024.functional, ...options },
  );
  if (r.table === undefined) throw new Error("not read");
  const d: Disclosure = {
    meta: {
      year: 2024,
      documentKind: "单位",
      template: "henan2024",
      department: { name: UNIT.name },
      units: [{ ...UNIT, unitType: "行政" }],
    },
    tables: [r.table as Table],
    texts: [],
  };
  const report = checkDisclosure(d, {
    profile: henan2024Profile,
    template: henan2024,
    catalog: catalog2024,
  });
  return { read: r, serious: report.findings.filter((f) => f.severity !== "info") };
}

describe("a 科目 printed with its code in brackets in the code column", () => {
  it("is never a unit heading: no unit rows, no rollup errors", () => {
    const rows = [TOTAL, ...CODE_ROWS.map(([c, n, ...v]) => [`[${c}]${n}`, "", ...v])];
    for (const units of [undefined, [UNIT]]) {
      const { read, serious } = check(rows, units === undefined ? {} : { units });
      expect(read.table?.rows.some((r) => r.key.kind === "org")).toBe(false);
      expect(serious.filter((f) => f.ruleId === "rollup")).toEqual([]);
    }
  });
});

describe("a caption naming the unit above the table's total", () => {
  it.each([
    [["单位名称：某区教育局", "", "", "", ""]],
    [["", "单位名称：某区教育局", "", "", ""]],
    [["预算单位：[301001]某区教育局", "", "", "", ""]],
    [["", "某区教育局", "", "", ""]],
  ])("%j is layout, the table checks clean", (caption) => {
    const { read, serious } = check([caption, TOTAL, ...CODE_ROWS], { units: [UNIT] });
    expect(read.table?.rows.some((r) => r.key.kind === "org")).toBe(false);
    expect(read.problems.some((p) => p.code === "layout-row" && p.what === "caption")).toBe(true);
    expect(serious).toEqual([]);
  });

  it("still reports a wrong figure under the caption", () => {
    const wrong = CODE_ROWS.map((r) =>
      r[0] === "2010101" ? [...r.slice(0, 2), "61.00", "61.00", ""] : r,
    );
    const { serious } = check([["单位名称：某区教育局", "", "", "", ""], TOTAL, ...wrong], {
      units: [UNIT],
    });
    expect(serious.some((f) => f.ruleId === "rollup" || f.ruleId === "nature")).toBe(true);
  });

  it("leaves a unit row printing figures, or one of several units, as read", () => {
    const withFigures = check(
      [["", "某区教育局", "100.00", "60.00", "40.00"], TOTAL, ...CODE_ROWS],
      {
        units: [UNIT],
      },
    );
    expect(
      withFigures.read.problems.some((p) => p.code === "layout-row" && p.what === "caption"),
    ).toBe(false);
  });
});
