import type { TableKind } from "../templates";
import { plainText as plainHeader } from "./cells";
import { type ColumnMatch, matchHeaders } from "./headers";
import type { ReadProblem } from "./problems";
import type { PrintedTable } from "./types";

/** Whether column `c` is blank on every row. */
const blankColumn = (rows: readonly (readonly string[])[], c: number): boolean =>
  rows.every((r) => (r[c] ?? "").trim() === "");

/**
 * A header cell merged over two printed columns, given by a table extractor as the same header
 * twice side by side with the cells under one of them (`项目名称 | 项目名称`, the other column blank
 * on every row): the blank twin is read as a column without a header (nothing to read, nothing
 * lost), so the header names one column, the one printing its cells, wherever the extractor put
 * them. Reported as `merged-header` (info). Twins that both print something stay as printed. One
 * pass over the rows per twin. @internal
 */
export function unheadBlankTwins(printed: PrintedTable): {
  readonly table: PrintedTable;
  readonly problems: readonly ReadProblem[];
} {
  const { headers, rows } = printed;
  let out: string[] | undefined;
  const problems: ReadProblem[] = [];
  for (let i = 0; i + 1 < headers.length; i++) {
    const text = headers[i] ?? "";
    const plain = plainHeader(text);
    if (plain === "" || plainHeader(headers[i + 1] ?? "") !== plain) continue;
    const blank = blankColumn(rows, i) ? i : blankColumn(rows, i + 1) ? i + 1 : -1;
    if (blank < 0) continue;
    out ??= [...headers];
    out[blank] = "";
    const into = blank === i ? i + 1 : i;
    problems.push({
      code: "merged-header",
      severity: "info",
      path: { header: blank, text: headers[blank] ?? "" },
      into,
    });
    i++;
  }
  return { table: out === undefined ? printed : { ...printed, headers: out }, problems };
}

/** Whether a header level prints nothing (blank, or only spaces of any width). */
const blankLevel = (level: string): boolean => level.trim() === "";

/**
 * Group headings merged over several columns, given by a table extractor over the first of them
 * only: the header rows read into paths put the heading in the first column's path and leave the
 * others' blank at that level (`本年收入/一般公共预算/小计`, `//其中：财政拨款`; `绩效目标/成本指标/
 * 三级指标`, `//指标值`). A path whose leading levels are blank, right after a column whose path
 * prints those levels and one more at the next (a sibling under the same headings), takes the
 * headings from it, so `其中：财政拨款` is read under `一般公共预算`, not as any 财政拨款 column. A
 * blank header, or one printing its first level, stays as printed (and starts no group of its
 * own). One pass over the headers. See {@link groupHeadings}, which keeps a carried path only
 * where the kind reads it better. @internal
 */
export function carryGroupHeadings(headers: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  let previous: readonly string[] = [];
  headers.forEach((header, i) => {
    const levels = header.split("/");
    let blank = 0;
    while (blank < levels.length && blankLevel(levels[blank] ?? "")) blank++;
    const sibling =
      blank > 0 &&
      blank < levels.length &&
      previous.length > blank &&
      previous.slice(0, blank + 1).every((l) => !blankLevel(l));
    if (sibling) {
      const filled = [...previous.slice(0, blank), ...levels.slice(blank)];
      out ??= [...headers];
      out[i] = filled.join("/");
      previous = filled;
    } else previous = levels;
  });
  return out ?? headers;
}

const MATCH_RANK: Readonly<Record<ColumnMatch["match"], number>> = {
  full: 3,
  suffix: 2,
  partial: 1,
  none: 0,
};

/**
 * The table with {@link carryGroupHeadings}' paths where the kind reads them at least as well as
 * the printed ones (`//其中：财政拨款` as `本年收入/一般公共预算/其中：财政拨款`, `//指标值` as
 * `绩效目标/产出指标/指标值`, not as the 指标值 of another group), the printed ones elsewhere: a
 * heading printed in a lower header row (`/项目支出`, a column's own heading an extractor put in
 * the row below) reads worse under the headings of the column before it, so stays its own. Itself when no path has blank leading levels; else the headers are matched twice more.
 * @internal
 */
export function groupHeadings(
  printed: PrintedTable,
  kind: TableKind,
  year: number | undefined,
): PrintedTable {
  const { headers } = printed;
  const carried = carryGroupHeadings(headers);
  if (carried === headers) return printed;
  const before = matchHeaders(headers, kind, { year }).columns;
  const after = matchHeaders(carried, kind, { year }).columns;
  const better = (i: number) => {
    const rank = MATCH_RANK[after[i]?.match ?? "none"];
    return rank > 0 && rank >= MATCH_RANK[before[i]?.match ?? "none"];
  };
  const chosen = headers.map((h, i) => (carried[i] !== h && better(i) ? (carried[i] ?? h) : h));
  return chosen.every((h, i) => h === headers[i]) ? printed : { ...printed, headers: chosen };
}
