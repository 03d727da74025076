import type { Locale } from "../locale/locale";
import type { AmountError } from "./error";

/** `U+0061`: the code point of a character, so invisible characters show in a message. */
function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

function zh(error: AmountError): string {
  const head = `金额“${error.input}”无效：`;
  const n = error.position + 1;
  switch (error.code) {
    case "invalid-character":
      return `${head}第 ${n} 个字符“${error.char}”（${codePoint(error.char)}）不能出现在金额中`;
    case "misplaced-sign":
      return `${head}第 ${n} 个字符是正负号，正负号只能写在最前面`;
    case "multiple-points":
      return `${head}第 ${n} 个字符是第二个小数点`;
    case "bad-grouping":
      return `${head}第 ${n} 个字符处的千位分隔符位置不对（小数点前应每三位一组）`;
    case "no-digits":
      return `${head}第 ${n} 个字符处缺少数字（小数点两侧都要有数字）`;
    case "exponent-not-allowed":
      return `${head}第 ${n} 个字符起是科学计数法，金额须写成普通小数`;
    case "not-a-number":
      return `${head}从第 ${n} 个字符起不是数值（NaN 或无穷大）`;
    case "unknown-unit":
      return `${head}单位“${error.unit}”不是元、万元或亿元`;
    case "unit-not-taken":
      return `金额“${error.input}”第 ${n} 个字符起印有单位“${error.unit}”，该单位不读取、不换算`;
    case "not-text":
      return `金额须是印出的文字（如 "6.50"），这里是 ${error.type}`;
    case "division-by-zero":
      return `无法计算比率：分母“${error.input}”为零`;
  }
}

function en(error: AmountError): string {
  const head = `invalid amount "${error.input}": `;
  const n = error.position + 1;
  switch (error.code) {
    case "invalid-character":
      return `${head}character ${n} "${error.char}" (${codePoint(error.char)}) is not allowed in an amount`;
    case "misplaced-sign":
      return `${head}character ${n} is a sign; a sign must come first`;
    case "multiple-points":
      return `${head}character ${n} is a second decimal point`;
    case "bad-grouping":
      return `${head}the thousands separator at character ${n} is misplaced (groups of three digits before the point)`;
    case "no-digits":
      return `${head}digits are missing at character ${n} (a point needs digits on both sides)`;
    case "exponent-not-allowed":
      return `${head}scientific notation at character ${n}; write a plain decimal`;
    case "not-a-number":
      return `${head}not a number (NaN or infinity) from character ${n}`;
    case "unknown-unit":
      return `${head}the unit "${error.unit}" is none of 元, 万元, 亿元`;
    case "unit-not-taken":
      return `amount "${error.input}": character ${n} starts the unit "${error.unit}", which is not read nor converted`;
    case "not-text":
      return `an amount must be printed text (such as "6.50"), not a ${error.type}`;
    case "division-by-zero":
      return `cannot compute a ratio: the whole "${error.input}" is zero`;
  }
}

/**
 * Renders an {@link AmountError} as a sentence that quotes the input and the position: Chinese
 * by default, English on request. Like the other message functions of the library it counts
 * characters from 1 ("第 5 个字符" / "character 5"), that is `position + 1`.
 *
 * @param error - the error to describe
 * @param locale - `"zh-CN"` (default) or `"en"`
 *
 * @example
 * ```ts
 * import { formatAmountError, parseAmount } from "yusuan";
 * const r = parseAmount("12.3.4");
 * if (!r.ok) {
 *   formatAmountError(r.error);
 *   // "金额“12.3.4”无效：第 5 个字符是第二个小数点"
 *   formatAmountError(r.error, "en");
 *   // 'invalid amount "12.3.4": character 5 is a second decimal point'
 * }
 * ```
 */
export function formatAmountError(error: AmountError, locale: Locale = "zh-CN"): string {
  return locale === "en" ? en(error) : zh(error);
}
