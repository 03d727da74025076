/**
 * A first row's total label naming an organisation (`某县农业农村局合计`): whether it is the
 * department's, so the table's total, or a unit's. @internal
 */
import { labelKey } from "../templates/wording";
import { grandTotalStem } from "./cells";
import type { GridContext } from "./grid";
import { namesOrganisation } from "./grid-org";

/** A part of a department, never the whole (`本级`, `某局机关`, `某局（本级）`). */
const PART_OF_DEPARTMENT = /(?:本级|机关|本部)\)?$/u;

/**
 * Whether the stem of a first row's total label (`某县农业农村局` of `某县农业农村局合计`) names
 * the department itself: an organisation, the table labelling no other organisation's total
 * (`某局信息中心合计` below: each is a unit's), neither a unit the caller gave but the first nor a
 * part of the department (`本级`, `机关`) unless the first unit the caller gave is so named.
 * @internal
 */
export function namesDepartment(stem: string, ctx: GridContext): boolean {
  if (!namesOrganisation(stem) || (ctx.orgTotals ?? 0) > 1) return false;
  const key = labelKey(stem);
  const first = ctx.unitNames?.keys().next().value;
  if (first !== undefined && key === first) return true;
  if (ctx.unitNames?.has(key) === true) return false;
  return !PART_OF_DEPARTMENT.test(stem.normalize("NFKC"));
}

/**
 * Whether a label ends as an organisation's total (`某局机关合计`, `本级合计`). @internal
 */
export function labelsOrgTotal(label: string | undefined): boolean {
  const stem = label === undefined ? undefined : grandTotalStem(label);
  return stem !== undefined && stem !== "" && namesOrganisation(stem);
}
