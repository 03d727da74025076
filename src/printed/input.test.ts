/**
 * A printed table given from plain JavaScript: a spreadsheet's numbers and nulls are read as
 * text, and a value of another shape (a missing list, nested headers, a cell that cannot be
 * text) is reported as `invalid-input` errors with their paths: the reader never throws.
 */
import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { formatReadProblem } from "./messages";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const TABLE: PrintedTable = {
  title: "2024年一般公共预算“三公”经费支出表",
  unit: "单位：万元",
  headers: ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
  rows: [["6.50", "0.00", "4.00", "2.50"]],
};

/** The reader, given a value of any shape (as plain JavaScript may). */
const read = (value: unknown) =>
  readPrintedTable(value as PrintedTable, { template: henan2024, year: 2024 });

describe("readPrintedTable: input of another shape", () => {
  it("reads a spreadsheet's number cells as their exact decimal text, as the JSON reader does", () => {
    const r = read({ ...TABLE, rows: [[6.5, "0.00", 4, 2.5]] });
    expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(r.table?.rows[0]?.cells).toMatchObject({
      total: "6.5",
      vehicles: "4",
      reception: "2.5",
    });
  });

  it("reports what cannot be text by row and cell, reading nothing", () => {
    const r = read({ ...TABLE, rows: [[true, "0.00", { v: 4 }, "2.50"]] });
    expect(r.ok).toBe(false);
    expect(r.table).toBeUndefined();
    expect(r.problems).toEqual([
      {
        code: "invalid-input",
        severity: "error",
        path: { row: 0, cell: 0 },
        expected: "text",
        found: "boolean",
      },
      {
        code: "invalid-input",
        severity: "error",
        path: { row: 0, cell: 2 },
        expected: "text",
        found: "object",
      },
    ]);
    expect(formatReadProblem(r.problems[0] as never)).toBe(
      "第 1 行第 1 列：应为文本，实为 boolean，未读取",
    );
    expect(formatReadProblem(r.problems[0] as never, "en")).toBe(
      "row 1, cell 1: expected text, found boolean; nothing was read",
    );
  });

  it.each<[string, unknown, object]>([
    ["no table", undefined, { path: { title: "" }, expected: "table", found: "undefined" }],
    ["a list for a table", [TABLE], { path: { title: "" }, expected: "table", found: "array" }],
    ["no headers", { ...TABLE, headers: null }, { expected: "list", found: "null" }],
    [
      "no rows",
      { title: TABLE.title, headers: TABLE.headers },
      { expected: "list", found: "undefined" },
    ],
    [
      "nested headers",
      { ...TABLE, headers: [TABLE.headers] },
      { path: { header: 0, text: "" }, found: "array" },
    ],
    ["a row that is no list", { ...TABLE, rows: ["6.50"] }, { path: { row: 0 }, expected: "list" }],
    [
      "a unit that is an object",
      { ...TABLE, unit: { u: 1 } },
      { expected: "text", found: "object" },
    ],
  ])("%s: an invalid-input error, never a throw", (_, value, expected) => {
    const r = read(value);
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ code: "invalid-input", severity: "error", ...expected });
  });

  it("reads blank cells, unit and note given as null or undefined as printed blank", () => {
    const r = read({
      ...TABLE,
      unit: undefined,
      note: null,
      rows: [["6.50", null, "4.00", "2.50"]],
    });
    expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(r.table?.rows[0]?.cells).toMatchObject({ total: "6.50", abroad: "", reception: "2.50" });
  });

  it("passes a table already of its shape through as given", () => {
    const r = read(TABLE);
    expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(r.table?.rows[0]?.cells).toMatchObject({ total: "6.50", reception: "2.50" });
  });

  it("drops the invisible format characters a text layer leaves (zero-width space, soft hyphen, BOM)", () => {
    const r = read({
      ...TABLE,
      title: "2024年一般公共预算\u200b“三公”经费支出表",
      headers: ["合\u00ad计", "\ufeff因公出国（境）费", "公务用车购置及运行费\u2060", "公务接待费"],
      rows: [["\u200b6.50", "0.\u200b00", "4.00\u00ad", "2\u200b.50"]],
    });
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.kind).toBe("sanGong");
    expect(r.table?.rows[0]?.cells).toEqual({
      total: "6.50",
      abroad: "0.00",
      vehicles: "4.00",
      reception: "2.50",
    });
  });

  it("keeps a visible character that is no amount a malformed amount", () => {
    const r = read({ ...TABLE, rows: [["6.5O\u200b", "0.00", "4.00", "2.50"]] });
    expect(r.problems.map((p) => p.code)).toContain("malformed-amount");
  });
});
