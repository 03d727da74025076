// 五(一)'s share of 本年支出合计 and 五(二)'s list of 类 after it, as a 决算 情况说明 prints them.
import { opensExecution } from "./execution-statement";
import { amountAfter } from "./scan";
import { BARE_HEAD, classListLead, classShares } from "./shares";

/**
 * Whether a paragraph gives 五(一)'s share of 本年支出合计: not one printed in 五(二)'s list, after
 * its lead (`主要用于以下方面`, `主要用于：`: `…社会保障和就业支出754.75万元，占本年支出合计的7.73%` is a
 * 类's).
 */
export function sharesTotal(p: string): boolean {
  const at = p.indexOf("占本年支出合计的");
  const uses = classListLead(p, 0, false);
  return at >= 0 && (uses < 0 || at < uses);
}

/** Whether a paragraph in top-level section `top` may be 五's (0: before any section). */
export const inFive = (top: number): boolean => top === 5 || top === 0;

/**
 * 五(二)'s list of 类 after 一般公共预算财政拨款支出's figure and its lead (`主要用于以下方面：`, read
 * whatever follows; `主要用于：`, `按支出功能分类：`, `其中：` where 类 with their shares follow, and
 * not in 五(三)'s opening), or `undefined`.
 */
export function classList(p: string, gpbAt: number, top: number, bare: boolean) {
  const whole = amountAfter(p, bare ? BARE_HEAD : "一般公共预算财政拨款支出", gpbAt);
  const own = p.indexOf("主要用于以下方面", gpbAt);
  if (own >= 0) return whole === undefined ? [] : classShares(p, own, whole);
  // Led by other words, a list is 五(二)'s only in 五 (or a text numbering no section): in 三, a
  // list by function after 本年支出合计 is every fund's, though it names the gpb figure too.
  const lead = inFive(top) ? classListLead(p, gpbAt, true) : -1;
  if (lead < 0 || whole === undefined || opensExecution(p, top)) return undefined;
  const read = classShares(p, lead, whole);
  return read.length > 0 ? read : undefined;
}
