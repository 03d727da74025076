import type { Template } from "../templates";

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
