import type { Amount } from "../../amount";
import type { TextSection } from "../../disclosure";
import { SENTENCE_ENDS } from "../../disclosure/sentence-marks";
import type { Coordinates, Fact, SourceCell } from "../../facts";
import { type AnyFact, isDerived } from "../../rules/derive";
import { groupOf } from "../../rules/groups";
import { perCheck } from "../../rules/per-check";
import type { Definitions, RuleContext } from "../../rules/types";
import { readNarrative } from "../extract";
import { qualifiersOnly } from "../labels";
import { groupAt } from "../scan";
import type { AmountClaim, ClaimSubject, NarrativeReading, Span } from "../types";

/** One text section and what the reader made of it. @internal */
export interface SectionReading {
  readonly section: TextSection;
  readonly reading: NarrativeReading;
}

/** What `tableFacts` reads: facts by key and the decompositions of funds. @internal */
export interface FactScope {
  readonly groups: RuleContext["groups"];
  readonly definitions: Pick<Definitions, "decompositions">;
}

/**
 * Reads every text section of the disclosure with its year, catalog and tables, once per check:
 * the narrative rules of one check share the reading (read-only). @internal
 */
export const readTexts: (ctx: RuleContext) => readonly SectionReading[] = /*#__PURE__*/ perCheck(
  (ctx) => {
    const options = {
      year: ctx.disclosure.meta.year,
      tables: ctx.disclosure.tables,
      department: ctx.disclosure.meta.department,
      units: ctx.disclosure.meta.units,
      ...(ctx.catalog === undefined ? {} : { catalog: ctx.catalog.functional }),
    };
    return ctx.disclosure.texts.map((section) => ({
      section,
      reading: readNarrative(section.body, options),
    }));
  },
);

/** Where a claim was printed, as a source cell: table `text`, row the section, column the span. @internal */
export function textCell(section: TextSection, span: Span): SourceCell {
  return { table: "text", row: section.title, column: `${span.start}-${span.end}`, raw: span.text };
}

/** The coordinates of a claim's fact (`period: "prior"` for last year's figures). @internal */
export function claimCoords(subject: ClaimSubject, period: "current" | "prior"): Coordinates {
  return period === "prior" ? { ...subject.coords, period: "prior" } : subject.coords;
}

/** An amount claim as a fact of the fact model, its source the text span. @internal */
export function claimFact(section: TextSection, claim: AmountClaim): Fact {
  return {
    concept: claim.subject.concept,
    coords: claimCoords(claim.subject, claim.period),
    value: claim.value,
    source: textCell(section, claim.span),
  };
}

const nil = (facts: readonly AnyFact[] | undefined): boolean =>
  facts === undefined || facts.every((f) => f.value === null || !/[1-9]/u.test(f.value.value));

/**
 * The table facts stating a subject: its fact key's, or, when the tables never state that key,
 * through a fund decomposition of the profile whose other funds the tables show as nil
 * (财政拨款 = 一般公共预算 when there is no 政府性基金 or 国有资本经营 money at all). @internal
 */
export function tableFacts(
  ctx: FactScope,
  subject: ClaimSubject,
  period: "current" | "prior",
): readonly AnyFact[] {
  const coords = claimCoords(subject, period);
  const direct = groupOf(ctx, subject.concept, coords);
  if (direct?.some((f) => !isDerived(f)) === true) return direct;
  // Only derived (财政拨款 spending from 财政拨款 revenue, by an identity): a printed statement
  // through the fund decomposition is the better witness.
  const viaFunds = throughFunds(ctx, subject, period);
  return viaFunds.some((f) => !isDerived(f)) ? viaFunds : (direct ?? viaFunds);
}

function throughFunds(
  ctx: FactScope,
  subject: ClaimSubject,
  period: "current" | "prior",
): readonly AnyFact[] {
  const coords = claimCoords(subject, period);
  const fund = coords.fund;
  if (fund === undefined) return [];
  for (const d of ctx.definitions.decompositions) {
    if (d.parent.coords.fund !== fund || Object.keys(d.parent.coords).length !== 1) continue;
    // A fund's spending by 本年拨款 and 结转结余: what the carry-over pays for is printed as no
    // total of its own, so this year's part alone is no witness of the whole.
    if (d.children.some((c) => c.coords.fund?.startsWith("carryover.") === true)) continue;
    const live = d.children
      .map((c) => c.coords.fund)
      .filter((f): f is NonNullable<typeof f> => typeof f === "string")
      .filter((f) => {
        const total = period === "prior" ? { fund: f, period: "prior" as const } : { fund: f };
        return !nil(groupOf(ctx, subject.concept, total as Coordinates));
      });
    const [only] = live;
    if (live.length !== 1 || only === undefined) continue;
    const found = groupOf(ctx, subject.concept, { ...coords, fund: only } as Coordinates);
    if (found !== undefined) return found;
  }
  return [];
}

/** The figure a claim is compared with first: a printed value, else any printed, else derived. @internal */
export function reference(facts: readonly AnyFact[]): AnyFact | undefined {
  return (
    facts.find((f) => !isDerived(f) && f.value !== null) ??
    facts.find((f) => !isDerived(f)) ??
    facts[0]
  );
}

/** The reference value of a subject in the tables (a blank reads as no value). @internal */
export function tableValue(
  ctx: RuleContext,
  subject: ClaimSubject,
  period: "current" | "prior",
): Amount | undefined {
  return reference(tableFacts(ctx, subject, period))?.value ?? undefined;
}

/** Whether `body[i]` ends a clause: a comma grouping thousands (`1,200.46`) does not. */
const clauseEnd = (body: string, i: number): boolean =>
  "，。；：,;:\n".includes(body.charAt(i)) && !groupAt(body, i);

/**
 * Where the clause that `start` is in begins, looking back no further than `stop`: a bracket closed
 * before it is passed over whole (`“三公”经费（其中公务接待费2.50万元，比上年减少1.00万元）7.50万元`
 * quotes from `“三公”经费`), unless it opened beyond `stop` (then its last break counts).
 */
function clauseStart(body: string, start: number, stop: number): number {
  let depth = 0;
  let inner = -1;
  let i = start;
  for (; i > stop; i--) {
    const ch = body.charAt(i - 1);
    if (ch === "）" || ch === ")") depth++;
    else if ((ch === "（" || ch === "(") && depth > 0) depth--;
    else if (clauseEnd(body, i - 1)) {
      if (depth === 0) return i;
      if (inner < 0) inner = i;
    }
  }
  return depth > 0 && inner >= 0 ? inner : i;
}

/**
 * The words before a claim back to the `clauses`-th clause break (at most 60 characters) and the
 * claim itself: what a message quotes. @internal
 */
export function phrase(body: string, span: Span, clauses = 1): string {
  let start = span.start;
  const stop = Math.max(0, span.start - 60);
  for (let n = 0; n < clauses; n++) {
    // A further clause of the same sentence only: never back over a sentence end.
    if (n > 0 && (start <= stop || SENTENCE_ENDS.includes(body.charAt(start - 1)))) break;
    if (n > 0) start--;
    start = clauseStart(body, start, stop);
    // `收入总计：969.60万元`, `“三公”经费：2024年预算6.50万元`: a label's colon before the figure
    // and words that only date it is no break (`labelColon`). (At the text's start there is no
    // character before: `"".includes` would hold.)
    if (
      n === 0 &&
      start > 0 &&
      ":：".includes(body.charAt(start - 1)) &&
      qualifiersOnly(body.slice(start, span.start))
    )
      for (start--; start > stop && !clauseEnd(body, start - 1); ) start--;
  }
  return body.slice(start, span.end).replace(/\s+/gu, " ").trim();
}
