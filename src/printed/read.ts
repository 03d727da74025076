import type { Table } from "../disclosure";
import { barePageRows } from "./bare-page-numbers";
import { blankColumns } from "./blank-columns";
import { buildRows } from "./build-rows";
import { checkAmounts } from "./cells";
import { codeColumns } from "./code-columns";
import { crossClassified } from "./cross-classified";
import { readDressedAmounts } from "./dressed-amounts";
import { findKind } from "./find-kind";
import { finish, otherPeriodColumns } from "./finish-rows";
import { matchHeaders } from "./headers";
import { headedRepeats } from "./heading-blocks";
import { shapePrinted } from "./input";
import { labelColumns } from "./label-columns";
import { type LayoutRowKind, layoutRows } from "./layout-rows";
import { linesUnit } from "./line-units";
import { groupHeadings, unheadBlankTwins } from "./merged-headers";
import { splitMergedRowNumbers } from "./merged-row-numbers";
import { readMarkedCells } from "./note-marks";
import { noteRows, titleNote } from "./note-rows";
import { numberColumns } from "./number-columns";
import { ownOfficeSharingName } from "./own-office";
import { titleYear } from "./periods";
import { type ReadProblem, rowWidthProblems } from "./problems";
import type { ReadOptions, ReadResult } from "./read-options";
import { remarkColumns } from "./remark-columns";
import { repeatedHeaderRows } from "./repeated-headers";
import { readBack, reshapePrinted } from "./reshape";
import { shareColumns } from "./share-headers";
import { headersUnit, printedUnitLine, readTableUnit } from "./table-unit";
import type { PrintedTable } from "./types";
import { captionNames } from "./unit-name-caption";
import { oneRowKind } from "./unit-rows-total";
import { unitNameMap } from "./unit-sections";

export type { ReadOptions, ReadResult } from "./read-options";

/**
 * Reads a table as printed into a typed {@link Table} of a template: recognises the kind from the
 * title (see {@link recogniseTableKind}) unless `options.kind` forces one, places each header on
 * a column (see {@link matchHeaders}), and gives each printed row a row key:
 *
 * - grid tables: by its codes (segments joined, `201 | 31 | 01` → functional 2013101; economic
 *   rows with their government code), by its unit code (a departmental economic code printed in
 *   the unit code column is an economic row when the kind accepts them), a `合计` / `总计`
 *   label (or an unlabelled first row) as the total, a project name (with its code), or as an
 *   indicator continuation line (numbered from 0 in printed order);
 * - line tables: each side of a two-sided row separately, by line label (tracking sections such
 *   as `二、上年结转`), or as a functional 类 (by catalog name, else by ordinal = code − 200).
 *
 * A table by code printed as blocks side by side under the same headers (the 决算 基本支出表) is
 * read as one list, block after block; a one-row kind printed one item a row (`项目 | 预算数 |
 * 决算数`) is read as its one row (see `reshape.ts`). Problems and row sources name the printed
 * rows and cells either way.
 *
 * Each row's `cells` holds every amount, text and attribute column's printed string by column key
 * (`""` for blanks, `extra:<header>` for unknown headers). Blank printed rows are skipped; rows
 * that cannot be placed are left out and reported with their printed cells. Never throws.
 *
 * @example
 * ```ts
 * import { henan2024 } from "yusuan/templates";
 * import { readPrintedTable } from "yusuan/printed";
 * const r = readPrintedTable(
 *   {
 *     title: "2024年部门支出预算表",
 *     unit: "万元",
 *     headers: ["科目编码/类", "科目编码/款", "科目编码/项", "单位（科目名称）", "合计"],
 *     rows: [["", "", "", "合计", "77.00"], ["201", "31", "02", "一般行政管理事务", "77.00"]],
 *   },
 *   { template: henan2024 },
 * );
 * r.kind; // "expenditure"
 * r.table?.rows[1]?.key; // { kind: "functional", code: "2013102" }
 * r.table?.rows[1]?.cells; // { total: "77.00" }
 * ```
 */
export function readPrintedTable(given: PrintedTable, options: ReadOptions): ReadResult {
  // From plain JavaScript: numbers and nulls read as text, a value of another shape reported.
  const shaped = shapePrinted(given);
  // A merged header cell given twice (`项目名称 | 项目名称`, one of them blank): read as one column;
  // a column of remarks (`备注`) that prints no figure: read as a blank one, its text kept.
  const remarks = shaped.table === undefined ? undefined : remarkColumns(shaped.table);
  const twins = remarks === undefined ? undefined : unheadBlankTwins(remarks.table);
  const unread = twins?.table;
  if (unread === undefined) {
    const problems = [...shaped.problems];
    return { ok: false, table: undefined, kind: undefined, columns: [], problems, rowSources: [] };
  }
  const found = findKind(unread, options);
  const { kind } = found;
  if (kind === undefined) {
    const problems = found.problem === undefined ? [] : [found.problem];
    return { ok: false, table: undefined, kind: undefined, columns: [], problems, rowSources: [] };
  }
  const year = options.year ?? titleYear(unread.title);
  // A 绩效指标 cell merged down left of the indicator columns: read as an unheaded blank column.
  const labels = labelColumns(unread, kind);
  // Group headings an extractor gave over the first of their columns only: carried to the rest;
  // codes in a column without a header of its own, left of the names: the kind's code column.
  const coded = codeColumns(groupHeadings(labels.table, kind, year), kind, year);
  // Blocks side by side, or a one-row kind printed one item a row: read in the kind's shape.
  const reshaped = reshapePrinted(coded.table, kind, year, options.catalog, options.units);
  if (reshaped !== undefined)
    return readBack(
      readPrintedTable(reshaped.table, { ...options, kind: kind.id }),
      coded.table,
      reshaped,
    );
  // A row number merged with its figure (`1 307.82` beside a blank 行次) is the two cells.
  const split = splitMergedRowNumbers(coded.table);
  // A column numbering the rows (序号, 行次: `1`, `2.1`) is the layout's: read as a blank one;
  // …and so is one of percentages the kind has no column for (`占比（%）`), its cells kept.
  const numbers = numberColumns(split.table);
  const shares = shareColumns(numbers.table, kind, year);
  const printed = shares.table;
  const problems: ReadProblem[] = [
    ...(remarks?.problems ?? []),
    ...(twins?.problems ?? []),
    ...labels.problems,
    ...numbers.problems,
    ...shares.problems,
    ...coded.problems,
    ...split.problems,
  ];
  // The unit line above the table, or in its title (`部门支出总表（单位：元）`).
  const line = printedUnitLine(printed);
  // The layout printed among the rows (续表, 单位：万元, 栏次 1 2 3, the title again) is skipped;
  // a unit line there is the table's when it printed none above.
  // …and so is a caption naming the department under a unit's label (`单位名称：某局`), by its name.
  const rowsOfLayout = layoutRows(printed, kind, line.line, captionNames(options));
  // A bare total beside a balance is the one its figures tell (see `ColumnSpec.beside.sums`).
  const matched = matchHeaders(printed.headers, kind, { year, rows: printed.rows });
  // …and a page's number printed bare between two rows (`13`), where it can be nothing else.
  const layout = withPages(
    rowsOfLayout,
    barePageRows(printed.rows, matched.columns, rowsOfLayout.rows),
  );
  // …the unit its amount headers name (`合计（元）`), which must agree (the kind's default where
  // none names one)…
  const headers = () => headersUnit(matched.columns, kind);
  // …and the unit the money lines print with their labels (`年度资金总额（元）`), which must agree.
  const lines = () => linesUnit(printed, kind, matched.columns);
  const read = readTableUnit(printed, kind, { line, layout: layout.unit, headers, lines });
  const { problem, unknownUnit: unitLine } = read;
  if (problem !== undefined) problems.push(problem);
  const unknownUnit = unitLine === undefined ? {} : { unknownUnit: unitLine };
  // A blank twin or a remark column read as unheaded (`merged-header`, `remark-column`) is no
  // unknown header.
  const unheaded = new Set(
    [
      ...(remarks?.problems ?? []),
      ...(twins?.problems ?? []),
      ...labels.problems,
      ...numbers.problems,
      ...shares.problems,
    ].map((p) => ("header" in p.path ? p.path.header : -1)),
  );
  // …nor is a column an extractor added that has no header text and prints nothing (`blank-column`).
  for (const p of blankColumns(printed, unheaded)) {
    problems.push(p);
    unheaded.add(p.path.header);
  }
  for (const p of matched.problems)
    if (!(p.code === "unknown-header" && unheaded.has(p.path.header))) problems.push(p);
  // A code printed whole leaves its split columns unprinted (and the reverse): not missing.
  const printedSystems = new Set(
    matched.columns.map((c) => (c.column?.role === "code" ? c.column.system : undefined)),
  );
  for (const c of matched.missing) {
    if (c.role === "code" && printedSystems.has(c.system)) continue;
    // A column only some printers add is not missing where it is not printed.
    if (c.rare === true) continue;
    const header = c.headers[0] ?? c.key;
    problems.push({
      code: "missing-column",
      severity: "info",
      path: { title: printed.title },
      column: c.key,
      header,
    });
  }
  rowWidthProblems(printed, problems);
  // Header rows a page break printed again are skipped (read as blank rows), each noted.
  const repeated = repeatedHeaderRows(printed.headers, printed.rows, matched.columns);
  for (const row of repeated)
    problems.push({ code: "repeated-header", severity: "info", path: { row } });
  for (const [row, what] of layout.rows)
    problems.push({ code: "layout-row", severity: "info", path: { row }, what });
  // A note printed as a row inside the table's frame (注：…, 说明：…) is the table's note.
  const notes = noteRows(printed.rows);
  const skip = (i: number) => repeated.has(i) || notes.rows.has(i) || layout.rows.has(i);
  const printedRows =
    repeated.size === 0 && notes.rows.size === 0 && layout.rows.size === 0
      ? printed.rows
      : printed.rows.map((r, i) => (skip(i) ? r.map(() => "") : r));
  // …and so is a title's closing bracket saying the table is empty (`…决算表（本表无数据）`).
  const inTitle = titleNote(printed.title);
  const note = [
    ...(printed.note === undefined ? [] : [printed.note]),
    ...(inTitle === undefined ? [] : [inTitle]),
    ...notes.texts,
  ].join("\n");
  // A figure or code printed with a note mark after it (`12.00*`, `12.00（注1）`) is read without.
  const marked = readMarkedCells(printedRows, matched.columns, problems);
  // …and a figure dressed (`￥1,100.00`, `1 100.00`, `1,100.00万元`, `1,100.00（含结转）`).
  // A table printing no unit is in the one its figures print (`1,100.00元`), else the default.
  const dressed = readDressedAmounts(marked, matched.columns, read, problems);
  const { rows: unmarked, unit } = dressed;
  const rowsRead = buildRows(unmarked, kind, matched.columns, options);
  problems.push(...rowsRead.problems);
  const built = oneRowKind(rowsRead.built, kind, matched.columns, unmarked, problems, {
    names: unitNameMap(options.units, true),
    departmentCode: options.departmentCode,
    ownShared: ownOfficeSharingName(options.units),
  });
  checkAmounts(built, matched.columns, unit, problems, dressed.foreign);
  // Rows by a second dimension the kind does not read (a column it does not have, a heading it
  // could not place over each block): kept unplaced, never one fact stated twice.
  const apart = headedRepeats(crossClassified(built, problems), kind, problems, unmarked);
  const rows = finish(apart, problems, kind, unit);
  const otherPeriods = otherPeriodColumns(matched.problems);
  const table: Table = {
    kind: kind.id,
    title: printed.title,
    ...(printed.number === undefined ? {} : { number: printed.number }),
    unit,
    ...unknownUnit,
    rows,
    ...(otherPeriods === undefined ? {} : { otherPeriods }),
    ...(printed.note === undefined && note === "" ? {} : { note }),
  };
  const ok = !problems.some((p) => p.severity === "error");
  const wrapped = rowsRead.wrapped ?? [];
  return {
    ok,
    table,
    kind: kind.id,
    columns: matched.columns,
    problems,
    rowSources: built.map((b) => b.source),
    ...(wrapped.length === 0 ? {} : { folded: wrapped }),
  };
}

/** The layout's rows with the rows printing a page's number (`pages`) among them. */
function withPages<L extends { readonly rows: ReadonlyMap<number, LayoutRowKind> }>(
  layout: L,
  pages: readonly number[],
): L {
  if (pages.length === 0) return layout;
  const rows = new Map(layout.rows);
  for (const row of pages) rows.set(row, "page");
  return { ...layout, rows };
}
