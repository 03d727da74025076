/**
 * The oracle's decompositions (see ./derive.ts for the oracle and its roll-ups): each
 * decomposition's parent derived from its children within one lowered table, written for
 * clarity, not speed, so the engine can be compared with it.
 */
import type { LoweredTable } from "../../src/disclosure";
import {
  type Concept,
  type CoordinatePattern,
  type Coordinates,
  DECOMPOSITIONS,
  type Decomposition,
  type Dimension,
  factKey,
} from "../../src/facts";
import {
  type AnyFact,
  type DerivedFact,
  flatSources,
  isDerived,
  isIncomplete,
  lineColumns,
  readingGaps,
  sum,
} from "./derive";

/** A pattern's dimension constraints as an array, built once per decomposition. */
type CompiledPattern = {
  readonly concept: Concept | undefined;
  readonly dims: readonly (readonly [Dimension, string | null])[];
};

function compile(p: CoordinatePattern): CompiledPattern {
  return { concept: p.concept, dims: Object.entries(p.coords) as [Dimension, string | null][] };
}

function matches(f: AnyFact, p: CompiledPattern): boolean {
  if (p.concept !== undefined && f.concept !== p.concept) return false;
  for (const [d, v] of p.dims) {
    const actual = f.coords[d];
    if (v === null ? actual !== undefined : actual !== v) return false;
  }
  return true;
}

function apply(base: Coordinates, p: CoordinatePattern): Coordinates {
  const out: Record<string, string> = { ...(base as Record<string, string>) };
  for (const [d, v] of Object.entries(p.coords)) if (v !== null && v !== undefined) out[d] = v;
  return out as Coordinates;
}

/**
 * Applies decompositions (data, {@link DECOMPOSITIONS} by default) to one table's printed facts:
 * wherever every required child of a decomposition is printed (or derived before it), the parent
 * is derived as their sum.
 *
 * @example
 * ```ts
 * import { lowerTable } from "yusuan";
 * import { decomposeTable } from "yusuan/check";
 * import { henan2024 } from "yusuan/templates";
 * const lt = lowerTable({ kind: "sanGong", unit: "万元", rows: [{ key: { kind: "single" }, cells: {
 *   total: "6.50", abroad: "", vehicles: "4.00", "vehicles.purchase": "", "vehicles.operation": "4.00", reception: "2.50" } }] }, henan2024);
 * decomposeTable(lt).find((d) => d.coords.item === undefined)?.value?.value; // "6.50"
 * ```
 */
export function decomposeTable(
  lt: LoweredTable,
  decompositions: readonly Decomposition[] = DECOMPOSITIONS,
): readonly DerivedFact[] {
  const scope: AnyFact[] = lt.rows.flatMap((r) => r.facts);
  const gaps = readingGaps(lt);
  const filled = gaps.lines ? lineColumns(lt) : new Set<string>();
  // The printed row a fact is on (none for a derived one).
  const rowOf = (f: AnyFact) =>
    isDerived(f) ? undefined : lt.rows.find((r) => r.facts.includes(f));
  // A blank printed cell where a line the reader did not place prints a figure.
  const blankUnderLine = (f: AnyFact | undefined) =>
    f !== undefined && !isDerived(f) && f.value === null && filled.has(f.source.column);
  const byKey = new Map<string, AnyFact>();
  for (const f of scope)
    if (!byKey.has(factKey(f.concept, f.coords))) byKey.set(factKey(f.concept, f.coords), f);
  const out: DerivedFact[] = [];
  // parent key → the decompositions that derived it (an `alternativeTo` one then stands aside).
  const derivedBy = new Map<string, Set<string>>();
  for (const d of decompositions) {
    const done = new Set<string>();
    const firstChild = d.children[0] === undefined ? undefined : compile(d.children[0]);
    const anchorDims = new Set(Object.keys(d.children[0]?.coords ?? {}));
    const snapshot = [...scope];
    for (const f of snapshot) {
      // Every required child must be present, so anchoring on the first one finds every parent once.
      const anchor = d.children[0];
      if (anchor === undefined || firstChild === undefined || !matches(f, firstChild)) continue;
      const base: Record<string, string> = {};
      for (const [dim, v] of Object.entries(f.coords)) if (!anchorDims.has(dim)) base[dim] = v;
      const concept = d.parent.concept ?? f.concept;
      const parentCoords = apply(base as Coordinates, d.parent);
      const parentKey = factKey(concept, parentCoords);
      if (done.has(parentKey)) continue;
      done.add(parentKey);
      const by = derivedBy.get(parentKey) ?? new Set<string>();
      if (d.alternativeTo !== undefined && by.has(d.alternativeTo)) continue;
      const lookup = (c: CoordinatePattern) =>
        byKey.get(factKey(c.concept ?? f.concept, apply(base as Coordinates, c)));
      // Stop at the first missing child: most anchors have no complete set of siblings.
      const required: AnyFact[] = [];
      for (const c of d.children) {
        const part = lookup(c);
        if (part === undefined) break;
        required.push(part);
      }
      if (required.length < d.children.length) continue;
      const parts = [
        ...required,
        ...(d.optional ?? []).map(lookup).filter((p): p is AnyFact => p !== undefined),
      ];
      const value = sum(
        parts.map((p) => p.value),
        lt.table.unit,
      );
      // An all-blank sum is kept (value null = "no value"): comparing it confirms the blanks.
      // With a line the reader did not place, a sum may miss its figure unless its parts are the
      // figures of one printed row, none blank where that line prints one, nor the row's own total.
      const rows = parts.map(rowOf);
      const acrossRows = rows.some((r) => r === undefined || r !== rows[0]);
      const incomplete =
        gaps.split ||
        (gaps.lines &&
          (acrossRows || blankUnderLine(byKey.get(parentKey)) || parts.some(blankUnderLine))) ||
        parts.some(isIncomplete);
      const derived: DerivedFact = {
        concept,
        coords: parentCoords,
        value,
        table: lt.table.kind,
        via: { kind: "decomposition", id: d.id },
        parts,
        sources: flatSources(parts),
        ...(incomplete ? { incomplete: true as const } : {}),
      };
      out.push(derived);
      by.add(d.id);
      derivedBy.set(parentKey, by);
      scope.push(derived);
      // A subtotal printed blank beside its parts' figures: a coarser whole counts their sum.
      const known = byKey.get(parentKey);
      if (known === undefined || (value !== null && known.value === null && !isDerived(known)))
        byKey.set(parentKey, derived);
    }
  }
  return out;
}

/**
 * The printed blanks of a table its decompositions give a figure (a 基本支出 left blank beside its
 * 人员经费): the first printed fact of an identity, blank, where a fact derived in the table states
 * a value for it. Not zero: a roll-up counting one is incomplete.
 */
export function blankWholesOf(
  lt: LoweredTable,
  derived: readonly DerivedFact[],
): ReadonlySet<AnyFact> {
  const valued = new Set(
    derived.filter((d) => d.value !== null).map((d) => factKey(d.concept, d.coords)),
  );
  const first = new Map<string, AnyFact>();
  for (const r of lt.rows)
    for (const f of r.facts) {
      const k = factKey(f.concept, f.coords);
      if (!first.has(k)) first.set(k, f);
    }
  return new Set(
    [...first.entries()].filter(([k, f]) => f.value === null && valued.has(k)).map(([, f]) => f),
  );
}
