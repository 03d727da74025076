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

/**
 * Where a ledger document holds a code: each entry's unit, functional, economic and government
 * codes and its project's, the department's, each unit's, the region's. @internal
 */
export const LEDGER_CODE_PATHS: readonly (readonly NumberStep[])[] = [
  ["entries", ELEMENT, "unit"],
  ["entries", ELEMENT, "functional"],
  ["entries", ELEMENT, "econ"],
  ["entries", ELEMENT, "gov"],
  ["entries", ELEMENT, "project", "code"],
  ["meta", "department", "code"],
  ["meta", "units", ELEMENT, "code"],
  ["meta", "regionCode"],
];

/**
 * Calls `visit` with the holder, key, value and path of every value at `steps` in `value` (a last
 * step of any key visits each own key). One look at each value on the way. @internal
 */
export function eachAt(
  value: unknown,
  steps: readonly NumberStep[],
  visit: (holder: Record<string, unknown>, key: string, v: unknown, path: SchemaPath) => void,
): void {
  // Paths as links from the leaf up, made into arrays only for the values visited.
  type Link = { readonly up: Link | undefined; readonly step: string | number } | undefined;
  const pathOf = (link: Link, key: string): SchemaPath => {
    const out: (string | number)[] = [key];
    for (let l = link; l !== undefined; l = l.up) out.push(l.step);
    return out.reverse();
  };
  let level: { readonly v: unknown; readonly at: Link }[] = [{ v: value, at: undefined }];
  steps.forEach((step, depth) => {
    const last = depth === steps.length - 1;
    const next: typeof level = [];
    for (const { v, at } of level) {
      if (typeof step === "string") {
        if (!isObject(v) || !Object.hasOwn(v, step)) continue;
        if (last) visit(v, step, v[step], pathOf(at, step));
        else next.push({ v: v[step], at: { up: at, step } });
      } else if (step.each === "element") {
        if (Array.isArray(v))
          for (let i = 0; i < v.length; i++) next.push({ v: v[i], at: { up: at, step: i } });
      } else if (isObject(v))
        for (const k in v) {
          if (!Object.hasOwn(v, k)) continue;
          if (last) visit(v, k, v[k], pathOf(at, k));
          else next.push({ v: v[k], at: { up: at, step: k } });
        }
    }
    level = next;
  });
}

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
export function readNumberCodes(
  value: unknown,
  text: string,
  paths: readonly (readonly NumberStep[])[] = DISCLOSURE_CODE_PATHS,
): CodeReading {
  const notes: SchemaNote[] = [];
  const issues: SchemaIssue[] = [];
  if (!hasNumberAt(value, paths)) return { notes, issues };
  for (const { path, written } of writtenNumbers(text, paths)) {
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
 * {@link readNumberCodes} for a JavaScript value, which has no text: a code given as a number is
 * read where it is a non-negative safe integer, as `String(n)` — exactly the digits a JSON text
 * would have written for it (功能 and 经济分类 codes start with 2, 3 or 5 and region codes with
 * 1–8, so none has a leading zero a number could have lost; a unit code such as `0101` cannot be a
 * number in JSON text either) — with a `number-code` note. Any other
 * number (`201.5`, `-201`, `NaN`, one beyond 2⁵³ − 1 whose last digits may be gone, as a 21-digit
 * project code's are) is kept as `String(n)` and is an `invalid-code-number` issue. In place, on
 * the library's own copy. @internal
 */
export function readValueCodes(
  value: unknown,
  paths: readonly (readonly NumberStep[])[],
): CodeReading {
  const notes: SchemaNote[] = [];
  const issues: SchemaIssue[] = [];
  for (const steps of paths)
    eachAt(value, steps, (holder, key, v, path) => {
      if (typeof v !== "number") return;
      const input = String(v);
      put(holder, key, input);
      if (Number.isSafeInteger(v) && v >= 0) notes.push({ code: "number-code", path, input });
      else issues.push({ code: "invalid-code-number", path, input });
    });
  return { notes, issues };
}

/**
 * Replaces every `null` cell and 绩效目标 money line (or money at other `paths`: a ledger entry's
 * `amount`) by a blank, `""`, in place, a note each; a `null` anywhere else is left to the
 * validator (a `null` code or name is wrong). One look at each value at those places. @internal
 */
export function readNullCells(
  value: unknown,
  paths: readonly (readonly NumberStep[])[] = DISCLOSURE_NUMBER_PATHS,
): SchemaNote[] {
  const notes: SchemaNote[] = [];
  for (const steps of paths)
    eachAt(value, steps, (holder, key, v, path) => {
      if (v !== null) return;
      put(holder, key, "");
      notes.push({ code: "null-cell", path });
    });
  return notes;
}
