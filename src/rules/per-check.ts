import type { LoweredTable } from "../disclosure";
import type { Fact } from "../facts";
import type { RuleContext } from "./types";

/**
 * `compute` memoised per check: the first call for a check's context computes, later calls (other
 * rules of the same check) reuse the value. Keyed weakly by the context, never by the caller's
 * data, so nothing outlives the check. @internal
 */
export function perCheck<T>(compute: (ctx: RuleContext) => T): (ctx: RuleContext) => T {
  const values = new WeakMap<RuleContext, T>();
  return (ctx) => {
    const known = values.get(ctx);
    if (known !== undefined || values.has(ctx)) return known as T;
    const value = compute(ctx);
    values.set(ctx, value);
    return value;
  };
}

/**
 * Every printed fact of the disclosure, table by table and row by row, listed once per check
 * (the check walks them for the cells no rule reached; indexed loops, as this runs before the
 * optimising compiler takes a first call over). @internal
 */
export const allPrintedFacts: (ctx: RuleContext) => readonly Fact[] = /*#__PURE__*/ perCheck(
  (ctx) => factsOf(ctx.tables, false),
);

/**
 * The printed facts rules compare across tables: {@link allPrintedFacts} but those of a table
 * whose unit is not known (`Table.unknownUnit`: its amounts are of no known unit, summed within
 * the table only), listed once per check. @internal
 */
export const printedFacts: (ctx: RuleContext) => readonly Fact[] = /*#__PURE__*/ perCheck((ctx) =>
  ctx.tables.some((t) => t.table?.unknownUnit !== undefined)
    ? factsOf(ctx.tables, true)
    : allPrintedFacts(ctx),
);

/**
 * The printed facts of `tables`, in order, in a list made at its size: counted first, then
 * filled (a list of a large table's facts grown by push is copied again and again, each copy a
 * large object of its own).
 */
function factsOf(tables: readonly LoweredTable[], knownUnitOnly: boolean): Fact[] {
  const taken = (table: LoweredTable) => !knownUnitOnly || table.table?.unknownUnit === undefined;
  let n = 0;
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t] as LoweredTable;
    if (!taken(table)) continue;
    const rows = table.rows;
    for (let r = 0; r < rows.length; r++)
      n += (rows[r] as LoweredTable["rows"][number]).facts.length;
  }
  const out: Fact[] = new Array(n);
  let at = 0;
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t] as LoweredTable;
    if (!taken(table)) continue;
    const rows = table.rows;
    for (let r = 0; r < rows.length; r++) {
      const facts = (rows[r] as LoweredTable["rows"][number]).facts;
      for (let i = 0; i < facts.length; i++) out[at++] = facts[i] as Fact;
    }
  }
  return out;
}
