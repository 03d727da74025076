/**
 * The figures a clause moves from (`由43.55万元增加至49.68万元`, `从834.84万元增至…`): the amounts
 * before a word of a new level (`增加至`, `减少到`, `增至`, `降至` …) in the same clause are the level
 * before it, last year's, not this year's. One pass over the tokens.
 */
import { isAmount } from "./ahead";
import type { Steps, Token } from "./scan";

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
