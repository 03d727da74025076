/**
 * A printed table given from plain JavaScript in another shape (a spreadsheet's numbers, a
 * missing list, nested headers) is reported as `invalid-input` errors with their paths: the
 * reader never throws, and reads nothing of it.
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
  it("reports a spreadsheet's number cells by row and cell, reading nothing", () => {
    const r = read({ ...TABLE, rows: [[6.5, "0.00", 4, "2.50"]] });
    expect(r.ok).toBe(false);
    expect(r.table).toBeUndefined();
    expect(r.problems).toEqual([
      {
        code: "invalid-input",
        severity: "error",
        path: { row: 0, cell: 0 },
        expected: "text",
        found: "number",
      },
      {
        code: "invalid-input",
        severity: "error",
        path: { row: 0, cell: 2 },
        expected: "text",
        found: "number",
      },
    ]);
    expect(formatReadProblem(r.problems[0] as never)).toBe(
      "第 1 行第 1 列：应为文本，实为 number，未读取",
    );
    expect(formatReadProblem(r.problems[0] as never, "en")).toBe(
      "row 1, cell 1: expected text, found number; nothing was read",
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
    ["a title that is a number", { ...TABLE, title: 2024 }, { expected: "text", found: "number" }],
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
});
