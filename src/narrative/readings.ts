/**
 * What a figure's words leave open about 上年结转 (the carry-over from last year): a total printers
 * give with it or without it (`收入预算`: 本年收入 or 收入总计), and this year's appropriation
 * (`当年拨款`), which leaves out what the carry-over pays for. The words decide (`Lex` `either`,
 * a fund word's `grant`); the rules compare the figure with each reading the tables give.
 */
import { keyOf, type Reader } from "./reader";
import type { ClaimSubject } from "./types";

/** The concept of a figure read the other way: with the carry-over, or without it. */
const OTHER_READING: Readonly<Partial<Record<ClaimSubject["concept"], ClaimSubject["concept"]>>> = {
  revenue: "revenue.total",
  "revenue.total": "revenue",
};

/**
 * The subject a figure named by an `either` word may also be: the same coordinates with the
 * carry-over counted in (本年收入 → 收入总计) or out; none for other concepts or a category. @internal
 */
export function otherReading(s: ClaimSubject): ClaimSubject | undefined {
  const concept = OTHER_READING[s.concept];
  if (concept === undefined || s.coords.category !== undefined) return undefined;
  return { concept, coords: s.coords };
}

/**
 * Whether the fund of a spending figure is this year's appropriation by its words: the clause's
 * fund word, else its `当年` (`…，其中：当年项目支出…`), else the sentence's lead-in's, else its 其中
 * whole's, else its section's heading's.
 * @internal
 */
export function grantNow(r: Reader): boolean {
  const { cl, sent, para } = r;
  if (cl.fund !== undefined) return cl.fund.grant === true;
  if (cl.thisYear === true) return true;
  if (sent.fund !== undefined) return sent.fundGrant === true;
  const head = para.ofWhich ? r.claims[para.head ?? -1] : undefined;
  if (head?.kind === "amount" && head.subject.coords.fund !== undefined) return head.grant === true;
  return r.sectionGrant;
}

/** The fields of an amount claim its words' reading adds (`also`, `grant`). @internal */
export function readingOf(
  r: Reader,
  subject: ClaimSubject,
  either: boolean,
): { also?: ClaimSubject; grant?: true } {
  const also = either ? otherReading(subject) : undefined;
  const grant = subject.concept === "spending" && grantNow(r);
  return { ...(also === undefined ? {} : { also }), ...(grant ? { grant: true } : {}) };
}

/** How far after its `含` / `包括` the carry-over named may stand (`含一般公共预算…、上年结转…`). */
const INCLUDED_WITHIN = 40;
/** Words between them that set it apart from what the whole includes (`此外`, `另有`, `还有`). */
const APART = /另|此外|还有|以外|之外/u;

/**
 * `收入总预算1,100万元（含上年结转20万元）`, `收入预算…，包括…上年结转20万元`: a whole read either way
 * (`also`) that says it includes 上年结转 (a `含` / `包括` / `包含` list naming it, not set apart by
 * `此外` / `另有`) is read as the total with the carry-over only (`also` settled). A `其中` list
 * settles nothing (`其中：一般公共预算…；上年结转…` may go on past the whole). `part` is the subject
 * the measure at `at` names; `head` the whole's claim. @internal
 */
export function settleWithCarryover(
  r: Reader,
  head: number,
  part: ClaimSubject | undefined,
  at: number,
): void {
  const c = r.claims[head];
  if (part?.concept !== "revenue.carryover" || c?.kind !== "amount" || c.also === undefined) return;
  const from = r.para.includes;
  if (from === undefined || at - from > INCLUDED_WITHIN) return;
  const between = r.text.text.slice(from, at);
  // a clause between them (`包括一般公共预算…，上年结转…另行安排`) may say anything of the carry-over:
  // only a list in brackets (`（含一般公共预算…，上年结转…）`) goes on past a comma
  const bracketed = /[(（]/u.test(r.text.text.slice(Math.max(0, from - 4), from));
  if (APART.test(between) || /[；;。]/u.test(between) || (!bracketed && /[，,]/u.test(between)))
    return;
  const subject = c.subject.concept === "revenue.total" ? c.subject : c.also;
  if (subject.concept !== "revenue.total") return;
  const { also: _, ...rest } = c;
  r.claims[head] = { ...rest, subject };
  // later looks of the paragraph's figures find it under its settled key
  const was = keyOf(c.subject);
  for (const seen of [r.para.current, r.latest])
    if (seen.get(was) === head) {
      seen.delete(was);
      seen.set(keyOf(subject), head);
    }
}
