import { type Amount, formatAmount, isZero } from "../../amount";
import type { Localized } from "../../locale";
import { L, p } from "../../rules/builtin/shared";
import { evidenceOf } from "../../rules/evidence";
import type { Evidence, Finding, Rule, Severity } from "../../rules/types";
import type { ClaimSubject, CountClaim } from "../types";
import { claimFact, readTexts, reference, type SectionReading, tableFacts } from "./read";
import { textFinding } from "./shared";

/**
 * One side of a plausibility condition: a fact (from the tables, else as the text states it) or
 * a count the text states (vehicles held, vehicles to buy …).
 *
 * @example
 * ```ts
 * import type { PlausibilityOperand } from "yusuan/narrative";
 * const running: PlausibilityOperand = { fact: { concept: "sanGong", coords: { item: "vehicles.operation" } } };
 * const vehicles: PlausibilityOperand = { count: "vehicles" };
 * ```
 */
export type PlausibilityOperand =
  | { readonly fact: ClaimSubject }
  | { readonly count: CountClaim["what"] };

/**
 * A plausibility check as data: when every condition holds (its operand is zero, or positive),
 * the figures are possible but unlikely and a warning is raised. `message` is a sentence with
 * `{0}`, `{1}` … standing for the conditions' figures as printed.
 *
 * @example
 * ```ts
 * import { PLAUSIBILITY } from "yusuan/narrative";
 * PLAUSIBILITY[0]?.id; // "plausibility.vehicleRunning"
 * ```
 */
export interface Plausibility {
  readonly id: string;
  readonly severity: Severity;
  readonly title: Localized;
  readonly message: Localized;
  readonly when: readonly {
    readonly operand: PlausibilityOperand;
    readonly is: "zero" | "positive";
  }[];
}

const OPERATION: ClaimSubject = { concept: "sanGong", coords: { item: "vehicles.operation" } };
const TOTAL: ClaimSubject = { concept: "spending.total", coords: {} };
const PURCHASE: ClaimSubject = { concept: "sanGong", coords: { item: "vehicles.purchase" } };

/**
 * The built-in plausibility checks: 公务用车运行费 budgeted for no vehicle (the Shanghai finance
 * bureau: 0 vehicles, 32.20万元); 公务用车购置费 budgeted while no vehicle is to be bought; a total
 * of zero. (Amounts of 100亿 in a 万元 table and changes of more than half are in {@link HYGIENE}.)
 *
 * @example
 * ```ts
 * import { PLAUSIBILITY } from "yusuan/narrative";
 * PLAUSIBILITY.map((x) => x.id); // ["plausibility.vehicleRunning", "plausibility.vehiclePurchase", "plausibility.zeroTotal"]
 * ```
 */
export const PLAUSIBILITY: readonly Plausibility[] = [
  {
    id: "plausibility.vehicleRunning",
    severity: "warning",
    title: /*#__PURE__*/ L("无车辆却安排公务用车运行费", "Vehicle running costs with no vehicle"),
    message: /*#__PURE__*/ L(
      "说明称共有车辆 {0}，却安排公务用车运行费 {1}。",
      "The text counts {0} vehicles, yet {1} of vehicle running costs is budgeted.",
    ),
    when: [
      { operand: { count: "vehicles" }, is: "zero" },
      { operand: { fact: OPERATION }, is: "positive" },
    ],
  },
  {
    id: "plausibility.vehiclePurchase",
    severity: "warning",
    title: /*#__PURE__*/ L(
      "安排公务用车购置费却不购置车辆",
      "Vehicle purchase budget with no vehicle to buy",
    ),
    message: /*#__PURE__*/ L(
      "安排公务用车购置费 {0}，说明却称购置车辆 {1}。",
      "{0} is budgeted to buy vehicles, yet the text plans to buy {1}.",
    ),
    when: [
      { operand: { fact: PURCHASE }, is: "positive" },
      { operand: { count: "vehicles.purchase" }, is: "zero" },
    ],
  },
  {
    id: "plausibility.zeroTotal",
    severity: "warning",
    title: /*#__PURE__*/ L("预算总额不为零", "A budget of something"),
    message: /*#__PURE__*/ L(
      "支出总计为 {0}：本文件没有任何预算？",
      "Total spending is {0}: does the document budget nothing?",
    ),
    when: [{ operand: { fact: TOTAL }, is: "zero" }],
  },
];

interface Resolved {
  readonly zero: boolean;
  /** A blank cell: nothing budgeted (not positive), but no evidence either that a total is zero. */
  readonly blank?: true;
  readonly shown: string;
  readonly evidence?: Evidence;
  readonly at?: { read: SectionReading; span: CountClaim["span"] };
}

function resolve(
  operand: PlausibilityOperand,
  reads: readonly SectionReading[],
  tables: (s: ClaimSubject) => ReturnType<typeof tableFacts>,
): Resolved | undefined {
  if ("count" in operand) {
    for (const read of reads)
      for (const c of read.reading.claims)
        if (
          c.kind === "count" &&
          c.what === operand.count &&
          c.category === undefined &&
          c.org === undefined
        )
          return { zero: c.value === 0, shown: `${c.value}${c.unit}`, at: { read, span: c.span } };
    return undefined;
  }
  const ref = reference(tables(operand.fact));
  const show = (a: Amount) => `${formatAmount(a, { grouping: true })}${a.unit}`;
  // A blank the tables print budgets nothing: it is not positive; whether it is a zero the
  // table meant or a figure not printed, it cannot be read as a stated zero.
  if (ref !== undefined)
    return ref.value === null
      ? { zero: true, blank: true, shown: "0", evidence: evidenceOf(ref) }
      : { zero: isZero(ref.value), shown: show(ref.value), evidence: evidenceOf(ref) };
  for (const read of reads)
    for (const c of read.reading.claims)
      if (
        c.kind === "amount" &&
        c.period === "current" &&
        c.subject.concept === operand.fact.concept &&
        JSON.stringify(c.subject.coords) === JSON.stringify(operand.fact.coords)
      )
        return {
          zero: isZero(c.value),
          shown: show(c.value),
          evidence: evidenceOf(claimFact(read.section, c)),
          at: { read, span: c.span },
        };
  return undefined;
}

/**
 * A rule from a {@link Plausibility}: not applicable when an operand is not stated, a warning
 * when every condition holds.
 *
 * @example
 * ```ts
 * import { PLAUSIBILITY, plausibilityRule } from "yusuan/narrative";
 * const [first] = PLAUSIBILITY;
 * first === undefined ? undefined : plausibilityRule(first).id; // "plausibility.vehicleRunning"
 * ```
 */
export function plausibilityRule(def: Plausibility): Rule {
  return {
    id: def.id,
    severity: def.severity,
    domain: "plausibility",
    reads: def.when.map((w) =>
      "count" in w.operand
        ? `count ${w.operand.count} (text)`
        : `${w.operand.fact.concept} ${JSON.stringify(w.operand.fact.coords)}`,
    ),
    title: def.title,
    message: (f) => {
      const fill = (s: string) => s.replace(/\{(\d)\}/gu, (_, i: string) => p(f, `v${i}`));
      return L(fill(def.message["zh-CN"]), fill(def.message.en));
    },
    check: (ctx, severity) => {
      const reads = readTexts(ctx);
      const values: { readonly v: Resolved; readonly is: "zero" | "positive" }[] = [];
      for (const w of def.when) {
        const v = resolve(w.operand, reads, (s) => tableFacts(ctx, s, "current"));
        if (v === undefined || (v.blank === true && w.is === "zero"))
          return { outcome: "not-applicable", findings: [], checked: [] };
        values.push({ v, is: w.is });
      }
      const holds = values.every(({ v, is }) => (is === "zero" ? v.zero : !v.zero));
      if (!holds) return { outcome: "pass", findings: [], checked: [] };
      const at = values.find(({ v }) => v.at !== undefined)?.v.at;
      const params = Object.fromEntries(values.map(({ v }, i) => [`v${i}`, v.shown]));
      const evidence = values.flatMap(({ v }) => (v.evidence === undefined ? [] : [v.evidence]));
      const path = evidence[0]?.sources[0];
      const finding: Finding =
        at === undefined
          ? {
              ruleId: def.id,
              severity,
              outcome: "fail",
              params,
              evidence,
              ...(path === undefined ? {} : { path }),
            }
          : textFinding(def.id, severity, at.read, at.span, at.span.text, params, evidence);
      return { outcome: "fail", findings: [finding], checked: [] };
    },
  };
}
