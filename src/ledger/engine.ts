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
) {
  const dims = new Set<ViewDims>();
  if (kind.rowKinds.includes("functional")) dims.add("functional");
  if (kind.rowKinds.includes("economic")) dims.add("econ");
  if (kind.rowKinds.includes("project")) dims.add("project");
  if (kind.columns.some((c) => c.role === "code" && c.system === "government")) dims.add("gov");
  for (const s of specs) {
    if (isMeasureConcept(s.concept) || (s.coords.econ?.length ?? 0) > 3) dims.add("econ");
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

/** The ledger's amounts summed per entry of a view (integer counts). @internal */
export function sums(projection: Projection | undefined, tupleSums: Float64Array): Float64Array {
  if (projection === undefined) return tupleSums;
  const out = new Float64Array(projection.view.size);
  const of = projection.of;
  for (let t = 0; t < of.length; t++) {
    const i = of[t] as number;
    out[i] = (out[i] as number) + (tupleSums[t] as number);
  }
  return out;
}

/** Cells being added up, and whether any amount reached each. @internal */
export interface Acc {
  readonly cells: Float64Array;
  readonly touched: Uint8Array;
}
/** A fresh accumulator of `n` cells. @internal */
export const acc = (n: number): Acc => ({ cells: new Float64Array(n), touched: new Uint8Array(n) });

/** The specs a view entry falls in, cached by its signature. @internal */
export function matcher(view: View, ledger: Ledger, specs: readonly Spec[]) {
  const cache = new Map<number, Int32Array>();
  const units = ledger.meta.units;
  const kindOf = units.map((u) => UNIT_KINDS.indexOf(u.unitType));
  const econ = ledger.store.econ;
  return (v: number): Int32Array => {
    const uk = kindOf[view.unit[v] as number] ?? 0;
    const key =
      ((((view.econ[v] as number) * 4 + uk) * 2 + (view.period[v] as number)) * 8 +
        (view.nature[v] as number)) *
        64 +
      (view.fund[v] as number) * 2 +
      (view.kind[v] as number);
    let hit = cache.get(key);
    if (hit === undefined) {
      const s: Signature = {
        carryForward: view.kind[v] === CARRY_FORWARD,
        fund: FUND_IDS[view.fund[v] as number] as LedgerFund,
        nature: NATURE_IDS[view.nature[v] as number],
        prior: view.period[v] === 1,
        econ: econ[view.econ[v] as number] ?? "",
        unitType: UNIT_KINDS[uk],
      };
      const list: number[] = [];
      specs.forEach((spec, i) => {
        if (spec.test(s)) list.push(i);
      });
      hit = Int32Array.from(list);
      cache.set(key, hit);
    }
    return hit;
  };
}
