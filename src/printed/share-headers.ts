import { normalizeLabel } from "../codes";
import type { TableKind } from "../templates";
import { matchHeaders } from "./headers";
import type { ReadProblem } from "./problems";
import type { PrintedTable } from "./types";

/**
 * Words a column of each row's share of a total is headed by (after `normalizeLabel`, brackets
 * half-width): `占比`, `比重`, `所占比例`, `百分比`.
 */
const SHARE_WORDS: ReadonlySet<string> = /*#__PURE__*/ new Set([
  "占比",
  "比重",
  "比例",
  "百分比",
  "所占比重",
  "所占比例",
  "构成比",
  "占比情况",
]);

/** How a share of something is worded after 占 (`占总支出比例`, `占部门支出的比重`). */
const OF_ENDINGS = ["比例", "比重", "比"] as const;

/** A percent sign closing a header level (`占比(%)`, `比重%`), as `normalizeLabel` leaves it. */
const PERCENT = ["(%)", "%"] as const;

/**
 * Whether a printed header heads a column of percentages: its last level closes with a percent
 * sign (`占比（%）`, `完成率(%)`) or is worded as a share of a total (`占比`, `比重`,
 * `占总支出比例`, `占部门支出的比重`). Such a column prints no amount. A fixed number of suffix and
 * prefix tests. @internal
 */
export function isShareHeader(header: string): boolean {
  const last = normalizeLabel(header.slice(header.lastIndexOf("/") + 1));
  const closing = PERCENT.find((p) => last.endsWith(p));
  if (closing !== undefined && last.length > closing.length) return true;
  if (SHARE_WORDS.has(last)) return true;
  return last.startsWith("占") && OF_ENDINGS.some((e) => last.endsWith(e)) && last.length > 2;
}

/**
 * The columns of percentages (see {@link isShareHeader}) the kind has no column for (a 支出表's
 * `占比（%）`, each 科目's share of the total): no amount and no part of any sum, so read as
 * unheaded blank columns (no unknown column of figures that each sum of the table would fall to
 * insufficient data over), their printed cells kept in a `share-column` problem (info). A kind
 * naming the header (a 决算's `占比`) reads it as its own; a column of another period's or of a
 * change (`增减%`: `other-period-header`) stays that. The headers matched once, where one
 * is so worded; one pass over the rows. @internal
 */
export function shareColumns(
  printed: PrintedTable,
  kind: TableKind,
  year: number | undefined,
): { readonly table: PrintedTable; readonly problems: readonly ReadProblem[] } {
  const { headers, rows } = printed;
  if (!headers.some(isShareHeader)) return { table: printed, problems: [] };
  const { columns, problems: placed } = matchHeaders(headers, kind, { year });
  // A change between years in percent (`增减%`) or another year's share is another period's.
  const otherPeriod = new Set(
    placed.flatMap((p) => (p.code === "other-period-header" ? [p.path.header] : [])),
  );
  const shares = columns.flatMap((c) =>
    c.column === undefined && !otherPeriod.has(c.index) && isShareHeader(c.header) ? [c.index] : [],
  );
  if (shares.length === 0) return { table: printed, problems: [] };
  const at = new Set(shares);
  const problems: ReadProblem[] = shares.map((i) => ({
    code: "share-column",
    severity: "info",
    path: { header: i, text: headers[i] ?? "" },
    cells: rows.map((r) => r[i] ?? ""),
  }));
  const blanked = (r: readonly string[]) => r.map((cell, i) => (at.has(i) ? "" : cell));
  return {
    table: { ...printed, headers: blanked(headers), rows: rows.map(blanked) },
    problems,
  };
}
