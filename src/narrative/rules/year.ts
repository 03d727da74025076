import { formatAmount } from "../../amount";
import { factKey } from "../../facts";
import { yearMentions } from "../../rules/builtin/document-years";
import { L, outcomeOf, p } from "../../rules/builtin/shared";
import { evidenceOf } from "../../rules/evidence";
import type { Finding, Rule } from "../../rules/types";
import { LEXICON } from "../lexicon";
import { SAME_BEFORE, SAME_WORDS } from "../relation-words";
import type { AmountClaim } from "../types";
import { compareClaim } from "./compare";
import { rangeOf, sentencesIn } from "./layout";
import type { PriorLookup } from "./prior-facts";
import { claimFact, phrase, readTexts, reference, tableFacts } from "./read";
import { tableCells, textAt, textFinding } from "./shared";

/**
 * The words saying a figure did not change (`持平`, `无增减`), from the lexicon, and those saying
 * two years' figures are the same (`两年相等`, `维持上年水平`, `未作调整`).
 */
let flat: readonly string[] | undefined;
const flatWords = (): readonly string[] =>
  (flat ??= [...LEXICON.filter(([, l]) => l.t === "flat").map(([w]) => w), ...SAME_WORDS]);

/** A clause break between a year and the figure it would date. */
const CLAUSE_BREAK = /[，,；;：:]/u;

/**
 * A figure the narrative dates last year (`2023年收入总计969.06万元`, the year named, not in a
 * comparison, an execution, a date or a range) that is this year's figure in the tables, with no
 * figure of this year beside it in the sentence: the year was not updated. When last year's
 * disclosure is given and printed the same figure, or the sentence or the next says it did not
 * change (`两年持平`, `两年相等`, `维持上年水平`), or the words right before the figure say it is the
 * same (`也是`, `同为`), the date is right. @internal
 */
export function narrativeYearRule(prior?: PriorLookup): Rule {
  return {
    id: "narrative.year",
    severity: "warning",
    domain: "document",
    reads: [
      "text sections (情况说明)",
      "meta.year",
      "this year's tables",
      "last year's disclosure",
    ],
    title: L("说明中本年的数字写本年度", "The narrative dates this year's figures this year"),
    message: (f, labels) => {
      const at = textAt(f);
      const from = tableCells(labels, f);
      return L(
        `${at["zh-CN"]} 写作 ${p(f, "year")} 年的数字，但它是本年（${p(f, "expected")} 年）表中的数字（${from["zh-CN"]}）：年份是否未更新？`,
        `${at.en} is dated ${p(f, "year")}, but it is this year's (${p(f, "expected")}) figure in the tables (${from.en}): was the year not updated?`,
      );
    },
    check: (ctx, severity) => {
      const year = ctx.disclosure.meta.year;
      const findings: Finding[] = [];
      let dated = 0;
      for (const read of readTexts(ctx)) {
        const body = read.section.body;
        const sentences = sentencesIn(read);
        // Sentences saying a figure did not change (`2023年…6.40万元，两年持平`): last year's figure
        // is this year's there. Each sentence is read once.
        const flat = flatWords();
        const unchanged = sentences.map((r) => {
          const text = body.slice(r.start, r.end);
          return flat.some((w) => text.includes(w));
        });
        const claims = read.reading.claims.filter((c): c is AmountClaim => c.kind === "amount");
        const now = new Set(
          claims
            .filter((c) => c.period === "current")
            .map(
              (c) =>
                `${rangeOf(sentences, c.span)}|${factKey(c.subject.concept, c.subject.coords)}`,
            ),
        );
        // One finding per printed figure (`收支总预算` states both totals with one figure).
        const reported = new Set<number>();
        for (const c of claims) {
          if (c.period !== "prior" || c.basis !== "budget" || c.relation !== "equals") continue;
          if (reported.has(c.span.start)) continue;
          const i = rangeOf(sentences, c.span);
          // The year dating a figure stands in its sentence, a few words before it.
          const start = Math.max(sentences[i]?.start ?? 0, c.span.start - 60);
          const before = body.slice(start, c.span.start);
          const mention = yearMentions(before).at(-1);
          if (mention === undefined || mention.aside || mention.year !== year - 1) continue;
          // Dated in its own clause: a part after 其中 (`2023年“三公”经费7.50万元，其中公务接待费
          // 3.50万元`) takes its whole's year, and an unchanged part is the same both years.
          if (CLAUSE_BREAK.test(before.slice(mention.end))) continue;
          dated++;
          // said unchanged in its sentence or the next, or the same right before it (`2023年…预算
          // 也是4.00万元`, `同为`): the same figure both years
          if (unchanged[i] === true || unchanged[i + 1] === true) continue;
          const lead = before.trimEnd();
          if (SAME_BEFORE.some((w) => lead.endsWith(w))) continue;
          if (now.has(`${i}|${factKey(c.subject.concept, c.subject.coords)}`)) continue;
          const ref = reference(tableFacts(ctx, c.subject, "current"));
          if (ref?.value == null) continue;
          const fact = claimFact(read.section, { ...c, period: "current" });
          if (compareClaim(fact, ref) !== "equal") continue;
          const last = prior?.value(c.subject, c.basis);
          if (last !== undefined && compareClaim(fact, last) === "equal") continue;
          reported.add(c.span.start);
          findings.push(
            textFinding(
              "narrative.year",
              severity,
              read,
              c.span,
              phrase(body, c.span),
              {
                year: mention.year,
                expected: year,
                actual: formatAmount(c.value, { grouping: true }),
              },
              [evidenceOf(claimFact(read.section, c)), evidenceOf(ref)],
            ),
          );
        }
      }
      return { outcome: outcomeOf(findings, dated > 0), findings, checked: [] };
    },
  };
}
