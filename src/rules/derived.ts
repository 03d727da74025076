import { type Amount, sumAmounts } from "../amount";
import { smallUnits, sumValues, unscaledSmall } from "../amount/decimal";
import { makeAmount } from "../amount/make";
import type { Concept, Coordinates, Fact, SourceCell } from "../facts";

/**
 * A fact the checker computed from printed facts: a roll-up of a table's rows (a 类 from its 款,
 * a total from its units or projects) or a decomposition (基本 = 人员 + 公用). `parts` are the facts
 * summed; `sources` every printed cell behind it.
 * `incomplete` marks a sum that may lack printed figures the reader could
 * not place (an unplaced row, a column or line the template does not know): a disagreement it
 * takes part in is insufficient data, never a finding against the document.
 *
 * @example
 * ```ts
 * import type { DerivedFact } from "yusuan/check";
 * const isRollup = (d: DerivedFact) => d.via.kind === "rollup";
 * ```
 */
export interface DerivedFact {
  readonly concept: Concept;
  readonly coords: Coordinates;
  readonly value: Amount | null;
  readonly table: string;
  readonly via:
    | { readonly kind: "rollup"; readonly column: string }
    | { readonly kind: "decomposition"; readonly id: string };
  readonly parts: readonly (Fact | DerivedFact)[];
  readonly sources: readonly SourceCell[];
  readonly incomplete?: true;
}

/**
 * A printed or derived fact.
 *
 * @example
 * ```ts
 * import { type AnyFact, isDerived } from "yusuan/check";
 * const printedOnly = (fs: AnyFact[]) => fs.filter((f) => !isDerived(f));
 * ```
 */
export type AnyFact = Fact | DerivedFact;

/**
 * Whether a fact was derived (computed) rather than printed.
 *
 * @example
 * ```ts
 * import { isDerived } from "yusuan/check";
 * isDerived({ concept: "spending", coords: {}, value: null, source: { table: "t", row: "total", column: "total", raw: "" } }); // false
 * ```
 */
export function isDerived(f: AnyFact): f is DerivedFact {
  return "via" in f;
}

/** Whether a fact is a sum that may lack figures the reader could not place. @internal */
export function isIncomplete(f: AnyFact): boolean {
  return isDerived(f) && f.incomplete === true;
}

/** The printed cells behind a fact. @internal */
export function sourcesOf(f: AnyFact): readonly SourceCell[] {
  return isDerived(f) ? f.sources : [f.source];
}

/** The exact sum of the values present (`null` when none is: "no value"), in `unit`. @internal */
export function sum(values: readonly (Amount | null)[], unit: Amount["unit"]): Amount | null {
  let decimals = 0;
  let present = 0;
  let sameUnit = true;
  for (const v of values) {
    if (v === null) continue;
    present++;
    if (v.unit !== unit) sameUnit = false;
    if (v.decimals > decimals) decimals = v.decimals;
  }
  if (present === 0) return null;
  if (!sameUnit)
    return sumAmounts(
      values.filter((v): v is Amount => v !== null),
      unit,
    );
  const digits: string[] = [];
  for (const v of values) if (v !== null) digits.push(v.value);
  return makeAmount(sumValues(digits, decimals), unit, decimals);
}

/**
 * Whether `a` prints exactly `total` units of `10^-decimals` in `unit` as `unscaledSmall` would
 * (the same digits, so the same text: its integer at that precision and its length agree; a
 * `-0.00` is not the `0.00` a sum of zero prints). No string is built.
 */
function printsSmall(a: Amount, unit: Amount["unit"], total: number, decimals: number): boolean {
  if (a.unit !== unit || a.decimals !== decimals || smallUnits(a.value, decimals) !== total)
    return false;
  let digits = 1;
  for (let n = total < 0 ? -total : total; n >= 10; n = Math.floor(n / 10)) digits++;
  if (digits <= decimals) digits = decimals + 1; // padded with zeros before the point
  const length = digits + (decimals > 0 ? 1 : 0) + (total < 0 ? 1 : 0);
  return a.value.length === length;
}

/**
 * {@link sum} of the facts' values (no list of values is built where they share `unit`). @internal
 *
 * One pass: each value is read as a safe integer count of `10^-decimals` at the largest
 * precision met so far (the running total is scaled up when a finer value comes); once a value
 * or the total leaves the safe range, the rest only settles the precision and the sum is taken
 * exactly by string. A sum with one value other than zero, printed at the sum's precision, is
 * that value: its (frozen, immutable) amount is returned rather than printed and made again
 * (a quarter of the sums of a 10³-row 支出表, whose other cells are blank). Likewise a sum equal
 * to `like` (the figure printed for the same identity, which most sums only confirm) is `like`:
 * a check keeps every sum it compares, and a copy of the printed amount is ≈ 80 bytes apiece.
 * Only the first `n` facts are summed (all by default: a scratch list may hold more).
 */
export function sumOf(
  facts: readonly AnyFact[],
  unit: Amount["unit"],
  like: Amount | null = null,
  n: number = facts.length,
): Amount | null {
  let decimals = 0;
  let present = false;
  let small = true;
  let total = 0;
  let nonzero = 0;
  let last: Amount | undefined; // the last value other than zero
  for (let i = 0; i < n; i++) {
    const v = (facts[i] as AnyFact).value;
    if (v === null) continue;
    if (v.unit !== unit)
      return sum(
        facts.slice(0, n).map((g) => g.value),
        unit,
      );
    present = true;
    if (v.decimals > decimals) {
      total *= 10 ** (v.decimals - decimals); // exact while it stays safe
      if (!Number.isSafeInteger(total)) small = false;
      decimals = v.decimals;
    }
    if (!small) continue;
    const units = smallUnits(v.value, decimals);
    if (units === undefined || !Number.isSafeInteger(total + units)) small = false;
    else if (units !== 0) {
      total += units;
      nonzero++;
      last = v;
    }
  }
  if (!present) return null;
  if (nonzero === 1 && small && (last as Amount).decimals === decimals) return last as Amount;
  if (small)
    return like !== null && printsSmall(like, unit, total, decimals)
      ? like
      : makeAmount(unscaledSmall(total, decimals), unit, decimals);
  const digits: string[] = [];
  for (let i = 0; i < n; i++) {
    const g = facts[i] as AnyFact;
    if (g.value !== null) digits.push(g.value.value);
  }
  return makeAmount(sumValues(digits, decimals), unit, decimals);
}

/** The printed cells behind a list of facts, in order. @internal */
export function flatSources(parts: readonly AnyFact[]): SourceCell[] {
  // Made at its size: a list grown by push from empty reserves 16 slots (a check makes one per
  // derived fact, most of two or three cells).
  let n = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as AnyFact;
    n += isDerived(p) ? p.sources.length : 1;
  }
  const out: SourceCell[] = new Array(n);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as AnyFact;
    if (isDerived(p))
      for (let j = 0; j < p.sources.length; j++) out[at++] = p.sources[j] as SourceCell;
    else out[at++] = p.source;
  }
  return out;
}
