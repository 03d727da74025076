import type { Disclosure } from "../../disclosure";
import { type TargetsClaim, targetsNarrativeRule } from "../../rules";
import type { Rule, RuleContext } from "../../rules/types";
import { readTexts } from "./read";

const ENDS = new Set(["。", "；", ";", "\n"]);
/** How far a sentence is looked for around a figure (a bound keeps the scan linear). */
const REACH = 200;

/** The sentence around `at` in `body` (bounded), and where it starts. */
function sentenceAt(body: string, at: number): { readonly start: number; readonly text: string } {
  let start = at;
  while (start > 0 && at - start < REACH && !ENDS.has(body.charAt(start - 1))) start--;
  let end = at;
  while (end < body.length && end - at < REACH && !ENDS.has(body.charAt(end))) end++;
  return { start, text: body.slice(start, end) };
}

/**
 * The narrative's statements about projects with performance targets: each "共11个项目" count of
 * this year, with the project money the same sentence states (`涉及预算拨款287.00万元`), as read
 * by the claims extractor. A unit's count (`XX中心共2个项目`) is of its projects only: left out.
 */
function targetsClaims(_disclosure: Disclosure, ctx: RuleContext): TargetsClaim[] {
  const out: TargetsClaim[] = [];
  // the reading the check's other narrative rules share (the department and its units: a unit's
  // count and money, `XX中心共2个项目，涉及…`, are the unit's, not those of every project)
  const readings = readTexts(ctx);
  for (const { section, reading } of readings) {
    for (const c of reading.claims) {
      // `其中：特定目标类项目8个`: a kind of project is not the count of all of them.
      if (c.kind !== "count" || c.what !== "projects" || c.period !== "current") continue;
      if (c.category !== undefined || c.org !== undefined) continue;
      const sentence = sentenceAt(section.body, c.span.start);
      const end = sentence.start + sentence.text.length;
      const money = reading.claims.find(
        (m) =>
          m.kind === "amount" &&
          m.period === "current" &&
          m.subject.concept === "spending" &&
          m.subject.coords.nature === "project" &&
          m.subject.coords.org === undefined &&
          m.span.start >= sentence.start &&
          m.span.start < end,
      );
      out.push({
        projects: c.value,
        ...(money?.kind === "amount" ? { amount: money.value } : {}),
        section: section.title,
        offset: c.span.start,
        text: sentence.text.trim(),
      });
    }
  }
  return out;
}

/**
 * `targets.narrative` fed by the claims extractor: the narrative's count of projects with targets
 * and their money, against the targets. @internal
 */
export const narrativeTargetsRule: Rule = /*#__PURE__*/ targetsNarrativeRule(targetsClaims);
