import type { Coordinates } from "../facts";
import type { Reader } from "./reader";
import type { AmountClaim, Claim } from "./types";

/**
 * Whether `w` is a whole of `p`: figures of the same year and basis and measure, `w`'s coordinates
 * all `p`'s, and `p` more (支出合计 of 基本支出; not 支出总计, which may hold the carry-forward).
 */
function isWholeOf(w: Claim | undefined, p: AmountClaim): boolean {
  if (w?.kind !== "amount" || w.period + w.basis !== p.period + p.basis) return false;
  const { concept, coords } = w.subject;
  const whole = Object.entries(coords);
  return (
    concept === p.subject.concept &&
    whole.every(([k, v]) => p.subject.coords[k as keyof Coordinates] === v) &&
    Object.keys(p.subject.coords).length > whole.length
  );
}

/** The kind of a part: its measure and which coordinates it has (基本支出 and 项目支出 are one kind). */
const kindOf = (p: AmountClaim): string =>
  p.subject.concept + Object.keys(p.subject.coords).sort().join();

/** The whole noted by {@link notePart} when `c` is one of its parts. @internal */
export function impliedWhole(r: Reader, c: AmountClaim): number | undefined {
  const kept = r.para.implied;
  return kept?.kind === kindOf(c) && isWholeOf(r.claims[kept.whole], c) ? kept.whole : undefined;
}

/**
 * Notes the whole the amount claim `c` is a part of, without `其中`: the figure right before it in
 * the paragraph when that is its whole (`支出合计…，基本支出…`), kept for the parts of the same kind
 * after it (`…、项目支出…`); any other figure ends it. @internal
 */
export function notePart(r: Reader, c: AmountClaim): void {
  const { para } = r;
  if (impliedWhole(r, c) !== undefined) return;
  const before = para.lastAmount;
  if (before !== undefined && isWholeOf(r.claims[before], c))
    para.implied = { whole: before, kind: kindOf(c) };
  else delete para.implied;
}

/**
 * How many parts of one kind the sentence's figures `parts` end with (`基本支出…、项目支出…`: 2):
 * the parts a list of `分别占` shares is of. @internal
 */
export function lastRun(r: Reader, parts: readonly number[]): number {
  let n = 0;
  let kind: string | undefined;
  for (let i = parts.length - 1; i >= 0; i--) {
    const c = r.claims[parts[i] ?? -1];
    if (c?.kind !== "amount") break;
    const k = kindOf(c);
    if (kind !== undefined && k !== kind) break;
    kind = k;
    n++;
  }
  return n;
}
