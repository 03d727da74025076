/**
 * Header levels that name a part of the money (a fund, a spending nature): a column printed under
 * one its variant does not name is that part of the column, unless the column is of it.
 */
import type { Coordinates } from "../facts";

/**
 * Header levels naming a fund or a spending nature (after `headerWording`: `一般公共预算拨款`
 * reads `一般公共预算`). A column printed under one that its variant does not name is that fund's
 * or nature's part of the column, unless the column is of it. (`单位资金` is no such level: its
 * parts, 事业收入 and the like, are funds of their own names.)
 */
const PART_LEVELS: Readonly<Record<string, readonly ["fund" | "nature", string]>> = {
  一般公共预算: ["fund", "gpb"],
  政府性基金: ["fund", "govFund"],
  国有资本经营预算: ["fund", "soe"],
  财政专户管理资金: ["fund", "specialAccount"],
  基本支出: ["nature", "basic"],
  人员经费: ["nature", "basic.personnel"],
  公用经费: ["nature", "basic.public"],
  项目支出: ["nature", "project"],
  其他运转类: ["nature", "project.operating"],
  特定目标类: ["nature", "project.specific"],
};

/** Whether two values of a dimension overlap: equal, or one a part of the other (`basic.personnel` of `basic`). */
const overlaps = (a: string, b: string) =>
  a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/**
 * Whether a printed path names a fund or nature the variant leaves out that the column is not of
 * (`一般公共预算/基本支出` is the 一般公共预算's part of a 支出总表's `基本支出`, not the column, and
 * `项目支出/工资福利支出` no `工资福利支出` of 基本支出; in the 一般公共预算 table the first is the column).
 * @internal
 */
export function narrowerPart(
  path: readonly string[],
  variant: readonly string[],
  own: Coordinates,
): boolean {
  for (const level of path) {
    if (variant.includes(level) || !Object.hasOwn(PART_LEVELS, level)) continue;
    const [dimension, value] = PART_LEVELS[level] as readonly ["fund" | "nature", string];
    const mine = own[dimension];
    if (mine === undefined || !overlaps(mine, value)) return true;
  }
  return false;
}
