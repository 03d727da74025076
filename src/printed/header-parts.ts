/**
 * Header levels that name a part of the money (a fund, a spending nature): a column printed under
 * one its variant does not name is that part of the column, unless the column is of it.
 */
import type { Coordinates, Fund } from "../facts";
import { FUND_PARENTS } from "../facts/funds";
import { FUND_WORDS } from "../templates/fund-words";
import { labelKey } from "../templates/wording";

/**
 * Header levels naming a spending nature (after `headerWording`). A column printed under one that
 * its variant does not name is that nature's part of the column, unless the column is of it.
 */
const NATURE_LEVELS: readonly (readonly [string, string])[] = [
  ["基本支出", "basic"],
  ["人员经费", "basic.personnel"],
  ["公用经费", "basic.public"],
  ["项目支出", "project"],
  ["其他运转类", "project.operating"],
  ["特定目标类", "project.specific"],
];

/**
 * Header levels naming a fund (the templates' fund words: `财政拨款`, `一般公共预算`, `单位资金` …,
 * after `headerWording`) or a spending nature, made on first use (no module-level call).
 */
type Part = readonly ["fund" | "nature", string];
let partLevels: ReadonlyMap<string, Part> | undefined;
const PART_LEVELS = (): ReadonlyMap<string, Part> =>
  (partLevels ??= new Map<string, Part>([
    ...FUND_WORDS.flatMap(([fund, words]) =>
      words.map((w): [string, Part] => [labelKey(w), ["fund", fund]]),
    ),
    ...NATURE_LEVELS.map(([w, nature]): [string, Part] => [labelKey(w), ["nature", nature]]),
  ]));

/** Whether `fund` is `within` or one of its parts (一般公共预算 within 财政拨款). */
function fundWithin(fund: string, within: string): boolean {
  for (let f: Fund | undefined = fund as Fund; f !== undefined; f = FUND_PARENTS[f])
    if (f === within) return true;
  return false;
}

/**
 * Whether a column's own value of a dimension overlaps a part a header level names: equal, or one
 * a part of the other (`basic.personnel` of `basic`, `gpb` of `government`, `business` of
 * `unitFunds`). A fund carried over is read as its fund (`财政拨款结转/一般公共预算`).
 */
function overlaps(dimension: "fund" | "nature", mine: string, part: string): boolean {
  if (dimension === "nature")
    return mine === part || mine.startsWith(`${part}.`) || part.startsWith(`${mine}.`);
  const own = mine.startsWith("carryover.") ? mine.slice("carryover.".length) : mine;
  return fundWithin(own, part) || fundWithin(part, own);
}

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
    const part = variant.includes(level) ? undefined : PART_LEVELS().get(level);
    if (part === undefined) continue;
    const [dimension, value] = part;
    const mine = own[dimension];
    if (mine == null || !overlaps(dimension, mine, value)) return true;
  }
  return false;
}
