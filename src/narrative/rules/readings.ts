import { type Amount, compareAmounts, isNegative, isZero, subtractAmounts } from "../../amount";
import { type Fact, FUNDS, type Fund } from "../../facts";
import { type AnyFact, isDerived } from "../../rules/derive";
import type { AmountClaim } from "../types";
import { compareClaim, restated } from "./compare";
import { type FactScope, reference, tableFacts } from "./read";

/**
 * Whether a figure whose words may name it with 上年结转 or without (`收入预算`: `also`) agrees
 * with the tables' other reading (收入总计 for 本年收入, or the other way round). @internal
 */
export function agreesOtherwise(ctx: FactScope, claim: AmountClaim, fact: Fact): boolean {
  if (claim.also === undefined) return false;
  return tableFacts(ctx, claim.also, claim.period).some((f) => compareClaim(fact, f) === "equal");
}

/** The funds a figure of this year's appropriation printed without a fund may be of. */
const UNSTATED: readonly Fund[] = ["gpb", "government"];

/** How a figure of this year's appropriation meets the tables' figure less the fund's 上年结转. */
export interface WithoutCarryover {
  /** `exact`: the total less the carry-over; `within`: a 科目's or nature's figure between the two. */
  readonly how: "exact" | "within";
  /** The tables' figure the carry-over was taken from. */
  readonly table: AnyFact;
  /** The fund's 上年结转 (revenue.carryover). */
  readonly carryover: AnyFact;
}

const printedOf = (facts: readonly AnyFact[]): AnyFact | undefined => {
  const f = reference(facts);
  return f?.value === null ? undefined : f;
};

/**
 * A figure the words say is this year's appropriation (`grant`: `一般公共预算当年拨款支出500.00万元`)
 * against a table's figure of the fund's spending that includes what 上年结转 pays for
 * (`一般公共预算` 520.00 with 20.00 carried over): the fund's total less its carry-over is the
 * figure (`exact`); a 科目's or a nature's, which the tables do not split by carry-over, lies
 * between its figure less the whole carry-over and its figure (`within`). Without a fund, the
 * funds of {@link UNSTATED} are tried. @internal
 */
export function withoutCarryover(
  ctx: FactScope,
  claim: AmountClaim,
  fact: Fact,
): WithoutCarryover | undefined {
  const { concept, coords } = claim.subject;
  const value = fact.value;
  if (claim.grant !== true || concept !== "spending" || value === null) return undefined;
  const { fund, ...rest } = coords;
  const total = Object.keys(rest).length === 0;
  for (const f of fund === undefined ? UNSTATED : [fund]) {
    const table = printedOf(
      tableFacts(ctx, { concept, coords: { ...rest, fund: f } }, claim.period),
    );
    const carried = printedOf(
      tableFacts(ctx, { concept: "revenue.carryover", coords: { fund: f } }, claim.period),
    );
    if (table?.value == null || carried?.value == null || isZero(carried.value)) continue;
    const high = table.value;
    const low = lessCarryover(high, carried.value);
    if (total) {
      if (compareAmounts(restated(low, value), value) === 0)
        return { how: "exact", table, carryover: carried };
      continue;
    }
    // a 科目's share of the carry-over is not printed: any figure from the one to the other
    if (
      compareAmounts(restated(low, value), value) <= 0 &&
      compareAmounts(value, restated(high, value)) <= 0
    )
      return { how: "within", table, carryover: carried };
  }
  return undefined;
}

/** The figure less the carry-over, never below zero. */
function lessCarryover(figure: Amount, carried: Amount): Amount {
  const d = subtractAmounts(figure, carried);
  return isNegative(d) ? subtractAmounts(figure, figure) : d;
}

/**
 * Whether a figure of a fund's spending (`一般公共预算支出500.00万元`) agrees with a table's printed
 * figure of that fund's this year's appropriation (`gpb.current`: an 一般公共预算支出表 printed without
 * the carry-over it spends, a 项目支出表's 本年拨款): the words name either. @internal
 */
export function agreesThisYear(ctx: FactScope, claim: AmountClaim, fact: Fact): boolean {
  const { concept, coords } = claim.subject;
  const fund = coords.fund;
  if (concept !== "spending" || fund === undefined) return false;
  const current = `${fund}.current`;
  if (!(FUNDS as readonly string[]).includes(current)) return false;
  const subject = { concept, coords: { ...coords, fund: current as Fund } };
  return tableFacts(ctx, subject, claim.period).some(
    (f) => !isDerived(f) && compareClaim(fact, f) === "equal",
  );
}

/**
 * The tables' printed figure of this year's appropriation of a figure's fund, for a figure whose
 * words say it is that (`grant`: `一般公共预算当年拨款项目支出…`, `…，其中：…当年项目支出…`): the
 * fund's `current` fact (`gpb.current`: the 项目支出表's 本年拨款 beside its 财政拨款结转结余), the
 * measure itself where the tables print it apart from the carry-over. @internal
 */
export function thisYearPrinted(ctx: FactScope, claim: AmountClaim): AnyFact | undefined {
  const { concept, coords } = claim.subject;
  const fund = coords.fund;
  if (claim.grant !== true || concept !== "spending" || fund === undefined) return undefined;
  const current = `${fund}.current`;
  if (!(FUNDS as readonly string[]).includes(current)) return undefined;
  const subject = { concept, coords: { ...coords, fund: current as Fund } };
  return printedOf(tableFacts(ctx, subject, claim.period).filter((f) => !isDerived(f)));
}
