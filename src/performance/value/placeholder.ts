import { DATE_SUFFIXES_BY_LAST } from "./date";
import { measureUnit } from "./measure";
import { SUFFIXES_BY_LAST } from "./operators";
import { isDigit, RANGE_SEPARATORS, suffixOf } from "./scan";
import { plainUnit } from "./unit";

/**
 * Characters a template prints for a figure left to fill in, after NFKC (`≥X%`, `≤XX元/人`,
 * `≥N次`, `≥某%`, `≥×%`, `≥*%`, `≥？%`, the high end of `X%-Y%`): a run of them in place of the
 * number is a placeholder. Roman numerals are kept by the normalisation (`Ⅹ类` is a class).
 */
const PLACEHOLDER = "XxYyNn某×*?";
/** Opening brackets and quotes a figure or a standard may be printed in, after NFKC. @internal */
export const OPENERS = "(“\"'‘《[【〔";
/** Their closing counterparts. */
const CLOSERS = ")”\"'’》]】〕";
const LATIN = /[A-Za-z]/u;
/** Placeholder characters that, alone, are a mark a table prints, not a figure to fill in. */
const MARKS = "×*";

const isPlaceholder = (c: string | undefined): boolean =>
  c !== undefined && c !== "" && PLACEHOLDER.includes(c);

/**
 * Where a placeholder figure starting at `from` ends: past opening brackets, a run of
 * {@link PLACEHOLDER} characters (a point or comma between two of them, `X.X`, `XX,XXX`), and
 * closing brackets; -1 when there is no such run.
 */
function figureEnd(s: string, from: number): number {
  let i = from;
  while (i < s.length && OPENERS.includes(s.charAt(i))) i++;
  const start = i;
  while (i < s.length) {
    const c = s.charAt(i);
    if (isPlaceholder(c) || ((c === "." || c === ",") && i > start && isPlaceholder(s[i + 1]))) i++;
    else break;
  }
  if (i === start) return -1;
  while (i < s.length && CLOSERS.includes(s.charAt(i))) i++;
  return i;
}

/** Where the digits (with points and commas) of a number at `from` end; `from` when none. */
function numberEnd(s: string, from: number): number {
  let i = from;
  while (isDigit(s[i]) || ((s[i] === "." || s[i] === ",") && isDigit(s[i + 1]))) i++;
  return i;
}

/**
 * Whether the text after a figure is nothing or a measure (`%`, `万元`, `次/年`), a suffix
 * (`以上`), an inclusive marker or a note aside (`X%（含）`, `X%（Ⅱ类）`): what a figure stands
 * before. A word (`光机辐射剂量`, `射线`, `级`) is none.
 */
function measureAfter(t: string): boolean {
  if (t === "") return true;
  const unit = plainUnit(t);
  const suffix = suffixOf(unit, SUFFIXES_BY_LAST);
  const bare = suffix.op === undefined ? unit : plainUnit(suffix.rest);
  return bare === "" || measureUnit(bare);
}

/** The parts of a date a placeholder may stand in (`XX月XX日前`, `X年X月`). */
const DATE_PARTS = "年月日号";

/**
 * Whether the text after a figure is the rest of a date with figures left unfilled or printed
 * (`月XX日前`, `月底前`, `年12月`): date parts, each after a figure, then `底` and a date suffix
 * (`前`, `以后`), each optional.
 */
function dateAfter(t: string): boolean {
  const body = suffixOf(t, DATE_SUFFIXES_BY_LAST).rest;
  let i = 0;
  let parts = 0;
  while (i < body.length && DATE_PARTS.includes(body.charAt(i))) {
    parts++;
    const figure = figureEnd(body, i + 1);
    i = figure >= 0 ? figure : numberEnd(body, i + 1);
  }
  if (body.charAt(i) === "底") i++;
  return parts > 0 && i === body.length;
}

/**
 * Whether text is a date with a figure left unfilled (`2024年X月底前`, `2024年XX月XX日前`,
 * `20XX年12月底前`, `202X年`, `X年X月X日`): date parts (`年` `月` `日` `号`), each after digits
 * or placeholder characters or both, then `度` after a year, `底` / `末`, a date suffix (`前`,
 * `以后`) and `完成`, each optional, at least one placeholder character in the figures. Such a
 * date is a placeholder, not the year it starts with read as a quantity.
 *
 * @internal
 */
export function placeholderDate(s: string): boolean {
  const done = s.endsWith("完成") ? s.slice(0, -2) : s;
  const body = suffixOf(done, DATE_SUFFIXES_BY_LAST).rest;
  let i = 0;
  let parts = 0;
  let unfilled = false;
  for (;;) {
    let end = i;
    let blank = false;
    for (; end < body.length; end++) {
      const c = body.charAt(end);
      if (isPlaceholder(c)) blank = true;
      else if (!isDigit(c)) break;
    }
    if (end === i || !DATE_PARTS.includes(body.charAt(end))) break;
    unfilled ||= blank;
    parts++;
    i = end + 1;
  }
  if (parts > 0 && body.charAt(i - 1) === "年" && body.charAt(i) === "度") i++;
  if (parts > 0 && (body.charAt(i) === "底" || body.charAt(i) === "末")) i++;
  return unfilled && i === body.length;
}

/**
 * Whether the text after a figure's run (`t`) completes a figure: a measure or nothing, or a
 * range's separator and its other end (`%-Y%`, `-Y万元`, `%～XX%`), or the rest of a date
 * (`月XX日前`). The other end is a
 * placeholder, or a number where `placeholderBefore` (the low end was one: `X%-95%`).
 */
function figureTail(t: string, placeholderBefore: boolean): boolean {
  let k = 0;
  while (k < t.length && !RANGE_SEPARATORS.includes(t.charAt(k))) k++;
  if (k === t.length) return placeholderBefore && (measureAfter(t) || dateAfter(t));
  const low = t.slice(0, k);
  if (low !== "" && !measureAfter(low)) return false;
  const high = t.slice(k + 1);
  const end = figureEnd(high, 0);
  if (end >= 0) return measureAfter(high.slice(end));
  const digits = placeholderBefore ? numberEnd(high, 0) : 0;
  return digits > 0 && measureAfter(high.slice(digits));
}

/**
 * Whether text after an operator is a template's placeholder where the number stands: a run of
 * {@link PLACEHOLDER} characters followed by nothing, a measure or a range's other end (`X%`,
 * `XX元/人`, `（X）%`, `X.X%`, `X%（Ⅱ类）`, `X%-Y%`); a letter that begins a word (`X光机`,
 * `X射线`, `XII类`, `NPS`) is a standard, not a placeholder.
 *
 * @internal
 */
export function placeholderFigure(s: string): boolean {
  const end = figureEnd(s, 0);
  return end >= 0 && figureTail(s.slice(end), true);
}

/**
 * Whether the text after a number and its unit is a range's separator and a placeholder for its
 * other end (`%-X%` of `90%-X%`, `-XX万元`).
 *
 * @internal
 */
export function placeholderHighEnd(rest: string): boolean {
  return figureTail(rest, false);
}

/**
 * Whether a value without an operator is a template's placeholder left unfilled: a
 * {@link placeholderFigure} (`X%`, `XX万元`, `X次/年`, `X%以上`, `X%-Y%`) or a run alone (`XX`,
 * `某某`, `？`). Alone, a run of `×` or `*` is a mark a table prints (not applicable, a
 * footnote's), and one letter (`x`, `N`) may be typed for that mark: neither is a figure left to
 * fill in. A word with letters in it (`X光`, `PM2.5`, `GDP`, `A级`, `Ⅹ类`) is none.
 *
 * @internal
 */
export function barePlaceholder(rest: string): boolean {
  if (!isPlaceholder(rest.charAt(0)) || !placeholderFigure(rest)) return false;
  if (figureEnd(rest, 0) < rest.length) return true;
  const marks = [...rest].every((c) => MARKS.includes(c));
  return !marks && (rest.length > 1 || !LATIN.test(rest));
}
