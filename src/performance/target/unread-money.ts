import { type Amount, amountsEqual, parseAmount, sumAmounts, type Unit } from "../../amount";
import { keyOf } from "../read/reader";
import type { TargetPath, TargetReadProblem } from "../read/types";

/**
 * The amounts a reading left unplaced inside a target or a task (`unread-cell` problems with its
 * `path`: a money line of a label, or under a header, the template does not know), and whether
 * they explain a money relation's parts falling short of its whole: one of them, or all of them
 * together, is the difference (`其中：财政性资金 8.00` where 10.00 = 2.00 + ?). A figure that is
 * not the difference (`联系电话 12345678`, `项目年度 2024`) explains nothing. @internal
 */
export function unreadMoney(
  problems: readonly TargetReadProblem[],
  unit: Unit,
): (at: TargetPath, difference: string) => boolean {
  const byTarget = new Map<string, Amount[]>();
  for (const p of problems) {
    if (p.code !== "unread-cell" || p.path === undefined) continue;
    const parsed = parseAmount(p.raw.trim(), unit);
    if (!parsed.ok || parsed.value === null) continue;
    const key = keyOf(p.path);
    const list = byTarget.get(key);
    if (list === undefined) byTarget.set(key, [parsed.value]);
    else list.push(parsed.value);
  }
  return (at, difference) => {
    if (byTarget.size === 0 || difference.startsWith("-")) return false;
    const missing = parseAmount(difference, unit);
    if (!missing.ok || missing.value === null) return false;
    const gap = missing.value;
    for (let end = 1; end < at.length; end++) {
      const amounts = byTarget.get(keyOf(at.slice(0, end)));
      if (amounts === undefined) continue;
      if (amounts.some((a) => amountsEqual(a, gap)) || amountsEqual(sumAmounts(amounts), gap))
        return true;
    }
    return false;
  };
}
