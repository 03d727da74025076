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

/** The dimensions a view keeps (fund, nature, period and kind it always keeps). @internal */
export type ViewDims = "unit" | "functional" | "econ" | "econClass" | "gov" | "project";

/**
 * A projection of the tuples: the view, the projection it is made from (`undefined`: the tuples)
 * and, per entry of that source, its index in the view. @internal
 */
export interface Projection {
  readonly keeps: ReadonlySet<ViewDims>;
  readonly view: View;
  readonly from: Projection | undefined;
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
 * Groups rows by their values in `columns` (small non-negative integers below `radix`): each row's
 * group and the first row of each group. A numeric key when the radices allow one, else a string.
 * @internal
 */
export function groupRows(
  columns: readonly ArrayLike<number>[],
  radix: readonly number[],
  size: number,
): { of: Int32Array; first: number[] } {
  const of = new Int32Array(size);
  const first: number[] = [];
  const numeric = radix.reduce((p, r) => p * Math.max(1, r), 1) < Number.MAX_SAFE_INTEGER;
  const index = new Map<number | string, number>();
  const width = columns.length;
  for (let i = 0; i < size; i++) {
    let key: number | string;
    if (numeric) {
      let k = 0;
      for (let d = 0; d < width; d++)
        k = k * Math.max(1, radix[d] as number) + ((columns[d] as ArrayLike<number>)[i] as number);
      key = k;
    } else {
      let k = "";
      for (let d = 0; d < width; d++) k += `${(columns[d] as ArrayLike<number>)[i]},`;
      key = k;
    }
    let g = index.get(key);
    if (g === undefined) {
      g = first.length;
      index.set(key, g);
      first.push(i);
    }
    of[i] = g;
  }
  return { of, first };
}

/** The radix of each dimension of a view, in the order of {@link viewColumns}. */
function viewRadix(view: View, econSize: number): number[] {
  const max = (a: ArrayLike<number>) => {
    let m = 0;
    for (let i = 0; i < a.length; i++) if ((a[i] as number) > m) m = a[i] as number;
    return m + 1;
  };
  return [
    max(view.unit),
    max(view.functional),
    econSize,
    max(view.gov),
    max(view.project),
    FUND_IDS.length,
    NATURE_IDS.length,
    2,
    2,
  ];
}

const viewColumns = (v: View) => [
  v.unit,
  v.functional,
  v.econ,
  v.gov,
  v.project,
  v.fund,
  v.nature,
  v.period,
  v.kind,
];

/** A view of the rows `first` of `source`. */
function pick(source: View, first: readonly number[]): View {
  const view = emptyView(first.length);
  first.forEach((i, g) => {
    view.unit[g] = source.unit[i] as number;
    view.functional[g] = source.functional[i] as number;
    view.econ[g] = source.econ[i] as number;
    view.gov[g] = source.gov[i] as number;
    view.project[g] = source.project[i] as number;
    view.fund[g] = source.fund[i] as number;
    view.nature[g] = source.nature[i] as number;
    view.period[g] = source.period[i] as number;
    view.kind[g] = source.kind[i] as number;
  });
  return view;
}

/**
 * Projects a view (the tuples, or a projection `from`) onto the dimensions `keeps` (plus fund,
 * nature, period, kind): `econClass` keeps the 类 of the economic code, interned in `econ` (which
 * it extends). @internal
 */
export function project(
  tuples: View,
  econ: string[],
  econIds: Map<string, number>,
  keeps: ReadonlySet<ViewDims>,
  from?: Projection,
): Projection {
  // The tuples with the dropped dimensions zeroed (and the 款 replaced by its 类).
  const projected = emptyView(tuples.size);
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
    if (keeps.has("unit")) projected.unit[t] = tuples.unit[t] as number;
    if (keeps.has("functional")) projected.functional[t] = tuples.functional[t] as number;
    projected.econ[t] = e;
    if (keeps.has("gov")) projected.gov[t] = tuples.gov[t] as number;
    if (keeps.has("project")) projected.project[t] = tuples.project[t] as number;
    projected.fund[t] = tuples.fund[t] as number;
    projected.nature[t] = tuples.nature[t] as number;
    projected.period[t] = tuples.period[t] as number;
    projected.kind[t] = tuples.kind[t] as number;
  }
  const { of, first } = groupRows(
    viewColumns(projected),
    viewRadix(projected, econ.length),
    tuples.size,
  );
  return { keeps, view: pick(projected, first), from, of };
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
  econSize: number,
): { tupleOf: Int32Array; tuples: View } {
  const entries = ids as View;
  const { of, first } = groupRows(viewColumns(entries), viewRadix(entries, econSize), size);
  return { tupleOf: of, tuples: pick(entries, first) };
}
