import type { Template } from "./types";

/** Each template's table kinds by id → place, made once per list of kinds (kept weakly). */
const RANKS = /*#__PURE__*/ new WeakMap<Template["tables"], ReadonlyMap<string, number>>();

/**
 * The place of each table kind in a template's list (a kind it does not list has none): what
 * decides which of several statements is the reference, so that the choice does not depend on the
 * order a document binds its tables in. @internal
 */
export function tableRanks(template: Template): ReadonlyMap<string, number> {
  let rank = RANKS.get(template.tables);
  if (rank === undefined) {
    rank = new Map(template.tables.map((k, i) => [k.id, i]));
    RANKS.set(template.tables, rank);
  }
  return rank;
}

/**
 * `items` in the order of their tables in the template (stable; a table kind the template does not
 * list goes last): for a rule that takes the first of several statements as the reference, so
 * which one it reports does not depend on the order a document binds its tables in. The list
 * itself when it is in that order already (a document printed in the template's order). @internal
 */
export function inTemplateOrder<T>(
  template: Template,
  items: readonly T[],
  tableOf: (item: T) => string,
): readonly T[] {
  const rank = tableRanks(template);
  const rankOf = (item: T) => rank.get(tableOf(item)) ?? template.tables.length;
  let last = -1;
  let sorted = true;
  // Indexed: this runs once per check over every printed fact, often before the optimising
  // compiler has taken it over (a for-of loop then allocates an iterator result per step).
  for (let i = 0; i < items.length; i++) {
    const r = rankOf(items[i] as T);
    if (r < last) {
      sorted = false;
      break;
    }
    last = r;
  }
  if (sorted) return items;
  return items
    .map((item, i) => ({ item, i, r: rankOf(item) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.item);
}
