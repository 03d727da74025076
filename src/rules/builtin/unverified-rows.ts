/**
 * Rows a catalog of another year than the document's can neither confirm nor contradict: an
 * economic row printed with a name that is not its code's in the catalog (nor an alias of it) and
 * no other code's either (a rename since the catalog's year, or a row misnamed: 30212 printed as
 * 机关事业单位退休人员活动费). The measures keep them (a rename stays in its class); a rule that
 * rests on what the code is (the 三公 items' codes) takes them for coverage, never for the code.
 */
import { checkName, findByName } from "../../catalog";
import { perCheck } from "../per-check";
import type { RuleContext } from "../types";
import { otherCatalogYear } from "./shared";

function findUnverified(ctx: RuleContext): ReadonlySet<string> {
  const out = new Set<string>();
  const cat = ctx.catalog?.departmental;
  const year = ctx.disclosure.meta.year;
  if (cat === undefined || otherCatalogYear(cat.year, year) === undefined) return out;
  for (const t of ctx.tables)
    for (const r of t.rows) {
      const key = r.row.key;
      if (key.kind !== "economic" || r.row.name === undefined || r.row.name.trim() === "") continue;
      if (checkName(cat, key.econ, r.row.name, year).kind !== "mismatch") continue;
      // (a name another code has contradicts the code: `untrustedRows` sets the row aside)
      if (findByName(cat, r.row.name).length === 0) out.add(`${t.table.kind}#${r.id}`);
    }
  return out;
}

/**
 * The rows (`<table kind>#<row id>`, as facts' sources name them) whose name the catalog of
 * another year can neither confirm nor contradict; none in a document of the catalog's year.
 * Listed once per check. @internal
 */
export const unverifiedRows: (ctx: RuleContext) => ReadonlySet<string> =
  /*#__PURE__*/ perCheck(findUnverified);
