import type { SchemaIssue, SchemaPath } from "./issues";
import type { SchemaNote } from "./notes";
import {
  DISCLOSURE_NUMBER_PATHS,
  ELEMENT,
  hasNumberAt,
  holderOf,
  type NumberStep,
  put,
  writtenNumbers,
} from "./numbers";
import { isObject } from "./object";

/**
 * What other tools write in a correct document that the format writes otherwise: a code as a
 * JSON number, a blank cell as `null`. Both are read here, in place, on what `JSON.parse` made,
 * and noted with their paths (`parseDisclosureJson` drops the notes, `readDisclosureJson`
 * returns them).
 */

const ROW_KEY = ["tables", ELEMENT, "rows", ELEMENT, "key"] as const;

/**
 * Where a disclosure document holds a code: a row key's, the department's, a unit's, the region's,
 * a 绩效目标 project's. @internal
 */
export const DISCLOSURE_CODE_PATHS: readonly (readonly NumberStep[])[] = [
  [...ROW_KEY, "code"],
  [...ROW_KEY, "econ"],
  [...ROW_KEY, "gov"],
  ["meta", "department", "code"],
  ["meta", "units", ELEMENT, "code"],
  ["meta", "regionCode"],
  ["targets", "projects", ELEMENT, "code"],
];

/** What reading the codes written as numbers gives: a note for each, an issue for a non-code. */
export interface CodeReading {
  readonly notes: SchemaNote[];
  readonly issues: SchemaIssue[];
}

/**
 * Replaces every code written as a JSON number by the digits written in `text`, in place:
 * `2013101` → `"2013101"`, a note each (JSON numbers have no leading zeros, so the digits are all
 * there is). A number that is no code (`201.5`, `2.01e2`, `-201`) is kept as written too, and is
 * an `invalid-code-number` issue at its path. Reads the text only when some code is a number.
 * @internal
 */
export function readNumberCodes(value: unknown, text: string): CodeReading {
  const notes: SchemaNote[] = [];
  const issues: SchemaIssue[] = [];
  if (!hasNumberAt(value, DISCLOSURE_CODE_PATHS)) return { notes, issues };
  for (const { path, written } of writtenNumbers(text, DISCLOSURE_CODE_PATHS)) {
    const holder = holderOf(value, path);
    const key = path[path.length - 1];
    if (holder === undefined || typeof key !== "string") continue; // (no place of the format)
    put(holder, key, written);
    if (/^[0-9]+$/.test(written)) notes.push({ code: "number-code", path, input: written });
    else issues.push({ code: "invalid-code-number", path, input: written });
  }
  return { notes, issues };
}

/**
 * Replaces every `null` cell and 绩效目标 money line by a blank, `""`, in place, a note each; a
 * `null` anywhere else is left to the validator (a `null` code or name is wrong). One look at
 * each value at those places. @internal
 */
export function readNullCells(value: unknown): SchemaNote[] {
  const notes: SchemaNote[] = [];
  for (const steps of DISCLOSURE_NUMBER_PATHS) {
    let level: { readonly v: unknown; readonly path: SchemaPath }[] = [{ v: value, path: [] }];
    steps.forEach((step, depth) => {
      const last = depth === steps.length - 1;
      const next: typeof level = [];
      for (const { v, path } of level) {
        if (typeof step === "string") {
          if (isObject(v) && Object.hasOwn(v, step))
            next.push({ v: v[step], path: [...path, step] });
        } else if (step.each === "element") {
          if (Array.isArray(v))
            for (let i = 0; i < v.length; i++) next.push({ v: v[i], path: [...path, i] });
        } else if (isObject(v))
          for (const k in v) {
            if (!Object.hasOwn(v, k)) continue;
            if (last && v[k] === null) {
              put(v, k, "");
              notes.push({ code: "null-cell", path: [...path, k] });
            } else if (!last) next.push({ v: v[k], path: [...path, k] });
          }
      }
      level = next;
    });
  }
  return notes;
}
