/**
 * Counts printed in Chinese numerals (`共十二个项目`, `共有车辆三辆`, `两个`, `二十一项`): a count
 * token as the digits give one (`12个`), where the numeral is one number right before a count's unit
 * and no word makes it something else (`第三季度`, `同一个项目`, `十三五`, `一级指标`). Such a count
 * is placed where one in digits would be, and else dropped: prose is full of numerals that count
 * nothing the reader models (`三项改革`), which are no gap of the reading (`counts.ts`). @internal
 */
import { chineseWholeAt, NUMERAL_CHARS } from "./chinese-numerals";
import { isDigit, type NumToken } from "./scan-number";

/**
 * Characters right before a numeral that make it no count: an ordinal (`第三`), one of a kind or
 * another (`同一个`, `另一个`, `每一个`, `任一`, `某一`, `其一`, `之一`, `唯一`, `统一`, `单一`,
 * `逐一`, `万一`), the first or last few (`前两个`, `后三个`), an approximation (`约三个`, `近两个`,
 * `逾十个`, `超三个`), a demonstrative (`这两个`, `该三个`), part of a number (`1两`).
 */
const NOT_AFTER = "第同另每任某其之唯统单逐万前后约近逾超这那此该哪几";
/**
 * Words a count of one (`一个`, `一辆`: also `a` in prose) must follow to be read: a total stated
 * (`共有一个项目`, `为一辆`) or the noun counted (`车辆一辆`, `项目一个`), a purchase (`购置一辆`).
 */
const ONE_AFTER: readonly string[] = [
  "共有",
  "共计",
  "合计",
  "总计",
  "现有",
  "实有",
  "共",
  "计",
  "有",
  "为",
  "是",
  "达",
  "仅",
  "只",
  "购置",
  "购买",
  "车辆",
  "项目",
];
/**
 * The units a count in Chinese numerals is read with: vehicles (辆, whatever follows: `一辆执法车`)
 * and projects (个, 项: only before 项目 or the end of the count's clause, `两个项目`, `项目二十一个。`;
 * `一个方案`, `三项改革` count other things). 台, 套 are left (`一套系统`).
 */
const SPELLED_UNITS: readonly string[] = ["辆", "个", "项"];
/** What a count of 个 / 项 may be followed by: the projects, or the end of its clause. */
const PROJECTS_AFTER = "项目";
const CLAUSE_ENDS = "，,。；;、：:()\n!?！？";
/** What after a count's unit makes it approximate (`三个多`, `两辆左右`). */
const APPROXIMATE_AFTER: readonly string[] = ["多", "余", "左右", "以上", "以下", "上下"];

/**
 * The count in Chinese numerals at `i` of the compact text `c` (`十二个`, `三辆`), as a count token
 * with its value in digits, or undefined. `wordAt` says whether a lexicon word starts at a position
 * (the unit must not open one: `一项目`). Reads at most a numeral, a unit and a few characters
 * around them.
 */
export function spelledCountAt(
  c: string,
  i: number,
  wordAt: (at: number) => boolean,
): NumToken | undefined {
  const before = c.charAt(i - 1);
  if (
    before !== "" &&
    (NOT_AFTER.includes(before) || NUMERAL_CHARS.includes(before) || isDigit(before))
  )
    return undefined;
  const whole = chineseWholeAt(c, i);
  if (whole === undefined) return undefined;
  const [value, end] = whole;
  const unit = SPELLED_UNITS.find((u) => c.startsWith(u, end));
  if (unit === undefined || wordAt(end)) return undefined;
  const e = end + unit.length;
  if (APPROXIMATE_AFTER.some((w) => c.startsWith(w, e))) return undefined;
  const next = c.charAt(e);
  if (
    unit !== "辆" &&
    next !== "" &&
    !CLAUSE_ENDS.includes(next) &&
    !c.startsWith(PROJECTS_AFTER, e)
  )
    return undefined;
  if (value === 1 && end === i + 1 && !ONE_AFTER.some((w) => c.endsWith(w, i))) return undefined;
  return {
    k: "num",
    s: i,
    e,
    kind: "count",
    raw: String(value),
    unit,
    amount: undefined,
    threshold: false,
  };
}

/** Whether the count token `t` of `c` was printed in Chinese numerals (placed or dropped, never left). @internal */
export const spelled = (c: string, t: NumToken): boolean =>
  !isDigit(c.charAt(t.s)) && c.charAt(t.s) !== "-";
