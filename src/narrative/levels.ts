/**
 * The figures a clause moves from (`由43.55万元增加至49.68万元`, `从834.84万元增至…`, `由原来的43.55万元
 * 调整为49.68万元`): the amounts before a word of a new level (`增加至`, `减少到`, `增至`, `调整为` …) in
 * the same clause are the level before it, last year's, not this year's. So are the amounts before a
 * change word whose figure is followed by `至` / `到` and the new level (`由上年3.50万元减少1.00万元至
 * 2.50万元`): the figure after the change word is the change, the one after `至` the new level. One
 * pass over the tokens.
 */

import { isNegative, isZero, subtractAmounts } from "../amount";
import { isAmount } from "./ahead";
import { LAST_YEAR_BASE } from "./comparison-bases";
import { keyOf, type Reader, span } from "./reader";
import type { NumToken, Steps, Token } from "./scan";
import type { ChangeClaim } from "./types";

/** The words between a change's figure and its new level (`减少1.00万元至2.50万元`). */
const THROUGH = "至到";

/**
 * Where each amount starts that a later `to` word of its clause moves from (`from`), each `to` word
 * that has such an amount before it (`moving`), and each amount that is the new level after a
 * change's figure and `至` / `到` (`to`). @internal
 */
export function levelsFrom(
  c: string,
  tokens: readonly Token[],
  steps: Steps,
): { from: Set<number>; moving: Set<number>; to: Set<number> } {
  const from = new Set<number>();
  const moving = new Set<number>();
  const to = new Set<number>();
  const clause: number[] = [];
  // The clause's amounts before its change word, and whether the change's figure was followed
  // by `至` / `到` (its next amount is then the new level).
  let before = -1;
  let changed = false;
  let through = false;
  for (const t of tokens) {
    steps.n++;
    if (t.k === "brk") {
      clause.length = 0;
      before = -1;
      changed = through = false;
    } else if (t.k === "num") {
      if (!isAmount(c, t)) continue;
      if (through) {
        // `由3.50万元减少1.00万元至2.50万元`: the level before the change word moves to this one.
        for (const s of clause.slice(0, before)) from.add(s);
        to.add(t.s);
        clause.length = 0;
        before = -1;
        changed = through = false;
        continue;
      }
      through = changed && THROUGH.includes(c.charAt(t.e));
      changed = false;
      clause.push(t.s);
    } else if (t.lex.t === "to") {
      if (clause.length > 0) moving.add(t.s);
      for (const s of clause) from.add(s);
      clause.length = 0;
      changed = through = false;
    } else if (t.lex.t === "up" || t.lex.t === "down") {
      before = clause.length;
      changed = true;
      through = false;
    }
  }
  return { from, moving, to };
}

/**
 * `由3.50万元减少到2.50万元`, `减少1.00万元至2.50万元`: the figure after the word is this year's level,
 * not a change (nor last year's, whatever the clause said before). @internal
 */
export function toLevel(r: Reader): void {
  delete r.cl.change;
  r.cl.compare = false;
  r.cl.period = "current";
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
  const changes: ChangeClaim[] = [];
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
  if (changes.length > 0) {
    sent.moved = { named: { subjects: changes.map((c) => c.subject), atMost: false }, end: t.e };
    // a move is from last year's figure: a rate after it against another year is not its rate
    sent.changeBase = LAST_YEAR_BASE;
  }
}
