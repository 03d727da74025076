import type { Disclosure } from "../disclosure";
import type { Result } from "../result";
import type { SchemaIssue } from "./issues";
import type { SchemaNote } from "./notes";
import { readJson } from "./parse";

/**
 * Options of {@link readDisclosureJson}.
 *
 * @example
 * ```ts
 * import type { ReadDisclosureJsonOptions } from "yusuan/json";
 * const strict: ReadDisclosureJsonOptions = { unknownKeys: "refuse" };
 * ```
 */
export interface ReadDisclosureJsonOptions {
  /**
   * A property the format does not have: `"keep"` (the default) leaves it out of the disclosure
   * and keeps it, with its value, in an `unknown-key` note; `"refuse"` makes it an `unknown-key`
   * issue, as `parseDisclosureJson` does (a misspelt property is then never read past).
   */
  readonly unknownKeys?: "keep" | "refuse";
}

/**
 * What {@link readDisclosureJson} read: the disclosure, and a note for each thing it read
 * differently from the format's own writing (empty for a document the library wrote).
 *
 * @example
 * ```ts
 * import type { DisclosureJsonRead } from "yusuan/json";
 * const noted = (read: DisclosureJsonRead) => read.notes.map((n) => n.code);
 * ```
 */
export interface DisclosureJsonRead {
  readonly disclosure: Disclosure;
  /** In this order: codes written as numbers, `null` cells, unknown keys. */
  readonly notes: readonly SchemaNote[];
}

/**
 * Reads a disclosure JSON document another tool wrote, as `parseDisclosureJson` does, without
 * refusing what such tools write in a correct document, and says what it read differently, each
 * as a {@link SchemaNote} with its path (render it with `formatSchemaNote`):
 *
 * - a code written as a JSON number is read as the digits written (`number-code`);
 * - a cell or a 绩效目标 money line written as `null` is a blank, `""` (`null-cell`);
 * - a property the format does not have (`page`, `bbox`, `confidence` …) is left out of the
 *   disclosure and kept, with its JSON value, in an `unknown-key` note (or, with
 *   `{ unknownKeys: "refuse" }`, is an issue).
 *
 * Anything truly wrong is still an issue with its path, as in `parseDisclosureJson`: a cell
 * `true` or an object, a code `201.5` (`invalid-code-number`), a `null` code or name, a key
 * written twice. Linear in the text; never throws; the result is frozen.
 *
 * @param text - the JSON text
 * @param options - see {@link ReadDisclosureJsonOptions}
 * @returns the disclosure and the notes, or every issue
 *
 * @example
 * ```ts
 * import { formatSchemaNote, readDisclosureJson } from "yusuan/json";
 * const text = `{"format": "yusuan.disclosure", "version": 1,
 *   "meta": {"year": 2024, "documentKind": "单位", "template": "henan2024", "department": {"name": "某单位"}, "units": []},
 *   "tables": [{"kind": "expenditure", "unit": "万元", "rows": [
 *     {"key": {"kind": "functional", "code": 2013101}, "cells": {"total": 558.07, "project": null}, "page": 7}]}],
 *   "texts": []}`;
 * const r = readDisclosureJson(text);
 * if (r.ok) {
 *   r.value.disclosure.tables[0]?.rows[0]; // { key: { kind: "functional", code: "2013101" }, cells: { total: "558.07", project: "" } }
 *   r.value.notes.map((n) => n.code); // ["number-code", "null-cell", "unknown-key"]
 *   r.value.notes[2]; // { code: "unknown-key", path: ["tables", 0, "rows", 0, "page"], key: "page", suggestions: [], value: 7 }
 * }
 * const note = r.ok ? r.value.notes[1] : undefined;
 * if (note) formatSchemaNote(note, "en"); // "tables[0].rows[0].cells.project: null read as a blank cell"
 * const strict = readDisclosureJson(text, { unknownKeys: "refuse" });
 * if (!strict.ok) strict.error.map((i) => i.code); // ["unknown-key"]
 * ```
 */
export function readDisclosureJson(
  text: string,
  options: ReadDisclosureJsonOptions = {},
): Result<DisclosureJsonRead, readonly SchemaIssue[]> {
  return readJson(text, options.unknownKeys !== "refuse");
}
