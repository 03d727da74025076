import type { ColumnSpec, LineSpec, TableKind } from "../templates";

/** What lowering reads of a table kind, found once per kind (a template's kinds are shared). */
export interface KindPlan {
  /** The column and line lists the plan was made from (a plan is remade if one is replaced). */
  readonly of: readonly ColumnSpec[];
  readonly lineList: TableKind["lines"];
  readonly columns: ReadonlyMap<string, ColumnSpec>;
  /** The attribute columns that set a row coordinate. */
  readonly attributes: readonly ColumnSpec[];
  /** The kind's lines by id (the first of an id, as a search of the list finds). */
  readonly lines: ReadonlyMap<string, LineSpec>;
}

const PLANS = new WeakMap<TableKind, KindPlan>();
/** The plan of a table kind, made on first use and kept while its column and line lists stay. */
export function planOf(kind: TableKind): KindPlan {
  let plan = PLANS.get(kind);
  if (plan === undefined || plan.of !== kind.columns || plan.lineList !== kind.lines) {
    const lines = new Map<string, LineSpec>();
    for (const l of kind.lines ?? []) if (!lines.has(l.id)) lines.set(l.id, l);
    plan = {
      of: kind.columns,
      lineList: kind.lines,
      columns: new Map(kind.columns.map((c) => [c.key, c])),
      attributes: kind.columns.filter((c) => c.role === "attribute" && c.dimension !== undefined),
      lines,
    };
    PLANS.set(kind, plan);
  }
  return plan;
}
