import { typeName } from "../amount/parse";
import { textOf } from "../disclosure/shape";
import type { ReadProblem, ReadProblemPath } from "./problems";
import type { PrintedTable } from "./types";

/** What a field of a printed table must be, for messages. */
type Expected = "table" | "text" | "list";

const invalid = (path: ReadProblemPath, expected: Expected, value: unknown): ReadProblem => ({
  code: "invalid-input",
  severity: "error",
  path,
  expected,
  found: typeName(value),
});

/**
 * The invisible format characters a text layer or a spreadsheet leaves in a cell (Unicode Cf): a
 * zero-width space U+200B or joiner U+200C/D/U+2060, a soft hyphen U+00AD, a byte-order mark
 * U+FEFF, direction marks U+200E/F. They print nothing, so they say nothing: removed from every
 * title, unit, note, header and cell before reading (whitespace, NBSP and U+3000 included, is
 * kept: the reader trims and compares without it).
 */
const INVISIBLE = /\p{Cf}/u;
const INVISIBLES = /\p{Cf}/gu;

/** `s` without invisible format characters (itself when it has none: one test). */
const visible = (s: string): string => (INVISIBLE.test(s) ? s.replace(INVISIBLES, "") : s);

/**
 * A printed table given from plain JavaScript, in the shape {@link PrintedTable} promises: text
 * as it is, less invisible format characters (zero-width spaces, soft hyphens: see
 * {@link INVISIBLE}); a number (a spreadsheet's cell) as its exact decimal text (`6.5` → `"6.5"`) and
 * `null` / `undefined` as blank, as `disclosureBuilder` and the JSON reader shape them. What
 * cannot be text (a boolean, an object), and a value that is no table or lists no headers or
 * rows, is an `invalid-input` error with its path; then nothing is read (`table` is undefined).
 * The value itself when it needs no change. One pass over the cells. @internal
 */
export function shapePrinted(value: unknown): {
  readonly table: PrintedTable | undefined;
  readonly problems: readonly ReadProblem[];
} {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { table: undefined, problems: [invalid({ title: "" }, "table", value)] };
  const given = value as Record<string, unknown>;
  const problems: ReadProblem[] = [];
  let changed = false;
  const text = (v: unknown, path: ReadProblemPath): string => {
    if (typeof v === "string") {
      const shown = visible(v);
      if (shown !== v) changed = true;
      return shown;
    }
    changed = true;
    const t = textOf(v);
    if (t === undefined) problems.push(invalid(path, "text", v));
    return t ?? "";
  };
  const title = text(given.title, { title: "" });
  const at = { title };
  const optional = (v: unknown): string | undefined => (v === undefined ? undefined : text(v, at));
  const unit = optional(given.unit);
  const number = optional(given.number);
  const note = optional(given.note);
  const { headers, rows } = given;
  if (!Array.isArray(headers)) problems.push(invalid(at, "list", headers));
  if (!Array.isArray(rows)) problems.push(invalid(at, "list", rows));
  if (!Array.isArray(headers) || !Array.isArray(rows)) return { table: undefined, problems };
  const shapedHeaders = headers.map((h: unknown, i) => text(h, { header: i, text: "" }));
  const shapedRows = rows.map((row: unknown, r): string[] => {
    if (Array.isArray(row)) return row.map((cell: unknown, c) => text(cell, { row: r, cell: c }));
    changed = true;
    problems.push(invalid({ row: r }, "list", row));
    return [];
  });
  if (problems.length > 0) return { table: undefined, problems };
  if (!changed) return { table: value as PrintedTable, problems };
  return {
    table: {
      title,
      headers: shapedHeaders,
      rows: shapedRows,
      ...(unit === undefined ? {} : { unit }),
      ...(number === undefined ? {} : { number }),
      ...(note === undefined ? {} : { note }),
    },
    problems,
  };
}
