import { formatAmount } from "../../amount";
import type { Fact } from "../../facts";
import { factKey } from "../../facts";
import { cellsOf, L, outcomeOf, p } from "../../rules/builtin/shared";
import type { AnyFact } from "../../rules/derive";
import { isDerived } from "../../rules/derive";
import { evidenceOf } from "../../rules/evidence";
import type { Finding, Rule, Severity } from "../../rules/types";
import type { AmountClaim } from "../types";
import { atMostTable, type ClaimComparison, compareClaim, shown } from "./compare";
import { textCoverage } from "./coverage";
import type { PriorLookup } from "./prior-facts";
import { claimFact, phrase, readTexts, reference, tableFacts } from "./read";
import { agreesOtherwise, agreesThisYear, thisYearPrinted, withoutCarryover } from "./readings";
import { tableCells, textAt, textFinding } from "./shared";

const SEVERITY: Readonly<Record<Exclude<ClaimComparison, "equal">, Severity | "rule">> = {
  rounding: "info",
  truncated: "warning",
  digit: "rule",
  differ: "rule",
};

const HOW: Readonly<Record<string, readonly [string, string]>> = {
  differ: ["", ""],
  digit: ["（差一位数字）", " (one digit off)"],
  truncated: ["（与截尾而非四舍五入的结果相符）", " (it matches truncation, not rounding)"],
  rounding: [
    "（可由四舍五入解释，但不是按说明的精度四舍五入的结果）",
    " (within rounding, but not the figure rounded to the text's precision)",
  ],
  stale: ["", ""],
};

/**
 * The funds a text may give the figures of without naming the fund (`基本支出608.00万元` in a
 * paragraph about 一般公共预算 money whose heading does not say so), in the order tried.
 */
const UNSTATED_FUNDS = ["gpb", "government"] as const;

/**
 * A figure of spending or revenue printed without a fund that disagrees with every fund's, yet
 * agrees with one fund's statement of the same fact: the text does not say which money it is of
 * (the reader read all of it), so the figure is no error. That fund's statement, if any.
 */
function ofOneFund(
  ctx: Parameters<typeof tableFacts>[0],
  claim: AmountClaim,
  fact: Fact,
): AnyFact | undefined {
  const { concept, coords } = claim.subject;
  if ((concept !== "spending" && concept !== "revenue") || coords.fund !== undefined)
    return undefined;
  for (const fund of UNSTATED_FUNDS) {
    const facts = tableFacts(ctx, { concept, coords: { ...coords, fund } }, claim.period);
    const equal = facts.filter((f) => compareClaim(fact, f) === "equal");
    const hit = equal.find((f) => !isDerived(f)) ?? equal[0];
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/**
 * Every amount the narrative states agrees with the tables' figure of the same fact, compared as
 * intervals across units (a 万元 text against 元 cells): a restated figure rounded half-up passes;
 * truncation is a warning, a figure only rounding explains is info, any other is an error (one
 * digit off is said so). `无…` against a table that prints money is an error; a part the text
 * gives of a whole (绩效目标 money) may not exceed it. A claim the tables do not state is not
 * checked. A figure printed without a fund that is not every fund's but agrees with one fund's
 * (一般公共预算, 财政拨款) is info: the text does not say which money it is of. A total whose words
 * printers use with 上年结转 or without (`收入预算`: 本年收入 or 收入总计) agrees with either; this year's
 * appropriation (`一般公共预算当年拨款支出`) agrees with the fund's spending less its carry-over (a
 * 科目's, which the tables do not split, between the two: info). Knowing last year's disclosure, a figure that disagrees with this year's tables but
 * is last year's printed figure of the same fact says so (`stale`: copied from last year).
 * @internal
 */
export function narrativeAmount(prior?: PriorLookup): Rule {
  return {
    id: "narrative.amount",
    severity: "error",
    domain: "I15",
    reads: ["text sections (情况说明)", "every fact the text restates"],
    title: /*#__PURE__*/ L("说明中的金额与表中一致", "Narrative amounts agree with the tables"),
    message: (f, labels) => {
      const at = textAt(f);
      const from = tableCells(labels, f);
      const kind = p(f, "kind");
      if (kind === "none")
        return L(
          `${at["zh-CN"]} 称没有此项，但表中为 ${p(f, "expected")}${p(f, "unit")}（${from["zh-CN"]}）。`,
          `${at.en} says there is none, but the tables print ${p(f, "expected")} ${p(f, "unit")} (${from.en}).`,
        );
      if (kind === "atMost")
        return L(
          `${at["zh-CN"]} 为 ${p(f, "actual")}${p(f, "unit")}，大于表中的 ${p(f, "expected")}${p(f, "unit")}（${from["zh-CN"]}）。`,
          `${at.en} is ${p(f, "actual")} ${p(f, "unit")}, more than the tables' ${p(f, "expected")} ${p(f, "unit")} (${from.en}).`,
        );
      if (kind === "fund")
        return L(
          `${at["zh-CN"]} 不是全部资金的数（表中为 ${p(f, "expected")}${p(f, "unit")}），而与${from["zh-CN"]}相符：说明未写明这是哪一种资金的数。`,
          `${at.en} is not the figure of all funds (the tables give ${p(f, "expected")} ${p(f, "unit")}) but agrees with ${from.en}: the text does not say which fund's figure it is.`,
        );
      if (kind === "carryover")
        return L(
          `${at["zh-CN"]} 是本年拨款的数，表中为 ${p(f, "expected")}${p(f, "unit")}（${from["zh-CN"]}），含上年结转；表中未按此列出上年结转（共 ${p(f, "carryover")}${p(f, "unit")}），只能核对到它在两者之间。`,
          `${at.en} is this year's appropriation; the tables give ${p(f, "expected")} ${p(f, "unit")} (${from.en}) with the carry-over, which they do not split to it (${p(f, "carryover")} ${p(f, "unit")} in all): it is only checked to lie between the two.`,
        );
      if (kind === "stale")
        return L(
          `${at["zh-CN"]} 与表中不符：表中为 ${p(f, "expected")}${p(f, "unit")}（${from["zh-CN"]}）；它是上年（${p(f, "year")} 年）公开的数字，是否沿用了上年的数？`,
          `${at.en} disagrees with the tables: they give ${p(f, "expected")} ${p(f, "unit")} (${from.en}); it is last year's (${p(f, "year")}) printed figure: copied from last year?`,
        );
      const [zh, en] = HOW[kind] ?? ["", ""];
      return L(
        `${at["zh-CN"]} 与表中不符：表中为 ${p(f, "expected")}${p(f, "unit")}（${from["zh-CN"]}）${zh}。`,
        `${at.en} disagrees with the tables: they give ${p(f, "expected")} ${p(f, "unit")} (${from.en})${en}.`,
      );
    },
    check: (ctx, severity) => {
      const findings: Finding[] = [];
      const checked: ReturnType<typeof cellsOf> = [];
      let compared = 0;
      const reported = new Set<string>();
      const readings = readTexts(ctx);
      const coverage = textCoverage(ctx, readings);
      for (const read of readings) {
        for (const claim of read.reading.claims) {
          if (claim.kind !== "amount" || claim.basis !== "budget") continue;
          const facts = tableFacts(ctx, claim.subject, claim.period);
          const ref = reference(facts);
          if (ref === undefined) continue;
          compared++;
          checked.push(...cellsOf(facts.filter((f) => !isDerived(f))));
          const fact = claimFact(read.section, claim);
          const words = phrase(read.section.body, claim.span);
          const key = `${factKey(fact.concept, fact.coords)}|${claim.value.value}|${claim.relation}`;
          const push = (
            sev: Severity,
            kind: string,
            expected: string,
            unit = claim.value.unit,
            against = ref,
            extra: Readonly<Record<string, string>> = {},
          ) => {
            if (reported.has(key)) return;
            reported.add(key);
            const actual = formatAmount(claim.value, { grouping: true });
            findings.push(
              textFinding(
                "narrative.amount",
                sev,
                read,
                claim.span,
                words,
                {
                  kind,
                  expected,
                  actual,
                  unit,
                  ...(kind === "stale" && prior !== undefined ? { year: prior.year } : {}),
                  ...extra,
                },
                [evidenceOf(fact), evidenceOf(against)],
                { expected, actual, unit },
              ),
            );
          };
          if (claim.relation === "none") {
            const money = facts.find((f) => f.value !== null && /[1-9]/u.test(f.value.value));
            if (money?.value)
              push(
                severity,
                "none",
                formatAmount(money.value, { grouping: true }),
                money.value.unit,
                money,
              );
            continue;
          }
          if (claim.relation === "atMost") {
            if (ref.value !== null && !atMostTable(claim.value, ref.value))
              push(
                severity,
                "atMost",
                formatAmount(shown(ref.value, claim.value), { grouping: true }),
              );
            continue;
          }
          // Any printed statement of the fact the text agrees with settles it (a figure only
          // derived from the tables counts where none is printed).
          const printed = facts.filter((f) => !isDerived(f));
          const results = (printed.length > 0 ? printed : facts).map((f) => compareClaim(fact, f));
          if (results.includes("equal")) continue;
          // `收入预算1,100.00万元` with 上年结转 (收入总计) or without: either reading of the words.
          if (agreesOtherwise(ctx, claim, fact)) continue;
          // `一般公共预算支出…` against a table of this year's appropriation alone: either reading.
          if (agreesThisYear(ctx, claim, fact)) continue;
          // `…当年项目支出…` where the tables print this year's appropriation apart: that figure.
          const current = thisYearPrinted(ctx, claim);
          if (current?.value != null) {
            const st = compareClaim(fact, current);
            if (st === "equal") continue;
            const s = SEVERITY[st];
            push(
              s === "rule" ? severity : s,
              st,
              formatAmount(shown(current.value, claim.value), { grouping: true }),
              claim.value.unit,
              current,
            );
            continue;
          }
          const status = compareClaim(fact, ref);
          if (status === "equal") continue;
          // `一般公共预算当年拨款支出…`: the fund's figure less what 上年结转 pays for.
          const granted = withoutCarryover(ctx, claim, fact);
          if (granted?.how === "exact") continue;
          const oneFund = ofOneFund(ctx, claim, fact);
          if (oneFund !== undefined) {
            push(
              "info",
              "fund",
              ref.value === null
                ? "0"
                : formatAmount(shown(ref.value, claim.value), { grouping: true }),
              claim.value.unit,
              oneFund,
            );
            continue;
          }
          if (granted !== undefined) {
            const carried = granted.carryover.value;
            push(
              "info",
              "carryover",
              granted.table.value === null
                ? "0"
                : formatAmount(shown(granted.table.value, claim.value), { grouping: true }),
              claim.value.unit,
              granted.table,
              carried === null
                ? {}
                : { carryover: formatAmount(shown(carried, claim.value), { grouping: true }) },
            );
            continue;
          }
          const sev = SEVERITY[status];
          const expected =
            ref.value === null
              ? "0"
              : formatAmount(shown(ref.value, claim.value), { grouping: true });
          // Not this year's figure, but last year's: copied.
          const last = claim.period === "current" ? prior?.printed(claim.subject) : undefined;
          const stale =
            (status === "digit" || status === "differ") &&
            last !== undefined &&
            compareClaim(fact, last) === "equal";
          push(sev === "rule" ? severity : sev, stale ? "stale" : status, expected);
        }
      }
      return { outcome: outcomeOf(findings, compared > 0), findings, checked, texts: coverage };
    },
  };
}
