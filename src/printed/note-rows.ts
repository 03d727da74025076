import { parseAmount } from "../amount";
import { isNoValue } from "../amount/parse";
import { BARE_NONE, EMPTY_TABLE, saysNone } from "../disclosure/empty-note";
import { splitClauses } from "../disclosure/sentence-marks";

/** A note's opening word and its colon (`注：`, `说明:`, `备注1：`, `注 ：`), on NFKC text. */
const NOTE_START = /^(?:注|说明|备注)[0-9一二三四五六七八九十]{0,2} ?:/u;

/**
 * Whether a text printed alone in a row says the table has nothing to show, with no 注 / 说明
 * before it (`本部门无政府性基金预算财政拨款收支，故本表无数据。`, `此表为空表`, `无数据`,
 * `本部门无政府性基金预算安排的支出`): by the words by which the rules read a note as saying
 * there is none of something, one vocabulary (`disclosure/empty-note`).
 */
const saysEmpty = (t: string): boolean => t.includes(EMPTY_TABLE) || splitClauses(t).some(saysNone);

/**
 * Whether a row's one text opens as a note or says, alone, that the table is empty; a bare 无
 * only as the table's one row or merged across it (elsewhere it may be a wrapped cell's rest).
 */
const isNoteText = (t: string, bare: boolean): boolean => {
  const head = t.slice(0, 8).normalize("NFKC");
  return NOTE_START.test(head) || saysEmpty(t) || (bare && BARE_NONE.test(t));
};

/**
 * A text that reads as a statement that nothing was budgeted, not as a row's name (`合计`,
 * `一般公共服务支出`): it says something was not done (`本单位2024年未安排政府性基金预算支出。`,
 * `本部门不涉及国有资本经营预算支出`, `…未编制此表`, `我单位没有…安排的支出`). Not a sentence's mark alone: a 绩效 table
 * prints its goal (`保障民政工作正常运转，兜牢民生底线。`) alone in a row of a table of no figure,
 * and that goal is its data. Alternatives of fixed words, so linear.
 */
const STATEMENT = /未安排|不涉及|未编制|没有/u;

/**
 * Whether a table has no data row: no cell prints a figure (`12.00`, `0.00`, a code; a mark `-` is
 * none), and no row two texts (a name beside a code). Stops at the first such cell.
 */
function dataless(rows: readonly (readonly string[])[]): boolean {
  for (const row of rows) {
    let text: string | undefined;
    for (const cell of row) {
      if (isNoValue(cell)) continue;
      const t = cell.trim();
      if (parseAmount(t, "元").ok) return false;
      if (text === undefined) text = t;
      else if (t !== text) return false;
    }
  }
  return true;
}

/** A title's closing bracket (`…决算表（本表无数据）`, `(空表)`): its words. Bounded, so linear. */
const CLOSING_BRACKET = /[（(]([^（()）]{1,40})[)）]\s*$/u;

/**
 * The note a printed title carries in its closing bracket, where the bracket says, as a note row
 * would, that the table has nothing to show (`政府性基金预算财政拨款收入支出决算表（本表无数据）`,
 * `（无数据）`, `（空表）`, `(本表为空)`, `（无）`); `undefined` for any other title. @internal
 */
export function titleNote(title: string): string | undefined {
  const words = CLOSING_BRACKET.exec(title)?.[1]?.trim();
  return words !== undefined && words !== "" && isNoteText(words, true) ? words : undefined;
}

/** A row's one text (every non-blank cell the same text: a merged cell given once per column). */
function oneText(
  row: readonly string[],
): { readonly text: string; readonly copies: number } | undefined {
  let text: string | undefined;
  let copies = 0;
  for (const cell of row) {
    const t = cell.trim();
    if (t === "") continue;
    if (text === undefined) text = t;
    else if (t !== text) return undefined;
    copies++;
  }
  return text === undefined ? undefined : { text, copies };
}

/** A note's opening word and colon alone in a cell (`注：`, `说明:`), on NFKC text. */
const NOTE_OPENER = /^(?:注|说明|备注)[0-9一二三四五六七八九十]{0,2} ?:$/u;

/**
 * A row whose first non-blank cell is a note's opener alone (`注： | 本年支出合计 | 1,100.00`: the
 * note's words split over the row's cells): its cells' texts; `undefined` for any other row (a
 * cell `注：甲` beside a figure may be a row's name).
 */
function openingNote(row: readonly string[]): string | undefined {
  const cells = row.map((c) => c.trim()).filter((c) => c !== "");
  const [first] = cells;
  return first !== undefined && NOTE_OPENER.test(first.normalize("NFKC"))
    ? cells.join(" ")
    : undefined;
}

/** A Han character: the words of a note's further line (`2.公用经费包括商品和服务支出。`). */
const HAN = /\p{Script=Han}/u;

/**
 * The rows of a printed table that are its note, printed inside the table's frame (as table
 * extractors give a `注：本表反映…` or `说明：…故本表无数据` line): a row whose first non-blank
 * cell opens with 注 / 说明 / 备注 and a colon (or is that opener alone, the note's words split
 * over the row's cells: `注： | 本年支出合计 | 1,100.00`), or says with no such opener that the table is empty
 * (`本单位无此项支出，故本表无数据`, `本表为空表`, `无数据`, `（无）`), or in a table with no data
 * row (no figure, no code beside a name) reads as a statement (`本单位2024年未安排政府性基金预算支出。`), every other cell blank or
 * the same text (a merged cell given once per column); and below such an opener, in the block of
 * rows of one text each that ends the table, the note's further lines (`2.公用经费包括…`). Their
 * texts, in order, are the table's note, not its data. Linear: each cell read a few times.
 * @internal
 */
export function noteRows(rows: readonly (readonly string[])[]): {
  readonly rows: ReadonlySet<number>;
  readonly texts: readonly string[];
} {
  // The rows of one text (or blank) that end the table: a note's lines may go on there.
  let tail = rows.length;
  while (tail > 0) {
    const row = rows[tail - 1] ?? [];
    const one = oneText(row);
    if (!(one === undefined ? row.every((c) => c.trim() === "") : HAN.test(one.text))) break;
    tail--;
  }
  const found = new Set<number>();
  const texts: string[] = [];
  let opened = false;
  // Whether the table has no data row: then a statement alone in a row is its note.
  let empty: boolean | undefined;
  const statement = (t: string): boolean => {
    if (!HAN.test(t) || !STATEMENT.test(t)) return false;
    empty ??= dataless(rows);
    return empty;
  };
  rows.forEach((row, index) => {
    const one = oneText(row);
    const bare =
      rows.length === 1 || (one !== undefined && one.copies === row.length && one.copies > 1);
    const text =
      one !== undefined && (isNoteText(one.text, bare) || statement(one.text))
        ? one.text
        : (openingNote(row) ??
          (opened && index >= tail && one !== undefined ? one.text : undefined));
    if (text === undefined) return;
    if (index >= tail) opened = true;
    found.add(index);
    texts.push(text);
  });
  return { rows: found, texts };
}
