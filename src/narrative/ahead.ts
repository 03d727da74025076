/**
 * How many figures follow each `分别` (its list's figures are placed only when as many as its
 * names), which of them are a total of the list, and which a clause's own measure takes.
 */
import type { Ahead } from "./reader";
import type { NumToken, Steps, Token } from "./scan";

/** Whether the number `t` is read as an amount: a sum of money not a bound, or `为0`. @internal */
export const isAmount = (c: string, t: NumToken): boolean =>
  t.kind === "amount"
    ? !t.threshold && t.amount !== undefined
    : t.kind === "bare" && /^-?0+(\.0+)?$/u.test(t.raw) && c.charAt(t.s - 1) === "为";

/**
 * `，合计` / `、二者合计为` / `，两项共计：` / `；小计` right before a figure: the list's own total; so
 * is the total of a list of changes or rates (`，合计增加`, `；共计比上年减少`, `，两项合计同比增长了`).
 */
const TOTAL =
  /[，,、；;者项](?:[合共总小]计|合共)(?:[比较](?:上一?年度?|去年|\d{4}年)|同比)?(?:增[加长多]|提高|上升|减少|下降|降低|[压缩]减)?了?[为是:：]?$/u;
/** `合计` / `共计` / `总计`, in or right after a measure word (`支出合计`, `基本支出合计`). */
const TOTAL_WORD = /^[合共总]计$/u;
/** The longest text `TOTAL` matches: it is tried on as many characters before each figure. */
const TOTAL_SPAN = 16;

/**
 * How many amounts and percentages follow each `分别` (by where it starts), up to the next one or
 * the sentence end: its list's figures are placed only when as many as its names. A total after
 * them (`…、51.68万元，合计682.06万元`) ends the list: it and the figures after it are not counted
 * (nor placed: the list has no name left for them). So do the amounts of clauses that name their
 * own measure after the list's figures (`…、51.68万元；项目支出287.00万元`): they are the measure's
 * (`own`, by where they start). One pass from the end. @internal
 */
export function figuresAhead(
  c: string,
  tokens: readonly Token[],
  steps: Steps,
): { ahead: Map<number, Ahead>; own: Set<number> } {
  const ahead = new Map<number, Ahead>();
  const own = new Set<number>();
  let amounts = 0;
  let percents = 0;
  // The amounts of the clause being walked back through, counted at its start unless a measure
  // word before them in the clause makes them its own (only when no list figure comes after them);
  // the own ones since the last reset, counted after all when the list has no other figure.
  const clause: number[] = [];
  const owned: number[] = [];
  /** The own amounts after a list's total, or after the list's figures, are its clause's. */
  const settle = () => {
    for (const s of owned) own.add(s);
    owned.length = 0;
  };
  for (let i = tokens.length - 1; i >= 0; i--) {
    steps.n++;
    const t = tokens[i];
    if (t === undefined) continue;
    if (t.k === "num") {
      const counted = isAmount(c, t) || t.kind === "percent";
      if (counted && TOTAL.test(c.slice(Math.max(0, t.s - TOTAL_SPAN), t.s))) {
        amounts = percents = 0;
        clause.length = 0;
        settle();
      } else if (isAmount(c, t)) clause.push(t.s);
      else if (t.kind === "percent") percents++;
      continue;
    }
    if (t.k === "word" && t.lex.t === "measure") {
      // `，支出合计增加30万元` / `，基本支出合计…`: a measure's total after a list is taken as the
      // list's own total (not counted, not placed), never as the measure's figure.
      if (TOTAL_WORD.test(c.slice(t.e - 2, t.e)) || TOTAL_WORD.test(c.slice(t.e, t.e + 2))) {
        amounts = percents = 0;
        settle();
      } else if (amounts === 0) owned.push(...clause);
      else amounts += clause.length;
      clause.length = 0;
      continue;
    }
    const end =
      t.k === "brk" ? t.level === "sentence" || t.level === "para" : t.lex.t === "respective";
    if (t.k === "brk" || end) {
      amounts += clause.length;
      clause.length = 0;
    }
    if (!end) continue;
    // `分别为：人员经费630.38万元，公用经费51.68万元`: with no other figure, they are the list's.
    if (t.k === "word" && amounts === 0) {
      amounts = owned.length;
      owned.length = 0;
    } else settle();
    if (t.k === "word") ahead.set(t.s, { amounts, percents });
    amounts = 0;
    percents = 0;
  }
  return { ahead, own };
}
