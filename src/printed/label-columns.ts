/**
 * A label column printed left of a targets table's indicator columns: the national 申报表's
 * `绩效指标` cell merged down over its 一级 / 二级 / 三级 / 指标值 rows.
 */
import { normalizeLabel } from "../codes";
import type { TableKind } from "../templates";
import { columnQuality } from "./header-quality";
import { markedLevels } from "./periods";
import type { ReadProblem } from "./problems";
import type { PrintedTable } from "./types";

/** The labels such a column prints (after `normalizeLabel`: spacing and width folded). */
const LABELS: ReadonlySet<string> = /*#__PURE__*/ new Set([
  "绩效指标",
  "年度绩效指标",
  "项目绩效指标",
]);

/** Whether a cell or a header level is blank or one of the {@link LABELS}, and which. */
const labelOrBlank = (text: string): "blank" | "label" | undefined => {
  const plain = normalizeLabel(text.replaceAll("/", ""));
  return plain === "" ? "blank" : LABELS.has(plain) ? "label" : undefined;
};

/**
 * A column of a kind reading indicators one a row (`targets.indicator`) that labels them: headed
 * `绩效指标` (`年度绩效指标`, spaced, or unheaded), printing nothing but that label in its rows
 * (on the first only: a merged cell; on each; or nowhere), the label printed at least once, and
 * right of it a column the kind names by an indicator's 一级 / 二级 / 三级. It says nothing of the
 * indicators: read as an unheaded blank column, its printed cells kept in a `label-column`
 * problem (info). A column so headed printing anything else, or left of other columns, stays as
 * printed (an unknown column). One pass over the rows per candidate column. @internal
 */
export function labelColumns(
  printed: PrintedTable,
  kind: TableKind,
): { readonly table: PrintedTable; readonly problems: readonly ReadProblem[] } {
  const indicator = kind.targets?.indicator;
  const none = { table: printed, problems: [] };
  if (indicator === undefined) return none;
  const { headers, rows } = printed;
  const heads = headers.map(labelOrBlank);
  if (!heads.some((h) => h !== undefined)) return none;
  const levels = new Set(
    [indicator.level1, indicator.level2, indicator.name].flatMap((key) =>
      key === undefined ? [] : [kind.columns.findIndex((c) => c.key === key)],
    ),
  );
  const quality = columnQuality(kind);
  /** Whether the printed header names best one of the indicator's level columns. */
  const namesLevel = (header: string | undefined): boolean => {
    const path = markedLevels(header ?? "").levels;
    if (path.length === 0) return false;
    let top = 0;
    let at = -1;
    for (let c = 0; c < kind.columns.length; c++) {
      const q = quality(path, c);
      if (q > top) [top, at] = [q, c];
    }
    return levels.has(at);
  };
  const found: number[] = [];
  heads.forEach((head, i) => {
    if (head === undefined || !namesLevel(headers[i + 1])) return;
    let printsLabel = head === "label";
    for (const row of rows) {
      const cell = labelOrBlank(row[i] ?? "");
      if (cell === undefined) return;
      if (cell === "label") printsLabel = true;
    }
    if (printsLabel) found.push(i);
  });
  if (found.length === 0) return none;
  const at = new Set(found);
  const problems: ReadProblem[] = found.map((i) => ({
    code: "label-column",
    severity: "info",
    path: { header: i, text: headers[i] ?? "" },
    cells: rows.map((r) => r[i] ?? ""),
  }));
  const blanked = (r: readonly string[]) => r.map((cell, i) => (at.has(i) ? "" : cell));
  return { table: { ...printed, headers: blanked(headers), rows: rows.map(blanked) }, problems };
}
