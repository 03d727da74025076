/**
 * The compiled form of a decomposition: its patterns as arrays of dimension constraints and as
 * slots applied to an anchor's coordinates, worked out once per decomposition (they are data that
 * does not change) for the loop of `decomposeWith`, which runs for every candidate fact. @internal
 */
import {
  type Concept,
  type CoordinatePattern,
  type Decomposition,
  DIMENSIONS,
  type Dimension,
} from "../facts";
import type { AnyFact, DerivedFact } from "./derived";

/** A pattern's dimension constraints as an array, built once per decomposition. */
export type CompiledPattern = {
  readonly concept: Concept | undefined;
  readonly dims: readonly (readonly [Dimension, string | null])[];
};

function compile(p: CoordinatePattern): CompiledPattern {
  return { concept: p.concept, dims: Object.entries(p.coords) as [Dimension, string | null][] };
}

/** Whether a fact has the pattern's concept (where it sets one) and its dimension values. */
export function matches(f: AnyFact, p: CompiledPattern): boolean {
  if (p.concept !== undefined && f.concept !== p.concept) return false;
  const dims = p.dims;
  for (let i = 0; i < dims.length; i++) {
    const pair = dims[i] as readonly [Dimension, string | null];
    const v = pair[1];
    const actual = f.coords[pair[0]];
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
export type Slots = readonly (string | null | undefined)[];

function slotsOf(p: CoordinatePattern, anchorDims: ReadonlySet<string>): Slots {
  return DIMENSIONS.map((d) => {
    const v = p.coords[d];
    if (typeof v === "string") return v;
    return anchorDims.has(d) ? null : undefined;
  });
}

/**
 * The values a pattern's slots give an anchor (its values `base`, DIMENSIONS order), into `out`.
 */
export function appliedValues(
  base: readonly (string | undefined)[],
  slots: Slots,
  out: (string | undefined)[],
): (string | undefined)[] {
  for (let i = 0; i < 10; i++) {
    const s = slots[i];
    out[i] = s === undefined ? base[i] : s === null ? undefined : s;
  }
  return out;
}

/** What the loop of `decomposeWith` reads of one decomposition, worked out once. */
export interface CompiledDecomposition {
  readonly firstChild: CompiledPattern;
  readonly keyed: readonly [Dimension, string | null] | undefined;
  readonly parentSlots: Slots;
  readonly childSlots: readonly Slots[];
  readonly optionalSlots: readonly Slots[];
  /** The `via` of every fact it derives (one object, never changed). */
  readonly via: DerivedFact["via"];
  /**
   * Whether two anchors may share a parent but not their children: the parent sets a dimension
   * that a child keeps from its anchor. Then the first anchor met claims the parent, so the
   * parent is looked up before the children; otherwise a parent is looked up only once its
   * children are all found (anchors with the same parent have the same children).
   */
  readonly parentFirst: boolean;
  /**
   * The values its children set (dimension and value) that no fact derived by it can have (the
   * parent does not set the same value): where no fact in scope has one of them, no anchor finds
   * every child, and the decomposition is skipped without visiting its anchors.
   */
  readonly needs: readonly (readonly [Dimension, string])[];
  /**
   * Whether an anchor of an identity already anchored on in the same run can be passed over:
   * its children and parent are those of the first (no slot sets the economic code while keeping
   * the printed nature, which canonical coordinates would read differently), and no child can
   * be a parent derived in the run (each differs from the parent in a dimension both set, or in
   * concept), so the first found every child it could.
   */
  readonly once: boolean;
  /** Each optional child's {@link CompiledDecomposition.needs} (none can be found without them). */
  readonly optionalNeeds: readonly (readonly (readonly [Dimension, string])[])[];
}

const ECON = 1;
const NATURE = 5;

/** Whether slots set the economic code but keep the anchor's nature as printed. */
const readsPrintedNature = (slots: Slots): boolean =>
  slots[ECON] !== undefined && slots[NATURE] === undefined;

/**
 * Whether two slots of dimension `i` both set it (a value, or none) and set it apart. Natures of
 * basic spending are one class here: `basic` may be read as personnel or public spending.
 */
function setApart(i: number, a: string | null | undefined, b: string | null | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const basic = (v: string | null) => (v?.startsWith("basic") ? "basic" : v);
  return i === NATURE ? basic(a) !== basic(b) : a !== b;
}

/** Decompositions are data that does not change: each is compiled once (kept weakly). */
const COMPILED = new WeakMap<Decomposition, CompiledDecomposition>();

export function compiled(d: Decomposition, anchor: CoordinatePattern): CompiledDecomposition {
  let c = COMPILED.get(d);
  if (c === undefined) {
    const firstChild = compile(anchor);
    const anchorDims = new Set(Object.keys(anchor.coords));
    const parentSlots = slotsOf(d.parent, anchorDims);
    const childSlots = d.children.map((x) => slotsOf(x, anchorDims));
    const keptByAChild = (i: number) => childSlots.some((slots) => slots[i] === undefined);
    const needsOf = (patterns: readonly CoordinatePattern[]) => {
      const needs: [Dimension, string][] = [];
      for (const child of patterns)
        for (const [dim, v] of Object.entries(child.coords) as [Dimension, string | null][])
          if (
            typeof v === "string" &&
            parentSlots[DIMENSIONS.indexOf(dim)] !== v &&
            !needs.some(([x, w]) => x === dim && w === v)
          )
            needs.push([dim, v]);
      return needs;
    };
    const needs = needsOf(d.children);
    c = {
      firstChild,
      keyed: firstChild.dims.find(([, v]) => v !== null),
      parentSlots,
      childSlots,
      optionalSlots: (d.optional ?? []).map((x) => slotsOf(x, anchorDims)),
      via: Object.freeze({ kind: "decomposition", id: d.id } as const),
      parentFirst:
        (d.parent.concept !== undefined && d.children.some((x) => x.concept === undefined)) ||
        parentSlots.some((v, i) => typeof v === "string" && keptByAChild(i)),
      needs,
      optionalNeeds: (d.optional ?? []).map((x) => needsOf([x])),
      once:
        [parentSlots, ...childSlots].every((x) => !readsPrintedNature(x)) &&
        d.children.every(
          (child, k) =>
            k === 0 ||
            (child.concept !== undefined &&
              d.parent.concept !== undefined &&
              child.concept !== d.parent.concept) ||
            (childSlots[k] as Slots).some((v, i) => setApart(i, v, parentSlots[i])),
        ),
    };
    COMPILED.set(d, c);
  }
  return c;
}
