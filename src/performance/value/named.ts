/**
 * Names printed as a digit and a letter (`5G`, `4K`, `3D`, `4A级`): a technology, a format, a
 * grade, no figure in a unit.
 */

/**
 * The names a digit and a capital letter glued together print (after NFKC): generations of mobile
 * networks (`5G`), video formats (`4K`), dimensions (`3D`), a pencil's hardness (`2B`), the grades
 * of scenic areas (`4A级`), a certification (`3C`), a car dealer (`4S店`) and a way of managing a
 * site (`5S管理`). Data: add a name here, never a branch. A unit of letters after a figure (`5GB`,
 * `10G`, `5g`, `2kg`) is none of them.
 */
const NAMED_FIGURES: readonly string[] = [
  "2G",
  "3G",
  "4G",
  "5G",
  "6G",
  "2K",
  "4K",
  "8K",
  "2D",
  "3D",
  "4D",
  "2B",
  "1A",
  "2A",
  "3A",
  "4A",
  "5A",
  "3C",
  "4S",
  "5S",
  "6S",
  "7S",
];

/** A character that goes on a name's figure or letters (`5GB`, `5.5G`, `15G`): no name then. */
const GOES_ON = /[\p{L}\p{N}.]/u;
/** A Chinese character, which may follow a name (`5G基站`, `4A级`). */
const HAN = /\p{Script=Han}/u;

/**
 * Whether the figure text `s` (past its operator) starts with a name a digit and a letter print
 * (`5G`, `5G基站`, `4A级`): text, no quantity. @internal
 */
export function namedFigure(s: string): boolean {
  for (const name of NAMED_FIGURES) {
    if (!s.startsWith(name)) continue;
    const next = s.charAt(name.length);
    return next === "" || HAN.test(next) || !GOES_ON.test(next);
  }
  return false;
}

/** The last characters of a rate's name (`完成率`, `满意度`). */
const RATE_ENDS = "率度";

/**
 * Words ending in `度` that name no rate (a period, a measure of no share): `不低于上年度90%`,
 * `第一季度100%` print no rate's name. Data: add a word here, never a branch.
 */
const NO_RATE: readonly string[] = ["年度", "季度", "月度", "旬度", "周度", "温度", "角度"];

/**
 * Words that, before the figure with the name of a rate, make it no level of that rate: a
 * comparison (`高于上年满意度5%`, `较上年增长率10%`, `同比增长率≥5%`) or another period than the
 * target's (`第一季度完成率≥25%`, `上半年执行率≥50%`, `年底完成率100%`). Data.
 */
const NOT_A_LEVEL: readonly string[] = [
  "不低于",
  "不少于",
  "不高于",
  "不超过",
  "不多于",
  "高于",
  "低于",
  "超过",
  "多于",
  "少于",
  "大于",
  "小于",
  "较",
  "相比",
  "上年",
  "去年",
  "前年",
  "同比",
  "环比",
  "同期",
  "一季度",
  "二季度",
  "三季度",
  "四季度",
  "上半年",
  "下半年",
  "年底",
  "年末",
  "月底",
  "月末",
];

/**
 * The figure after the name of the rate it measures, printed before it (`完成率100%`, `合格率≥98%`,
 * `准确率不低于95%`, `年度完成率≥95%`): the text after the last `率` / `度` ending a rate's name
 * (no period's `年度`, `季度`: {@link NO_RATE}) in the run of Chinese characters the value starts
 * with, when that name has two characters at least and holds no comparison or other period
 * ({@link NOT_A_LEVEL}: `不低于上年度90%`, `第一季度完成率100%` are no share of the rate);
 * `undefined` otherwise. Whether the rest is a share is the caller's to tell. Linear. @internal
 */
export function afterRateName(s: string): string | undefined {
  let cut = -1;
  for (let i = 0; i < s.length && HAN.test(s.charAt(i)); i++)
    if (RATE_ENDS.includes(s.charAt(i)) && !NO_RATE.includes(s.slice(i - 1, i + 1))) cut = i + 1;
  if (cut < 2) return undefined;
  const name = s.slice(0, cut);
  return NOT_A_LEVEL.some((w) => name.includes(w)) ? undefined : s.slice(cut);
}
