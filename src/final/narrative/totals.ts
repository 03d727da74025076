// 一 收入支出总计 and 四 财政拨款收入支出总计: which a paragraph states, its figure and its change.
import { type Amount, amountsEqual } from "../../amount";
import { changeIn } from "./changes";
import { amountAfterWords } from "./scan";
import type { PrintedChange } from "./types";
import { ofThisYear } from "./years";

/**
 * The two sides of the one name, whole or parted (`收支`, `收、支`, `收入、支出`, `收入和支出`), each
 * before `总计` or `决算总计`.
 */
const SIDES = [
  "收支",
  "收、支",
  "收入支出",
  "收入、支出",
  "收入和支出",
  "收入及支出",
  "收入与支出",
];
/** The names of 一 收入支出总计 and 四 财政拨款收入支出总计 as printers word them. */
const TOTAL: readonly string[] = /*#__PURE__*/ (() => [
  ...SIDES.flatMap((w) => [`${w}总计`, `${w}决算总计`]),
  "收入总计、支出总计",
  "收入总计和支出总计",
  "收入总计与支出总计",
])();
/** 一's total printed as two figures (`收入总计X万元，支出总计X万元`): the income side's names. */
const REVENUE_TOTAL = ["收入总计", "收入决算总计"];
/** …and the spending side's, after it. */
const SPENDING_TOTAL = ["支出总计", "支出决算总计"];
/** The same names of 四, made on first use (a module-level call would defeat tree-shaking). */
let fiscalTotal: readonly string[] | undefined;
const FISCAL = (): readonly string[] => (fiscalTotal ??= TOTAL.map((w) => `财政拨款${w}`));

/**
 * 一 (or 四, `prefix` 财政拨款) printed as its two sides, `收入总计X万元，支出总计Y万元`: each side,
 * the spending side read after the income side, with or without the prefix repeated. A 决算
 * prints one figure for both; two that differ are never guessed between (see {@link readTotal}).
 */
function pairedSides(
  p: string,
  prefix: string,
  accept: (k: number) => boolean,
): { revenue: { amount: Amount; at: number }; spending: Amount } | undefined {
  const revenue = amountAfterWords(
    p,
    REVENUE_TOTAL.map((w) => prefix + w),
    0,
    accept,
  );
  if (revenue === undefined) return undefined;
  const spending = amountAfterWords(p, SPENDING_TOTAL, revenue.at, accept);
  return spending === undefined ? undefined : { revenue, spending: spending.amount };
}

/**
 * Which total a paragraph states: 四's (`fiscalTotal`: 财政拨款 before the name), 一's (`total`: a
 * dated paragraph naming it) or neither. @internal
 */
export function totalOf(p: string): "total" | "fiscalTotal" | undefined {
  const paired =
    REVENUE_TOTAL.some((w) => p.includes(w)) && SPENDING_TOTAL.some((w) => p.includes(w));
  const fiscal =
    FISCAL().some((w) => p.includes(w)) ||
    (paired && REVENUE_TOTAL.some((w) => p.includes(`财政拨款${w}`)));
  if (fiscal) return "fiscalTotal";
  return p.includes("年度") && (paired || TOTAL.some((w) => p.includes(w))) ? "total" : undefined;
}

/**
 * The total a paragraph states (see {@link totalOf}), the document's `year`'s (see
 * {@link ofThisYear}), and its change. Printed as two
 * sides that differ (`收入总计X万元，支出总计Y万元`), it is neither: the two `sides` are given
 * instead, each for its own table line, and no change is read (whose figure it would be is not
 * said). @internal
 */
export function readTotal(
  p: string,
  kind: "total" | "fiscalTotal",
  year?: number,
): {
  total?: { amount: Amount; at: number };
  change?: PrintedChange;
  sides?: { revenue: Amount; spending: Amount };
  /** Where the statement's name starts (its clause's words before it say whose it is). */
  at?: number;
} {
  const now = ofThisYear(p, year);
  // 一: not 四's name (`财政拨款收入支出总计`), nor the rest of it a page broke (`财政拨` / `款收入…`)
  const accept = kind === "total" ? (k: number) => p[k - 1] !== "款" && now(k) : now;
  const named = amountAfterWords(p, kind === "total" ? TOTAL : FISCAL(), 0, accept);
  const paired =
    named === undefined ? pairedSides(p, kind === "total" ? "" : "财政拨款", accept) : undefined;
  if (paired !== undefined && !amountsEqual(paired.spending, paired.revenue.amount))
    return {
      sides: { revenue: paired.revenue.amount, spending: paired.spending },
      at: paired.revenue.at,
    };
  const total = named ?? paired?.revenue;
  const change = changeIn(p, kind, total?.amount, total?.at ?? 0, year);
  return {
    ...(total === undefined ? {} : { total, at: total.at }),
    ...(change === undefined ? {} : { change }),
  };
}
