/**
 * A page break's continuation mark, one vocabulary for the printed reader (a title, a row among
 * the data) and the disclosure (a table bound after the one it continues): `（续）`, `(续表)`,
 * `【续】`, `续表`, `续上表`, `续前表`, `接上表`, numbered (`续表1`, `（续表二）`). Read after NFKC
 * without whitespace; each a fixed word around one bounded run, so linear. A numeral starting
 * `一般…` or `三公…` is the title's (`续表一般公共预算支出表`), not the mark's, and so are digits running on
 * into a figure (`续表2024年…`: the mark, then the year).
 */

/** A continuation mark in brackets (`(续)`, `【续表2】`) or without (`续表`, `续表1`, `接上表`). */
const MARK =
  /[(【[](?:续[上前]?表?|接上表)[0-9一二三四五六七八九十]{0,3}[)】\]]|(?:续[上前]?表|接上表)(?:[0-9]{1,3}(?![0-9])|[一二三四五六七八九十]{1,3}(?![般公]))?/u;
/** {@link MARK}, every one. */
const MARKS =
  /[(【[](?:续[上前]?表?|接上表)[0-9一二三四五六七八九十]{0,3}[)】\]]|(?:续[上前]?表|接上表)(?:[0-9]{1,3}(?![0-9])|[一二三四五六七八九十]{1,3}(?![般公]))?/gu;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/**
 * Text as compared: NFKC, no whitespace, but one space between two digits (`续表1 2024年`: the
 * mark's number and a year stay apart).
 */
const compact = (s: string): string =>
  s
    .normalize("NFKC")
    .replace(/\s+/gu, (ws: string, at: number, all: string) =>
      isDigit(all[at - 1]) && isDigit(all[at + ws.length]) ? " " : "",
    );

/**
 * Whether a title carries a continuation mark (`支出决算表（续）`, `续表1`, `（续表）`). @internal
 */
export function hasContinuation(title: string): boolean {
  return MARK.test(compact(title));
}

/**
 * Text after NFKC without whitespace (one space kept between two digits) and without its
 * continuation marks (`支出决算表（续）` is `支出决算表`, `续表1` is blank). @internal
 */
export function withoutContinuation(text: string): string {
  return compact(text).replace(MARKS, "");
}

/**
 * Whether text is a continuation mark and nothing else (`续表`, `（续表1）`, `续`), as a
 * continuation page's title or a row of a page's layout. @internal
 */
export function onlyContinuation(text: string): boolean {
  const c = compact(text);
  return c === "续" || (c !== "" && c.replace(MARKS, "") === "");
}
