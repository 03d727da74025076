import type { Table } from "../../disclosure";
import type { TargetLayout } from "../../templates";

/**
 * Whether a table prints any of the targets' money its layout reads: a non-blank cell on a line
 * the layout reads as money (`fields` → `money.*`: `年度资金总额 | 500000.00`), or in a column it
 * reads as money (a project's 资金总额, a task's 预算金额). A part printing none (a 申报表's
 * indicator grid on a page of its own) states no unit of the targets' money: the unit it was read
 * in is only the kind's default. One pass over the cells. @internal
 */
export function printsTargetsMoney(table: Table, layout: TargetLayout): boolean {
  const fields = layout.fields ?? {};
  const taskMoney = layout.taskMoney ?? {};
  // Own keys only: a cell keyed `constructor` names no field.
  const money = (key: string) =>
    (Object.hasOwn(fields, key) && fields[key]?.startsWith("money.") === true) ||
    Object.hasOwn(taskMoney, key);
  for (const row of table.rows) {
    const line = row.key.kind === "line" && money(row.key.line);
    for (const [key, raw] of Object.entries(row.cells))
      if ((line || money(key)) && raw.trim() !== "") return true;
  }
  return false;
}
