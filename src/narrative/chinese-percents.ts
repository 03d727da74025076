/**
 * A percentage written in Chinese numerals (`百分之十六点零八`, `百分之七十`, `百分之百`,
 * `百分之零点五`, `百分之一百二十`): read as the same percentage in digits (`16.08`). Whole numbers
 * below 1000 (`五`, `十六`, `二十`, `七十三`, `一百`, `百`, `一百零五`, `一百二十五`, `二百`), then `点`
 * and a digit per decimal place. An approximate one (`百分之十几`, `百分之二十多`) or one read
 * several ways (`百分之一百一`, `百分之百二十`) is none. @internal
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

/** A whole number below 100 at `j` (`五`, `十六`, `二十`, `七十三`): its value and where it ends. */
function belowHundredAt(c: string, j: number): readonly [number, number] | undefined {
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

/** The hundreds at `j` (`百`, `一百`, `二百`): their value and where they end. */
function hundredsAt(c: string, j: number): readonly [number, number] | undefined {
  if (c.charAt(j) === "百") return [100, j + 1];
  const d = digitAt(c, j);
  return d >= 1 && c.charAt(j + 1) === "百" ? [d * 100, j + 2] : undefined;
}

/**
 * The whole part at `j`: its value and where it ends, or undefined. After the hundreds only
 * `零` and a digit (`一百零五`) or full tens (`一百二十`, `一百一十五`) are read; anything else
 * after them is refused by the caller.
 */
function wholeAt(c: string, j: number): readonly [number, number] | undefined {
  const h = hundredsAt(c, j);
  if (h === undefined) return belowHundredAt(c, j);
  const [hundreds, k] = h;
  // a bare `百` is 100 only: `百二十` is refused
  if (k === j + 1) return h;
  if (c.charAt(k) === "零") {
    const unit = digitAt(c, k + 1);
    return unit >= 1 ? [hundreds + unit, k + 2] : undefined;
  }
  const tens = digitAt(c, k);
  if (tens < 1 || c.charAt(k + 1) !== "十") return h;
  const unit = digitAt(c, k + 2);
  return unit >= 1 ? [hundreds + tens * 10 + unit, k + 3] : [hundreds + tens * 10, k + 2];
}

/**
 * The percentage in Chinese numerals starting at `i` of `c` (`百分之十六点零八`): its digits
 * (`16.08`) and where it ends; undefined where none starts there. Reads at most 3 + 5 + 1 +
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
  if (digitAt(c, j) >= 0 || (c.charAt(j) !== "" && NOT_AFTER.includes(c.charAt(j))))
    return undefined;
  return { raw, e: j };
}
