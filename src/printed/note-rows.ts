/** A note's opening word and its colon (`注：`, `说明:`, `备注1：`, `注 ：`), on NFKC text. */
const NOTE_START = /^(?:注|说明|备注)[0-9一二三四五六七八九十]{0,2} ?:/u;

/**
 * The rows of a printed table that are its note, printed inside the table's frame (as table
 * extractors give a `注：本表反映…` or `说明：…故本表无数据` line): a row whose first non-blank
 * cell opens with 注 / 说明 / 备注 and a colon, every other cell blank or the same text (a
 * merged cell given once per column). Their texts, in order, are the table's note, not its data.
 * Linear: each cell read once. @internal
 */
export function noteRows(rows: readonly (readonly string[])[]): {
  readonly rows: ReadonlySet<number>;
  readonly texts: readonly string[];
} {
  const found = new Set<number>();
  const texts: string[] = [];
  rows.forEach((row, index) => {
    let text: string | undefined;
    for (const cell of row) {
      const t = cell.trim();
      if (t === "") continue;
      if (text === undefined) {
        if (!NOTE_START.test(t.slice(0, 8).normalize("NFKC"))) return;
        text = t;
      } else if (t !== text) return;
    }
    if (text === undefined) return;
    found.add(index);
    texts.push(text);
  });
  return { rows: found, texts };
}
