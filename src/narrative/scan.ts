import { parseAmount, type Unit } from "../amount";
import { NUMERAL_CHARS } from "./chinese-numerals";
import { chinesePercentAt } from "./chinese-percents";
import { BY_FIRST, type Lex, NEGATED_MODIFIERS, NEGATING } from "./lexicon";
import { approximate, isDigit, type NumToken, type Steps, scanNumber } from "./scan-number";
import { spelledCountAt } from "./spelled-counts";
import { CELL, type Compact } from "./text";

export { groupAt, type NumToken, type Steps } from "./scan-number";

/** A break between clauses (`，、`), after `：`, `；`, a sentence end or a paragraph end. @internal */
export interface BreakToken {
  readonly k: "brk";
  readonly s: number;
  readonly e: number;
  readonly level: "clause" | "colon" | "semi" | "sentence" | "para";
}

/** A word of the lexicon, or template residue found by its shape (`XX`, `……`, `（请填写…）`). @internal */
export interface WordToken {
  readonly k: "word";
  readonly s: number;
  readonly e: number;
  readonly lex: Lex;
}

/** @internal */
export type Token = NumToken | BreakToken | WordToken;

/** The break a character makes, if any. */
function breakOf(code: number): BreakToken["level"] | undefined {
  switch (code) {
    case 0xff0c: // ，
    case 0x2c:
    case 0x3001: // 、
    case CELL: // a table's cells pasted as text
      return "clause";
    case 0xff1a: // ：
    case 0x3a:
      return "colon";
    case 0xff1b: // ；
    case 0x3b:
      return "semi";
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x21:
    case 0x3f:
      return "sentence";
    case 0x0a:
      return "para";
    default:
      return undefined;
  }
}
/** Words that make a bracketed phrase an instruction left in from the template. */
const INSTRUCTION = ["请", "填写", "填列", "输入", "此处", "补充", "待定"];
const RESIDUE: Lex = { t: "residue" };
const NEGATED: Lex = { t: "negated" };

/** Whether a negating prefix stands right before `i` of `c`, or before a short modifier there. */
const negatedAt = (c: string, i: number): boolean =>
  NEGATING.some((p) => c.endsWith(p, i) || NEGATED_MODIFIERS.some((m) => c.endsWith(p + m, i)));
const OPEN = "【[〔(";
const CLOSE = "】]〕)";

/** What may stand between the ends of a range (`1万元至2万元`, `300—500元`, `300-500元`, `1~2万元`). */
const RANGE_SEPARATORS = ["——", "至", "到", "—", "–", "-", "~", "～"];
/** What a range may end with (`…不等`, `…之间`): a range even after a change word. */
const RANGE_AFTER = ["不等", "之间"];
/** The kinds of number a range is made of. */
const RANGED: readonly NumToken["kind"][] = ["amount", "percent", "bare"];

/**
 * Whether the numbers `low` and `high` are the ends of a range: only a range separator between
 * them (`1万元至2万元`; a `-` read as `high`'s sign counts), and `low` is not a change's figure
 * (`减少1.00万元至2.50万元`: the change, then the new level) unless the range says so (`…不等`).
 * `before` is the token before `low`.
 */
function range(c: string, low: NumToken, high: NumToken, before: Token | undefined): boolean {
  if (!RANGED.includes(low.kind) || !RANGED.includes(high.kind)) return false;
  const start = high.raw.startsWith("-") ? high.s + 1 : high.s;
  const gap = c.slice(low.e, start);
  const signed = gap === "" && start !== high.s;
  if (!signed && !RANGE_SEPARATORS.includes(gap)) return false;
  if (RANGE_AFTER.some((w) => c.startsWith(w, high.e))) return true;
  const change = before?.k === "word" && (before.lex.t === "up" || before.lex.t === "down");
  return !(change && before.e === low.s);
}

/** What joins the figures of a list whose unit is printed once, after the last (`682.06、287.00万元`). */
const LIST_JOINS = ["、", "和", "及", "与"];

/** Where an item marker may stand: the text's start, or after a break that opens a clause or item. */
const ITEM_OPENS = "：:；;。，,\n";

/**
 * `预算中：1、4.00万元为…；2、2.50万元为…`: a whole number of one or two digits (not 0) opening a
 * clause or item, right before its `、`, numbers the item; it is no figure of a list.
 */
function itemMarker(c: string, low: NumToken): boolean {
  const before = c.charAt(low.s - 1);
  return (
    (low.s === 0 || ITEM_OPENS.includes(before)) &&
    low.e - low.s <= 2 &&
    /^[1-9]\d?$/u.test(low.raw) &&
    c.charAt(low.e) === "、"
  );
}

/**
 * `分别为682.06、287.00万元`, `630.38和51.68万元`: the numbers without a unit that a list word alone
 * joins to the amount `t` (about to be pushed) take its unit and bound, as the figures of one list
 * do. Each number is given a unit once (amortised linear).
 */
function listUnit(c: string, out: Token[], t: NumToken, steps: Steps): void {
  let end = t.s;
  for (let i = out.length - 1; i >= 0; i--) {
    let low = out[i] as Token;
    // `682.06、287.00万元`: the 、 is a break token between the two
    if (low.k === "brk" && low.s === end - 1 && c.charAt(low.s) === "、" && i > 0) {
      i--;
      low = out[i] as Token;
      if (low.k !== "num" || low.e !== end - 1) return;
    } else if (low.k !== "num" || !LIST_JOINS.includes(c.slice(low.e, end))) return;
    if (low.kind !== "bare" || itemMarker(c, low)) return;
    steps.n++;
    const parsed = parseAmount(low.raw, t.unit as Unit);
    if (!parsed.ok || parsed.value === null) return;
    out[i] = { ...low, kind: "amount", unit: t.unit, amount: parsed.value, threshold: t.threshold };
    end = low.s;
  }
}

/** The longest lexicon word at `i`, if any. */
function wordAt(c: string, i: number, steps: Steps): WordToken | undefined {
  const candidates = BY_FIRST.get(c.charAt(i));
  if (candidates === undefined) return undefined;
  for (const [word, lex] of candidates) {
    steps.n++;
    if (c.startsWith(word, i)) return { k: "word", s: i, e: i + word.length, lex };
  }
  return undefined;
}

/**
 * A change printed as a comparative (`比上年多134.22万元`, `较2023年少了1.00万元`): `多` / `少` is a
 * change's direction only right after what it is compared with, which {@link COMPARED} ends with;
 * elsewhere (`较多`, `不少于`, `多项`) it is no word of the reader's.
 */
const COMPARATIVES: readonly (readonly [string, Lex])[] = [
  ["多出", { t: "up" }],
  ["多了", { t: "up" }],
  ["多", { t: "up" }],
  ["少了", { t: "down" }],
  ["少", { t: "down" }],
];
/**
 * What a comparative's text before it ends with: 比 / 较, then last year or a year (`上年`,
 * `上一年度`, `去年`, `2023年`), and its figure's kind (`预算`, `预算数`, `执行数`). Tried on the
 * {@link COMPARED_SPAN} characters before the word only.
 */
const COMPARED = /[比较](?:上一?年度?|去年|\d{4}年度?)(?:的?(?:预算数?|执行数|决算数|实际数?))?$/u;
const COMPARED_SPAN = 12;

/** The comparative at `i` of `c` right after what it is compared with, if any. */
function comparativeAt(c: string, i: number, steps: Steps): WordToken | undefined {
  const ch = c.charAt(i);
  if (ch !== "多" && ch !== "少") return undefined;
  steps.n += COMPARED_SPAN;
  if (!COMPARED.test(c.slice(Math.max(0, i - COMPARED_SPAN), i))) return undefined;
  const found = COMPARATIVES.find(([w]) => c.startsWith(w, i));
  return found === undefined
    ? undefined
    : { k: "word", s: i, e: i + found[0].length, lex: found[1] };
}

const isLatin = (ch: string): boolean => /^[A-Za-z]$/u.test(ch);
const isCross = (ch: string): boolean =>
  ch === "X" || ch === "x" || ch === "Ｘ" || ch === "ｘ" || ch === "×";

/**
 * Scans the compact text once, left to right, into tokens. Each character is visited a bounded
 * number of times (a lexicon probe reads at most the longest word; a bracket is inspected only
 * up to 40 characters back), so the scan is linear in the text. @internal
 */
export function scan(text: Compact, steps: Steps = { n: 0 }): readonly Token[] {
  const c = text.text;
  const out: Token[] = [];
  let open = -1;
  let i = 0;
  while (i < c.length) {
    steps.n++;
    const ch = c.charAt(i);
    if (isDigit(ch)) {
      const t = scanNumber(c, i, steps);
      const low = out.at(-1);
      if (low?.k === "num" && range(c, low, t, out.at(-2))) {
        // `1万元至2万元不等`, `300—500元`: a range, neither end the figure of a measure.
        out[out.length - 1] = { ...low, threshold: true };
        out.push({ ...t, threshold: true });
      } else {
        if (t.kind === "amount") listUnit(c, out, t, steps);
        out.push(t);
      }
      i = t.e;
      continue;
    }
    const level = breakOf(c.charCodeAt(i));
    if (level !== undefined) {
      out.push({ k: "brk", s: i, e: i + 1, level });
      open = -1;
      i++;
      continue;
    }
    if (isCross(ch) || ch === "…" || (ch === "." && c.charAt(i + 1) === ".")) {
      // A run of X / × (not part of a Latin word), of …, or of dots: template residue.
      let j = i;
      const cross = isCross(ch);
      while (j < c.length && (cross ? isCross(c.charAt(j)) : c.charAt(j) === ch)) {
        j++;
        steps.n++;
      }
      const word = cross && (isLatin(c.charAt(i - 1)) || isLatin(c.charAt(j)));
      // `一、…情况说明……………3`: a table of contents' leader to a page number, not residue.
      let k = j;
      while (!cross && k < c.length && isDigit(c.charAt(k)) && k - j < 4) k++;
      const leader = k > j && (k >= c.length || c.charAt(k) === "\n");
      if ((j - i >= 2 || ch === "…") && !word && !leader)
        out.push({ k: "word", s: i, e: j, lex: RESIDUE });
      i = j;
      continue;
    }
    if (OPEN.includes(ch)) open = i;
    const close = CLOSE.indexOf(ch);
    if (close >= 0 && open >= 0 && OPEN.indexOf(c.charAt(open)) === close && i - open <= 40) {
      const inside = c.slice(open + 1, i);
      steps.n += inside.length;
      if (INSTRUCTION.some((w) => inside.includes(w))) {
        // One remark for the whole bracket: the residue words inside it give way (other tokens
        // inside it stay, after it).
        const inner: Token[] = [];
        for (let t = out.pop(); t !== undefined; t = out.pop()) {
          if (t.s <= open) {
            out.push(t);
            break;
          }
          if (t.k !== "word" || t.lex.t !== "residue") inner.push(t);
        }
        out.push({ k: "word", s: open, e: i + 1, lex: RESIDUE }, ...inner.reverse());
      }
      open = -1;
    }
    // `百分之十六点零八`: a percentage in Chinese numerals, as `16.08%`
    const cn = ch === "百" ? chinesePercentAt(c, i) : undefined;
    if (cn !== undefined) {
      steps.n += cn.e - i;
      const { raw, e } = cn;
      const threshold = approximate(c, i, e);
      out.push({
        k: "num",
        s: i,
        e,
        kind: "percent",
        raw,
        unit: "%",
        amount: undefined,
        threshold,
      });
      i = e;
      continue;
    }
    const w = wordAt(c, i, steps) ?? comparativeAt(c, i, steps);
    if (w !== undefined) {
      // `非财政拨款收入`: a fund or measure after a negating prefix is not that fund or measure.
      const named = w.lex.t === "fund" || w.lex.t === "measure";
      out.push(named && negatedAt(c, i) ? { ...w, lex: NEGATED } : w);
      i = w.e;
      continue;
    }
    // `共十二个项目`, `共有车辆三辆`: a count in Chinese numerals, as `12个`
    const counted = NUMERAL_CHARS.includes(ch)
      ? spelledCountAt(c, i, (at) => wordAt(c, at, steps) !== undefined)
      : undefined;
    if (counted !== undefined) {
      steps.n += counted.e - i;
      out.push(counted);
      i = counted.e;
      continue;
    }
    i++;
  }
  return out;
}
