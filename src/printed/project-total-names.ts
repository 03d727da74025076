import { normalizeLabel, normalizeName } from "../codes";
import { endsAsOrganisation } from "../codes/org-endings";
import type { TableKind } from "../templates";
import { labelKey } from "../templates/wording";
import { endsAsTotal } from "./cells";
import { isValueHeading } from "./value-headings";

/** A total word in brackets closing a label (after `normalizeLabel`: brackets half-width). */
const BRACKETED_TOTALS = ["(合计)", "(小计)", "(总计)"] as const;

/** The levels of a kind's column headers, as `labelKey` reads them (`一般公共预算`, `项目支出`). */
const LEVELS = new WeakMap<TableKind, ReadonlySet<string>>();
function headerLevels(kind: TableKind): ReadonlySet<string> {
  let levels = LEVELS.get(kind);
  if (levels === undefined) {
    levels = new Set(
      kind.columns.flatMap((c) => c.headers.flatMap((h) => h.split("/").map(labelKey))),
    );
    LEVELS.set(kind, levels);
  }
  return levels;
}

/**
 * Whether a label ending as a total's in a table of projects is a project's own name: a total
 * word in brackets closing it (`城乡居民医疗保险财政补助资金（合计）`, the project of all a scheme's
 * parts) after words naming no group: not blank, no total of their own, no organisation
 * (`某中心（本级）（合计）`: its unit's subtotal), no unit the caller named, no 类型 (`其他运转类（小计）`)
 * and no column heading of the kind (`一般公共预算（合计）`). A bare `合计` or `小计` after the words
 * stays a subtotal (`某局合计`). A fixed number of suffix tests and look-ups. @internal
 */
export function namesOwnTotal(
  name: string,
  kind: TableKind,
  unitNames: ReadonlyMap<string, string> | undefined,
): boolean {
  const label = normalizeLabel(name);
  const closing = BRACKETED_TOTALS.find((t) => label.endsWith(t));
  if (closing === undefined) return false;
  const stem = label.slice(0, -closing.length);
  if (stem === "" || stem.endsWith(")") || endsAsTotal(stem)) return false;
  const key = labelKey(stem);
  if (unitNames?.has(key) === true || headerLevels(kind).has(key)) return false;
  return !endsAsOrganisation(normalizeName(stem)) && !isValueHeading(stem, kind);
}
