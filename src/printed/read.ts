import type { Catalog } from "../catalog";
import { type OtherPeriod, type Row, type RowKey, rowKeyId, type Table } from "../disclosure";
import { onlyContinuation } from "../disclosure/continued";
import { namesTold, projectCoordinate } from "../disclosure/project-identity";
import { printedAgree } from "../disclosure/residue";
import { isUnitMark, unitCloser } from "../disclosure/row-key";
import type { IndicatorFramework } from "../performance/framework/types";
import type { TableKind, Template } from "../templates";
import { buildRows } from "./build-rows";
import { checkAmounts, statesNoFigure } from "./cells";
import { codeColumns } from "./code-columns";
import { crossClassified } from "./cross-classified";
import { readDressedAmounts } from "./dressed-amounts";
import { type ColumnMatch, matchHeaders } from "./headers";
import { headedRepeats } from "./heading-blocks";
import { shapePrinted } from "./input";
import { layoutRows } from "./layout-rows";
import { groupHeadings, unheadBlankTwins } from "./merged-headers";
import { splitMergedRowNumbers } from "./merged-row-numbers";
import { readMarkedCells } from "./note-marks";
import { noteRows, titleNote } from "./note-rows";
import { numberColumns } from "./number-columns";
import { titleYear } from "./periods";
import { type ReadProblem, rowWidthProblems } from "./problems";
import { remarkColumns } from "./remark-columns";
import { repeatedHeaderRows } from "./repeated-headers";
import { readBack, reshapePrinted } from "./reshape";
import { headersUnit, printedUnitLine, readTableUnit } from "./table-unit";
import { headerRows, rankTableKinds } from "./title";
import type { PrintedTable } from "./types";
import { oneRowKind } from "./unit-rows-total";
import { unitNameMap } from "./unit-sections";
import type { BuiltRow } from "./wrapped-rows";

/**
 * Options of {@link readPrintedTable}: the template whose table kinds to recognise, a functional
 * catalog to resolve 类 labels of line tables by name (`十、卫生健康` → 210) and to tell a 科目's
 * name wrapped onto the next printed row from a row of its own below a whole name (an economic
 * catalog does the latter for economic 科目), a kind id to force
 * instead of recognising the title, the department's code (a unit code starting with it is
 * always a unit row, even where an economic code could be printed), the document's year
 * (a column headed with another year, or 上年, is not read as this year's: see `matchHeaders`),
 * the disclosure's units (`units`), and, page by page, what the page before was: its kind
 * (`continues`, for a page titled `续表` alone) and its table (`previous`, for a 类 printed once
 * and cut at the page break). Passing the page before for every page is safe: each is read only
 * where the page continues it.
 *
 * @example
 * ```ts
 * import { henan2024 } from "yusuan/templates";
 * import type { ReadOptions } from "yusuan/printed";
 * const options: ReadOptions = { template: henan2024, departmentCode: "116" };
 * // reading page 2 of a document: the kind and the table read from page 1
 * const next = (kind: string, previous: import("yusuan").Table): ReadOptions => ({
 *   ...options,
 *   continues: kind,
 *   previous,
 * });
 * ```
 */
export interface ReadOptions {
  readonly template: Template;
  readonly catalog?: Catalog;
  readonly kind?: string;
  readonly departmentCode?: string;
  /** The document's year (`meta.year`); the year the title prints when absent. */
  readonly year?: number;
  /**
   * The disclosure's units (`meta.units`, and the department), each with its code: a unit's row
   * printed by its name alone (no code) is read as that unit's. A row naming a unit not listed
   * here, over a unit's 科目 rows, leaves them unplaced (`unplaced-row` with `under`).
   */
  readonly units?: readonly { readonly code?: string; readonly name: string }[];
  /**
   * The kind id of the table printed before this page, when the page may continue it: a page
   * titled by a continuation mark alone (`续表`, `续表1`, `（续表）`, `续上表`) is read as that
   * kind, and keeps its title, so a disclosure reads it as the rest of that table. Without it
   * such a page is `continued-title`.
   */
  readonly continues?: string;
  /**
   * The table read from the page before, when this page may continue it: a code printed once
   * over the rows below it (a 类 over its 款 and 项) and cut at the page break is read on the
   * next page's first rows from that table's last code row. Read only when of this page's kind;
   * a page whose first row prints its leading code cells reads nothing of it.
   */
  readonly previous?: Table;
  /**
   * The indicator trees a table of targets prints by: an 一级 / 二级 name its cell's wrap cut
   * onto two rows (`服务对象满` / `意度指标`) is joined in their names. The trees the library
   * knows when absent (see `PROJECT_FRAMEWORKS`, `HENAN_DEPARTMENT_FRAMEWORK` in
   * `yusuan/performance`).
   */
  readonly frameworks?: readonly IndicatorFramework[];
}

/**
 * The outcome of {@link readPrintedTable}: the typed table (absent when no kind was found), the
 * kind id, how each printed column was placed, the problems, and for each row of the table the
 * index of the printed row it came from (a two-sided printed row gives up to two rows).
 * `ok` is true when there is a table and no problem of severity `error`.
 *
 * @example
 * ```ts
 * import type { ReadResult } from "yusuan/printed";
 * const errors = (r: ReadResult) => r.problems.filter((p) => p.severity === "error").length;
 * ```
 */
export interface ReadResult {
  readonly ok: boolean;
  readonly table: Table | undefined;
  readonly kind: string | undefined;
  readonly columns: readonly ColumnMatch[];
  readonly problems: readonly ReadProblem[];
  readonly rowSources: readonly number[];
  /**
   * Printed rows read together into one table row, where a layout folds several into one (a
   * one-row kind printed one item a row: every item row, the first being the row's source; the
   * row is left out where all its cells are blank), or where a row prints the rest of the row
   * above (a long name wrapped onto a second line: `wrapped-row`). Absent when no row was folded.
   */
  readonly folded?: readonly number[];
}

function findKind(
  printed: PrintedTable,
  options: ReadOptions,
): { kind: TableKind | undefined; problem: ReadProblem | undefined } {
  const path = { title: printed.title };
  if (options.kind !== undefined) {
    const kind = options.template.tables.find((k) => k.id === options.kind);
    const problem: ReadProblem = {
      code: "unknown-kind",
      severity: "error",
      path,
      kind: options.kind,
    };
    return kind === undefined ? { kind, problem } : { kind, problem: undefined };
  }
  // A code column headed by its classification (`经济分类科目编码`) names the rows: a table by
  // economic 科目 is no table by function, however its title reads (`…支出决算明细表`).
  // Only the economic is taken so: a 功能分类科目 heading over economic codes is seen too.
  const economic = headerRows(printed.headers) === "economic";
  const ranked = rankTableKinds(printed.title, options.template).filter(
    (r) =>
      !economic || r.kind.rowKinds.includes("economic") || !r.kind.rowKinds.includes("functional"),
  );
  const [best, second] = ranked;
  // A page titled only `续表` names no kind: it is the kind of the table it continues.
  if (best === undefined && onlyContinuation(printed.title)) {
    const kind = options.template.tables.find((k) => k.id === options.continues);
    if (kind !== undefined) return { kind, problem: undefined };
    const problem: ReadProblem = { code: "continued-title", severity: "error", path };
    return { kind: undefined, problem };
  }
  if (best === undefined)
    return { kind: undefined, problem: { code: "unknown-title", severity: "error", path } };
  if (second !== undefined && second.score === best.score) {
    const candidates = ranked.filter((r) => r.score === best.score).map((r) => r.kind.id);
    return {
      kind: undefined,
      problem: { code: "ambiguous-title", severity: "error", path, candidates },
    };
  }
  return { kind: best.kind, problem: undefined };
}

/**
 * The rows in printed order, indicators numbered; a key seen before under the same unit (rows
 * after an `org` row belong to it) is a `duplicate-row` problem, both rows kept (at info where one
 * of them states no figure, or for the total printed twice with the same figures: one statement
 * printed twice); a unit's row printed again after its own rows (its 小计) is none, and so is a
 * project of one name told apart by something else it prints (its code, its 项目单位, a column
 * the kind does not have: see `namesTold`), as lowering tells them apart.
 */
function finish(
  built: readonly BuiltRow[],
  problems: ReadProblem[],
  kind: TableKind,
  amountUnit: string,
): Row[] {
  let indicator = 0;
  const rows = built.map((b): Row => {
    const key: RowKey =
      b.key.kind === "indicator" ? { kind: "indicator", index: indicator++ } : b.key;
    return b.name === undefined ? { key, cells: b.cells } : { key, name: b.name, cells: b.cells };
  });
  const told = namesTold(rows, undefined, kind);
  const seen = new Map<string, BuiltRow>();
  let unit = "";
  // The unit whose projects follow, as lowering follows it (a unit's row; the total ends it).
  let projectsOf: string | undefined;
  const closer = unitCloser();
  rows.forEach((row, i) => {
    const b = built[i] as BuiltRow;
    const { key } = row;
    const id = rowKeyId(key);
    // A unit's row printed again to close its own rows (its 小计) repeats no row: the checker
    // compares the two.
    const closes = closer(key);
    if (key.kind === "org" || key.kind === "total") unit = id;
    if (key.kind === "org") projectsOf = key.code;
    else if (key.kind === "total") projectsOf = undefined;
    const own =
      key.kind === "project" && told !== undefined
        ? `${id}\u0000${projectCoordinate(key.name, row, projectsOf, told)}`
        : id;
    const scoped = key.kind === "org" || key.kind === "total" ? id : `${unit}\u0000${own}`;
    const mark = isUnitMark(b);
    const earlier = key.kind === "unplaced" || closes || mark ? undefined : seen.get(scoped);
    if (earlier === undefined) seen.set(scoped, b);
    else {
      const severity =
        statesNoFigure(earlier.cells) ||
        statesNoFigure(b.cells) ||
        (key.kind === "total" && printedAgree(earlier, b, kind, amountUnit))
          ? "info"
          : "warning";
      const pair = [earlier.source, b.source] as const;
      problems.push({
        code: "duplicate-row",
        severity,
        path: { row: b.source },
        key: id,
        rows: pair,
      });
    }
  });
  return rows;
}

/**
 * The columns the headers placed as last year's figures or a change between years (their
 * `other-period-header` problems), by cell key; `undefined` when there are none. A later year's
 * or an undecided one's stay unknown columns: one of them may be this year's figures.
 */
function otherPeriodColumns(
  problems: readonly ReadProblem[],
): Readonly<Record<string, OtherPeriod>> | undefined {
  let out: Record<string, OtherPeriod> | undefined;
  for (const p of problems)
    if (
      p.code === "other-period-header" &&
      (p.period === "prior" || p.period === "change" || p.period === "budget")
    ) {
      out ??= {};
      out[p.key] = p.period;
    }
  return out;
}

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
  // Group headings an extractor gave over the first of their columns only: carried to the rest;
  // codes in a column without a header of its own, left of the names: the kind's code column.
  const coded = codeColumns(groupHeadings(unread, kind, year), kind, year);
  // Blocks side by side, or a one-row kind printed one item a row: read in the kind's shape.
  const reshaped = reshapePrinted(coded.table, kind, year, options.catalog);
  if (reshaped !== undefined)
    return readBack(
      readPrintedTable(reshaped.table, { ...options, kind: kind.id }),
      coded.table,
      reshaped,
    );
  // A row number merged with its figure (`1 307.82` beside a blank 行次) is the two cells.
  const split = splitMergedRowNumbers(coded.table);
  // A column numbering the rows (序号, 行次: `1`, `2.1`) is the layout's: read as a blank one.
  const numbers = numberColumns(split.table);
  const printed = numbers.table;
  const problems: ReadProblem[] = [
    ...(remarks?.problems ?? []),
    ...(twins?.problems ?? []),
    ...numbers.problems,
    ...coded.problems,
    ...split.problems,
  ];
  // The unit line above the table, or in its title (`部门支出总表（单位：元）`).
  const line = printedUnitLine(printed);
  // The layout printed among the rows (续表, 单位：万元, 栏次 1 2 3, the title again) is skipped;
  // a unit line there is the table's when it printed none above.
  const layout = layoutRows(printed, kind, line.line);
  const matched = matchHeaders(printed.headers, kind, { year });
  // …else the unit its amount headers name (`合计（元）`), the kind's default where none does.
  const headers = () => headersUnit(matched.columns, kind);
  const read = readTableUnit(printed, kind, { line, layout: layout.unit, headers });
  const { problem, unknownUnit: unitLine } = read;
  if (problem !== undefined) problems.push(problem);
  const unknownUnit = unitLine === undefined ? {} : { unknownUnit: unitLine };
  // A blank twin or a remark column read as unheaded (`merged-header`, `remark-column`) is no
  // unknown header.
  const unheaded = new Set(
    [...(remarks?.problems ?? []), ...(twins?.problems ?? []), ...numbers.problems].map((p) =>
      "header" in p.path ? p.path.header : -1,
    ),
  );
  for (const p of matched.problems)
    if (!(p.code === "unknown-header" && unheaded.has(p.path.header))) problems.push(p);
  // A code printed whole leaves its split columns unprinted (and the reverse): not missing.
  const printedSystems = new Set(
    matched.columns.map((c) => (c.column?.role === "code" ? c.column.system : undefined)),
  );
  for (const c of matched.missing) {
    if (c.role === "code" && printedSystems.has(c.system)) continue;
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
