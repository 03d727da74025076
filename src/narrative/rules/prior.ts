import {
  type Amount,
  addAmounts,
  compareAmounts,
  formatAmount,
  subtractAmounts,
} from "../../amount";
import { absAmount } from "../../amount/arithmetic";
import { factKey } from "../../facts";
import { L, outcomeOf, p } from "../../rules/builtin/shared";
import { evidenceOf } from "../../rules/evidence";
import type { Finding, Rule, Severity } from "../../rules/types";
import type { ClaimSubject } from "../types";
import { compareClaim, half, shown } from "./compare";
import type { PriorLookup } from "./prior-facts";
import { claimFact, phrase, readTexts, tableValue } from "./read";
import { tableCells, textAt, textFinding } from "./shared";

const show = (a: Amount) => formatAmount(a, { grouping: true });
const key = (s: ClaimSubject) => factKey(s.concept, s.coords);

/**
 * One story across years: every figure of last year this year's narrative cites equals what last
 * year's disclosure printed (its tables, else its narrative): a 上年预算 figure against last
 * year's budget, a 上年执行数 / 决算数 figure against its final accounts (the `stage` of the
 * disclosure given), and, where the text states no figure of last year itself, the figure its
 * change implies (this year's − 增加 / + 减少; 持平: this year's). Compared within the rounding of
 * every figure; truncation is a warning. Not applicable when last year's disclosure is not given
 * (`withNarrative(profile, { prior })`). @internal
 */
export function priorYearRule(prior?: PriorLookup): Rule {
  return {
    id: "narrative.priorYear",
    severity: "error",
    domain: "I15",
    reads: ["last year's figures cited in text sections", "last year's disclosure"],
    title: L(
      "说明所引上年数字与上年公开的一致",
      "Last year's figures cited agree with last year's document",
    ),
    message: (f, labels) => {
      const at = textAt(f);
      const from = tableCells(labels, f);
      const u = p(f, "unit");
      const last = L(
        `上年（${p(f, "year")} 年）公开的是 ${p(f, "expected")}${u}（${from["zh-CN"]}）`,
        `last year's (${p(f, "year")}) document printed ${p(f, "expected")} ${u} (${from.en})`,
      );
      return p(f, "kind") === "change"
        ? L(
            `${at["zh-CN"]} 意味着上年为 ${p(f, "actual")}${u}，但${last["zh-CN"]}。`,
            `${at.en} implies last year's figure was ${p(f, "actual")} ${u}, but ${last.en}.`,
          )
        : L(
            `${at["zh-CN"]} 所引上年数字为 ${p(f, "actual")}${u}，但${last["zh-CN"]}${p(f, "kind") === "truncated" ? "（与截尾结果相符）" : ""}。`,
            `${at.en} cites last year's figure as ${p(f, "actual")} ${u}, but ${last.en}${p(f, "kind") === "truncated" ? " (it matches truncation)" : ""}.`,
          );
    },
    check: (ctx, severity) => {
      if (prior === undefined) return { outcome: "not-applicable", findings: [], checked: [] };
      const findings: Finding[] = [];
      let checked = 0;
      const push = (
        sev: Severity,
        read: Parameters<typeof textFinding>[2],
        span: Parameters<typeof textFinding>[3],
        params: Readonly<Record<string, string | number>>,
        evidence: Parameters<typeof textFinding>[6],
        values: Parameters<typeof textFinding>[7],
      ) =>
        findings.push(
          textFinding(
            "narrative.priorYear",
            sev,
            read,
            span,
            phrase(read.section.body, span, 2),
            { year: prior.year, ...params },
            evidence,
            values,
          ),
        );
      for (const read of readTexts(ctx)) {
        const current = new Map<string, Amount>();
        const cited = new Set<string>();
        for (const c of read.reading.claims)
          if (c.kind === "amount" && c.period === "prior") cited.add(key(c.subject));
        for (const c of read.reading.claims) {
          if (c.kind === "amount") {
            if (c.period === "current" && c.basis === "budget" && c.relation === "equals")
              current.set(key(c.subject), c.value);
            if (c.period !== "prior" || c.relation !== "equals") continue;
            const last = prior.value(c.subject, c.basis);
            if (last?.value == null) continue;
            checked++;
            const fact = claimFact(read.section, c);
            const status = compareClaim(fact, last);
            if (status === "equal" || status === "rounding") continue;
            const unit = c.value.unit;
            const expected = show(shown(last.value, c.value));
            push(
              status === "truncated" ? "warning" : severity,
              read,
              c.span,
              {
                kind: status === "truncated" ? "truncated" : "cited",
                expected,
                actual: show(c.value),
                unit,
              },
              [evidenceOf(fact), evidenceOf(last)],
              { expected: shown(last.value, c.value).value, actual: c.value.value, unit },
            );
            continue;
          }
          if (c.kind !== "change" || cited.has(key(c.subject))) continue;
          const last = prior.value(c.subject, c.against === "execution" ? "execution" : "budget");
          const now = current.get(key(c.subject)) ?? tableValue(ctx, c.subject, "current");
          if (last?.value == null || now === undefined) continue;
          checked++;
          const implied = c.delta === undefined ? now : subtractAmounts(now, c.delta);
          const tolerance = addAmounts(
            addAmounts(half(now), half(last.value)),
            c.delta === undefined ? half(now) : half(c.delta),
          );
          if (compareAmounts(absAmount(subtractAmounts(implied, last.value)), tolerance) <= 0)
            continue;
          const unit = implied.unit;
          const stated = shown(last.value, implied);
          push(
            severity,
            read,
            c.span,
            { kind: "change", expected: show(stated), actual: show(implied), unit },
            [
              evidenceOf(
                claimFact(read.section, {
                  kind: "amount",
                  subject: c.subject,
                  value: implied,
                  period: "prior",
                  basis: "budget",
                  relation: "equals",
                  span: c.span,
                }),
              ),
              evidenceOf(last),
            ],
            { expected: stated.value, actual: implied.value, unit },
          );
        }
      }
      return { outcome: outcomeOf(findings, checked > 0), findings, checked: [] };
    },
  };
}
