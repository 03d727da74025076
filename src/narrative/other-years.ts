/**
 * Figures of a year other than last year in a budget's 情况说明 (`比2022年减少2.50万元`,
 * `2022年为9.00万元` in 2024): no table states that year's figures, so they are left unplaced
 * (`other-year`), never compared with last year's nor taken as its figure. @internal
 */
import { otherYearBase } from "./comparison-bases";
import { rateBase } from "./rates";
import { keyOf, leave, type Named, type Reader } from "./reader";
import type { NumToken } from "./scan";

/**
 * Leaves the change figure `t` (`change`: its word's direction) when it is against another year:
 * its comparison names one (`比2022年减少2.50万元`, `较2022年度`, `与2022年相比`, `较前年`), or it
 * names none of its own and the sentence's last change was against one (`…，公务接待费减少1.00
 * 万元`). `listed`: it is of a 分别 list, whose direction it sets. Whether it was left. @internal
 */
export function otherYearChange(
  r: Reader,
  t: NumToken,
  change: "up" | "down",
  listed: boolean,
): boolean {
  const { sent } = r;
  const base = rateBase(r);
  if (!otherYearBase(base ?? sent.changeBase)) return false;
  const resp = sent.respective;
  if (resp !== undefined && listed) resp.change = change;
  if (base !== undefined) sent.changeBase = base;
  leave(r, t, "other-year");
  return true;
}

/**
 * Whether a figure of last year's period is of a year before it: its clause (or comparison) is
 * dated so, or, naming no year nor comparison of its own, its sentence's last year's figures are.
 */
function earlierNow(r: Reader): boolean {
  const { cl } = r;
  if (cl.earlier !== undefined) return cl.earlier;
  return cl.period === undefined && !cl.compare && r.sent.earlier;
}

/**
 * Leaves the figure `t` of last year's period (`named`) when it is of a year before last year
 * (`2022年为9.00万元`, `比2022年的9.00万元`, and the figures listed after it: `2022年收入总计…，支出
 * 总计…`): never last year's, nor the base of a change against it. Whether it was left. @internal
 */
export function earlierFigure(r: Reader, t: NumToken, named: Named): boolean {
  if (!earlierNow(r)) return false;
  const { cl, sent } = r;
  if (!cl.compare) {
    sent.priorNamed ??= new Set();
    for (const s of named.subjects) sent.priorNamed.add(keyOf(s));
    sent.earlier = true;
  }
  leave(r, t, "other-year");
  return true;
}
