import { err, ok, type Result } from "../result/result";
import type { AmountError } from "./error";
import { makeAmount } from "./make";
import { formatAmountError } from "./messages";
import type { Amount, Unit } from "./types";
import { moneyUnitWord } from "./unit-words";
import { isUnit } from "./units";

/**
 * The marks printed for "no value" (after trimming, alone or repeated up to three times: `-`,
 * `--`, `——`, `/`): dashes (`-`, `—`, `－`, `–`, `―`, `─`) and slashes (`/`, `／`: nothing to
 * print here).
 */
const NO_VALUE_MARKS = "-—－–―─/／";

/**
 * Whether a printed cell states no figure: blank, or one mark of {@link NO_VALUE_MARKS} printed
 * one to three times (see {@link parseAmount}, which reads them as `null`). @internal
 */
export function isNoValue(text: string): boolean {
  const t = text.trim();
  if (t === "") return true;
  const mark = t.charAt(0);
  if (t.length > 3 || !NO_VALUE_MARKS.includes(mark)) return false;
  for (let i = 1; i < t.length; i++) if (t.charAt(i) !== mark) return false;
  return true;
}

const NOT_A_NUMBER = /^[+\-－−＋]?(nan|inf|infinity|∞)$/i;

// One character each (never empty), so `includes` asks whether it is one of the listed ones.
const isSign = (c: string): boolean => "+-＋－−△".includes(c);
const isMinus = (c: string): boolean => "-－−△".includes(c);
/** Brackets around a whole amount (half- or full-width): an accountant's negative. */
const enclosed = (open: string, close: string): boolean =>
  (open === "(" || open === "（") && (close === ")" || close === "）");
/** Currency signs a printer puts before a figure (yen / yuan, half- and full-width). */
const CURRENCY = "¥￥";
const isComma = (c: string): boolean => ",，".includes(c);
const isPoint = (c: string): boolean => ".．".includes(c);
const isExponent = (c: string): boolean => "eEｅＥ".includes(c);

/** The ASCII digit of `0`–`9` or of a full-width `０`–`９`, else `undefined`. */
function digitOf(c: string): string | undefined {
  if (c.length !== 1) return undefined;
  const code = c.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return c;
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  return undefined;
}

/** Text printed canonically: digits, at most one inner point, no needless leading zero. */
const PLAIN = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

/** Line breaks a PDF's text layer puts inside a figure printed in a narrow column. */
const LINE_BREAK = /\r\n?|\n|\u2028|\u2029/u;

/**
 * A figure broken over lines (`13,345,\n678.90`) joined, or `undefined` when the text has no line
 * break or when every line is a figure (or a no-value mark) of its own (`100\n200`): two figures in
 * one cell are not one. Each line is trimmed of the spaces around the break. Linear: one split, one
 * parse of each line.
 */
function joinedLines(text: string, unit: Unit): string | undefined {
  if (!LINE_BREAK.test(text)) return undefined;
  const lines = text
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (lines.length < 2 || lines.every((line) => parseAmount(line, unit).ok)) return undefined;
  return lines.join("");
}

/** What a value is, for messages: `null`, `array` or its `typeof`. Internal. */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  try {
    return Array.isArray(value) ? "array" : typeof value;
  } catch {
    return typeof value; // a revoked Proxy
  }
}

/**
 * The amount of a figure printed canonically (ASCII digits, at most one inner point, no needless
 * leading zero) in a known unit: such text is its own value, read without building a string or a
 * result object (lowering reads every cell of a table); `undefined` for any other text, which
 * {@link parseAmount} reads. @internal
 */
export function plainAmount(input: string, unit: Unit): Amount | undefined {
  if (typeof input !== "string" || !PLAIN.test(input)) return undefined;
  const point = input.indexOf(".");
  return makeAmount(input, unit, point < 0 ? 0 : input.length - point - 1);
}

/**
 * Parses an amount as printed in a budget table or text.
 *
 * Accepted: digits (ASCII or full-width `０`–`９`); one leading sign, `-`, full-width `－`,
 * `−` (U+2212), `△` (the minus of Chinese financial statements), or `+`/`＋` (a plus is
 * accepted and dropped: change columns print it), or the whole amount in brackets, `(1.00)` or
 * `（1.00）` (an accountant's negative, as spreadsheets export it; a sign inside is misplaced); one
 * decimal point `.` or full-width `．` with at least one digit on each side; thousands
 * separators `,` or full-width `，` before the point, in groups of three; surrounding whitespace
 * (including the ideographic space U+3000). The printed precision is kept: `"4.00"` has
 * `decimals` 2, `"4"` has 0. A figure a text layer broke over lines in a narrow column
 * (`13,345,\n678.90`, `13,345,678.\n90`) is read joined, unless each line is a figure or a
 * no-value mark of its own (`100\n200` may be two figures in one cell: rejected).
 *
 * A blank cell, a dash (`-`, `—`, `－`, `–`, `―`, `─`) or a slash (`/`, `／`), alone or repeated
 * up to three times (`--`, `——`), give `null` ("no value": nothing printed), which is not zero:
 * `"0"` and `"0.00"` give an {@link Amount}.
 *
 * Rejected with an {@link AmountError} (the first problem from left to right): letters and other
 * characters, signs elsewhere than in front, a second point, bad grouping, `.5` / `1.` / `.`,
 * exponents (`1e5`), `NaN` and `Infinity`; a well-formed figure with a money unit printed after it
 * (`11.00百万元`, `1100千元`: `unit-not-taken`, never converted); a unit other than 元 / 万元 / 亿元 (`unknown-unit`) and an
 * input that is not a string (`not-text`, from plain JavaScript). Never throws.
 *
 * @param input - the printed text
 * @param unit - the unit it is printed in, default `"万元"`
 *
 * @example
 * ```ts
 * import { parseAmount } from "yusuan";
 * parseAmount("3，518.85"); // { ok: true, value: { value: "3518.85", unit: "万元", decimals: 2 } }
 * parseAmount("—");         // { ok: true, value: null }
 * parseAmount("1e5").ok;    // false (code "exponent-not-allowed")
 * ```
 *
 * @example A unit the library does not know is refused, not guessed:
 * ```ts
 * import { type Unit, parseAmount } from "yusuan";
 * const r = parseAmount("1", "千元" as Unit);
 * if (!r.ok) r.error.code; // "unknown-unit"
 * ```
 */
export function parseAmount(
  input: string,
  unit: Unit = "万元",
): Result<Amount | null, AmountError> {
  if (typeof input !== "string") {
    return err({ code: "not-text", input: "", position: 0, type: typeName(input) });
  }
  if (!isUnit(unit))
    return err({
      code: "unknown-unit",
      input,
      position: 0,
      unit: typeof unit === "string" ? unit : typeName(unit),
    });
  // Most cells are printed canonically (ASCII digits, at most one inner point, no needless
  // leading zero): such text is its own value, read without building a string.
  const plain = plainAmount(input, unit);
  if (plain !== undefined) return ok(plain);
  const trimmed = input.trim();
  if (isNoValue(trimmed)) return ok(null);
  const start = input.length - input.trimStart().length;
  const end = start + trimmed.length;
  if (NOT_A_NUMBER.test(trimmed)) return err({ code: "not-a-number", input, position: start });
  const joined = joinedLines(trimmed, unit);
  if (joined !== undefined) {
    const read = parseAmount(joined, unit);
    if (read.ok) return read;
  }

  let negative = false;
  let i = start;
  let stop = end;
  const first = input.charAt(i);
  if (enclosed(first, input.charAt(end - 1)) && end - start > 2) {
    // An accountant's negative: `(1,234.00)`, `（1.00）` (a sign inside is misplaced).
    negative = true;
    i += 1;
    stop -= 1;
  } else if (isSign(first)) {
    negative = isMinus(first);
    i += 1;
  }
  let integer = "";
  let fraction = "";
  let point = -1;
  let comma = -1; // index of the last separator, -1 if none yet
  let group = 0; // digits since the last separator
  while (i < stop) {
    const position = i;
    const c = String.fromCodePoint(input.codePointAt(i) ?? 0);
    i += c.length;
    const digit = digitOf(c);
    if (digit !== undefined) {
      if (point >= 0) {
        fraction += digit;
        continue;
      }
      integer += digit;
      group += 1;
      if (comma >= 0 && group > 3) return err({ code: "bad-grouping", input, position: comma });
    } else if (isComma(c)) {
      if (point >= 0 || group === 0 || (comma < 0 && group > 3)) {
        return err({ code: "bad-grouping", input, position });
      }
      if (comma >= 0 && group !== 3) return err({ code: "bad-grouping", input, position: comma });
      comma = position;
      group = 0;
    } else if (isPoint(c)) {
      if (point >= 0) return err({ code: "multiple-points", input, position });
      if (comma >= 0 && group !== 3) return err({ code: "bad-grouping", input, position: comma });
      if (integer === "") return err({ code: "no-digits", input, position });
      point = position;
    } else if (isSign(c)) {
      return err({ code: "misplaced-sign", input, position });
    } else if (isExponent(c) && integer !== "") {
      return err({ code: "exponent-not-allowed", input, position });
    } else {
      const word = integer === "" ? undefined : moneyUnitWord(input.slice(position, stop));
      // `11.00百万元`: a well-formed figure in a unit not taken, not a malformed one.
      if (word !== undefined && parseAmount(input.slice(0, position), unit).ok)
        return err({ code: "unit-not-taken", input, position, unit: word.word });
      if (position === start && CURRENCY.includes(c) && !negative) {
        // `￥11.00百万元`: the same, after a currency sign (read once more, without it).
        const rest = parseAmount(input.slice(position + 1), unit);
        if (!rest.ok && rest.error.code === "unit-not-taken") {
          const at = rest.error.position + position + 1;
          return err({ code: "unit-not-taken", input, position: at, unit: rest.error.unit });
        }
      }
      return err({ code: "invalid-character", input, position, char: c });
    }
  }
  if (comma >= 0 && point < 0 && group !== 3) {
    return err({ code: "bad-grouping", input, position: comma });
  }
  if (integer === "") return err({ code: "no-digits", input, position: start });
  if (point >= 0 && fraction === "") return err({ code: "no-digits", input, position: point });

  const digits = integer.replace(/^0+(?=\d)/, "");
  const isZero = !/[1-9]/.test(digits + fraction);
  const sign = negative && !isZero ? "-" : "";
  const value = fraction === "" ? `${sign}${digits}` : `${sign}${digits}.${fraction}`;
  return ok(makeAmount(value, unit, fraction.length));
}

/**
 * Builds an amount from a literal, for code and tests: like {@link parseAmount} but throws.
 *
 * @param value - a printed amount such as `"969.06"` or `"1,212.12"`
 * @param unit - default `"万元"`
 * @throws TypeError when `value` is not an amount or is blank (a programmer error)
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * amount("24,840,779", "元").value; // "24840779"
 * amount("4.00").decimals;          // 2
 * ```
 */
export function amount(value: string, unit: Unit = "万元"): Amount {
  const result = parseAmount(value, unit);
  if (!result.ok) throw new TypeError(formatAmountError(result.error, "en"));
  if (result.value === null) {
    throw new TypeError(`amount(): "${value}" is blank; use parseAmount for optional values`);
  }
  return result.value;
}
