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
 * The figure after the name of the rate it measures, printed before it (`完成率100%`, `合格率≥98%`,
 * `准确率不低于95%`): the text after the name's last `率` / `度` in the run of Chinese characters the
 * value starts with, when that name has two characters at least; `undefined` when the value starts
 * with no such name. Whether the rest is a share is the caller's to tell. One pass. @internal
 */
export function afterRateName(s: string): string | undefined {
  let cut = -1;
  for (let i = 0; i < s.length && HAN.test(s.charAt(i)); i++)
    if (RATE_ENDS.includes(s.charAt(i))) cut = i + 1;
  return cut < 2 ? undefined : s.slice(cut);
}
