import { type Amount, sumAmounts } from "../amount";
import { sumValues } from "../amount/decimal";
import { makeAmount } from "../amount/make";
import type { LoweredTable } from "../disclosure";
import {
  type Concept,
  type CoordinatePattern,
  type Coordinates,
  DECOMPOSITIONS,
  type Decomposition,
  DIMENSIONS,
  type Dimension,
  type Fact,
  type Nature,
  type SourceCell,
} from "../facts";
import { FactIds } from "../facts/intern";

/**
 * A fact the checker computed from printed facts: a roll-up of a table's rows (a 类 from its 款,
 * a total from its units or projects) or a decomposition (基本 = 人员 + 公用). `parts` are the facts
 * summed; `sources` every printed cell behind it.
 * `incomplete` marks a sum that may lack printed figures the reader could
 * not place (an unplaced row, a column or line the template does not know): a disagreement it
 * takes part in is insufficient data, never a finding against the document.
 *
 * @example
 * ```ts
 * import type { DerivedFact } from "yusuan/check";
 * const isRollup = (d: DerivedFact) => d.via.kind === "rollup";
 * ```
 */
export interface DerivedFact {
  readonly concept: Concept;
  readonly coords: Coordinates;
  readonly value: Amount | null;
  readonly table: string;
  readonly via:
    | { readonly kind: "rollup"; readonly column: string }
    | { readonly kind: "decomposition"; readonly id: string };
  readonly parts: readonly (Fact | DerivedFact)[];
  readonly sources: readonly SourceCell[];
  readonly incomplete?: true;
}

/**
 * A printed or derived fact.
 *
 * @example
 * ```ts
 * import { type AnyFact, isDerived } from "yusuan/check";
 * const printedOnly = (fs: AnyFact[]) => fs.filter((f) => !isDerived(f));
 * ```
 */
export type AnyFact = Fact | DerivedFact;

/**
 * Whether a fact was derived (computed) rather than printed.
 *
 * @example
 * ```ts
 * import { isDerived } from "yusuan/check";
 * isDerived({ concept: "spending", coords: {}, value: null, source: { table: "t", row: "total", column: "total", raw: "" } }); // false
 * ```
 */
export function isDerived(f: AnyFact): f is DerivedFact {
  return "via" in f;
}

/** Whether a fact is a sum that may lack figures the reader could not place. @internal */
export function isIncomplete(f: AnyFact): boolean {
  return isDerived(f) && f.incomplete === true;
}

/** Whether a row's key could not be read (an unplaced row, or a key code that does not parse). */
function unread(r: LoweredTable["rows"][number]): boolean {
  const kind = r.row.key.kind;
  return (
    kind === "unplaced" ||
    ((kind === "functional" || kind === "economic") && r.coords === undefined)
  );
}

/**
 * The reading gaps of a table that sums may miss: `rows` (a row whose key could not be read:
 * it may belong under any coarser row) and `split` (a line the template does not know, or a
 * figure under an unknown column: a decomposition of the table may miss it). @internal
 */
export function readingGaps(lt: LoweredTable): { readonly rows: boolean; readonly split: boolean } {
  let gaps = GAPS.get(lt);
  if (gaps === undefined) {
    gaps = findGaps(lt);
    GAPS.set(lt, gaps);
  }
  return gaps;
}

/** A lowered table's gaps, found once (rolling up and decomposing both ask). */
const GAPS = new WeakMap<LoweredTable, { readonly rows: boolean; readonly split: boolean }>();

function findGaps(lt: LoweredTable): { readonly rows: boolean; readonly split: boolean } {
  const known = new Set(lt.kind?.columns.map((c) => c.key) ?? []);
  const lines = new Set(lt.kind?.lines?.map((l) => l.id) ?? []);
  let rows = false;
  let split = false;
  for (const r of lt.rows) {
    const key = r.row.key;
    if (unread(r)) rows = true;
    if (
      (key.kind === "unplaced" && lines.size > 0) ||
      (key.kind === "line" && !lines.has(key.line))
    )
      split = true;
    for (const [column, raw] of Object.entries(r.row.cells))
      if (!known.has(column) && raw.trim() !== "") split = true;
  }
  return { rows, split };
}

/** The printed cells behind a fact. @internal */
export function sourcesOf(f: AnyFact): readonly SourceCell[] {
  return isDerived(f) ? f.sources : [f.source];
}

const NATURE_PARENT: Readonly<Record<Nature, Nature | undefined>> = {
  basic: undefined,
  project: undefined,
  "basic.personnel": "basic",
  "basic.public": "basic",
  "project.operating": "project",
  "project.specific": "project",
  remittance: undefined,
  operations: undefined,
  affiliates: undefined,
};

function chain(dim: Dimension, value: string): (string | undefined)[] {
  switch (dim) {
    case "functional":
    case "econ":
    case "gov": {
      const out: (string | undefined)[] = [];
      for (let len = value.length - 2; len >= 3; len -= 2) out.push(value.slice(0, len));
      out.push(undefined);
      return out;
    }
    case "nature": {
      const out: (string | undefined)[] = [];
      let n = NATURE_PARENT[value as Nature];
      while (n !== undefined) {
        out.push(n);
        n = NATURE_PARENT[n];
      }
      out.push(undefined);
      return out;
    }
    case "org":
    case "project":
    case "category":
      return [undefined];
    default:
      return [];
  }
}

/** A coordinates' identity within one table's roll-up (an id of the interner). */
function coordsKey(ids: FactIds, c: Coordinates): number {
  return ids.of("spending", c);
}

/** Coordinates with only the dimensions that have a value, in DIMENSIONS order. */
function compact(get: (d: Dimension) => string | undefined): Coordinates {
  const out: Record<string, string> = {};
  for (const d of DIMENSIONS) {
    const v = get(d);
    if (v !== undefined) out[d] = v;
  }
  return out as Coordinates;
}

/**
 * Every generalisation of a row's coordinates (merged over the table's fixed ones), by key: each
 * dimension of the row takes its own value or a coarser one (a code's ancestors, a nature's
 * parents, or none), a government code only with its own 部门 code; a dimension left out falls
 * back to the table's fixed value.
 */
function generalisations(
  ids: FactIds,
  row: Coordinates,
  fixed: Coordinates | undefined,
): Map<number, Coordinates> {
  const dims = Object.keys(row) as Dimension[];
  const options = dims.map((d) => {
    const own = row[d] as string;
    return d === "gov" && row.econ !== undefined ? [own] : [own, ...chain(d, own)];
  });
  const out = new Map<number, Coordinates>();
  const picked: (string | undefined)[] = dims.map(() => undefined);
  const econAt = dims.indexOf("econ");
  const visit = (i: number): void => {
    if (i === dims.length) {
      const econChanged = econAt >= 0 && picked[econAt] !== row.econ;
      const merged = compact((d) => {
        const at = dims.indexOf(d);
        if (at < 0) return fixed?.[d];
        const v = d === "gov" && econChanged ? undefined : picked[at];
        return v ?? fixed?.[d];
      });
      out.set(coordsKey(ids, merged), merged);
      return;
    }
    for (const o of options[i] ?? []) {
      picked[i] = o;
      visit(i + 1);
    }
  };
  visit(0);
  return out;
}

/** The exact sum of the values present (`null` when none is: "no value"), in `unit`. */
function sum(values: readonly (Amount | null)[], unit: Amount["unit"]): Amount | null {
  let decimals = 0;
  let present = 0;
  let sameUnit = true;
  for (const v of values) {
    if (v === null) continue;
    present++;
    if (v.unit !== unit) sameUnit = false;
    if (v.decimals > decimals) decimals = v.decimals;
  }
  if (present === 0) return null;
  if (!sameUnit)
    return sumAmounts(
      values.filter((v): v is Amount => v !== null),
      unit,
    );
  const digits: string[] = [];
  for (const v of values) if (v !== null) digits.push(v.value);
  return makeAmount(sumValues(digits, decimals), unit, decimals);
}

/** The printed cells behind a list of facts, in order. */
function flatSources(parts: readonly AnyFact[]): SourceCell[] {
  const out: SourceCell[] = [];
  for (const p of parts) {
    if (isDerived(p)) for (const s of p.sources) out.push(s);
    else out.push(p.source);
  }
  return out;
}

/**
 * Roll-ups of one lowered table: for every printed row, its contribution to each coarser row
 * (a 款 to its 类, a 项 to its 款 and 类, a unit or a project to the total), stopping at the nearest
 * printed ancestor row so nothing is counted twice; one derived fact per column and coarser row.
 *
 * @example
 * ```ts
 * import { lowerTable } from "yusuan";
 * import { rollUpTable } from "yusuan/check";
 * import { henan2024 } from "yusuan/templates";
 * const lt = lowerTable({ kind: "expenditure", unit: "万元", rows: [
 *   { key: { kind: "functional", code: "2013101" }, cells: { total: "558.07" } },
 *   { key: { kind: "functional", code: "2013102" }, cells: { total: "77.00" } },
 * ] }, henan2024);
 * rollUpTable(lt).find((d) => d.coords.functional === "201")?.value?.value; // "635.07"
 * ```
 */
export function rollUpTable(lt: LoweredTable): readonly DerivedFact[] {
  const fixed = lt.kind?.fixed;
  const incomplete = readingGaps(lt).rows;
  const ids = new FactIds();
  const gens = new Map<number, Map<number, Coordinates>>();
  const ownKeys = new Map<number, number>();
  const printedGens = new Map<number, Set<number>>();
  for (const r of lt.rows) {
    if (r.coords === undefined) continue;
    const g = generalisations(ids, r.coords, fixed);
    gens.set(r.index, g);
    const own = coordsKey(ids, { ...fixed, ...r.coords });
    ownKeys.set(r.index, own);
    const set = printedGens.get(own) ?? new Set<number>();
    for (const k of g.keys()) if (k !== own) set.add(k);
    printedGens.set(own, set);
  }
  // One bucket per coarser row and row shape; within it, the facts by column in first-seen order
  // (the derived facts come out in the order rows, coarser rows and columns are first met).
  interface Bucket {
    readonly coords: Coordinates;
    readonly columns: Map<string, Fact[]>;
  }
  const buckets = new Map<string, Map<number, Bucket>>();
  const order: (readonly [Bucket, string])[] = [];
  for (const r of lt.rows) {
    const g = gens.get(r.index);
    const own = ownKeys.get(r.index);
    if (g === undefined || own === undefined || r.coords === undefined || r.facts.length === 0)
      continue;
    const shape = Object.keys(r.coords).sort().join(",");
    let byShape = buckets.get(shape);
    if (byShape === undefined) {
      byShape = new Map();
      buckets.set(shape, byShape);
    }
    const between: number[] = [];
    for (const k of g.keys()) if (k !== own && printedGens.has(k)) between.push(k);
    for (const [k, coords] of g) {
      if (k === own) continue;
      if (between.some((p) => p !== k && printedGens.get(p)?.has(k) === true)) continue;
      let b = byShape.get(k);
      if (b === undefined) {
        b = { coords, columns: new Map() };
        byShape.set(k, b);
      }
      for (const f of r.facts) {
        const column = f.source.column;
        const list = b.columns.get(column);
        if (list === undefined) {
          b.columns.set(column, [f]);
          order.push([b, column]);
        } else list.push(f);
      }
    }
  }
  const out: DerivedFact[] = [];
  const columnCoords = new Map(lt.kind?.columns.map((c) => [c.key, c.coords]) ?? []);
  const unit = lt.table.unit;
  const table = lt.table.kind;
  for (const [b, column] of order) {
    const facts = b.columns.get(column) ?? [];
    const first = facts[0];
    if (first === undefined) continue;
    const extra = columnCoords.get(column);
    // An all-blank sum is kept (value null = "no value"): comparing it confirms the blanks.
    out.push({
      concept: first.concept,
      coords: extra === undefined ? { ...b.coords } : { ...b.coords, ...extra },
      value: sum(
        facts.map((f) => f.value),
        unit,
      ),
      table,
      via: { kind: "rollup", column },
      parts: facts,
      sources: facts.map((f) => f.source),
      ...(incomplete ? { incomplete } : {}),
    });
  }
  return out;
}

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
