import type { UnitType } from "../disclosure";
import type { Concept, Coordinates } from "../facts";
import type { TableKind } from "../templates";
import type { Signature } from "./cells";
import { isMeasureConcept } from "./cells";
import {
  CARRY_FORWARD,
  FUND_IDS,
  type Ledger,
  NATURE_IDS,
  type Projection,
  type View,
  type ViewDims,
} from "./store";
import type { LedgerFund } from "./types";

/** Unit kinds by id (0: not known). @internal */
export const UNIT_KINDS: readonly (UnitType | undefined)[] = [undefined, "行政", "参公", "事业"];

/** One amount cell to fill: its column, concept and test. @internal */
export interface Spec {
  readonly column: string;
  readonly concept: Concept;
  readonly test: (s: Signature) => boolean;
}

/** Coordinates merged left to right. @internal */
export const merge = (...parts: (Coordinates | undefined)[]): Coordinates =>
  Object.assign({}, ...parts) as Coordinates;

/** The amount columns of a table kind. @internal */
export const amountColumns = (kind: TableKind) => kind.columns.filter((c) => c.role === "amount");

/** The dimensions a table's rows and cells need from the ledger. @internal */
export function needs(
  kind: TableKind,
  specs: readonly { concept: Concept; coords: Coordinates }[],
  byUnit: boolean,
) {
  const dims = new Set<ViewDims>();
  if (byUnit) dims.add("unit");
  if (kind.rowKinds.includes("functional")) dims.add("functional");
  if (kind.rowKinds.includes("economic")) dims.add("econ");
  if (kind.rowKinds.includes("project")) dims.add("project");
  if (kind.columns.some((c) => c.role === "code" && c.system === "government")) dims.add("gov");
  for (const s of specs) {
    // a measure reads the 款 and, through its unit, the unit's kind
    if (isMeasureConcept(s.concept)) {
      dims.add("econ");
      dims.add("unit");
    } else if ((s.coords.econ?.length ?? 0) > 3) dims.add("econ");
    else if (s.coords.econ !== undefined) dims.add("econClass");
  }
  return dims;
}

/** The smallest projection keeping `dims` (the tuples themselves when none does). @internal */
export function viewFor(ledger: Ledger, dims: ReadonlySet<ViewDims>): Projection | undefined {
  return ledger.store.projections.find((p) =>
    [...dims].every((d) => p.keeps.has(d) || (d === "econClass" && p.keeps.has("econ"))),
  );
}

/** The ledger's amounts summed per entry of a view (integer counts), from its source's. @internal */
export function sums(
  projection: Projection | undefined,
  tupleSums: Float64Array,
  cache: Map<Projection | undefined, Float64Array>,
): Float64Array {
  if (projection === undefined) return tupleSums;
  const known = cache.get(projection);
  if (known !== undefined) return known;
  const source = sums(projection.from, tupleSums, cache);
  const out = new Float64Array(projection.view.size);
  const of = projection.of;
  for (let t = 0; t < of.length; t++) {
    const i = of[t] as number;
    out[i] = (out[i] as number) + (source[t] as number);
  }
  cache.set(projection, out);
  return out;
}

/** Cells being added up, and whether any amount reached each. @internal */
export interface Acc {
  readonly cells: Float64Array;
  readonly touched: Uint8Array;
}
/** A fresh accumulator of `n` cells. @internal */
export const acc = (n: number): Acc => ({ cells: new Float64Array(n), touched: new Uint8Array(n) });

/** The signatures of a view's entries: an id per entry, and the distinct signatures. @internal */
export interface Signatures {
  readonly of: Int32Array;
  readonly list: readonly Signature[];
}

/** Computes the signature of every entry of a view (once per view and derivation). @internal */
export function signatures(view: View, ledger: Ledger, byUnit: boolean): Signatures {
  // a view without units tells no unit kind (no measure by kind reads it)
  const kindOf = ledger.meta.units.map((u) => (byUnit ? UNIT_KINDS.indexOf(u.unitType) : 0));
  const econ = ledger.store.econ;
  const of = new Int32Array(view.size);
  const ids = new Map<number, number>();
  const list: Signature[] = [];
  for (let v = 0; v < view.size; v++) {
    const uk = kindOf[view.unit[v] as number] ?? 0;
    const key =
      ((((view.econ[v] as number) * 4 + uk) * 2 + (view.period[v] as number)) * 8 +
        (view.nature[v] as number)) *
        64 +
      (view.fund[v] as number) * 2 +
      (view.kind[v] as number);
    let id = ids.get(key);
    if (id === undefined) {
      id = list.length;
      ids.set(key, id);
      list.push({
        carryForward: view.kind[v] === CARRY_FORWARD,
        fund: FUND_IDS[view.fund[v] as number] as LedgerFund,
        nature: NATURE_IDS[view.nature[v] as number],
        prior: view.period[v] === 1,
        econ: econ[view.econ[v] as number] ?? "",
        unitType: UNIT_KINDS[uk],
      });
    }
    of[v] = id;
  }
  return { of, list };
}

/** The specs a view entry falls in, by its signature, each signature tested once. @internal */
export function matcher(sigs: Signatures, specs: readonly Spec[]): (v: number) => Int32Array {
  const bySignature: (Int32Array | undefined)[] = new Array(sigs.list.length);
  return (v) => {
    const id = sigs.of[v] as number;
    let hit = bySignature[id];
    if (hit === undefined) {
      const s = sigs.list[id] as Signature;
      const list: number[] = [];
      for (let i = 0; i < specs.length; i++) if ((specs[i] as Spec).test(s)) list.push(i);
      hit = Int32Array.from(list);
      bySignature[id] = hit;
    }
    return hit;
  };
}

/** A row of a view's entries: its unit section (-1: none), code (or project) and 政府 code ids. @internal */
export interface RowKeys {
  readonly of: Int32Array;
  readonly keys: readonly { readonly unit: number; readonly code: number; readonly gov: number }[];
}

/**
 * The row every entry of a view falls in for one layout (-1 when it has no code or project), once
 * per view, code dimension and layout: the tables sharing them share it. @internal
 */
export function rowKeys(
  view: View,
  code: "functional" | "econ" | "project",
  withGov: boolean,
  sections: boolean,
): RowKeys {
  const of = new Int32Array(view.size);
  const ids = new Map<number, number>();
  const keys: { unit: number; code: number; gov: number }[] = [];
  const codes = view[code];
  for (let v = 0; v < view.size; v++) {
    const c = codes[v] as number;
    if (c === 0) {
      of[v] = -1;
      continue;
    }
    const unit = sections ? (view.unit[v] as number) : -1;
    const gov = withGov ? (view.gov[v] as number) : 0;
    const key = ((unit + 1) * 2 ** 20 + c) * 2 ** 12 + gov;
    let id = ids.get(key);
    if (id === undefined) {
      id = keys.length;
      ids.set(key, id);
      keys.push({ unit, code: c, gov });
    }
    of[v] = id;
  }
  return { of, keys };
}
