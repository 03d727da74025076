/**
 * A percentage written in Chinese numerals (`百分之十六点零八`, `百分之七十`, `百分之百`,
 * `百分之零点五`): read as the same percentage in digits (`16.08`). Whole numbers up to 100
 * (`五`, `十六`, `二十`, `七十三`, `一百`, `百`), then `点` and a digit per decimal place. An
 * approximate one (`百分之十几`, `百分之二十多`) is none. @internal
 */

const DIGITS = "零一二三四五六七八九";
/** What after a numeral makes it approximate, or a longer number the reader does not read. */
const NOT_AFTER = "几多余十百千万";
/** At most this many decimal places are read. */
const MAX_DECIMALS = 6;

const digitAt = (c: string, k: number): number => {
  const ch = c.charAt(k);
  return ch === "〇" ? 0 : ch === "" ? -1 : DIGITS.indexOf(ch);
};

/** The whole part at `j`: its value and where it ends, or undefined. */
function wholeAt(c: string, j: number): readonly [number, number] | undefined {
  if (c.startsWith("一百", j)) return [100, j + 2];
  if (c.charAt(j) === "百") return [100, j + 1];
  const first = digitAt(c, j);
  // `十六`, `二十`, `七十三`
  const tensAt = first >= 1 && c.charAt(j + 1) === "十" ? j + 2 : c.charAt(j) === "十" ? j + 1 : -1;
  if (tensAt >= 0) {
    const tens = Math.max(first, 1) * 10;
    const unit = digitAt(c, tensAt);
    return unit >= 1 ? [tens + unit, tensAt + 1] : [tens, tensAt];
  }
  return first >= 0 ? [first, j + 1] : undefined;
}

/**
 * The percentage in Chinese numerals starting at `i` of `c` (`百分之十六点零八`): its digits
 * (`16.08`) and where it ends; undefined where none starts there. Reads at most 3 + 4 + 1 +
 * {@link MAX_DECIMALS} characters. @internal
 *
 * @example
 * ```ts
 * chinesePercentAt("增长百分之十六点零八。", 2); // { raw: "16.08", e: 10 }
 * ```
 */
export function chinesePercentAt(
  c: string,
  i: number,
): { readonly raw: string; readonly e: number } | undefined {
  if (!c.startsWith("百分之", i)) return undefined;
  const whole = wholeAt(c, i + 3);
  if (whole === undefined) return undefined;
  let j = whole[1];
  let raw = String(whole[0]);
  if (c.charAt(j) === "点" && digitAt(c, j + 1) >= 0) {
    raw += ".";
    j++;
    for (let n = 0; n < MAX_DECIMALS && digitAt(c, j) >= 0; n++, j++) raw += String(digitAt(c, j));
    if (digitAt(c, j) >= 0) return undefined;
  }
  if (c.charAt(j) !== "" && NOT_AFTER.includes(c.charAt(j))) return undefined;
  return { raw, e: j };
}
