// The words that say a list's figures are one measure's: `均` / `都` before a change (each figure
// listed before it changes alike) and `主要包括` / `主要用于` (the list after it makes up a whole).
import { type Reader, span } from "./reader";
import type { WordToken } from "./scan";

/** `均` / `都` before a change word: it is of every figure listed before it. @internal */
export const ALL = /[均都皆](?:[与比较和同]|$)/u;

/**
 * `…，均与上年持平`: a flat change of each figure of this year listed since the list's start (its
 * 其中), the last `；`, the last stated change or the last `均` (at least two); false when there
 * are not (the word then reads as for one figure). Each figure is read by one `均` at most.
 * @internal
 */
export function eachFlat(r: Reader, t: WordToken): boolean {
  const { sent } = r;
  const listed = sent.parts.slice(sent.flatFrom).flatMap((i) => {
    const c = r.claims[i];
    return c?.kind === "amount" && c.period === "current" ? [c.subject] : [];
  });
  sent.flatFrom = sent.parts.length;
  if (listed.length < 2) return false;
  r.cl.claimed = true;
  for (const subject of listed)
    r.claims.push({
      kind: "change",
      subject,
      direction: "flat",
      against: r.sent.againstExecution ? "execution" : "budget",
      span: span(r, t.s, t.e),
    });
  return true;
}

/**
 * `主要包括` / `主要用于`: the list after it is what the measure before is made of: the measure named
 * in its clause, else that of the sentence's last figure, else the last one the sentence named (one
 * subject: `收支总计` has no single one). @internal
 */
export function compose(r: Reader, t: WordToken): void {
  const { cl, sent, para } = r;
  const whole =
    cl.measure ?? (sent.lastAmount === undefined ? undefined : para.last) ?? sent.named.at(-1);
  if (whole?.subjects.length !== 1) return;
  sent.composed = { whole, colon: colonAfter(r.text.text, t.e), open: true };
}

/** How far after a list word its colon may come (`主要用于以下几个方面：`). */
const COLON_WITHIN = 8;

/**
 * Whether the list word ending at `e` opens its list with a colon: the first break within a few
 * characters after it is one (`主要用于：`, `主要用于以下方面：`). Bounded look ahead.
 */
function colonAfter(c: string, e: number): boolean {
  for (let i = e; i < Math.min(c.length, e + COLON_WITHIN); i++) {
    const ch = c.charAt(i);
    if (ch === ":" || ch === "：") return true;
    if ("，,；;。！？!?\n(（".includes(ch)) return false;
  }
  return false;
}
