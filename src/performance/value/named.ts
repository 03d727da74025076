/**
 * Names printed as a digit and a letter (`5G`, `4K`, `3D`, `4A级`): a technology, a format, a
 * grade, no figure in a unit; and the name of a rate printed before its share (`完成率100%`).
 */

/**
 * A name a digit and a capital letter glued together print (after NFKC), and the words it names a
 * thing with: none when the name alone is one (`5G`, `4K`, `3D`: text with any Chinese word after
 * it, `5G基站`, or none), else only before one of them (`4A级`, `5S管理`, `4S店`, `3C认证`), the
 * name alone being a figure in a unit (`≤5S` seconds, `≥1A` amperes, `≥3C`).
 */
interface NamedFigure {
  readonly name: string;
  readonly words?: readonly string[];
}

/** The words a scenic area's grade is printed with (`4A级`, `5A景区`). */
const GRADE: readonly string[] = ["级", "景区", "旅游景区"];
/** The words a way of managing a site is printed with (`5S管理`, `6S现场管理`). */
const SITE: readonly string[] = ["管理", "现场", "标准"];

/**
 * The names a digit and a capital letter print: generations of mobile networks (`5G`), video
 * formats (`4K`), dimensions (`3D`), a pencil's hardness (`2B`), the grades of scenic areas
 * (`4A级`), a certification (`3C认证`), a car dealer (`4S店`) and a way of managing a site
 * (`5S管理`). Data: add a name or a word here, never a branch. A unit of letters after a figure
 * (`5GB`, `10G`, `5g`, `2kg`) is none of them.
 */
const NAMED_FIGURES: readonly NamedFigure[] = [
  { name: "2G" },
  { name: "3G" },
  { name: "4G" },
  { name: "5G" },
  { name: "6G" },
  { name: "2K" },
  { name: "4K" },
  { name: "8K" },
  { name: "2D" },
  { name: "3D" },
  { name: "4D" },
  { name: "2B" },
  { name: "1A", words: GRADE },
  { name: "2A", words: GRADE },
  { name: "3A", words: GRADE },
  { name: "4A", words: GRADE },
  { name: "5A", words: GRADE },
  { name: "3C", words: ["认证", "产品", "标志"] },
  { name: "4S", words: ["店"] },
  { name: "5S", words: SITE },
  { name: "6S", words: SITE },
  { name: "7S", words: SITE },
];

/** A character that goes on a name's figure or letters (`5GB`, `5.5G`, `15G`): no name then. */
const GOES_ON = /[\p{L}\p{N}.]/u;
/** A Chinese character, which may follow a name (`5G基站`, `4A级`). */
const HAN = /\p{Script=Han}/u;

/**
 * Whether the figure text `s` (past its operator) starts with a name a digit and a letter print
 * (`5G`, `5G基站`, `4A级`, `5S管理`): text, no quantity. @internal
 */
export function namedFigure(s: string): boolean {
  for (const { name, words } of NAMED_FIGURES) {
    if (!s.startsWith(name)) continue;
    const after = s.slice(name.length);
    if (words !== undefined) return words.some((w) => after.startsWith(w));
    const next = after.charAt(0);
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
