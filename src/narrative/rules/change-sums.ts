import { type Amount, addAmounts, compareAmounts, subtractAmounts, zeroAmount } from "../../amount";
import { absAmount } from "../../amount/arithmetic";
import type { LoweredTable } from "../../disclosure";
import { type Fact, factKey } from "../../facts";
import { decomposeTable, isDerived } from "../../rules/derive";
import type { RuleContext } from "../../rules/types";
import type { ChangeClaim } from "../types";
import { half } from "./compare";
import { reference, type SectionReading, tableFacts, textCell } from "./read";

/** A change whose figures do not add up with the changes of its parts. @internal */
export interface SumBreak {
  readonly claim: ChangeClaim;
  /** The change the parts' changes give. */
  readonly expected: Amount;
  /** The change the text states for the whole (0 for 持平). */
  readonly actual: Amount;
}

/**
 * Facts of a text section as the one row of a table of their own, for `decomposeTable` to apply
 * the profile's decompositions to. @internal
 */
export const textTable = (facts: readonly Fact[]): LoweredTable => ({
  table: { kind: "text", unit: "万元", rows: [] },
  kind: undefined,
  rows: [{ index: 0, id: "text", row: { key: { kind: "single" }, cells: {} }, coords: {}, facts }],
  problems: [],
});

/**
 * The changes of a text section checked as facts of last year: each change gives last year's
 * figure (this year's − Δ; 持平: Δ = 0) as a fact with `period: "prior"`, and the profile's
 * decompositions (三公 = 出国 + 车辆 + 接待, 收入总计 = 支出总计 …) are applied to those facts.
 * Where a whole's stated change disagrees with its parts' beyond the rounding of every figure
 * behind them, it is a break. @internal
 */
export function changeSums(
  ctx: RuleContext,
  read: SectionReading,
): { readonly checked: number; readonly breaks: readonly SumBreak[] } {
  const current = new Map<string, Amount>();
  const priors = new Map<
    string,
    { claim: ChangeClaim; now: Amount; delta: Amount; prior: Amount; fact: Fact }
  >();
  const slack = new Map<Fact, Amount>();
  for (const c of read.reading.claims) {
    if (c.kind === "amount") {
      if (c.basis === "budget" && c.period === "current")
        current.set(factKey(c.subject.concept, c.subject.coords), c.value);
      continue;
    }
    if (c.kind !== "change" || c.against !== "budget") continue;
    const k = factKey(c.subject.concept, c.subject.coords);
    // This year's figure as precise as it is printed: the tables' (a blank is exactly nothing),
    // else the text's.
    const ref = reference(tableFacts(ctx, c.subject, "current"));
    const exact = ref !== undefined && ref.value === null;
    const now = ref === undefined ? current.get(k) : (ref.value ?? zeroAmount());
    if (now === undefined) continue;
    const delta = c.delta ?? zeroAmount(now.unit, now.decimals);
    const prior = subtractAmounts(now, delta);
    const fact: Fact = {
      concept: c.subject.concept,
      coords: { ...c.subject.coords, period: "prior" },
      value: prior,
      source: textCell(read.section, c.span),
    };
    priors.set(k, { claim: c, now, delta, prior, fact });
    const own = exact ? zeroAmount() : half(now);
    slack.set(fact, c.delta === undefined ? own : addAmounts(own, half(c.delta)));
  }
  const facts = [...priors.values()].map((x) => x.fact);
  const slackOf = (f: Fact | ReturnType<typeof decomposeTable>[number]): Amount =>
    isDerived(f)
      ? f.parts.reduce((s: Amount, p) => addAmounts(s, slackOf(p)), zeroAmount())
      : (slack.get(f) ?? zeroAmount());
  let checked = 0;
  const breaks: SumBreak[] = [];
  for (const d of decomposeTable(textTable(facts), ctx.definitions.decompositions)) {
    const stated = [...priors.values()].find(
      (x) => factKey(x.fact.concept, x.fact.coords) === factKey(d.concept, d.coords),
    );
    if (stated === undefined || d.value === null) continue;
    checked++;
    const off = subtractAmounts(d.value, stated.prior);
    const tolerance = addAmounts(slackOf(stated.fact), slackOf(d));
    if (compareAmounts(absAmount(off), tolerance) <= 0) continue;
    breaks.push({
      claim: stated.claim,
      expected: subtractAmounts(stated.now, d.value),
      actual: stated.delta,
    });
  }
  return { checked, breaks };
}
