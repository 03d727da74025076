import type { LoweredTable } from "../disclosure";
import {
  type Concept,
  type CoordinatePattern,
  type Coordinates,
  DECOMPOSITIONS,
  type Decomposition,
  DIMENSIONS,
  type Dimension,
} from "../facts";
import { FactIds } from "../facts/intern";
import {
  type AnyFact,
  type DerivedFact,
  flatSources,
  isIncomplete,
  readingGaps,
  sum,
} from "./derived";

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

/**
 * A pattern applied to an anchor's coordinates, one slot per dimension in DIMENSIONS order: a
 * value to set; `null` to leave out (the anchor's own dimensions, unless the pattern sets them);
 * `undefined` to keep the anchor's value. Keys and coordinates are built from the slots without
 * intermediate objects (this runs for every candidate of every decomposition).
 */
type Slots = readonly (string | null | undefined)[];

function slotsOf(p: CoordinatePattern, anchorDims: ReadonlySet<string>): Slots {
  return DIMENSIONS.map((d) => {
    const v = p.coords[d];
    if (typeof v === "string") return v;
    return anchorDims.has(d) ? null : undefined;
  });
}

function slotValue(coords: Coordinates, slots: Slots, i: number): string | undefined {
  const s = slots[i];
  if (s === undefined) {
    const d = DIMENSIONS[i];
    return d === undefined ? undefined : coords[d];
  }
  return s === null ? undefined : s;
}

function appliedCoords(coords: Coordinates, slots: Slots): Coordinates {
  const out: Record<string, string> = {};
  for (let i = 0; i < DIMENSIONS.length; i++) {
    const v = slotValue(coords, slots, i);
    const d = DIMENSIONS[i];
    if (v !== undefined && d !== undefined) out[d] = v;
  }
  return out as Coordinates;
}

/** The values a pattern's slots give an anchor's coordinates, into `out` (DIMENSIONS order). */
function appliedValues(
  coords: Coordinates,
  slots: Slots,
  out: (string | undefined)[],
): (string | undefined)[] {
  for (let i = 0; i < 10; i++) out[i] = slotValue(coords, slots, i);
  return out;
}

/** What the loop of {@link decomposeTable} reads of one decomposition, worked out once. */
interface CompiledDecomposition {
  readonly firstChild: CompiledPattern;
  readonly keyed: readonly [Dimension, string | null] | undefined;
  readonly parentSlots: Slots;
  readonly childSlots: readonly Slots[];
  readonly optionalSlots: readonly Slots[];
}

/** Decompositions are data that does not change: each is compiled once (kept weakly). */
const COMPILED = new WeakMap<Decomposition, CompiledDecomposition>();

function compiled(d: Decomposition, anchor: CoordinatePattern): CompiledDecomposition {
  let c = COMPILED.get(d);
  if (c === undefined) {
    const firstChild = compile(anchor);
    const anchorDims = new Set(Object.keys(anchor.coords));
    c = {
      firstChild,
      keyed: firstChild.dims.find(([, v]) => v !== null),
      parentSlots: slotsOf(d.parent, anchorDims),
      childSlots: d.children.map((x) => slotsOf(x, anchorDims)),
      optionalSlots: (d.optional ?? []).map((x) => slotsOf(x, anchorDims)),
    };
    COMPILED.set(d, c);
  }
  return c;
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
  const scope: AnyFact[] = [];
  for (const r of lt.rows) for (const f of r.facts) scope.push(f);
  const gap = readingGaps(lt).split;
  // Fact identities as small integers (no key strings in this loop, which runs for every
  // candidate of every decomposition); `scratch` holds the values of one identity at a time.
  const ids = new FactIds();
  const scratch: (string | undefined)[] = new Array(10).fill(undefined);
  const byKey = new Map<number, AnyFact>();
  for (const f of scope) {
    const k = ids.of(f.concept, f.coords);
    if (!byKey.has(k)) byKey.set(k, f);
  }
  // Positions in `scope` by the value of one dimension, built when a decomposition first anchors
  // on that dimension and kept up to date as derived facts join the scope.
  type By = Dimension | "concept";
  const indexes = new Map<By, Map<string | undefined, number[]>>();
  const valueBy = (f: AnyFact, by: By) => (by === "concept" ? f.concept : f.coords[by]);
  const indexOf = (by: By) => {
    let index = indexes.get(by);
    if (index === undefined) {
      index = new Map();
      for (const [i, f] of scope.entries()) push(index, valueBy(f, by), i);
      indexes.set(by, index);
    }
    return index;
  };
  const push = (index: Map<string | undefined, number[]>, v: string | undefined, i: number) => {
    const list = index.get(v);
    if (list === undefined) index.set(v, [i]);
    else list.push(i);
  };
  const join = (f: AnyFact) => {
    const i = scope.length;
    scope.push(f);
    for (const [by, index] of indexes) push(index, valueBy(f, by), i);
  };
  const out: DerivedFact[] = [];
  // parent key → the decompositions that derived it (an `alternativeTo` one then stands aside).
  const derivedBy = new Map<number, Set<string>>();
  for (const d of decompositions) {
    const done = new Set<number>();
    const anchor = d.children[0];
    if (anchor === undefined) continue;
    const { firstChild, keyed, parentSlots, childSlots, optionalSlots } = compiled(d, anchor);
    // Every required child must be present, so anchoring on the first one finds every parent
    // once; the facts it matches are looked up by one of its dimensions' value, among the facts
    // in scope before this decomposition ran.
    const before = scope.length;
    // Positions ascend (facts join the scope at its end), so the ones before this decomposition
    // ran are a prefix of the list; the list grows as derived facts join, past `before`.
    const indexed =
      keyed !== undefined
        ? indexOf(keyed[0]).get(keyed[1] ?? undefined)
        : firstChild.concept !== undefined
          ? indexOf("concept").get(firstChild.concept)
          : undefined;
    const all = keyed === undefined && firstChild.concept === undefined;
    const count = all ? before : (indexed?.length ?? 0);
    for (let n = 0; n < count; n++) {
      const i = all ? n : (indexed?.[n] as number);
      if (i >= before) break;
      const f = scope[i];
      if (f === undefined || !matches(f, firstChild)) continue;
      const concept = d.parent.concept ?? f.concept;
      const parentKey = ids.ofValues(
        concept,
        appliedValues(f.coords, parentSlots, scratch),
        true,
      ) as number;
      if (done.has(parentKey)) continue;
      done.add(parentKey);
      const by = derivedBy.get(parentKey) ?? new Set<string>();
      if (d.alternativeTo !== undefined && by.has(d.alternativeTo)) continue;
      // Stop at the first missing child: most anchors have no complete set of siblings.
      const required: AnyFact[] = [];
      for (let k = 0; k < d.children.length; k++) {
        const slots = childSlots[k];
        const c = d.children[k];
        const id =
          slots === undefined || c === undefined
            ? undefined
            : ids.ofValues(c.concept ?? f.concept, appliedValues(f.coords, slots, scratch), false);
        const part = id === undefined ? undefined : byKey.get(id);
        if (part === undefined) break;
        required.push(part);
      }
      if (required.length < d.children.length) continue;
      const parts = [...required];
      for (const [k, c] of (d.optional ?? []).entries()) {
        const slots = optionalSlots[k];
        const id =
          slots === undefined
            ? undefined
            : ids.ofValues(c.concept ?? f.concept, appliedValues(f.coords, slots, scratch), false);
        const part = id === undefined ? undefined : byKey.get(id);
        if (part !== undefined) parts.push(part);
      }
      const parentCoords = appliedCoords(f.coords, parentSlots);
      const value = sum(
        parts.map((p) => p.value),
        lt.table.unit,
      );
      // An all-blank sum is kept (value null = "no value"): comparing it confirms the blanks.
      const incomplete = gap || parts.some(isIncomplete);
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
      join(derived);
      if (!byKey.has(parentKey)) byKey.set(parentKey, derived);
    }
  }
  return out;
}
