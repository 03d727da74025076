/**
 * A total printed twice with the same figures (a 合计 at the top of the table and again at its
 * foot, `总计` above and `合  计` below): one statement printed twice, reported at info. Two prints
 * stating different figures stay a conflict (`rows.duplicate` error, and the `same-fact`
 * comparison between them), and so does a 科目 row printed twice, which the sums count twice.
 */
import { describe, expect, it } from "vitest";
import { validateDisclosure } from "../disclosure";
import { nationalMinimum } from "../templates";
import { checkNational, readNational, serious } from "./test-support";
import type { PrintedTable } from "./types";

const HEADERS = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"];
const BODY = [
  ["205", "教育支出", "300.00", "200.00", "100.00"],
  ["20502", "普通教育", "300.00", "200.00", "100.00"],
  ["2050202", "小学教育", "120.00", "100.00", "20.00"],
  ["2050203", "初中教育", "180.00", "100.00", "80.00"],
];

const table = (rows: string[][], headers = HEADERS): PrintedTable => ({
  title: "2025年部门支出总表",
  unit: "单位：万元",
  headers,
  rows,
});

const duplicates = (p: PrintedTable) =>
  checkNational(p).findings.filter((f) => f.ruleId === "rows.duplicate");

describe("a total printed twice with the same figures", () => {
  it.each([
    ["合计 at the top and at the foot", "合计", "合计", ["300.00", "200.00", "100.00"]],
    ["总计 above, 合  计 below (浙江)", "总计", "合  计", ["300.00", "200.00", "100.00"]],
    [
      "支出合计 at the foot, thousands grouped (广东)",
      "合计",
      "支出合计",
      ["300.00", "200.00", "100.00"],
    ],
  ])("%s: info, no finding above it", (_, top, foot, figures) => {
    const p = table([["", top, "300.00", "200.00", "100.00"], ...BODY, ["", foot, ...figures]]);
    const found = duplicates(p);
    expect(found.map((f) => [f.severity, f.path?.row])).toEqual([["info", "total"]]);
    expect(serious(checkNational(p))).toEqual([]);
    // the reader's own note of the repeat agrees: info
    const read = readNational(p).problems.filter((q) => q.code === "duplicate-row");
    expect(read.map((q) => q.severity)).toEqual(["info"]);
  });

  it("figures dressed differently but equal (`1,300.00` and `1300.00`): the same statement", () => {
    const p = table([
      ["", "合计", "1,300.00", "1,200.00", "100.00"],
      ["205", "教育支出", "1300.00", "1200.00", "100.00"],
      ["", "合计", "1300.00", "1200.00", "100.00"],
    ]);
    expect(duplicates(p).map((f) => f.severity)).toEqual(["info"]);
  });

  it("a 科目 row printed again, same figures: still an error (the sums count it twice)", () => {
    const p = table([["", "合计", "300.00", "200.00", "100.00"], ...BODY, BODY[3] as string[]]);
    expect(duplicates(p).map((f) => [f.severity, f.path?.row])).toEqual([
      ["error", "functional:2050203"],
    ]);
  });

  it("a disclosure built with the total twice, equal: no error from validation", () => {
    const r = readNational(
      table([
        ["", "合计", "300.00", "200.00", "100.00"],
        ...BODY,
        ["", "合计", "300.00", "200.00", "100.00"],
      ]),
    );
    const problems = validateDisclosure(
      {
        meta: {
          year: 2025,
          documentKind: "单位",
          template: "nationalMinimum",
          department: { name: "某局" },
          units: [],
        },
        tables: [r.table as NonNullable<typeof r.table>],
        texts: [],
      },
      nationalMinimum,
    ).problems.filter((q) => q.code === "duplicate-row");
    expect(problems.map((q) => q.severity)).toEqual(["warning"]);
  });
});

describe("a row printed twice with different figures stays a conflict", () => {
  it("the foot's 合计 0.10 off the top's: rows.duplicate error at the total, and same-fact", () => {
    const p = table([
      ["", "合计", "300.00", "200.00", "100.00"],
      ...BODY,
      ["", "合计", "300.10", "200.00", "100.10"],
    ]);
    const found = serious(checkNational(p));
    expect(
      found.filter((f) => f.ruleId === "rows.duplicate").map((f) => [f.severity, f.path?.row]),
    ).toEqual([["error", "total"]]);
    expect(found.some((f) => f.ruleId === "same-fact" && f.path?.row === "total")).toBe(true);
    const read = readNational(p).problems.filter((q) => q.code === "duplicate-row");
    expect(read.map((q) => q.severity)).toEqual(["warning"]);
  });

  it("one figure blank in one print, printed in the other: not the same statement", () => {
    const p = table([
      ["", "合计", "300.00", "200.00", "100.00"],
      ...BODY,
      ["", "合计", "300.00", "200.00", ""],
    ]);
    expect(duplicates(p).map((f) => f.severity)).toEqual(["error"]);
  });

  it("a 科目 row printed again with another figure: error", () => {
    const p = table([
      ["", "合计", "300.00", "200.00", "100.00"],
      ...BODY,
      ["2050203", "初中教育", "18.00", "10.00", "8.00"],
    ]);
    expect(duplicates(p).map((f) => [f.severity, f.path?.row])).toEqual([
      ["error", "functional:2050203"],
    ]);
  });
});
