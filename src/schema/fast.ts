import { isUnit } from "../amount/units";
import type { Disclosure } from "../disclosure";
import { DISCLOSURE_FORMAT, DISCLOSURE_FORMAT_VERSION } from "./document";
import { isObject } from "./object";

/**
 * A hand-written reader of the common disclosure document (no `targets`), for the library's own
 * snapshot of a value: it returns what the zod schema's `safeParse` would give as `data` (the
 * same values, objects with their keys in the schema's order, records in the input's order), or
 * `undefined` at the first doubt (an unknown or missing key, a wrong type, a `__proto__` key, a
 * document with `targets`), and the caller then reads the document through zod, which finds
 * and words every issue. So the zod schema alone decides what is valid; this only skips building
 * and running it for documents that are plainly valid (importing and parsing cost a one-shot
 * program several times the work of this reader). @internal
 */
export function readFast(value: unknown): Omit<Disclosure, "targets"> | undefined {
  try {
    return read(value);
  } catch (e) {
    if (e === DOUBT) return undefined;
    throw e;
  }
}

const DOUBT = Symbol("doubt");
const doubt = (): never => {
  throw DOUBT;
};

type Obj = Readonly<Record<string, unknown>>;

/** An object whose own keys are all among `allowed` (the strict objects of the schema). */
function strict(v: unknown, allowed: ReadonlySet<string>): Obj {
  if (!isObject(v)) return doubt();
  for (const k in v) if (!Object.hasOwn(v, k) || !allowed.has(k)) return doubt();
  return v;
}

const text = (v: unknown): string => (typeof v === "string" ? v : doubt());

/** Copies an optional text member into `out` when present (exactOptional: present means a string). */
function optional(out: Record<string, unknown>, o: Obj, key: string): void {
  if (Object.hasOwn(o, key)) out[key] = text(o[key]);
}

const int = (v: unknown): number => (Number.isSafeInteger(v) ? (v as number) : doubt());
const nonNegativeInt = (v: unknown): number => {
  const n = int(v);
  return n >= 0 ? n : doubt();
};

/** Each element of an array read by `read`, holes included (a hole is a doubt, as in zod). */
function array<T>(v: unknown, read: (x: unknown) => T): T[] {
  if (!Array.isArray(v)) return doubt();
  const out: T[] = [];
  for (let i = 0; i < v.length; i++) out.push(read(v[i]));
  return out;
}

/** A record of strings, in the input's order; a `__proto__` key is left to the zod path. */
function printed(v: unknown): Record<string, string> {
  if (!isObject(v)) return doubt();
  const out: Record<string, string> = {};
  for (const k in v) {
    if (!Object.hasOwn(v, k) || k === "__proto__") return doubt();
    out[k] = text(v[k]);
  }
  return out;
}

const keys = (...ks: string[]): ReadonlySet<string> => new Set(ks);
const TOP = keys("$schema", "format", "version", "meta", "tables", "texts");
const META = keys(
  "year",
  "documentKind",
  "template",
  "department",
  "units",
  "unitCounts",
  "regionCode",
  "stage",
);
const DEPARTMENT = keys("code", "name");
const UNIT = keys("code", "name", "unitType");
const COUNTS = keys("行政", "参公", "事业");
const TABLE = keys(
  "kind",
  "title",
  "number",
  "unit",
  "unknownUnit",
  "rows",
  "otherPeriods",
  "note",
  "texts",
);
const ROW = keys("key", "name", "cells");
const TEXT = keys("title", "body");
const UNIT_TYPES: ReadonlySet<unknown> = new Set(["行政", "参公", "事业"]);
const KINDS: ReadonlySet<unknown> = new Set(["部门", "单位"]);
const STAGES: ReadonlySet<unknown> = new Set(["预算", "决算"]);

/** The row key kinds: their keys besides `kind`, the required ones first. */
const ROW_KEYS: Readonly<Record<string, readonly [ReadonlySet<string>, readonly string[]]>> = {
  total: [keys("kind"), []],
  org: [keys("kind", "code"), ["code"]],
  functional: [keys("kind", "code"), ["code"]],
  economic: [keys("kind", "econ", "gov"), ["econ"]],
  project: [keys("kind", "name", "code"), ["name"]],
  line: [keys("kind", "line"), ["line"]],
  single: [keys("kind"), []],
  indicator: [keys("kind", "index"), []],
  unplaced: [keys("kind", "label"), ["label"]],
};

function rowKey(v: unknown): Disclosure["tables"][number]["rows"][number]["key"] {
  if (!isObject(v)) return doubt();
  const kind = v.kind;
  if (typeof kind !== "string" || !Object.hasOwn(ROW_KEYS, kind)) return doubt();
  const [allowed, required] = ROW_KEYS[kind] as (typeof ROW_KEYS)[string];
  strict(v, allowed);
  const out: Record<string, unknown> = { kind };
  if (kind === "indicator") out.index = nonNegativeInt(v.index);
  for (const k of required) out[k] = text(v[k]);
  if (kind === "economic") optional(out, v, "gov");
  else if (kind === "project") optional(out, v, "code");
  return out as unknown as Disclosure["tables"][number]["rows"][number]["key"];
}

function read(value: unknown): Omit<Disclosure, "targets"> {
  const doc = strict(value, TOP);
  if (Object.hasOwn(doc, "$schema")) text(doc.$schema);
  if (doc.format !== DISCLOSURE_FORMAT || doc.version !== DISCLOSURE_FORMAT_VERSION) doubt();

  const m = strict(doc.meta, META);
  const d = strict(m.department, DEPARTMENT);
  const department: Record<string, unknown> = {};
  optional(department, d, "code");
  department.name = text(d.name);
  const meta: Record<string, unknown> = {
    year: int(m.year),
    documentKind: KINDS.has(m.documentKind) ? m.documentKind : doubt(),
    template: text(m.template),
    department,
    units: array(m.units, (x) => {
      const u = strict(x, UNIT);
      const out: Record<string, unknown> = {};
      optional(out, u, "code");
      out.name = text(u.name);
      if (Object.hasOwn(u, "unitType"))
        out.unitType = UNIT_TYPES.has(u.unitType) ? u.unitType : doubt();
      return out;
    }),
  };
  if (Object.hasOwn(m, "unitCounts")) {
    const c = strict(m.unitCounts, COUNTS);
    const counts: Record<string, number> = {};
    for (const k of COUNTS) if (Object.hasOwn(c, k)) counts[k] = nonNegativeInt(c[k]);
    meta.unitCounts = counts;
  }
  optional(meta, m, "regionCode");
  if (Object.hasOwn(m, "stage")) meta.stage = STAGES.has(m.stage) ? m.stage : doubt();

  const tables = array(doc.tables, (x) => {
    const t = strict(x, TABLE);
    const out: Record<string, unknown> = { kind: text(t.kind) };
    optional(out, t, "title");
    optional(out, t, "number");
    out.unit = isUnit(t.unit) ? t.unit : doubt();
    optional(out, t, "unknownUnit");
    if (out.unknownUnit === "") doubt(); // zod says why: printed text, never empty
    out.rows = array(t.rows, (y) => {
      const r = strict(y, ROW);
      const row: Record<string, unknown> = { key: rowKey(r.key) };
      optional(row, r, "name");
      row.cells = printed(r.cells);
      return row;
    });
    if (Object.hasOwn(t, "otherPeriods")) {
      const periods = printed(t.otherPeriods);
      for (const k in periods) {
        const p = periods[k];
        if (p !== "prior" && p !== "change" && p !== "budget") doubt();
      }
      out.otherPeriods = periods;
    }
    optional(out, t, "note");
    if (Object.hasOwn(t, "texts")) out.texts = printed(t.texts);
    return out;
  });
  const texts = array(doc.texts, (x) => {
    const t = strict(x, TEXT);
    return { title: text(t.title), body: text(t.body) };
  });
  return { meta, tables, texts } as unknown as Omit<Disclosure, "targets">;
}
