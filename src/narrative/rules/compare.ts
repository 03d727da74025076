import {
  type Amount,
  addAmounts,
  amount,
  amountsEqual,
  compareAmounts,
  convertAmount,
  isNegative,
  isZero,
  percentage,
  roundAmount,
  subtractAmounts,
} from "../../amount";
import type { Fact } from "../../facts";
import { boundsOf, compareBounds } from "../../rules/compare";
import type { AnyFact } from "../../rules/derive";

/**
 * How a figure of the text compares with the tables' figure of the same fact:
 * - `equal`: the same number, or the tables' figure restated in the text's unit and rounded
 *   half-up to the text's decimals (17,192万元 for 171,915,169元);
 * - `rounding`: only rounding explains it but the text is not the rounded figure (info);
 * - `truncated`: the tables' figure truncated instead of rounded (123.45万元 for 1,234,567.00元);
 * - `digit`: off by one digit (a digit changed, added, dropped, two swapped, or the point moved),
 *   of the same sign;
 * - `differ`: another number (one of the opposite sign too). @internal
 */
export type ClaimComparison = "equal" | "rounding" | "truncated" | "digit" | "differ";

/** The tables' value as the text would print it: in the text's unit, to the text's decimals. @internal */
export function restated(
  table: Amount,
  text: Amount,
  rounding: "half-up" | "truncate" = "half-up",
) {
  return roundAmount(convertAmount(table, text.unit), text.decimals, rounding);
}

/**
 * The tables' value as a message shows it beside the text's figure: {@link restated}, unless that
 * rounds a figure that is not zero to zero (`0亿元` for 969.06万元 beside `1亿元`); then its exact
 * value in the text's unit (`0.096906亿元`). @internal
 */
export function shown(table: Amount, text: Amount): Amount {
  const r = restated(table, text);
  return isZero(r) && !isZero(table) ? convertAmount(table, text.unit) : r;
}

const digitsOf = (a: Amount) => a.value.replace(/\D/gu, "");

/** One edit apart: a substitution, an insertion or deletion, or two adjacent digits swapped. */
function oneDigitOff(a: string, b: string): boolean {
  if (a === b) return true; // the same digits: the point moved
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    const [i, j] = diff;
    return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  // One digit more: the same digits once the first that differs is dropped (lengths two or more
  // apart never match; past the shorter's end its digit is undefined and the loop stops).
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  let i = 0;
  while (long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}

/** Compares a text's figure with one table fact. @internal */
export function compareClaim(claim: Fact, table: AnyFact): ClaimComparison {
  const t = table.value;
  const c = claim.value;
  if (c === null) return "equal";
  // A blank cell is no value: the text's zero agrees with it, any other figure does not.
  if (t === null) return /[1-9]/u.test(c.value) ? "differ" : "equal";
  if (amountsEqual(t, c)) return "equal";
  const rounded = restated(t, c);
  // Restating in a coarser unit must round; dropping printed decimals in the same unit is info.
  if (amountsEqual(rounded, c)) return t.unit === c.unit ? "rounding" : "equal";
  if (amountsEqual(restated(t, c, "truncate"), c)) return "truncated";
  if (compareBounds(boundsOf(table), boundsOf(claim)) === "rounding") return "rounding";
  // The digits without the sign: −5.00 for 5.00 is another figure, not one digit off.
  if (isNegative(rounded) !== isNegative(c)) return "differ";
  // A figure that rounds to nothing in the text's unit is no digit off (`1亿元` for 969.06万元).
  if (isZero(rounded) && !isZero(t)) return "differ";
  return oneDigitOff(digitsOf(rounded), digitsOf(c)) ? "digit" : "differ";
}

/** `claim ≤ table` for a part the text gives of a table's whole (绩效目标 money ≤ 项目支出). @internal */
export function atMostTable(claim: Amount, table: Amount): boolean {
  // A claim under the table is under its rounding too (rounding to the claim's decimals never
  // goes below a figure of those decimals that is under it).
  return compareAmounts(restated(table, claim), claim) >= 0;
}

/** Half a unit of the last printed digit: how far rounding can move a printed figure. @internal */
export const half = (a: Amount): Amount => amount(`0.${"0".repeat(a.decimals)}5`, a.unit);

/**
 * Whether a printed percentage (`decimals` places) could be `part / whole × 100` of figures the
 * printed ones round: the percentage's own interval meets the range the operands' intervals
 * give (`part ± partSlack`, `whole ± wholeSlack`, the slack being how far the printed figures
 * behind each may have been rounded). Operands are positive. @internal
 */
export function percentWithinRounding(
  printed: string,
  part: Amount,
  whole: Amount,
  partSlack: Amount,
  wholeSlack: Amount,
): boolean {
  const decimals = (printed.split(".")[1] ?? "").length;
  const wholeLow = subtractAmounts(whole, wholeSlack);
  if (isNegative(wholeLow) || isZero(wholeLow)) return false;
  const scale = { decimals: decimals + 4 };
  const low = percentage(subtractAmounts(part, partSlack), addAmounts(whole, wholeSlack), scale);
  const high = percentage(addAmounts(part, partSlack), wholeLow, scale);
  if (!low.ok || !high.ok) return false;
  const p = amount(printed);
  const pHalf = half(p);
  return (
    compareAmounts(subtractAmounts(p, pHalf), amount(high.value)) <= 0 &&
    compareAmounts(amount(low.value), addAmounts(p, pHalf)) <= 0
  );
}
