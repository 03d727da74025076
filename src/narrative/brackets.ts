/**
 * Figures in brackets that name nothing of their own (`项目支出287.00万元（含人武部专项经费160.00
 * 万元）`, `公务用车购置及运行费6.40万元（购置费0.00万元）`): a part the reader has no name for, not
 * the measure named before the bracket; unless only dated (`（上年为7.50万元）`: the measure's
 * figure of that year). One pass over the tokens, reading the characters between them once.
 */
import { isAmount } from "./ahead";
import { qualifiersOnly } from "./labels";
import type { Steps, Token } from "./scan";

/** At most this many characters between a dated figure's bracket and the figure. */
const MAX_DATED = 16;

/**
 * Whether the bracket opened at `open` holds only the figure `t` dated by a year or last year and
 * words saying it is the budget (`（上年为7.50万元）`, `（2023年预算43.55万元）`): the figure of
 * the measure before it, of that year, not a part.
 */
function dated(c: string, open: number, t: Token): boolean {
  // Bounded: a few words only (each amount reads at most this many characters).
  if (open < 0 || t.s - open > MAX_DATED || c.charAt(t.e) !== ")") return false;
  let words = c.slice(open + 1, t.s);
  if (words.endsWith(":") || words.endsWith("：")) words = words.slice(0, -1);
  return words.includes("年") && qualifiersOnly(words);
}

/**
 * Where each amount starts that a bracket holds with no measure word before it inside. A bracket
 * right after a measure word holding only a figure (`人员经费（630.38万元）比上年增加…`) gives that
 * measure's figure: it is not one of them. @internal
 */
export function bracketed(c: string, tokens: readonly Token[], steps: Steps): Set<number> {
  const out = new Set<number>();
  let inside = false;
  let named = false;
  let at = 0;
  // Where the open bracket right after a measure word opened (else -1).
  let own = -1;
  // Where the last opening bracket opened.
  let opened = -1;
  let prev: Token | undefined;
  for (const t of tokens) {
    // The characters between the tokens (a word's own brackets, `(境)`, `(类)`, are inside it).
    for (; at < t.s; at++) {
      steps.n++;
      const ch = c.charAt(at);
      if (ch === "(") {
        opened = at;
        inside = true;
        named = false;
        own = prev?.k === "word" && prev.lex.t === "measure" && prev.e === at ? at : -1;
      } else if (ch === ")") inside = false;
    }
    at = Math.max(at, t.e);
    // a list marker's own closing bracket (`（1）682.06万元`) closes it
    if (t.k === "num" && t.kind === "marker" && c.charAt(t.e - 1) === ")") inside = false;
    else if (t.k === "brk" && t.level !== "clause") inside = false;
    else if (t.k === "word" && t.lex.t === "measure") named = true;
    else if (t.k === "num" && inside && !named && isAmount(c, t)) {
      if ((own < 0 || own + 1 !== t.s || c.charAt(t.e) !== ")") && !dated(c, opened, t))
        out.add(t.s);
    }
    prev = t;
  }
  return out;
}
