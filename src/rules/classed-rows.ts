import { isZero } from "../amount";
import type { LoweredRow, LoweredTable } from "../disclosure";
import type { Fact, Nature } from "../facts";
import { BASIC_NATURE_BY_ECON_CLASS } from "../facts/basic-classes";

/** The other nature of basic spending. */
const OTHER: Readonly<Record<string, Nature>> = {
  "basic.personnel": "basic.public",
  "basic.public": "basic.personnel",
};

/**
 * Whether a printed fact states a figure (not blank, not zero) of basic spending on an economic
 * 科目 under the other nature than its 类 gives (39999 其他支出 printed under 人员经费): the document classes the 科目 by its own rule. @internal
 */
export function classedAgainst(f: Fact): boolean {
  const { econ, nature } = f.coords;
  if (econ === undefined || (nature !== "basic.personnel" && nature !== "basic.public"))
    return false;
  // (a blank or zero in the other nature's column states nothing of the document's classing)
  if (f.value === null || isZero(f.value)) return false;
  const own = BASIC_NATURE_BY_ECON_CLASS[econ.slice(0, 3)];
  return own !== undefined && own !== nature;
}

/**
 * A table's rows of economic 科目 whose whole figure the table prints under the other nature of
 * basic spending than the 科目's 类 gives (39999 其他支出 or 30239 其他交通费用 under 人员经费, the
 * 类's own column blank or zero): printers class some items by rules of their own, which the
 * library cannot know. The row's 基本支出 (合计) is then stated as that other nature's, and its
 * blank in the 类's own column is no statement (canonical coordinates make the 合计 on a 399 科目
 * the 公用经费 itself: the blank was compared with the row's own 合计, and 合计 = 人员经费 + 公用经费
 * counted the 合计 twice). A row printing a figure in both columns is left as printed. @internal
 */
export function documentClassed(lt: LoweredTable): LoweredTable {
  let changed = false;
  const rows = lt.rows.map((r): LoweredRow => {
    const econ = r.coords?.econ;
    const own = econ === undefined ? undefined : BASIC_NATURE_BY_ECON_CLASS[econ.slice(0, 3)];
    if (own === undefined) return r;
    const other = OTHER[own] as Nature;
    const facts = r.facts;
    const at = (nature: Nature) =>
      facts.findIndex((f) => f.coords.econ === econ && f.coords.nature === nature);
    const whole = at("basic");
    const mine = at(own);
    const theirs = at(other);
    if (whole < 0 || mine < 0 || theirs < 0) return r;
    const m = (facts[mine] as Fact).value;
    const o = (facts[theirs] as Fact).value;
    if ((m !== null && !isZero(m)) || o === null || isZero(o)) return r;
    changed = true;
    const moved: Fact[] = [];
    facts.forEach((f, i) => {
      if (i === whole) moved.push({ ...f, coords: { ...f.coords, nature: other } });
      else if (i !== mine) moved.push(f);
    });
    return { ...r, facts: moved };
  });
  return changed ? { ...lt, rows } : lt;
}
