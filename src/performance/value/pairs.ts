/**
 * What follows a figure's number: its unit and the operator of a suffix, a second bound after a
 * joiner (`≥90%，≤100%`), further figures after a slash (`≥90%/≥95%`), and the value the figure
 * makes (a quantity, or a date: `9月以内`).
 */
import { compareValues } from "../../amount/decimal";
import type { Result } from "../../result";
import { readDate } from "./date";
import { validUnit, wordsOnly } from "./measure";
import { operatorAt, SUFFIXES_BY_LAST, startsWithOperator } from "./operators";
import { placeholderFigure } from "./placeholder";
import { isDigit, suffixOf } from "./scan";
import type { Comparator, IndicatorValue, IndicatorValueError } from "./types";
import { plainUnit } from "./unit";

/** Reads one bound of a value (no second after it). @internal */
export type ReadBound = (input: string) => Result<IndicatorValue, IndicatorValueError>;

/**
 * The unit after a number and the operator of a suffix after it (`%以上`: `%` and `≥`; `天内`:
 * `天` and `≤`), the unit as printed and no operator when there is no suffix. @internal
 */
export function unitAndSuffix(rest: string): { unit: string; after: Comparator | undefined } {
  const printed = plainUnit(rest);
  const suffix = suffixOf(printed, SUFFIXES_BY_LAST);
  // `3天内` is ≤ 3 天, but a unit that is only `内` is no unit.
  // `95%满意度以上`: the name after the percentage goes once the suffix is off as well.
  if (suffix.op === undefined || !validUnit(suffix.rest))
    return { unit: printed, after: undefined };
  return { unit: plainUnit(suffix.rest), after: suffix.op };
}

/** Words that join two bounds of one value (`≥90%，≤100%`, `≥80%且≤100%`), after NFKC. */
const JOINERS: readonly string[] = [",", ";", "、", "并且", "且", "或者", "或"];
/** Joiners of two alternatives (`≥90%或≥5次`): either bound, no range between them. */
const EITHER: readonly string[] = ["或者", "或"];

/**
 * The value of a bound (`op` and `value`) and a second printed after a joiner in `rest` (`%,≤100%`
 * of `≥90%，≤100%`): the range between an at-least and an at-most bound in one unit, low end
 * first or last; `null` (read as printed) for other bounds, alternatives (`≥90%或≥5次`), units
 * that differ, or a low end above the high; the second bound's error when it is one (`≥90%，≤X%`); the first bound alone when a
 * note of words follows the joiner (`≥90%，全年`), `null` when the note holds figures; `undefined`
 * when there is no joiner, or the first bound's unit is not one. `read` reads the second bound.
 * @internal
 */
export function boundsPair(
  op: Comparator,
  value: string,
  rest: string,
  read: ReadBound,
): IndicatorValue | IndicatorValueError | null | undefined {
  let k = 0;
  let joiner: string | undefined;
  for (; k < rest.length && joiner === undefined; k++)
    joiner = JOINERS.find((w) => rest.startsWith(w, k));
  if (joiner === undefined) return adjacentPair(op, value, rest, read);
  // A figure left partly unfilled before the joiner (`≥9X%，全年`) is read as printed, as alone.
  if (placeholderFigure(rest.slice(0, k - 1))) return null;
  const first = unitAndSuffix(rest.slice(0, k - 1));
  const tail = rest.slice(k - 1 + joiner.length);
  const second = read(tail);
  // A second bound left unfilled (`≥90%，≤X%`) lacks its number as the first would.
  if (!second.ok && startsWithOperator(tail)) return second.error;
  const firstValid = validUnit(first.unit) && (first.after === undefined || first.after === op);
  if (!second.ok || second.value.kind === "qualitative") {
    // A note after the bound (`≥90%，全年`, `≥85%，较上年提高`) is an aside: the bound is read
    // without it. A note holding figures of its own (`≥3次，每次2小时`) is read as printed, and
    // so are words counted before it (`≥90分钟每日每人次，全年`).
    if (!firstValid) return wordsOnly(first.unit) ? null : undefined;
    for (let i = 0; i < tail.length; i++) if (isDigit(tail.charAt(i))) return null;
    return figure(op, value, first.unit);
  }
  if (!firstValid || EITHER.includes(joiner)) return null;
  return rangeOf(op, value, first.unit, second.value) ?? null;
}

/** Marks of a range printed between two bounds (`≥90%～≤100%`, `≥1万元至≤3万元`), after NFKC. */
const RANGE_MARKS: readonly string[] = ["-", "~", "—", "–", "至", "到"];

/**
 * Two bounds printed with no joiner word between them (`%≤100%` of `≥90%≤100%`: on two lines of
 * a cell or a space apart, whitespace gone; or with a range's mark, `≥90%～≤100%`): the range
 * between an at-least and an at-most bound in one unit, else `undefined` (the unit is none, as
 * before). Looks for the first operator once, then reads the second bound once: linear.
 */
function adjacentPair(
  op: Comparator,
  value: string,
  rest: string,
  read: ReadBound,
): IndicatorValue | undefined {
  let k = 0;
  while (k < rest.length && operatorAt(rest, k) === 0) k++;
  if (k === 0 || k === rest.length) return undefined;
  const printed = rest.slice(0, k);
  const mark = RANGE_MARKS.find((m) => printed.endsWith(m));
  const first = unitAndSuffix(mark === undefined ? printed : printed.slice(0, -mark.length));
  if (!validUnit(first.unit) || (first.after !== undefined && first.after !== op)) return undefined;
  const second = read(rest.slice(k));
  return second.ok ? rangeOf(op, value, first.unit, second.value) : undefined;
}

/**
 * The range between a first bound (`op`, `value` in `unit`) and a second: an at-least and an
 * at-most bound in one unit, the low end not above the high; `undefined` for any other pair.
 */
function rangeOf(
  op: Comparator,
  value: string,
  unit: string,
  other: IndicatorValue,
): IndicatorValue | undefined {
  if (other.kind !== "quantity" || other.op === undefined) return undefined;
  const both = unit === "" ? other.unit : unit;
  if (other.unit !== "" && other.unit !== both) return undefined;
  const ops = `${op}${other.op}`;
  if (ops !== "≥≤" && ops !== "≤≥") return undefined;
  const [low, high] = op === "≥" ? [value, other.value] : [other.value, value];
  return compareValues(low, high) > 0 ? undefined : { kind: "range", low, high, unit: both };
}

/**
 * Whether the text after a figure is its unit, then a slash and a further figure in the same unit,
 * with an operator or without, once or more (`%/≥95%` of `≥90%/≥95%`, `次/5次`, `%/95%/98%`):
 * figures of one measure, several years' or groups' targets or either one, no unit `%/95%`. A
 * slash is such a joiner when a figure or an operator follows it; each figure is read once, with
 * no pair after it, by `read` (so linear). @internal
 */
export function slashPair(rest: string, read: ReadBound): boolean {
  const parts: string[] = [];
  let from = 0;
  for (let k = 0; k < rest.length; k++) {
    if (rest.charAt(k) !== "/") continue;
    // (An operator word is at most 5 characters: `大于或等于`.)
    if (!isDigit(rest.charAt(k + 1)) && !startsWithOperator(rest.slice(k + 1, k + 6))) continue;
    parts.push(rest.slice(from, k));
    from = k + 1;
  }
  if (parts.length === 0) return false;
  parts.push(rest.slice(from));
  const first = unitAndSuffix(parts[0] ?? "");
  if (first.unit === "" || !validUnit(first.unit)) return false;
  return parts.slice(1).every((part) => {
    const next = read(part);
    return next.ok && next.value.kind === "quantity" && next.value.unit === first.unit;
  });
}

/**
 * A number, its unit and its operator: a quantity, or the date it prints as (`9月以内`); a unit
 * printed in brackets after the number (`printed`: `(月)` of `≤12（月）`) is a measure, no date.
 * @internal
 */
export function figure(
  op: Comparator | undefined,
  value: string,
  unit: string,
  printed = "",
): IndicatorValue {
  const asDate = unit.length === 1 && printed[0] !== "(" ? readDate(`${value}${unit}`) : undefined;
  if (asDate !== undefined && asDate !== "invalid")
    return { kind: "date", ...(op === undefined ? {} : { op }), date: asDate.date };
  return op === undefined
    ? { kind: "quantity", value, unit }
    : { kind: "quantity", op, value, unit };
}
