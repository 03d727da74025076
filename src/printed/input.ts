import { typeName } from "../amount/parse";
import type { ReadProblem, ReadProblemPath } from "./problems";

/** What a field of a printed table must be, for messages. */
type Expected = "table" | "text" | "list";

const invalid = (path: ReadProblemPath, expected: Expected, value: unknown): ReadProblem => ({
  code: "invalid-input",
  severity: "error",
  path,
  expected,
  found: typeName(value),
});

/** Whether a value is text, or no text at all (a blank cell from plain JavaScript). */
const textOrBlank = (v: unknown): boolean => typeof v === "string" || v === null || v === undefined;

/**
 * What is not of the shape of a {@link PrintedTable} in a value given from plain JavaScript (a
 * spreadsheet's numbers, a missing list): one `invalid-input` error for each field or cell, in
 * order, so the reader returns them instead of failing. A blank (`null`, `undefined`) title,
 * unit, note or cell is allowed, read as printed blank. One pass over the cells. @internal
 */
export function inputProblems(printed: unknown): ReadProblem[] {
  if (typeof printed !== "object" || printed === null || Array.isArray(printed))
    return [invalid({ title: "" }, "table", printed)];
  const t = printed as Record<string, unknown>;
  const out: ReadProblem[] = [];
  const title = typeof t.title === "string" ? t.title : "";
  for (const field of ["title", "unit", "number", "note"] as const)
    if (!textOrBlank(t[field])) out.push(invalid({ title }, "text", t[field]));
  const { headers, rows } = t;
  if (!Array.isArray(headers)) out.push(invalid({ title }, "list", headers));
  else
    headers.forEach((h: unknown, i) => {
      if (typeof h !== "string") out.push(invalid({ header: i, text: "" }, "text", h));
    });
  if (!Array.isArray(rows)) out.push(invalid({ title }, "list", rows));
  else
    rows.forEach((row: unknown, r) => {
      if (!Array.isArray(row)) {
        out.push(invalid({ row: r }, "list", row));
        return;
      }
      row.forEach((cell: unknown, c) => {
        if (!textOrBlank(cell)) out.push(invalid({ row: r, cell: c }, "text", cell));
      });
    });
  return out;
}
