import type { ReadProblem } from "./problems";
import type { PrintedTable } from "./types";

/** A printed header as compared: no whitespace, full-width forms folded. */
const plainHeader = (h: string): string => h.normalize("NFKC").replace(/\s+/gu, "");

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
