/**
 * A label's colon (`收入总计：969.06万元`, `（一）因公出国（境）费：0万元`, `行政运行（项）：558.07万元`):
 * the figure printed right after it is the label's, as if the colon were not there; so is a none
 * (`公务接待费：无`), and a measure's figure after words that only date it or say it is the budget
 * (`“三公”经费：2024年预算6.50万元`, `公务接待费：本年安排2.50万元`). A colon
 * opening a list (`其中：`, `具体为：`, `按功能分类：`), one before words (`“三公”经费：因公出国（境）费…`)
 * and one after the clause's own figure stay breaks.
 */
import { LAST_YEAR_WORDS, THIS_YEAR_WORDS } from "./date-words";
import type { Reader } from "./reader";
import { REFER_WORDS } from "./relation-words";
import type { Token } from "./scan";

/** The shortest 科目 name read alone before a colon (as `bareName` reads it). */
const MIN_NAME = 4;

/** Words a colon after which opens a list or a lead-in, not a label's figure. */
const OPENS = ["其中", "具体为", "具体是", "如下", "分类", "划分", "包括", "包含", "主要用于"];

/** At most this many words dating a figure or saying it is the budget between a label and it. */
const MAX_QUALIFIERS = 3;

/** A word that only dates a figure or says it is the budget (`2024年`, `上年`, `预算`, `安排`). */
const qualifier = (t: Token | undefined): boolean =>
  t !== undefined &&
  ((t.k === "num" && t.kind === "year") ||
    (t.k === "word" && (t.lex.t === "refer" || t.lex.t === "thisYear" || t.lex.t === "lastYear")));

/** Characters that may stand between such words and the figure (`年度`, `预算数为6.50万元`), at most 2. */
const JOINS = "度数额为是";

/** Whether `c[s, e)` joins two tokens: nothing, or at most 2 of `JOINS`. */
function joins(c: string, s: number, e: number): boolean {
  if (e - s > 2 || e < s) return false;
  for (let k = s; k < e; k++) if (!JOINS.includes(c.charAt(k))) return false;
  return true;
}

/**
 * The amount a measure's label colon at `tokens[i]` is followed by through qualifiers only, each
 * right after the one before (`“三公”经费：2024年预算6.50万元`, `：2024年预算数为6.50万元`), else
 * undefined. Bounded look ahead.
 */
function qualified(c: string, tokens: readonly Token[], i: number): Token | undefined {
  let end = (tokens[i] as Token).e;
  for (let j = i + 1; j <= i + MAX_QUALIFIERS + 1; j++) {
    const t = tokens[j];
    if (t === undefined || !(t.s === end || (j > i + 1 && joins(c, end, t.s)))) return undefined;
    if (t.k === "num" && t.kind === "amount") return j > i + 1 ? t : undefined;
    if (!qualifier(t)) return undefined;
    end = t.e;
  }
  return undefined;
}

/** The words `qualifiersOnly` reads (the lexicon's dating and referring words), longest first. */
const QUALIFIER_WORDS: readonly string[] = /*#__PURE__*/ [
  ...LAST_YEAR_WORDS,
  ...THIS_YEAR_WORDS,
  ...REFER_WORDS,
  "年度",
  "年",
].sort((a, b) => b.length - a.length);

/**
 * Whether printed words between a label's colon and its figure only date it or say it is the
 * budget (`2024年预算数为`, as `labelColon` reads them): a message quotes the label with them.
 * Linear: each character is passed once. @internal
 */
export function qualifiersOnly(s: string): boolean {
  let i = 0;
  while (i < s.length) {
    const ch = s.charAt(i);
    if ((ch >= "0" && ch <= "9") || ch.trim() === "" || JOINS.includes(ch)) {
      i++;
      continue;
    }
    const w = QUALIFIER_WORDS.find((q) => s.startsWith(q, i));
    if (w === undefined) return false;
    i += w.length;
  }
  return true;
}

/**
 * Whether the colon `tokens[i]` is a label's, the token after it its figure: a number right after
 * it, in a clause that names a measure, a 科目 (or words that may be one), a share or a change and
 * has no figure yet; or, after a measure, an amount after words that only date it or say it is the
 * budget. @internal
 */
export function labelColon(r: Reader, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.k !== "brk") return false;
  const after = tokens[i + 1];
  const next =
    qualifier(after) && r.cl.measure !== undefined ? qualified(r.text.text, tokens, i) : after;
  if (t.level !== "colon" || r.heading || next === undefined || after?.s !== t.e) return false;
  // `公务接待费：无`: the label's none (`noneAfter`), as its figure would be
  if (next.k === "word")
    return next.lex.t === "none" && r.cl.measure !== undefined && !r.cl.claimed;
  if (next.k !== "num") return false;
  if (next.kind !== "amount" && next.kind !== "bare" && next.kind !== "percent") return false;
  const { cl } = r;
  if (cl.claimed || cl.listed !== undefined) return false;
  const c = r.text.text;
  if (OPENS.some((w) => c.endsWith(w, t.s))) return false;
  return (
    cl.measure !== undefined ||
    cl.path.length > 0 ||
    cl.pathUnknown ||
    // `一般公共服务支出：635.07万元`: words that may be a 科目's name, read as `bareName` reads them
    (next.kind === "amount" && t.s - r.segStart >= MIN_NAME) ||
    (next.kind === "percent" && (cl.share || cl.change !== undefined))
  );
}
