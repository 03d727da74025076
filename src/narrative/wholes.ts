import type { Reader } from "./reader";
import type { AmountClaim, Claim } from "./types";

/**
 * Whether `w` is a whole of `p`: figures of the same year and basis, `w`'s measure that of `p` or
 * its total (支出总计 of 基本支出), `w`'s coordinates all `p`'s, and `p` more than `w`.
 */
function isWholeOf(w: Claim | undefined, p: AmountClaim): boolean {
  if (w?.kind !== "amount" || w.period !== p.period || w.basis !== p.basis) return false;
  const sameMeasure = w.subject.concept === p.subject.concept;
  if (!sameMeasure && w.subject.concept !== `${p.subject.concept}.total`) return false;
  const part = new Map(Object.entries(p.subject.coords));
  const whole = Object.entries(w.subject.coords);
  return whole.every(([k, v]) => part.get(k) === v) && (!sameMeasure || part.size > whole.length);
}

/** The kind of a part: its measure and which coordinates it has (基本支出 and 项目支出 are one kind). */
const kindOf = (p: AmountClaim): string =>
  `${p.subject.concept}|${Object.keys(p.subject.coords).sort().join()}`;

/**
 * Notes the whole the amount claim `i` is a part of, without `其中`: the figure right before it in
 * the paragraph when that is its whole (`支出合计…，基本支出…`), kept for the parts of the same kind
 * after it (`…、项目支出…`); any other figure ends it. @internal
 */
export function notePart(r: Reader, i: number): void {
  const { para, claims } = r;
  const c = claims[i];
  if (c?.kind !== "amount") return;
  const kept = para.implied;
  if (kept !== undefined && kept.kind === kindOf(c) && isWholeOf(claims[kept.whole], c)) return;
  const before = para.lastAmount;
  if (before !== undefined && isWholeOf(claims[before], c))
    para.implied = { whole: before, kind: kindOf(c) };
  else delete para.implied;
}

/** The whole of the part `i` noted by {@link notePart}, if `i` is one of its parts. @internal */
export function impliedWhole(r: Reader, i: number): number | undefined {
  const kept = r.para.implied;
  const c = r.claims[i];
  return kept !== undefined &&
    c?.kind === "amount" &&
    kept.kind === kindOf(c) &&
    isWholeOf(r.claims[kept.whole], c)
    ? kept.whole
    : undefined;
}
