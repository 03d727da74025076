// Direct module imports (not the barrels), as in ./build.ts.
import { isUnit } from "../amount/units";
import type { LedgerEntry, LedgerMeta } from "./types";

/*
 * The arguments of `ledgerOf` as plain JavaScript may give them: the types say what they are,
 * and a value of another shape (a project given as a string, an amount as a number) is the
 * program's mistake, not the data's. It is a `TypeError` naming the argument, the field and the
 * shape expected, instead of `Cannot read properties of undefined` from somewhere inside, or a
 * silent misreading (a `kind` of `"carryForward"` read as a spending line). Well-shaped but wrong
 * data (an unknown unit code, a misread amount) is never thrown: it is a ledger problem.
 */

type Obj = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): boolean => typeof v === "string";
/** Absent: `undefined`, or `null` as JSON from a database writes an absent optional field. */
const absent = (v: unknown): v is null | undefined => v === undefined || v === null;

/** Each field of an entry, and the shape it must have (as a message says it). */
const SHAPES = {
  kind: 'absent, "spending" or "carryforward"',
  unit: "a string",
  fund: "a string",
  period: 'absent or "prior"',
  amount: 'a decimal string such as "8.02", not a number',
  functional: "a string",
  econ: "a string",
  gov: "absent or a string",
  nature: "a string",
  project: "absent or an object { name: string; code?: string }",
} as const;
type Field = keyof typeof SHAPES;
const LINE = Object.keys(SHAPES) as Field[];
/** A carry-forward's fields: the first five. */
const CARRY_FORWARD = LINE.slice(0, 5);

/** Whether `v` has the shape of `field`. */
function fits(field: Field, v: unknown): boolean {
  switch (field) {
    case "kind":
      return absent(v) || v === "spending" || v === "carryforward";
    case "period":
      return absent(v) || v === "prior";
    case "gov":
      return absent(v) || text(v);
    case "project":
      return absent(v) || (isObject(v) && text(v.name) && (absent(v.code) || text(v.code)));
    default:
      return text(v);
  }
}

/** A value as a message shows it: `the string "x"`, `the number 8.02`, `an object`, `null`. */
function shown(v: unknown): string {
  if (typeof v === "string")
    return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "an object" : `the ${typeof v} ${String(v)}`;
}

const misuse = (what: string, shape: string, v: unknown): TypeError =>
  new TypeError(`ledgerOf: ${what} must be ${shape}, got ${shown(v)}`);

/** Throws a `TypeError` unless `meta` and `scale` have the shape `ledgerOf` reads. @internal */
export function checkArguments(meta: unknown, scale: unknown): asserts meta is LedgerMeta {
  if (!isObject(meta))
    throw misuse("meta", "an object { year, documentKind, department, units }", meta);
  if (!Array.isArray(meta.units))
    throw misuse("meta.units", "an array of units { code?: string; name: string }", meta.units);
  meta.units.forEach((u: unknown, i) => {
    if (!isObject(u))
      throw misuse(`meta.units[${i}]`, "an object { code?: string; name: string }", u);
    if (!text(u.name)) throw misuse(`meta.units[${i}].name`, "a string", u.name);
    if (!(absent(u.code) || text(u.code)))
      throw misuse(`meta.units[${i}].code`, "absent or a string", u.code);
  });
  if (!isObject(scale))
    throw misuse("scale", 'an object { unit: "元" | "万元" | "亿元"; decimals: number }', scale);
  if (!isUnit(scale.unit)) throw misuse("scale.unit", 'one of "元", "万元", "亿元"', scale.unit);
}

/** The entries as an array; a `TypeError` unless they are iterable. @internal */
export function entryList(entries: unknown): readonly LedgerEntry[] {
  if (Array.isArray(entries)) return entries;
  if (typeof (entries as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== "function")
    throw misuse("entries", "an iterable (an array) of ledger entries", entries);
  return [...(entries as Iterable<LedgerEntry>)];
}

/**
 * Whether an entry has the shape of its kind: {@link fits} on each field, written out (a ledger
 * may have millions of entries; the fields are read one by one only to word an error). @internal
 */
export function wellShaped(e: unknown): boolean {
  return (
    isObject(e) &&
    text(e.unit) &&
    text(e.fund) &&
    text(e.amount) &&
    (absent(e.period) || e.period === "prior") &&
    (e.kind === "carryforward" ||
      ((absent(e.kind) || e.kind === "spending") &&
        text(e.functional) &&
        text(e.econ) &&
        text(e.nature) &&
        (absent(e.gov) || text(e.gov)) &&
        fits("project", e.project)))
  );
}

/**
 * The `TypeError` naming `entries[i]` and its first field of the wrong shape, or `undefined` when
 * the entry has the shape of a carry-forward or a spending line (by its `kind`). @internal
 */
export function misshapen(e: unknown, i: number): TypeError | undefined {
  if (!isObject(e)) return misuse(`entries[${i}]`, "an object (a ledger line or carry-forward)", e);
  for (const field of e.kind === "carryforward" ? CARRY_FORWARD : LINE)
    if (!fits(field, e[field])) return misuse(`entries[${i}].${field}`, SHAPES[field], e[field]);
  return undefined;
}

/** Throws {@link misshapen}'s error unless the entry has the shape of its kind. @internal */
export function checkEntry(e: unknown, i: number): void {
  if (wellShaped(e)) return;
  const error = misshapen(e, i);
  if (error !== undefined) throw error;
}
