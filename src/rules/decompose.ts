import type { LoweredTable } from "../disclosure";
import {
  type Concept,
  type CoordinatePattern,
  DECOMPOSITIONS,
  type Decomposition,
  type Dimension,
} from "../facts";
import { coordinatesOf, coordinateValues, FactIds, isCoordinatesOf } from "../facts/intern";
import { agreesExactly } from "./compare";
import { appliedValues, compiled, matches, type Slots } from "./decompose-compiled";
import { blankFilled, oneRow, rowsOfFacts, wholeApart } from "./decompose-gaps";
import { lacksAny, type Needs } from "./decompose-needs";
import { claim, type DecomposeState, decomposeState, setAt } from "./decompose-state";
import { Decomposed } from "./decomposed";
import {
  type AnyFact,
  type DerivedFact,
  flatSources,
  isDerived,
  isIncomplete,
  sumOf,
} from "./derived";
import { lineFigureColumns, lineGapColumns, readingGaps } from "./reading-gaps";

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
  const decomposed = decomposeWith(lt, decompositions, decomposeState(new FactIds())).decomposed;
  decomposed.makeAll();
  return decomposed.facts as DerivedFact[];
}

/**
 * {@link decomposeTable} with the check's fact ids: also gives the id of each printed fact of the
 * table (rows in order, each row's facts in order) and of each derived fact, so the check does
 * not look them up again. A sum that only confirms its table's printed figure waits to be read
 * (see {@link Decomposed}). @internal
 */
export function decomposeWith(
  lt: LoweredTable,
  decompositions: readonly Decomposition[],
  state: DecomposeState,
): {
  readonly decomposed: Decomposed;
  readonly printedIds: number[];
  /** The printed blank subtotals whose parts print figures (not zero: see below). */
  readonly blankWholes: ReadonlySet<AnyFact> | undefined;
} {
  // The printed facts' lists are made at their size (growing one by push copies it again and
  // again: megabytes on a large table). A fact's position: a printed fact's place in `scope`,
  // then a derived fact's place in `out` after them (derived facts are not copied into `scope`).
  let printed = 0;
  for (let i = 0; i < lt.rows.length; i++)
    printed += (lt.rows[i] as LoweredTable["rows"][number]).facts.length;
  const scope: AnyFact[] = new Array(printed);
  let at = 0;
  for (let i = 0; i < lt.rows.length; i++) {
    const facts = (lt.rows[i] as LoweredTable["rows"][number]).facts;
    for (let j = 0; j < facts.length; j++) scope[at++] = facts[j] as AnyFact;
  }
  const unit = lt.table.unit;
  const table = lt.table.kind;
  const decomposed = new Decomposed(table, unit);
  const out = decomposed.facts;
  const outIds = decomposed.ids;
  const factAt = (i: number): AnyFact => (i < printed ? scope[i] : out[i - printed]) as AnyFact;
  // A sum may miss a figure under an unknown column; one of parts on several rows, a line the
  // reader did not place too (see `readingGaps`).
  const { split: gap, lines: lineGap } = readingGaps(lt);
  // The printed row of each printed fact, made where a sum across one row's columns is told apart.
  const rowOf = lineGap ? rowsOfFacts(lt) : undefined;
  // Fact identities as small integers (no key strings in this loop, which runs for every
  // candidate of every decomposition); `base` holds an anchor's values, `scratch` the values of
  // one identity at a time.
  const { ids } = state;
  const base: (string | undefined)[] = new Array(10).fill(undefined);
  const scratch: (string | undefined)[] = new Array(10).fill(undefined);
  // The first fact of each identity in this table, by id (ids are dense: an array, not a map).
  // One array serves every table of a check: the entries a table set are cleared at its end.
  const byKey = state.byKey;
  // Filled up to the ids given so far, so a new id only ever extends it (a fast array).
  while (byKey.length < ids.size) byKey.push(undefined);
  // The id of each printed fact (a derived fact's is in `outIds`).
  const printedIds: number[] = new Array(printed);
  const concepts = new Set<Concept>();
  let last: Concept | undefined;
  for (let i = 0; i < printed; i++) {
    const f = scope[i] as AnyFact;
    if (f.concept !== last) {
      last = f.concept;
      concepts.add(last);
    }
    const k = ids.of(f.concept, f.coords);
    printedIds[i] = k;
    if (byKey[k] === undefined) byKey[k] = f;
  }
  // Positions of facts by the value of one dimension, built when a decomposition first anchors
  // on that dimension and kept up to date as derived facts join.
  type By = Dimension | "concept";
  // The dimensions indexed so far and their indexes, side by side (walked for every derived fact).
  const indexedBy: By[] = [];
  const indexes: Map<string | undefined, number[]>[] = [];
  const valueBy = (f: AnyFact, by: By) => (by === "concept" ? f.concept : f.coords[by]);
  const indexOf = (by: By) => {
    const at = indexedBy.indexOf(by);
    if (at >= 0) return indexes[at] as Map<string | undefined, number[]>;
    const index = new Map<string | undefined, number[]>();
    for (let i = 0; i < printed + out.length; i++) listAt(index, valueBy(factAt(i), by), i);
    indexedBy.push(by);
    indexes.push(index);
    return index;
  };
  // A fact without the dimension is not listed: a decomposition anchors on a value (a pattern's
  // dimension is a value or none), so the facts without it (every fact, for `fund` in a table of
  // no fund) are never looked up.
  const listAt = (index: Map<string | undefined, number[]>, v: string | undefined, i: number) => {
    if (v === undefined) return;
    const list = index.get(v);
    if (list === undefined) index.set(v, [i]);
    else list.push(i);
  };
  // A fact joins the facts in scope (a waiting one as the printed fact it confirms, whose
  // concept and coordinates it has: see `Decomposed`).
  const joined = (f: AnyFact) => {
    const i = printed + out.length - 1;
    concepts.add(f.concept);
    for (let k = 0; k < indexes.length; k++)
      listAt(indexes[k] as Map<string | undefined, number[]>, valueBy(f, indexedBy[k] as By), i);
  };
  // The children found for the anchor at hand, as the first `nFound` entries of one scratch
  // list kept at its size: emptying a list (`length = 0`) drops its storage, and the next push
  // makes room for 17 again (≈ 150 bytes for every anchor of every decomposition).
  const found: AnyFact[] = [];
  let nFound = 0;
  // decomposition id → the parent keys it derived (an `alternativeTo` one then stands aside).
  const derivedBy = new Map<string, Set<number>>();
  const alternativesOf = new Set<string | undefined>(decompositions.map((x) => x.alternativeTo));
  let blankWholes: Set<AnyFact> | undefined;
  // The 类 whose finer 科目 the table prints with no row of the 类 itself (310's 款 without a 310
  // row): a sum with that 类 as an optional child lacks their money (made when first asked).
  let finerOnly: Set<string> | undefined;
  const onlyFinerOf = (c: CoordinatePattern): boolean => {
    const econ = c.coords.econ;
    if (typeof econ !== "string" || econ.length !== 3) return false;
    if (finerOnly === undefined) {
      finerOnly = new Set();
      const byEcon = indexOf("econ");
      for (const e of byEcon.keys())
        if (e !== undefined && e.length > 3 && !byEcon.has(e.slice(0, 3)))
          finerOnly.add(e.slice(0, 3));
    }
    return finerOnly.has(econ);
  };
  for (const d of decompositions) {
    const anchor = d.children[0];
    if (anchor === undefined) continue;
    // A required child of a concept no fact in scope has is never found (a parent derived here
    // needs every child first): the decomposition derives nothing.
    if (d.children.some((c) => c.concept !== undefined && !concepts.has(c.concept))) continue;
    // The parent keys this run has met are marked with its number in `done` (one array for all).
    const mark = ++state.runs;
    const c0 = compiled(d, anchor);
    const { firstChild, keyed, parentSlots, childSlots, optionalSlots, via, parentFirst } = c0;
    const { needs, once, optionalNeeds } = c0;
    const standsAside = d.alternativeTo === undefined ? undefined : derivedBy.get(d.alternativeTo);
    // Recorded only for a decomposition another one is an alternative to.
    let mine = derivedBy.get(d.id);
    const recorded = alternativesOf.has(d.id);
    // Every required child must be present, so anchoring on the first one finds every parent
    // once; the facts it matches are looked up by one of its dimensions' value, among the facts
    // in scope before this decomposition ran.
    const before = printed + out.length;
    // Positions ascend (derived facts join after every fact before them), so the ones before
    // this decomposition ran are a prefix of the list; the list grows as they join, past `before`.
    const indexed =
      keyed !== undefined
        ? indexOf(keyed[0]).get(keyed[1] ?? undefined)
        : firstChild.concept !== undefined
          ? indexOf("concept").get(firstChild.concept)
          : undefined;
    if (lacksAny(needs, indexedBy, indexes)) continue;
    // The optional children some fact in scope may be (bit k: optional k), found the same way: a
    // total's 上缴上级支出, 经营支出 and 对附属单位补助支出 are printed by a 决算 only.
    let mayFind = 0;
    if (d.optional !== undefined)
      for (let k = 0; k < d.optional.length; k++) {
        const c = d.optional[k] as CoordinatePattern;
        const absent =
          c.concept !== undefined && c.concept !== d.parent.concept && !concepts.has(c.concept);
        if (!absent && !lacksAny(optionalNeeds[k] as Needs, indexedBy, indexes)) mayFind |= 1 << k;
      }
    // (an optional 类 the table prints only finer 科目 of: every sum here may lack their money)
    const lacksFiner = d.optional?.some(onlyFinerOf) === true;
    const all = keyed === undefined && firstChild.concept === undefined;
    const count = all ? before : (indexed?.length ?? 0);
    const children = d.children;
    const optional = d.optional;
    for (let n = 0; n < count; n++) {
      const i = all ? n : (indexed?.[n] as number);
      if (i >= before) break;
      const f = factAt(i);
      if (!matches(f, firstChild)) continue;
      // An anchor of an identity anchored before in this run finds what that one found: its
      // parent is claimed, or it lacks the same child (see `once`).
      const own = (i < printed ? printedIds[i] : outIds[i - printed]) as number;
      if (once) {
        if (state.anchored[own] === mark) continue;
        setAt(state.anchored, own, mark);
      }
      const concept = d.parent.concept ?? f.concept;
      coordinateValues(f.coords, base);
      let parentKey = -1;
      if (parentFirst) {
        parentKey = claim(state, concept, appliedValues(base, parentSlots, scratch), mark);
        if (parentKey < 0) continue;
      }
      // The first child is the anchor's own identity. Stop at the first missing child: most
      // anchors have no complete set of siblings, so they are gathered in a scratch list (a
      // list of its own is made for a complete set only).
      // (The identity's first fact, or the sum standing for a blank subtotal: see below.)
      found[0] = (byKey[own] ?? f) as AnyFact;
      nFound = 1;
      for (let k = 1; k < children.length; k++) {
        const slots = childSlots[k] as Slots;
        const c = children[k] as CoordinatePattern;
        const id = ids.ofValues(c.concept ?? f.concept, appliedValues(base, slots, scratch), false);
        const part = id === undefined ? undefined : byKey[id];
        if (part === undefined) break;
        found[nFound++] = part;
      }
      if (nFound < children.length) continue;
      if (!parentFirst) {
        parentKey = claim(state, concept, appliedValues(base, parentSlots, scratch), mark);
        if (parentKey < 0) continue;
      }
      if (standsAside?.has(parentKey) === true) continue;
      // The optional children found join the scratch list, so the parts are copied at their size
      // (one grown by push past its size makes room for 17).
      if (optional !== undefined && mayFind !== 0)
        for (let k = 0; k < optional.length; k++) {
          if ((mayFind & (1 << k)) === 0) continue;
          const slots = optionalSlots[k] as Slots;
          const c = optional[k] as CoordinatePattern;
          const id = ids.ofValues(
            c.concept ?? f.concept,
            appliedValues(base, slots, scratch),
            false,
          );
          const part = id === undefined ? undefined : byKey[id];
          if (part !== undefined) found[nFound++] = part;
        }
      // An all-blank sum is kept (value null = "no value"): comparing it confirms the blanks.
      // A sum across one row's columns misses no other row's figure, unless one of its cells is
      // blank where an unplaced line prints a figure (the row's figures wrapped onto it).
      let incomplete = gap || lacksFiner || (rowOf !== undefined && !oneRow(found, nFound, rowOf));
      const first = byKey[parentKey];
      if (!incomplete && lineGap) {
        const filled = lineGapColumns(lt);
        incomplete = blankFilled(first, filled);
        for (let k = 0; !incomplete && k < nFound; k++)
          incomplete = blankFilled(found[k] as AnyFact, filled);
        if (!incomplete && rowOf !== undefined)
          incomplete = wholeApart(first, found[0], rowOf, lineFigureColumns(lt));
      }
      for (let k = 0; !incomplete && k < nFound; k++)
        incomplete = isIncomplete(found[k] as AnyFact);
      // The identity's printed fact, if this table prints one: its coordinates, where they are
      // the ones made here, and its amount, where the sum equals it, stand for the derived
      // fact's (a check keeps every sum it compares, and most sums only confirm a figure).
      const printedFirst = first === undefined || isDerived(first) ? undefined : first;
      const values = appliedValues(base, parentSlots, scratch);
      const coords =
        printedFirst !== undefined && isCoordinatesOf(printedFirst.coords, values)
          ? printedFirst.coords
          : coordinatesOf(values);
      const like = printedFirst === undefined ? null : printedFirst.value;
      const value = sumOf(found, unit, like, nFound);
      if (recorded) {
        if (mine === undefined) {
          mine = new Set();
          derivedBy.set(d.id, mine);
        }
        mine.add(parentKey);
      }
      if (
        printedFirst !== undefined &&
        coords === printedFirst.coords &&
        (like !== null || value === null) &&
        agreesExactly(like, value)
      ) {
        // It only confirms the printed figure (nor does it stand for a blank subtotal): it waits.
        decomposed.addWaiting(printedFirst, parentKey, via, found, nFound, incomplete);
        joined(printedFirst);
        continue;
      }
      const parts = found.slice(0, nFound);
      const sources = flatSources(parts);
      const derived: DerivedFact = incomplete
        ? { concept, coords, value, table, via, parts, sources, incomplete }
        : { concept, coords, value, table, via, parts, sources };
      decomposed.add(derived, parentKey);
      joined(derived);
      if (first === undefined) byKey[parentKey] = derived;
      else {
        // A subtotal printed blank beside the figures of its parts (a merged cell lost): a coarser
        // whole counts its parts' sum, not a zero (the blank itself is still compared with it).
        if (value !== null && first.value === null && !isDerived(first)) {
          byKey[parentKey] = derived;
          blankWholes ??= new Set();
          blankWholes.add(first);
        }
      }
    }
  }
  // Cleared for the next table (only the identities of this table's facts were set).
  for (let i = 0; i < printed; i++) byKey[printedIds[i] as number] = undefined;
  for (let i = 0; i < outIds.length; i++) byKey[outIds[i] as number] = undefined;
  return { decomposed, printedIds, blankWholes };
}
