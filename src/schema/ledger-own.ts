import type { SchemaIssue, SchemaPath } from "./issues";
import { LEDGER_NUMBER_PATHS, put } from "./numbers";
import { isObject, type Obj } from "./object";
import { eachAt, readNullCells } from "./written";

/**
 * What `parseLedger` and `parseLedgerJson` read on the library's own copy of a ledger document
 * before validating it: codes given as numbers, optional fields and amounts given as `null`.
 */

/** A code's or an optional field's value that `parseLedger` reads on a copy: a number, `null`. */
const readOnCopy = (v: unknown): boolean => v === null || typeof v === "number";

/** The codes of an entry and of the meta's objects that may be given as numbers. */
const ENTRY_CODES = ["unit", "functional", "econ", "gov"] as const;
/** The optional fields of an entry that may be given as `null`. */
const ENTRY_OPTIONAL = ["kind", "gov", "project", "period"] as const;

/**
 * Visits every code of a ledger document (see {@link LEDGER_CODE_PATHS}) and every optional field
 * (`$schema`, `meta.regionCode`, `meta.unitCounts`, the department's and each unit's `code`, a
 * unit's `unitType`, an entry's `kind`, `gov`, `project`, `period`, its project's `code`), with its
 * holder, key and whether it is a code; stops at the first `true` `visit` returns. One pass over
 * the entries.
 */
function eachField(
  input: unknown,
  visit: (holder: Obj, key: string, code: boolean, at: () => SchemaPath) => boolean,
): boolean {
  if (!isObject(input)) return false;
  const { meta, entries } = input;
  if (visit(input, "$schema", false, () => ["$schema"])) return true;
  if (isObject(meta)) {
    const { department, units } = meta;
    if (visit(meta, "regionCode", true, () => ["meta", "regionCode"])) return true;
    if (visit(meta, "unitCounts", false, () => ["meta", "unitCounts"])) return true;
    if (
      isObject(department) &&
      visit(department, "code", true, () => ["meta", "department", "code"])
    )
      return true;
    if (Array.isArray(units))
      for (let i = 0; i < units.length; i++) {
        const u = units[i];
        if (!isObject(u)) continue;
        if (visit(u, "code", true, () => ["meta", "units", i, "code"])) return true;
        if (visit(u, "unitType", false, () => ["meta", "units", i, "unitType"])) return true;
      }
  }
  if (!Array.isArray(entries)) return false;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (!isObject(e)) continue;
    for (const key of ENTRY_CODES) if (visit(e, key, true, () => ["entries", i, key])) return true;
    for (const key of ENTRY_OPTIONAL)
      if (key !== "gov" && visit(e, key, false, () => ["entries", i, key])) return true;
    const project = e.project;
    if (isObject(project) && visit(project, "code", true, () => ["entries", i, "project", "code"]))
      return true;
  }
  return false;
}

/** Whether some entry's `amount` is `null` (read as a blank, `""`, on a copy). */
function nullAmount(input: unknown): boolean {
  let found = false;
  eachAt(input, LEDGER_NUMBER_PATHS[0] ?? [], (_holder, _key, v) => {
    found ||= v === null;
  });
  return found;
}

/**
 * Whether a ledger document has a code given as a number, an optional field or an amount as
 * `null`: what `parseLedger` reads on a copy of its own. @internal
 */
export const toRead = (input: unknown): boolean =>
  eachField(input, (holder, key) => Object.hasOwn(holder, key) && readOnCopy(holder[key])) ||
  nullAmount(input);

/**
 * Reads, in place on the library's own copy, every code given as a number (see
 * {@link readValueCodes}: a non-negative safe integer as `String(n)`, any other kept as
 * `String(n)` and an `invalid-code-number` issue), drops every optional field given as `null`,
 * and reads an `amount` given as `null` as a blank, `""` (as a disclosure's `null` cell is read:
 * `readNullCells`); `nulls` are the indexes of those entries. @internal
 */
export function readOwn(value: unknown): { issues: SchemaIssue[]; nulls: Set<number> } {
  const issues: SchemaIssue[] = [];
  eachField(value, (holder, key, code, at) => {
    if (!Object.hasOwn(holder, key)) return false;
    const v = holder[key];
    if (v === null && key !== "unit" && key !== "functional" && key !== "econ") delete holder[key];
    else if (code && typeof v === "number") {
      const input = String(v);
      put(holder, key, input);
      if (!(Number.isSafeInteger(v) && v >= 0))
        issues.push({ code: "invalid-code-number", path: at(), input });
    }
    return false;
  });
  const nulls = new Set(readNullCells(value, LEDGER_NUMBER_PATHS).map((n) => n.path[1] as number));
  return { issues, nulls };
}
