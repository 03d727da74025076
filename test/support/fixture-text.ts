/**
 * Checks a hand-encoded {@link PrintedTable} against the fixture text it was read from.
 *
 * Exports:
 * - `fixtureText(name)`: a text under `shared/fixtures/` (`../shared/fixtures/<name>` from the repo
 *   root). Tests may read it; the library never does.
 * - `numbersIn(cell)`: the numeric tokens of a printed cell (`24,840,779`, `969.06`, `3000` in
 *   `≤3000元/人`, `410305240000000012440`).
 * - `tableSlice(text, title, nextTitle?)`: the table's own part of the text.
 * - `checkNumbersAgainstText(table, text, nextTitle?)`: problems found, `[]` when the table passes
 *   (every encoded number is printed in the table's slice, as often as the encoding uses it).
 * - `unencodedNumbers(table, text, nextTitle?)`: the reverse: numbers printed in the slice that
 *   no cell, header or note of the encoding accounts for (a dropped row or value shows up here).
 * - `checkTablesAgainstText(tables, text, end?)`: `checkNumbersAgainstText` for consecutive tables.
 * - `tableStart(table)`: where a table begins in the text: its printed number (`预算05表`, printed
 *   above the title) or else its title; pass the next table's as `nextTitle`.
 *
 * Matching ignores whitespace (the text layer wraps cells: `4103052400000\n\n00012440`) but
 * respects number boundaries: `8.07` does not match inside `508.07`, `0` not inside `2024`.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { PrintedTable } from "../../src/printed/types";

/** The text of `shared/fixtures/<name>`, e.g. `fixtureText("henan/luoyang-jianxi-cpc-office-2024.txt")`. */
export function fixtureText(name: string): string {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  return readFileSync(resolve(repoRoot, "../shared/fixtures", name), "utf8");
}

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;

/** The numeric tokens of a printed cell, in order. */
export function numbersIn(cell: string): string[] {
  return cell.match(NUMBER) ?? [];
}

/** A regex source matching `literal` with any whitespace between its characters. */
function spaced(literal: string): string {
  return Array.from(literal.replace(/\s+/g, ""), (ch) =>
    ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"),
  ).join("\\s*");
}

function occurrences(text: string, source: string, from = 0, to = text.length): RegExpExecArray[] {
  const re = new RegExp(source, "g");
  re.lastIndex = from;
  const found: RegExpExecArray[] = [];
  for (let m = re.exec(text); m !== null && m.index + m[0].length <= to; m = re.exec(text)) {
    found.push(m);
  }
  return found;
}

/**
 * The part of `text` belonging to the table titled `title`: from the end of the title's last
 * occurrence (a table of contents comes before the tables) to the first occurrence of
 * `nextTitle` after it, or to the end of the text. `undefined` when the title is not found.
 */
export function tableSlice(
  text: string,
  title: string,
  nextTitle?: string,
): { readonly start: number; readonly end: number } | undefined {
  const last = occurrences(text, spaced(title)).at(-1);
  if (last === undefined) return undefined;
  const start = last.index + last[0].length;
  const next =
    nextTitle === undefined ? undefined : occurrences(text, spaced(nextTitle), start).at(0);
  return { start, end: next === undefined ? text.length : next.index };
}

/** How often `token` occurs as a whole number in `text[start, end)`, whitespace ignored. */
function countNumber(text: string, token: string, start: number, end: number): number {
  const source = `(?<![\\d.,])${spaced(token)}(?![\\d]|[.,]\\d)`;
  return occurrences(text, source, start, end).length;
}

/**
 * Problems of one encoded table against the fixture text, `[]` when none:
 * - the title must occur in the text; every row must have one cell per header;
 * - the note, if any, must occur in the table's slice (whitespace ignored);
 * - every number in every cell must occur in the slice at least as many times as the encoding
 *   uses it (so an invented duplicate fails, not only an invented number).
 */
export function checkNumbersAgainstText(
  table: PrintedTable,
  text: string,
  nextTitle?: string,
): string[] {
  const slice = tableSlice(text, table.title, nextTitle);
  if (slice === undefined) return [`${table.title}: title not found in the text`];
  const problems: string[] = [];
  table.rows.forEach((row, i) => {
    if (row.length !== table.headers.length) {
      problems.push(
        `${table.title}: row ${i} has ${row.length} cells for ${table.headers.length} headers`,
      );
    }
  });
  const own = text.slice(slice.start, slice.end);
  if (
    table.note !== undefined &&
    !own.replace(/\s+/g, "").includes(table.note.replace(/\s+/g, ""))
  ) {
    problems.push(`${table.title}: note not found in the table's text`);
  }
  const uses = new Map<string, number>();
  for (const row of table.rows) {
    for (const cell of row) {
      for (const token of numbersIn(cell)) uses.set(token, (uses.get(token) ?? 0) + 1);
    }
  }
  for (const [token, used] of uses) {
    const found = countNumber(text, token, slice.start, slice.end);
    if (found < used) {
      problems.push(
        `${table.title}: "${token}" used ${used}× in the encoding, printed ${found}× in its text`,
      );
    }
  }
  return problems;
}

/** Where `table` begins in the text: its printed number (above the title) or else its title. */
export function tableStart(table: PrintedTable): string {
  return table.number ?? table.title;
}

/**
 * {@link checkNumbersAgainstText} for consecutive tables (printed order): each table's slice ends
 * where the next table starts; the last one's at `end` (e.g. `其他相关情况说明`) or the text's end.
 */
export function checkTablesAgainstText(
  tables: readonly PrintedTable[],
  text: string,
  end?: string,
): string[] {
  return tables.flatMap((table, i) => {
    const next = tables[i + 1];
    return checkNumbersAgainstText(table, text, next === undefined ? end : tableStart(next));
  });
}

/**
 * Numbers printed in the table's slice of `text` that the encoding does not account for: each
 * number used k times by the cells, headers and note removes k printed occurrences (whole
 * numbers, whitespace ignored, so a wrapped code counts once); what is left is returned in
 * printed order. `undefined` when the title is not found.
 */
export function unencodedNumbers(
  table: PrintedTable,
  text: string,
  nextTitle?: string,
): string[] | undefined {
  const slice = tableSlice(text, table.title, nextTitle);
  if (slice === undefined) return undefined;
  let own = text.slice(slice.start, slice.end);
  const encoded = [...table.rows.flat(), ...table.headers, table.note ?? ""].flatMap(numbersIn);
  // Longest first, so a wrapped long code is removed before its pieces could be mistaken.
  encoded.sort((a, b) => b.length - a.length);
  for (const token of encoded) {
    const re = new RegExp(`(?<![\\d.,])${spaced(token)}(?![\\d]|[.,]\\d)`);
    own = own.replace(re, "#");
  }
  return numbersIn(own);
}
