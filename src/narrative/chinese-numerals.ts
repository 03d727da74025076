/**
 * Whole numbers in Chinese numerals (`三`, `两`, `十二`, `二十一`, `一百零五`, `两千三百`, `〇`), as a
 * count prints them (`共十二个项目`, `共有车辆三辆`): read left to right once, at most
 * {@link LONGEST} characters. A numeral run read several ways (`一百五`: 150 or 105?, `十三五`,
 * `一二`) ends where it stops being one number; the caller refuses what follows. @internal
 */

/** The digits, by value (`〇` is 0 too, `两` is 2). */
const DIGITS = "零一二三四五六七八九";
/** The place words and their values, largest first. */
const PLACES: readonly (readonly [string, number])[] = [
  ["千", 1000],
  ["百", 100],
  ["十", 10],
];
/** Every character a numeral is written with. @internal */
export const NUMERAL_CHARS = `${DIGITS}〇两十百千`;
/** The longest numeral read (`九千九百九十九`). */
const LONGEST = 7;

const digitOf = (ch: string): number =>
  ch === "〇" ? 0 : ch === "两" ? 2 : ch === "" ? -1 : DIGITS.indexOf(ch);
const placeOf = (ch: string): number => PLACES.find(([w]) => w === ch)?.[1] ?? 0;

/**
 * The whole number in Chinese numerals starting at `i` of `c` (below 10000): its value and where
 * it ends; undefined where none starts there. A digit before each place word (`二十`, `三百`; `十`
 * alone opens `十二`), places falling (`两千三百`), `零` for a place skipped (`一百零五`,
 * `一千零一`), units only right after `十` or `零` or alone (`一百五` ends after `一百`).
 *
 * @example
 * ```ts
 * chineseWholeAt("共二十一个项目", 1); // [21, 4]
 * ```
 * @internal
 */
export function chineseWholeAt(c: string, i: number): readonly [number, number] | undefined {
  let value = 0;
  let digit = -1;
  /** The last place read (units may follow only `十`, or `零`). */
  let last = Number.POSITIVE_INFINITY;
  let zero = false;
  let j = i;
  for (; j < c.length && j - i < LONGEST; j++) {
    const ch = c.charAt(j);
    const d = digitOf(ch);
    if (d >= 0) {
      if (digit >= 0) break; // two digits in a row (`一二`, `十三五`)
      if (d === 0 && j > i) {
        // `一百零五`: a place skipped; twice, or at the end, is no number of ours
        if (zero || last === Number.POSITIVE_INFINITY) break;
        zero = true;
        continue;
      }
      digit = d;
      continue;
    }
    const place = placeOf(ch);
    if (place === 0 || place >= last) break;
    // `十二`: 十 alone opens a number; `百`, `千` alone do not
    if (digit < 0 && !(place === 10 && j === i)) break;
    value += Math.max(digit, 1) * place;
    last = place;
    digit = -1;
    zero = false;
  }
  if (digit >= 0) {
    // units: alone, after 十, or after a 零 (`一百五` ends after `一百`)
    if (last === Number.POSITIVE_INFINITY || last === 10 || zero) return [value + digit, j];
    return value > 0 ? [value, j - 1] : undefined;
  }
  return j > i && value > 0 ? [value, zero ? j - 1 : j] : undefined;
}
