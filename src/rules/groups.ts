import { type Concept, type Coordinates, factKey } from "../facts";
import { coordinateValues, type FactIds } from "../facts/intern";
import { type AnyFact, isDerived } from "./derive";
import type { Grouping } from "./group-facts";
import type { RuleContext } from "./types";

/** What reads a check's facts by identity: a rule context, or the narrative's fact scope. */
type Grouped = Pick<RuleContext, "groups">;

/** A check's groups under integer ids, for the contexts {@link buildContext} made. */
interface Index {
  readonly ids: FactIds;
  readonly grouping: Grouping;
  /** The table kinds whose unit is not known: their facts are left out of every group read. */
  readonly hidden: ReadonlySet<string> | undefined;
}
const INDEX = new WeakMap<object, Index>();

/** Scratch values of a look-up (read at once, never kept). */
const SCRATCH: (string | undefined)[] = /*#__PURE__*/ new Array(10);

/**
 * Records the integer-keyed groups of a context (its `groups` are the same lists by key).
 * @internal
 */
export function indexGroups(
  ctx: Grouped,
  ids: FactIds,
  grouping: Grouping,
  hidden?: ReadonlySet<string>,
): void {
  INDEX.set(ctx, {
    ids,
    grouping,
    hidden: hidden === undefined || hidden.size === 0 ? undefined : hidden,
  });
}

/** The table kind a fact was printed in or derived from. @internal */
export const tableOfFact = (f: AnyFact): string => (isDerived(f) ? f.table : f.source.table);

/**
 * A group without the facts of tables whose unit is not known (`Table.unknownUnit`): their
 * amounts are compared within their table only (by the check's own sums), never by a rule that
 * reads groups (another table's figure, the narrative's). The group itself when it has none.
 * @internal
 */
export function visibleFacts(
  group: readonly AnyFact[] | undefined,
  hidden: ReadonlySet<string> | undefined,
): readonly AnyFact[] | undefined {
  if (hidden === undefined || group === undefined) return group;
  if (!group.some((f) => hidden.has(tableOfFact(f)))) return group;
  const kept = group.filter((f) => !hidden.has(tableOfFact(f)));
  return kept.length === 0 ? undefined : kept;
}

function* visibleGroups(
  groups: Iterable<readonly AnyFact[]>,
  hidden: ReadonlySet<string>,
): Iterable<readonly AnyFact[]> {
  for (const g of groups) yield visibleFacts(g, hidden) ?? [];
}

/**
 * The facts of one identity (`ctx.groups.get(factKey(concept, coords))`), found without building
 * the key or the string-keyed map where the context has its integer index. @internal
 */
export function groupOf(
  ctx: Grouped,
  concept: Concept,
  coords: Coordinates,
): readonly AnyFact[] | undefined {
  const index = INDEX.get(ctx);
  if (index === undefined) return ctx.groups.get(factKey(concept, coords));
  return groupByValues(index, concept, coordinateValues(coords, SCRATCH));
}

/** The group of an identity given as values (DIMENSIONS order) in a context's index. */
function groupByValues(
  index: Index,
  concept: Concept,
  values: readonly (string | undefined)[],
): readonly AnyFact[] | undefined {
  const id = index.ids.ofValues(concept, values, false);
  return id === undefined ? undefined : visibleFacts(index.grouping.make(id), index.hidden);
}

/** Every group of a context, in the order of `ctx.groups`. @internal */
export function allGroups(ctx: Grouped): Iterable<readonly AnyFact[]> {
  const index = INDEX.get(ctx);
  if (index === undefined) return ctx.groups.values();
  index.grouping.makeAll();
  const members = index.grouping.members;
  return index.hidden === undefined ? members : visibleGroups(members, index.hidden);
}

/**
 * {@link allGroups} for a rule that reads only groups of two or more printed facts: a group may
 * be listed empty until read (a roll-up nothing else states; a printed figure and the sum of its
 * own table that only confirms it, see `Grouping`). A list, to be read by
 * index: a loop over every group runs once per check, often before the optimising compiler has
 * taken it over, and a for-of loop then makes an object for every step (megabytes on a large
 * table). @internal
 */
export function sharedGroups(ctx: Grouped): readonly (readonly AnyFact[])[] {
  const index = INDEX.get(ctx);
  if (index === undefined) return [...ctx.groups.values()];
  const members = index.grouping.members;
  return index.hidden === undefined ? members : [...visibleGroups(members, index.hidden)];
}

/**
 * A fact's identity within a check, as a value that is equal for two facts exactly when their
 * `factKey`s are: the context's integer id where it has its index, else the key. @internal
 */
export function identityOf(ctx: Grouped, concept: Concept, coords: Coordinates): number | string {
  const index = INDEX.get(ctx);
  const id = index?.ids.find(concept, coords);
  return id ?? factKey(concept, coords);
}

/**
 * The facts of the identity of `coords` without its fund (`groupOf` of the coordinates with
 * `fund` left out), found without copying the coordinates where the context has its index.
 * @internal
 */
export function groupWithoutFund(
  ctx: Grouped,
  concept: Concept,
  coords: Coordinates,
): readonly AnyFact[] | undefined {
  const index = INDEX.get(ctx);
  if (index === undefined) {
    const { fund: _, ...rest } = coords;
    return ctx.groups.get(factKey(concept, rest));
  }
  const values = coordinateValues(coords, SCRATCH);
  values[4] = undefined;
  return groupByValues(index, concept, values);
}
