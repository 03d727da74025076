/**
 * A 基本支出 table printing each economic 科目 under each functional one (two classifications,
 * the kind reads one): its coded rows are kept unplaced (`cross-classified`), never one economic
 * 科目 stated twice with different figures (false `rows.duplicate` and `same-fact` errors).
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import type { Disclosure, Table } from "../disclosure";
import { checkDisclosure, henan2024Profile } from "../rules";
import { henan2024 } from "../templates";
import { formatReadProblem } from "./messages";
import { readPrintedTable } from "./read";

const ROWS = [
  ["", "", "", "合计", "40.00", "20.00", "20.00"],
  ["2010101", "行政运行", "30101", "基本工资", "10.00", "10.00", ""],
  ["2010101", "行政运行", "30201", "办公费", "10.00", "", "10.00"],
  [
    "2080505",
    "机关事业单位基本养老保险缴费支出",
    "30108",
    "机关事业单位基本养老保险缴费",
    "10.00",
    "10.00",
    "",
  ],
  ["2080505", "机关事业单位基本养老保险缴费支出", "30201", "办公费", "10.00", "", "10.00"],
];

function read(headers: readonly string[], rows: readonly (readonly string[])[] = ROWS) {
  const r = readPrintedTable(
    {
      title: "一般公共预算基本支出表",
      unit: "万元",
      headers: [...headers],
      rows: rows.map((x) => [...x]),
    },
    { template: henan2024, catalog: catalog2024.functional },
  );
  if (r.table === undefined) throw new Error("not read");
  const d: Disclosure = {
    meta: {
      year: 2024,
      documentKind: "单位",
      template: "henan2024",
      department: { name: "某单位" },
      units: [{ name: "某单位", unitType: "行政" }],
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

describe("a table by two classifications", () => {
  it.each([
    [
      [
        "功能分类科目编码",
        "功能分类科目名称",
        "经济分类科目编码",
        "经济分类科目名称",
        "合计",
        "人员经费",
        "公用经费",
      ],
    ],
    [
      [
        "功能科目代码",
        "功能科目名称",
        "经济科目代码",
        "经济科目名称",
        "合计",
        "人员经费",
        "公用经费",
      ],
    ],
  ])("keeps its coded rows unplaced, with no finding: %j", (headers) => {
    const { read: r, serious } = read(headers);
    expect(serious).toEqual([]);
    const p = r.problems.find((x) => x.code === "cross-classified");
    expect(p).toMatchObject({ code: "cross-classified", rows: 4, path: { row: 4 } });
    expect(r.table?.rows.filter((x) => x.key.kind === "unplaced").length).toBe(4);
    if (p === undefined) return;
    expect(formatReadProblem(p)).toContain("两种分类");
    expect(formatReadProblem(p, "en")).toContain("two classifications");
  });

  it("reads a table by one classification as before, and a row printed twice stays a duplicate", () => {
    const one = ["经济分类科目编码", "经济分类科目名称", "合计", "人员经费", "公用经费"];
    const plain = read(one, ROWS.map((r) => r.slice(2)).slice(0, 3));
    expect(plain.read.problems.some((p) => p.code === "cross-classified")).toBe(false);
    expect(plain.read.table?.rows[1]?.key).toEqual({ kind: "economic", econ: "30101" });
    const twice = ROWS.slice(0, 3).concat([ROWS[2] as string[]]);
    const dup = read(["功能分类科目编码", "功能分类科目名称", ...one], twice);
    expect(dup.read.problems.some((p) => p.code === "cross-classified")).toBe(false);
    expect(dup.read.problems.some((p) => p.code === "duplicate-row")).toBe(true);
  });

  it("keeps a row printed twice a duplicate beside a column of row numbers (序号, 行次)", () => {
    const rows = [
      ["", "", "合计", "30.00", "20.00", "10.00"],
      ["1", "2013101", "行政运行", "10.00", "10.00", ""],
      ["2", "2013101", "行政运行", "20.00", "10.00", "10.00"],
    ];
    for (const head of ["序号", "行次"]) {
      const r = readPrintedTable(
        {
          title: "一般公共预算支出表",
          unit: "万元",
          headers: [head, "科目编码", "科目名称", "合计", "基本支出", "项目支出"],
          rows,
        },
        { template: henan2024 },
      );
      const codes = r.problems.map((p) => p.code);
      expect(codes).toContain("duplicate-row");
      expect(codes).not.toContain("cross-classified");
    }
  });
});
