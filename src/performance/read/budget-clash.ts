/**
 * Department-wide tables of more than one budget unit in one document (a 部门 document printing
 * each unit's 单位整体绩效目标表, or the department's beside its units'): their 预算情况 differ, and
 * which one is the department's is not told.
 */
import type { TargetMoneyLine } from "../../templates";
import type { Reader } from "./reader";

/**
 * Where the department-wide tables printed two different figures for one 预算情况 line
 * (`Reader.budgetClash`), drops the budget read: each line's cell is reported `unread-cell` with
 * its path (`["department", "budget", "total"]`), so the budget is unknown (coverage), never one
 * unit's taken for the department's. @internal
 */
export function dropClashingBudget(reader: Reader): void {
  const department = reader.department;
  if (!reader.budgetClash || department === undefined) return;
  for (const [key, cell] of department.cells) {
    if (!key.startsWith("budget/")) continue;
    department.cells.delete(key);
    if (cell.raw.trim() === "") continue;
    reader.problems.push({
      code: "unread-cell",
      ...cell,
      path: ["department", "budget", key.slice(7) as TargetMoneyLine],
    });
  }
  department.money = {};
}
