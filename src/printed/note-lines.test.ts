/**
 * Note lines below a table's rows and codes of the other economic classification: no
 * `malformed-code`. A note printed over several lines (`备注：1.…；` / `2.…。`), or its words split
 * over the row's cells after an opener alone (`注： | 本年支出合计 | 1,100.00`), is the table's
 * note (its further lines were read as rows with malformed codes). A 基本支出表 by
 * 政府预算支出经济分类 (`501`, `50101`) under a 部门预算 code column keeps its rows unplaced
 * (coverage, `other-system-code`), never as misprints. A truly malformed code is still reported.
 */
import { describe, expect, it } from "vitest";
import { noteRows } from "./note-rows";
import { checkNational, readNational, serious } from "./test-support";
import type { PrintedTable } from "./types";

const BASIC: PrintedTable = {
  title: "2025年一般公共预算基本支出表",
  unit: "万元",
  headers: ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
  rows: [
    ["", "合计", "60.00", "50.00", "10.00"],
    ["301", "工资福利支出", "50.00", "50.00", ""],
    ["30101", "基本工资", "50.00", "50.00", ""],
    ["302", "商品和服务支出", "10.00", "", "10.00"],
    ["30201", "办公费", "10.00", "", "10.00"],
  ],
};

const read = (p: PrintedTable) => readNational(p);
const findings = (p: PrintedTable) => serious(checkNational(p));

const pad = (cells: readonly string[], at = 0) => BASIC.headers.map((_, i) => cells[i - at] ?? "");

describe("note lines below the rows", () => {
  it.each([
    [
      ["备注：1.人员经费包括工资福利支出和对个人和家庭的补助；"],
      ["2.公用经费包括商品和服务支出。"],
    ],
    [["说明："], ["1.本表按部门预算支出经济分类列示；"], ["2.公用经费含公务用车运行维护费。"]],
    [["注：本表金额单位为万元。"], ["（一）人员经费"], ["（二）公用经费 10.00万元"]],
    [["注：", "本年基本支出合计", "60.00"]],
    [["说明：", "人员经费50.00万元，", "公用经费10.00万元。"]],
  ])("%j … read as the note, no malformed code", (...lines) => {
    for (const at of [0, 1]) {
      const p = { ...BASIC, rows: [...BASIC.rows, ...lines.map((l) => pad(l, at))] };
      const r = read(p);
      expect(r.problems.filter((x) => x.severity !== "info")).toEqual([]);
      expect(r.table?.rows).toHaveLength(5);
      expect(r.table?.note?.split("\n")).toHaveLength(lines.length);
      expect(findings(p)).toEqual([]);
    }
  });

  it("a line after a note that is no text of one cell ends it; a figure beside 注：甲 is a row's", () => {
    const r = noteRows([
      ["303", "对个人和家庭的补助", "1.00"],
      ["注：甲", "1.00", ""],
      ["2.乙", "", ""],
    ]);
    expect([...r.rows]).toEqual([]);
  });

  it("a wrong figure above a note is still caught", () => {
    const rows = BASIC.rows.map((r) =>
      r[0] === "30101" ? ["30101", "基本工资", "51.00", "51.00", ""] : r,
    );
    const p = { ...BASIC, rows: [...rows, pad(["备注：1.人员经费；"]), pad(["2.公用经费。"])] };
    expect(findings(p).length).toBeGreaterThan(0);
  });
});

describe("a 基本支出表 by 政府预算支出经济分类", () => {
  const GOV: PrintedTable = {
    ...BASIC,
    rows: [
      ["", "合计", "60.00", "50.00", "10.00"],
      ["501", "机关工资福利支出", "50.00", "50.00", ""],
      ["50101", "工资奖金津补贴", "50.00", "50.00", ""],
      ["502", "机关商品和服务支出", "10.00", "", "10.00"],
      ["50201", "办公经费", "10.00", "", "10.00"],
    ],
  };

  it.each([
    ["科目编码", GOV.title],
    ["政府预算支出经济分类科目/科目编码", GOV.title],
    ["科目编码", "2025年一般公共预算基本支出表（按政府预算经济分类）"],
  ])("under %s: rows unplaced (coverage), no malformed code, no finding", (header, title) => {
    const p = { ...GOV, title, headers: [header, ...GOV.headers.slice(1)] };
    const r = read(p);
    const codes = r.problems.map((x) => x.code);
    expect(codes).not.toContain("malformed-code");
    expect(codes.filter((c) => c === "other-system-code")).toHaveLength(4);
    expect(r.table?.rows.map((row) => row.key.kind)).toEqual([
      "total",
      "unplaced",
      "unplaced",
      "unplaced",
      "unplaced",
    ]);
    expect(findings(p)).toEqual([]);
  });

  it("a code of no classification is still malformed", () => {
    const p = {
      ...BASIC,
      rows: [...BASIC.rows.slice(0, 3), ["7 11 02", "某支出", "1.00", "1.00", ""]],
    };
    expect(read(p).problems.map((x) => x.code)).toContain("malformed-code");
  });
});
