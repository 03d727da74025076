/**
 * The figures a clause moves from (`由43.55万元增加至49.68万元`, `从834.84万元增至…`): the amounts
 * before a word of a new level (`增加至`, `减少到`, `增至`, `降至` …) in the same clause are the level
 * before it, last year's, not this year's. One pass over the tokens.
 */

import { isNegative, isZero, subtractAmounts } from "../amount";
import { isAmount } from "./ahead";
import { keyOf, type Reader, span } from "./reader";
import type { NumToken, Steps, Token } from "./scan";
import type { Claim } from "./types";

/** Where each amount a later `to` word of its clause moves from starts. @internal */
export function levelsFrom(c: string, tokens: readonly Token[], steps: Steps): Set<number> {
  const from = new Set<number>();
  const clause: number[] = [];
  for (const t of tokens) {
    steps.n++;
    if (t.k === "brk") clause.length = 0;
    else if (t.k === "num") {
      if (isAmount(c, t)) clause.push(t.s);
    } else if (t.lex.t === "to") {
      for (const s of clause) from.add(s);
      clause.length = 0;
    }
  }
  return from;
}

/**
 * `由上年的3.50万元减少至2.50万元`, `由3.50万元增加到4.00万元`: the figure a `to` word moves from is
 * last year's, and the one after it changes it by their difference (a change of each subject of
 * both, against the budget). `first`: the first claim of `t`. @internal
 */
export function moved(r: Reader, t: NumToken, first: number): void {
  const { cl, claims, sent } = r;
  const count = claims.length - first;
  if (r.from.has(t.s)) {
    if (!cl.compare && !cl.execution) cl.movedFrom = { first, count };
    return;
  }
  const from = cl.movedFrom;
  delete cl.movedFrom;
  if (from === undefined || from.count !== count || cl.execution || cl.compare) return;
  const at = span(r, t.s, t.e);
  const changes: Claim[] = [];
  for (let i = 0; i < count; i++) {
    const before = claims[from.first + i];
    const now = claims[first + i];
    if (before?.kind !== "amount" || now?.kind !== "amount" || now.period !== "current") return;
    if (before.period !== "prior" || keyOf(before.subject) !== keyOf(now.subject)) return;
    const delta = subtractAmounts(now.value, before.value);
    const direction = isZero(delta) ? "flat" : isNegative(delta) ? "down" : "up";
    changes.push({
      kind: "change",
      subject: now.subject,
      direction,
      delta,
      against: "budget",
      span: at,
    });
  }
  sent.lastChange = sent.changes.length;
  for (const c of changes) {
    sent.changes.push(claims.length);
    claims.push(c);
  }
}
