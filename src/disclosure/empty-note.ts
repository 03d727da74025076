/**
 * The words by which a table's note says the table has nothing to show, one vocabulary for the
 * printed reader (a row inside the table's frame that is its note, with no 注 / 说明 before it)
 * and the rules (a note saying its table is empty, under a table printing amounts).
 */

/** Words by which a note says its whole table is empty, whatever else it says (`本表为空表`). @internal */
export const EMPTY_TABLE = "空表";

/**
 * Words by which a clause says there is nothing of something (`故此表无数据`, `本表无此项`,
 * `本部门无相关数据`, `本表为空`). @internal
 */
export const NONE_WORDS: readonly string[] = [
  "无数据",
  "表为空",
  "此表无",
  "本表无",
  "没有数据",
  "无此项",
  "无相关数据",
];

/**
 * The words by which a clause says there is none of something (`无`, `没有`): what follows the first
 * is what there is none of (`本表无基本支出数据`), what precedes it the clause's subject
 * (`公务用车购置费无此项支出`). @internal
 */
export const NONE_WORD = /无|没有/u;

/** A note that is only a bracketed or bare 无 (`无`, `（无）`): nothing to show. @internal */
export const BARE_NONE = /^[（(]?无[）)]?[。.]?$/u;

/** Where a clause's none-words are, and whether they are NONE_WORDS or a `无 … 安排`. */
interface NoneSpan {
  readonly start: number;
  readonly end: number;
  readonly arranged: boolean;
}

/**
 * The run of a clause saying there is none of something: its NONE_WORDS, overlapping ones read as
 * one (`本表无数据`), from the first; else from a `无` to the `安排` after it (`本单位无此项安排`).
 * Linear: each character tried against the few words.
 */
function noneSpan(clause: string): NoneSpan | undefined {
  let start = -1;
  for (const w of NONE_WORDS) {
    const at = clause.indexOf(w);
    if (at >= 0 && (start < 0 || at < start)) start = at;
  }
  if (start >= 0) {
    let end = start + 1;
    for (let i = start; i < end; i++)
      for (const w of NONE_WORDS) if (clause.startsWith(w, i)) end = Math.max(end, i + w.length);
    return { start, end, arranged: false };
  }
  const none = clause.indexOf("无");
  const arranged = clause.indexOf("安排");
  if (none < 0 || arranged < 0) return undefined;
  return { start: none, end: Math.max(none + 1, arranged + 2), arranged: true };
}

/**
 * Words by which a note tells how a table prints what it has none of (`“-”表示无数据`,
 * `无此项的以“-”表示`, `无数据的科目不列示`, `无数据的栏次已省略`).
 */
const PRINT_WORDS: readonly string[] = ["表示", "代表", "列示", "省略", "不显示", "填列", "空白"];
/**
 * A printed mark in quotes (`“-”`, `“—”`, `“/”`, `“0”`) or a blank (`空白处`, `空格`) and a copula
 * (`为`, `系`, `即`, `是`) ending the words before a note's none-words: the mark is the none, a legend.
 * Bounded widths on at most 12 characters, so linear.
 */
const LEGEND_SUBJECT =
  /(?:[“"「『'‘][^”"」』'’]{1,3}[”"」』'’]|空白处?|空格|空白单元格)(?:均|皆|都)?(?:为|系|即|是)$/u;
/** The cells, columns and rows of a table a note may say have no data (`此栏无数据`). */
const CELL_WORDS: readonly string[] = ["栏", "列", "单元格", "科目", "行次"];

/**
 * Whether a clause's none-words are a legend or speak of some cells, not of the table: the object
 * of a word of printing (`空白单元格表示无数据`, `无数据项以空白表示`, `无数据的科目不列示`),
 * qualifying what follows (`无数据的栏次`, `无此项的`), or said of a column or cell
 * (`故此栏无数据`, `相关列无数据`, `相应栏次无数据`). @internal
 */
export function isLegend(clause: string): boolean {
  const span = noneSpan(clause);
  if (span === undefined) return false;
  const before = clause.slice(0, span.start);
  const after = clause.slice(span.end);
  const has = (text: string, words: readonly string[]) => words.some((w) => text.includes(w));
  if (has(before, ["表示", "代表"]) || has(after, PRINT_WORDS)) return true;
  // a mark or a blank said to be the none (`表中“—”为无数据`, `空白处为无数据`, `“0”即无此项`)
  if (LEGEND_SUBJECT.test(before.slice(-12))) return true;
  if (span.arranged) return false;
  const qualifying =
    /^[的者之]/u.test(after) ||
    /^项(?!目)/u.test(after) ||
    CELL_WORDS.some((w) => after.startsWith(w));
  return qualifying || has(before, CELL_WORDS);
}

/**
 * Whether a clause says there is nothing of something: one of NONE_WORDS (`故本表无数据`), or
 * `无 … 安排` (`本单位无此项安排`), legend or not (`“-”表示无数据`: see {@link isLegend}). @internal
 */
export function saysNone(clause: string): boolean {
  return noneSpan(clause) !== undefined;
}
