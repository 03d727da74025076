import type { Nature } from "../facts";
import type { LedgerFund, LedgerMeta, LedgerScale } from "./types";
import { LEDGER_FUNDS } from "./types";

/** Nature ids of the store: 0 none (a carry-forward), then the four leaf natures. @internal */
export const NATURE_IDS: readonly (Nature | undefined)[] = [
  undefined,
  "basic.personnel",
  "basic.public",
  "project.operating",
  "project.specific",
];

/** Fund ids of the store: index into {@link LEDGER_FUNDS}. @internal */
export const FUND_IDS: readonly LedgerFund[] = LEDGER_FUNDS;

/** Entry kinds: 0 spending, 1 carry-forward. @internal */
export const SPENDING = 0;
/** @internal */
export const CARRY_FORWARD = 1;

/**
 * A set of classification tuples, one typed array per dimension (dictionary ids; 0 is "none"
 * for codes and projects). The ledger keeps its distinct tuples and four projections of them
 * (dimensions dropped, amounts to be added up), each with the index of the projection every
 * tuple falls into. @internal
 */
export interface View {
  readonly size: number;
  readonly unit: Int32Array;
  readonly functional: Int32Array;
  /** An id in `econ` codes: a 款, or its 类 in the views that keep only the 类. */
  readonly econ: Int32Array;
  readonly gov: Int32Array;
  readonly project: Int32Array;
  readonly fund: Uint8Array;
  readonly nature: Uint8Array;
  readonly period: Uint8Array;
  readonly kind: Uint8Array;
}

/** The dimensions a view keeps. @internal */
export type ViewDims = "functional" | "econ" | "econClass" | "gov" | "project";

/** A projection of the tuples: the view and, per tuple, its index in the view. @internal */
export interface Projection {
  readonly keeps: ReadonlySet<ViewDims>;
  readonly view: View;
  readonly of: Int32Array;
}

/** A project of the ledger. @internal */
export interface StoredProject {
  readonly name: string;
  readonly code?: string;
  readonly unit: number;
  readonly nature: number;
}

/**
 * A ledger's indexed content: dictionaries, per entry its tuple and amount (an integer count of
 * the scale's units), the distinct tuples and their projections. @internal
 */
export interface LedgerStore {
  readonly functional: readonly string[];
  readonly econ: readonly string[];
  readonly gov: readonly string[];
  readonly projects: readonly StoredProject[];
  readonly tupleOf: Int32Array;
  readonly amounts: Float64Array;
  /** Σ |amount|: while it is a safe integer, every sum of amounts is exact in a double. */
  readonly absTotal: number;
  readonly tuples: View;
  readonly projections: readonly Projection[];
}

/**
 * A budget ledger: its meta, the scale of its amounts and its entries (spending lines and
 * carry-forwards), validated and indexed once when built (`ledgerOf`, `ledgerBuilder`,
 * `parseLedger`). Immutable. `deriveDisclosure` prints every table of a template from it;
 * `ledgerFacts` gives its leaf facts for `measure`; `ledgerEntries` gives the entries back.
 *
 * @example
 * ```ts
 * import { ledgerOf } from "yusuan/ledger";
 * const r = ledgerOf(
 *   { year: 2024, documentKind: "单位", department: { name: "某局" }, units: [{ code: "1", name: "某局", unitType: "行政" }] },
 *   { unit: "万元", decimals: 2 },
 *   [{ unit: "1", fund: "gpb.grant", functional: "2013101", econ: "30201", nature: "basic", amount: "8.02" }],
 * );
 * r.ok && r.value.size; // 1
 * ```
 */
export interface Ledger {
  readonly meta: LedgerMeta;
  readonly scale: LedgerScale;
  /** The number of entries. */
  readonly size: number;
  /** @internal */
  readonly store: LedgerStore;
}

const DIMS = ["functional", "econ", "gov", "project"] as const;

function emptyView(size: number): {
  -readonly [K in keyof View]: View[K];
} {
  return {
    size,
    unit: new Int32Array(size),
    functional: new Int32Array(size),
    econ: new Int32Array(size),
    gov: new Int32Array(size),
    project: new Int32Array(size),
    fund: new Uint8Array(size),
    nature: new Uint8Array(size),
    period: new Uint8Array(size),
    kind: new Uint8Array(size),
  };
}

/**
 * Projects the tuples onto the dimensions `keeps` (plus unit, fund, nature, period, kind):
 * `econClass` keeps the 类 of the economic code, interned in `econ` (which it extends). @internal
 */
export function project(
  tuples: View,
  econ: string[],
  econIds: Map<string, number>,
  keeps: ReadonlySet<ViewDims>,
): Projection {
  const of = new Int32Array(tuples.size);
  const index = new Map<string, number>();
  const rows: number[][] = [];
  const classOf = new Map<number, number>();
  for (let t = 0; t < tuples.size; t++) {
    let e = 0;
    if (keeps.has("econ")) e = tuples.econ[t] as number;
    else if (keeps.has("econClass")) {
      const id = tuples.econ[t] as number;
      let c = classOf.get(id);
      if (c === undefined) {
        const code = (econ[id] as string).slice(0, 3);
        c = econIds.get(code);
        if (c === undefined) {
          c = econ.length;
          econ.push(code);
          econIds.set(code, c);
        }
        classOf.set(id, c);
      }
      e = c;
    }
    const row = [
      tuples.unit[t] as number,
      keeps.has("functional") ? (tuples.functional[t] as number) : 0,
      e,
      keeps.has("gov") ? (tuples.gov[t] as number) : 0,
      keeps.has("project") ? (tuples.project[t] as number) : 0,
      tuples.fund[t] as number,
      tuples.nature[t] as number,
      tuples.period[t] as number,
      tuples.kind[t] as number,
    ];
    const key = row.join(",");
    let i = index.get(key);
    if (i === undefined) {
      i = rows.length;
      index.set(key, i);
      rows.push(row);
    }
    of[t] = i;
  }
  const view = emptyView(rows.length);
  rows.forEach((r, i) => {
    view.unit[i] = r[0] as number;
    view.functional[i] = r[1] as number;
    view.econ[i] = r[2] as number;
    view.gov[i] = r[3] as number;
    view.project[i] = r[4] as number;
    view.fund[i] = r[5] as number;
    view.nature[i] = r[6] as number;
    view.period[i] = r[7] as number;
    view.kind[i] = r[8] as number;
  });
  return { keeps, view, of };
}

/** The per-entry dimension ids of a ledger being built. @internal */
export interface EntryIds {
  readonly unit: Int32Array;
  readonly functional: Int32Array;
  readonly econ: Int32Array;
  readonly gov: Int32Array;
  readonly project: Int32Array;
  readonly fund: Uint8Array;
  readonly nature: Uint8Array;
  readonly period: Uint8Array;
  readonly kind: Uint8Array;
}

/** A fresh set of per-entry id arrays. @internal */
export function entryIds(size: number): EntryIds {
  const v = emptyView(size);
  return v;
}

/**
 * Interns each entry's tuple (a numeric key when the dictionaries are small enough, else a
 * string) and builds the tuples view. @internal
 */
export function internTuples(
  ids: EntryIds,
  size: number,
  sizes: Readonly<Record<(typeof DIMS)[number] | "unit", number>>,
): { tupleOf: Int32Array; tuples: View } {
  const tupleOf = new Int32Array(size);
  const radix = [
    sizes.unit,
    sizes.functional,
    sizes.econ,
    sizes.gov,
    sizes.project,
    FUND_IDS.length,
    NATURE_IDS.length,
    2,
    2,
  ];
  const numeric = radix.reduce((p, r) => p * Math.max(1, r), 1) < Number.MAX_SAFE_INTEGER;
  const index = new Map<number | string, number>();
  const first: number[] = [];
  for (let i = 0; i < size; i++) {
    const dims = [
      ids.unit[i] as number,
      ids.functional[i] as number,
      ids.econ[i] as number,
      ids.gov[i] as number,
      ids.project[i] as number,
      ids.fund[i] as number,
      ids.nature[i] as number,
      ids.period[i] as number,
      ids.kind[i] as number,
    ];
    let key: number | string;
    if (numeric) {
      key = 0;
      for (let d = 0; d < dims.length; d++)
        key = key * Math.max(1, radix[d] as number) + (dims[d] as number);
    } else key = dims.join(",");
    let t = index.get(key);
    if (t === undefined) {
      t = first.length;
      index.set(key, t);
      first.push(i);
    }
    tupleOf[i] = t;
  }
  const tuples = emptyView(first.length);
  first.forEach((i, t) => {
    tuples.unit[t] = ids.unit[i] as number;
    tuples.functional[t] = ids.functional[i] as number;
    tuples.econ[t] = ids.econ[i] as number;
    tuples.gov[t] = ids.gov[i] as number;
    tuples.project[t] = ids.project[i] as number;
    tuples.fund[t] = ids.fund[i] as number;
    tuples.nature[t] = ids.nature[i] as number;
    tuples.period[t] = ids.period[i] as number;
    tuples.kind[t] = ids.kind[i] as number;
  });
  return { tupleOf, tuples };
}
