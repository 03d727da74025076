import { describe, expect, it } from "vitest";
import { henan2024, shanghai } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const BLOCK = ["科目编码", "科目名称", "合计"];

/** A 基本支出 table of the Shanghai budget in two blocks: 301 left, 302 (longer) right. */
const TWO: PrintedTable = {
  title: "2024年一般公共预算基本支出部门预算经济分类预算表",
  unit: "元",
  headers: [...BLOCK, ...BLOCK],
  rows: [
    ["301", "工资福利支出", "300", "302", "商品和服务支出", "120"],
    ["30101", "基本工资", "300", "30201", "办公费", "100"],
    ["", "", "", "30202", "印刷费", "20"],
  ],
};

const keys = (t: PrintedTable) =>
  readPrintedTable(t, { template: shanghai }).table?.rows.map((r) => r.key) ?? [];

describe("a table printed in blocks side by side", () => {
  it("is read as one list, the left block's rows then the right one's", () => {
    const r = readPrintedTable(TWO, { template: shanghai });
    expect(r.ok).toBe(true);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.table?.rows.map((x) => [x.key, x.name, x.cells.total])).toEqual([
      [{ kind: "economic", econ: "301" }, "工资福利支出", "300"],
      [{ kind: "economic", econ: "30101" }, "基本工资", "300"],
      [{ kind: "economic", econ: "302" }, "商品和服务支出", "120"],
      [{ kind: "economic", econ: "30201" }, "办公费", "100"],
      [{ kind: "economic", econ: "30202" }, "印刷费", "20"],
    ]);
    // Each row names the printed row it came from; each printed column its place.
    expect(r.rowSources).toEqual([0, 1, 0, 1, 2]);
    expect(r.columns.map((c) => [c.index, c.key])).toEqual([
      [0, "econ"],
      [1, "econ.name"],
      [2, "total"],
      [3, "econ"],
      [4, "econ.name"],
      [5, "total"],
    ]);
  });

  it("with its code in 类 / 款 columns, or under a heading per block", () => {
    const split = ["科目编码/类", "科目编码/款", "科目名称", "合计"];
    const bySegment: PrintedTable = {
      ...TWO,
      headers: [...split, ...split],
      rows: [
        ["301", "", "工资福利支出", "300", "302", "", "商品和服务支出", "120"],
        ["301", "01", "基本工资", "300", "302", "01", "办公费", "100"],
      ],
    };
    expect(keys(bySegment)).toEqual([
      { kind: "economic", econ: "301" },
      { kind: "economic", econ: "30101" },
      { kind: "economic", econ: "302" },
      { kind: "economic", econ: "30201" },
    ]);
    const headed = {
      ...TWO,
      headers: [...BLOCK.map((h) => `人员经费/${h}`), ...BLOCK.map((h) => `公用经费/${h}`)],
    };
    expect(keys(headed)).toEqual(keys(TWO));
  });

  it("names the printed row and cell in its problems", () => {
    const r = readPrintedTable(
      {
        ...TWO,
        rows: [
          ["301", "工资福利支出", "300", "302", "商品和服务支出", "12.3.4"],
          ["30101", "基本工资", "300", "30201", "办公费"],
        ],
      },
      { template: shanghai },
    );
    const serious = r.problems.filter((p) => p.severity !== "info");
    // row 1 ends in a printed name, its amount left out as a spreadsheet reader leaves a trailing
    // blank: read as blank, noted at info
    expect(serious.map((p) => [p.code, p.path])).toEqual([
      ["malformed-amount", { row: 0, cell: 5 }],
    ]);
    expect(r.problems.filter((p) => p.code === "row-width").map((p) => p.severity)).toEqual([
      "info",
    ]);
  });

  it("reads a block's 合计 as its heading's total, never the table's", () => {
    const headed: PrintedTable = {
      ...TWO,
      headers: [...BLOCK.map((h) => `人员经费/${h}`), ...BLOCK.map((h) => `公用经费/${h}`)],
      rows: [...TWO.rows, ["", "合计", "300", "", "合计", "120"]],
    };
    const rows = readPrintedTable(headed, { template: shanghai }).table?.rows ?? [];
    expect(rows.filter((x) => x.key.kind === "total")).toEqual([]);
    // Each block's 合计 is its nature's total: the lines 人员经费合计, 公用经费合计.
    expect(rows.filter((x) => x.key.kind === "unplaced")).toEqual([]);
    expect(rows.filter((x) => x.key.kind === "line").map((x) => [x.key, x.name])).toEqual([
      [{ kind: "line", line: "personnel" }, "人员经费合计"],
      [{ kind: "line", line: "public" }, "公用经费合计"],
    ]);
    // Without headings, a 合计 in each block is left unplaced too; one 合计 is the table's.
    const shared = { ...TWO, rows: [...TWO.rows, ["", "合计", "300", "", "合计", "120"]] };
    expect(keys(shared).filter((k) => k.kind === "total")).toEqual([]);
    const one = { ...TWO, rows: [...TWO.rows, ["", "合计", "420", "", "", ""]] };
    expect(keys(one).filter((k) => k.kind === "total")).toEqual([{ kind: "total" }]);
  });

  it("leaves a table alone whose headers the kind places, or that has no code column", () => {
    const once = { ...TWO, headers: BLOCK, rows: TWO.rows.map((r) => r.slice(0, 3)) };
    expect(readPrintedTable(once, { template: shanghai }).rowSources).toEqual([0, 1]);
    const twice = readPrintedTable(
      {
        title: "2024年一般公共预算“三公”经费预算表",
        unit: "万元",
        headers: ["公务接待费", "公务接待费"],
        rows: [["2.50", "2.50"]],
      },
      { template: henan2024 },
    );
    expect(twice.problems.map((p) => p.code)).toContain("duplicate-header");
  });
});
