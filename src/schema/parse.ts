import type * as z from "zod/mini";
import type { Disclosure } from "../disclosure";
import { err, ok, type Result } from "../result";
import { MAX_DEPTH, scanJson } from "./depth";
import { disclosureDocumentSchema } from "./document";
import { duplicateKeys } from "./duplicates";
import { readFast } from "./fast";
import { fromZodIssue, type SchemaIssue, type SchemaPath, valueAt } from "./issues";
import { keepUnknownKeys } from "./kept";
import { knownKeysAt } from "./known-keys";
import type { SchemaNote } from "./notes";
import { readNumberCells } from "./numbers";
import { freezeOwn, objectsIn, snapshot } from "./snapshot";
import { append, capIssues, type Parsed, safeParseAll } from "./split";
import { DISCLOSURE_CODE_PATHS, readNullCells, readNumberCodes, readValueCodes } from "./written";

/** Freezes what the library built (every object, not a caller's function), without recursion. */
const freeze = freezeOwn;

const RESERVED = "__proto__";

/**
 * `__proto__` keys of the cells and texts records: the validator drops them (JavaScript objects
 * cannot take them as plain keys), so they are reported instead of being silently lost.
 */
function reservedKeys(
  input: unknown,
  tableCount: number,
  rowCounts: readonly number[],
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const check = (path: readonly (string | number)[]) => {
    const record = valueAt(input, path);
    if (typeof record === "object" && record !== null && Object.hasOwn(record, RESERVED)) {
      issues.push({ code: "reserved-key", path: [...path, RESERVED], key: RESERVED });
    }
  };
  for (let t = 0; t < tableCount; t++) {
    for (let r = 0; r < (rowCounts[t] ?? 0); r++) check(["tables", t, "rows", r, "cells"]);
    check(["tables", t, "texts"]);
  }
  return issues;
}

/**
 * Reads a disclosure JSON document (already parsed from text, or any JavaScript value). The
 * document is checked against the format (see {@link DisclosureDocument}) and every problem is
 * returned, each with its path; nothing is checked against a template (use
 * `validateDisclosure` for that). Cells are kept exactly as printed. The result is frozen; the
 * input is read once and neither frozen nor changed. Never throws: a getter or a Proxy that
 * throws is an `unreadable` issue, and nesting of any depth is read without recursion.
 *
 * What other tools give in a correct document is read as {@link parseDisclosureJson} reads it from
 * text, silently: a cell or a 绩效目标 money line `null` is a blank, `""`; a code (a row key's
 * `code`, `econ`, `gov`, the department's, a unit's, `meta.regionCode`, a 绩效目标 project's)
 * given as a number is read as its digits where the number is a non-negative safe integer
 * (`2013101` → `"2013101"`: `String(n)` is then exactly what JSON text would have written). A
 * JavaScript number has no text to read digits from, so any other number is an
 * `invalid-code-number` issue: a fraction or a sign (`201.5`, `-201`), `NaN`, and a number beyond
 * 2⁵³ − 1, whose last digits may be gone (a 21-digit project code: pass it as a string). Money
 * given as a number stays an issue: its printed digits (`1200.50`) are gone.
 *
 * @param input - the document
 * @returns the {@link Disclosure} (without `format`, `version` and `$schema`), or the issues
 *
 * @example
 * ```ts
 * import { parseDisclosure } from "yusuan/json";
 * const r = parseDisclosure({
 *   format: "yusuan.disclosure", version: 1,
 *   meta: { year: 2024, documentKind: "单位", template: "henan2024", department: { name: "某单位" }, units: [] },
 *   tables: [{ kind: "sanGong", unit: "千元", rows: [] }],
 *   texts: [],
 * });
 * if (!r.ok) r.error.map((i) => [i.code, i.path]); // [["invalid-value", ["tables", 0, "unit"]]]
 * const row = (code: number) => parseDisclosure({
 *   format: "yusuan.disclosure", version: 1,
 *   meta: { year: 2024, documentKind: "单位", template: "henan2024", department: { name: "某单位" }, units: [] },
 *   tables: [{ kind: "expenditure", unit: "万元", rows: [{ key: { kind: "functional", code }, cells: { total: "558.07", project: null } }] }],
 *   texts: [],
 * });
 * const read = row(2013101);
 * if (read.ok) read.value.tables[0]?.rows[0]; // { key: { kind: "functional", code: "2013101" }, cells: { total: "558.07", project: "" } }
 * const fraction = row(201.5);
 * if (!fraction.ok) fraction.error[0]; // { code: "invalid-code-number", path: ["tables", 0, "rows", 0, "key", "code"], input: "201.5" }
 * ```
 */
export function parseDisclosure(input: unknown): Result<Disclosure, readonly SchemaIssue[]> {
  // Validate a copy of our own: the caller's value is read once (a throwing getter or Proxy is an
  // issue), never frozen or changed, and nesting of any depth costs no recursion.
  const copy = snapshot(input);
  if (copy.issues.length > 0) return err(freeze(capIssues(copy.issues)));
  // Codes given as numbers and null cells, read on the copy as parseDisclosureJson reads them.
  const codes = readValueCodes(copy.value, DISCLOSURE_CODE_PATHS);
  readNullCells(copy.value);
  const read = validate(copy);
  if (codes.issues.length === 0) return read.ok ? read : err(freeze(capIssues(read.error)));
  return err(freeze(capIssues([...codes.issues, ...(read.ok ? [] : read.error)])));
}

/** Validates a value of our own: a snapshot, or what `JSON.parse` made (see {@link parseDisclosure}). */
function validate(copy: {
  readonly value: unknown;
  readonly issues: readonly SchemaIssue[];
}): Result<Disclosure, readonly SchemaIssue[]> {
  if (copy.issues.length > 0) return err(freeze(copy.issues));
  const value = copy.value;
  // A plainly valid document is read by hand; anything else (and every issue) is zod's.
  const fast = readFast(value);
  if (fast !== undefined) return ok(freeze(fast));
  const schema = disclosureDocumentSchema();
  let parsed: Parsed;
  try {
    parsed = safeParseAll(schema, value);
  } catch (e) {
    const detail = e instanceof Error ? e.message : "unknown error";
    return err(freeze([{ code: "unreadable", path: [], detail }]));
  }
  if (!parsed.success) {
    const known = (path: SchemaPath) => knownKeysAt(schema, path);
    return err(freeze(parsed.issues.flatMap((i) => fromZodIssue(i, value, known))));
  }
  const { meta, tables, texts, targets } = parsed.data as z.output<typeof schema>;
  const reserved = reservedKeys(
    value,
    tables.length,
    tables.map((t) => t.rows.length),
  );
  if (reserved.length > 0) return err(freeze(reserved));
  return ok(freeze({ meta, tables, texts, ...(targets === undefined ? {} : { targets }) }));
}

/** The keys of every object of a value `JSON.parse` made (not arrays' indexes), without recursion. */
function keysOf(value: unknown): number {
  let count = 0;
  for (const o of objectsIn(value)) if (!Array.isArray(o)) count += Object.keys(o).length;
  return count;
}

/**
 * Reads a disclosure JSON document from text: `JSON.parse`, then {@link parseDisclosure}. Text
 * that is not JSON gives one `invalid-json` issue with path `[]`; a key written twice in one
 * object (which `JSON.parse` would settle silently by keeping the last) gives a `duplicate-key`
 * issue at its path; text nested deeper than 64 levels (no disclosure is) gives one `too-deep`
 * issue. Linear in the text, whatever its nesting. Never throws.
 *
 * A cell or a 绩效目标 money line written as a JSON number (`"total": 969.06`, as spreadsheets
 * and other tools write them) is read as the digits written, never through a binary float:
 * `969.06` → `"969.06"`, `1200.50` → `"1200.50"` (its printed precision kept), `-3` → `"-3"`. It
 * is accepted silently, as if written as that string (a number is a fine way to write a figure).
 * A number with an exponent (`1e3`), which no document prints, is a `number-exponent` issue.
 * Only money is read this way (`tables[*].rows[*].cells`, `targets.projects[*].money`,
 * `targets.department.budget`, `targets.department.tasks[*].money`); a number elsewhere keeps its
 * meaning (`year`) or stays wrong (an indicator's value), and `parseDisclosure`, which gets a
 * JavaScript number whose digits are gone, still wants money as strings (it reads codes given as
 * numbers and `null` cells as this does, see {@link parseDisclosure}).
 *
 * What other tools write in a correct document is read the same way, silently: a code (a row
 * key's `code`, `econ`, `gov`, the department's, a unit's, `meta.regionCode`, a 绩效目标
 * project's) written as a JSON number is read as its digits (`2013101` → `"2013101"`; one with a
 * fraction, an exponent or a sign, `201.5`, is an `invalid-code-number` issue), and a cell or a
 * money line written as `null` (a spreadsheet's empty cell) is a blank, `""`. A property the
 * format does not have is an `unknown-key` issue: use `readDisclosureJson` to keep such
 * properties (an extractor's `page`, `bbox`) and to see a note for each of these readings.
 *
 * @param text - the JSON text
 *
 * @example
 * ```ts
 * import { parseDisclosureJson } from "yusuan/json";
 * const r = parseDisclosureJson('{"format": "yusuan.disclosure",');
 * if (!r.ok) r.error[0]?.code; // "invalid-json"
 * const twice = parseDisclosureJson('{"format": "yusuan.disclosure", "version": 1, "version": 1}');
 * if (!twice.ok) twice.error[0]; // { code: "duplicate-key", path: ["version"], key: "version" }
 * const doc = (cell: string) =>
 *   `{"format": "yusuan.disclosure", "version": 1, "meta": {"year": 2024, "documentKind": "单位", "template": "henan2024", "department": {"name": "某单位"}, "units": []}, "tables": [{"kind": "sanGong", "unit": "万元", "rows": [{"key": {"kind": "single"}, "cells": {"total": ${cell}}}]}], "texts": []}`;
 * const number = parseDisclosureJson(doc("1200.50"));
 * if (number.ok) number.value.tables[0]?.rows[0]?.cells.total; // "1200.50"
 * const exponent = parseDisclosureJson(doc("1.2e3"));
 * if (!exponent.ok) exponent.error[0]; // { code: "number-exponent", path: ["tables", 0, "rows", 0, "cells", "total"], input: "1.2e3" }
 * ```
 */
export function parseDisclosureJson(text: string): Result<Disclosure, readonly SchemaIssue[]> {
  const r = readJson(text, false);
  return r.ok ? ok(r.value.disclosure) : r;
}

/**
 * Reads a disclosure JSON text (see {@link parseDisclosureJson}): the disclosure and the notes of
 * what was read differently from the format's writing; with `keep`, an unknown key is left out
 * and kept in a note instead of being an issue. @internal
 */
export function readJson(
  text: string,
  keep: boolean,
): Result<{ disclosure: Disclosure; notes: readonly SchemaNote[] }, readonly SchemaIssue[]> {
  let value: unknown;
  let keys: number;
  try {
    if (typeof text !== "string") throw new TypeError(`expected JSON text, got ${typeof text}`);
    const scan = scanJson(text);
    if (scan.tooDeepAt >= 0)
      return err(
        freeze([{ code: "too-deep", path: [], maximum: MAX_DEPTH, offset: scan.tooDeepAt }]),
      );
    keys = scan.keys;
    value = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const input = typeof text === "string" ? text : "";
    return err(freeze([{ code: "invalid-json", path: [], input, detail }]));
  }
  // `JSON.parse` keeps one of the keys written twice in an object: the parsed value has fewer
  // keys than the text wrote exactly when some key was written twice. Only then is the text read
  // again for the duplicates' paths.
  // What `JSON.parse` made is the library's own (plain data, no getters, no sharing, no cycles):
  // it is validated as it is, without a copy.
  if (keysOf(value) !== keys) {
    const duplicates = duplicateKeys(text);
    if (duplicates.length > 0) return err(freeze(capIssues(duplicates)));
  }
  // Money written as a number is read as the digits written (the text is read again only when
  // some is a number); one with an exponent is an issue, the others are plain strings. So are
  // codes written as numbers, and a null cell is a blank.
  const issues = readNumberCells(value, text);
  const codes = readNumberCodes(value, text);
  append(issues, codes.issues);
  const notes = [...codes.notes, ...readNullCells(value)];
  let read = validate({ value, issues: [] });
  if (!read.ok && keep) {
    const { kept, rest } = keepUnknownKeys(value, read.error);
    append(notes, kept);
    if (kept.length > 0) read = rest.length > 0 ? err(rest) : validate({ value, issues: [] });
  }
  if (issues.length > 0 || !read.ok)
    return err(freeze(capIssues([...issues, ...(read.ok ? [] : read.error)])));
  return ok(freeze({ disclosure: read.value, notes }));
}
