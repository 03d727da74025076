import type { RowKey } from "../disclosure";
import { builtInFrameworks } from "../performance/framework/classify";
import type { IndicatorFramework } from "../performance/framework/types";
import type { TableKind } from "../templates";
import { accepts, cellsOf, isBlank, isValueColumn, labelOf } from "./cells";
import { classHeadings } from "./class-headings";
import { classSubtotals } from "./class-subtotals";
import { type CarriedSegments, carriedAfter } from "./codes";
import { departmentCaption, departmentNamed } from "./department-caption";
import { economicClasses } from "./economic-rows";
import { placeGridRow } from "./grid";
import { fillGroupCells } from "./group-cells";
import type { ColumnMatch } from "./headers";
import { readLineRows } from "./lines";
import { ambiguousRunHeads } from "./lists-projects";
import { labelsOrgTotal } from "./org-total";
import { ownOfficeSharingName } from "./own-office";
import type { ReadProblem } from "./problems";
import { projectUnitHeadings } from "./project-units";
import type { ReadOptions } from "./read";
import { sharedUnitNames, unitBlocks } from "./unit-blocks";
import { unitColumns } from "./unit-columns";
import {
  soleUnitHeading,
  unitCaption,
  unitCodeSet,
  unitNameMap,
  unitSections,
  unitSubtotals,
} from "./unit-sections";
import { unlabelledTotal } from "./unlabelled-total";
import { valueGroupHeadings } from "./value-group-rows";
import {
  type BuiltRow,
  continuesRow,
  headsCutName,
  joinNameHead,
  joinWrapped,
  wrapContext,
} from "./wrapped-rows";
import { joinTargetTexts } from "./wrapped-targets";

type Built = BuiltRow;

/** A digit: a cell printing a figure. */
const DIGIT = /[0-9０-９]/u;

/**
 * The rows of a printed table as the reader builds them: a table of lines side by side, by
 * label (see `readLineRows`); a grid row by row (see `placeGridRow`), with a name wrapped onto a
 * row of its own read into the row above. @internal
 */
export function buildRows(
  rows: readonly (readonly string[])[],
  kind: TableKind,
  columns: readonly ColumnMatch[],
  options: ReadOptions,
): { built: Built[]; problems: ReadProblem[]; wrapped?: readonly number[] } {
  const width = columns.length;
  const surplus = (row: readonly string[]) => (row.length > width ? width : undefined);
  const built: Built[] = [];
  const problems: ReadProblem[] = [];
  // A grid by economic code may label a few footer rows (人员经费合计): the grid reader places them.
  if (kind.lines !== undefined && kind.lines.length > 0 && !accepts(kind, "economic")) {
    const read = readLineRows(rows, { kind, columns, catalog: options.catalog });
    problems.push(...read.problems);
    const seen = new Set<number>();
    const wrapped: number[] = [];
    // A side's top restating its grand total (read below) leaves its row no unplaced one.
    const restated = new Set(read.restated);
    for (const part of read.parts) {
      const row = rows[part.source] ?? [];
      const extra = seen.has(part.source) ? undefined : surplus(row);
      seen.add(part.source);
      let cells = cellsOf(row, part.columns, undefined, extra);
      if (part.also !== undefined) {
        // The label's wrapped line: its figures fill this side's blanks (never printed in both).
        const below = cellsOf(rows[part.also] ?? [], part.columns, undefined, undefined);
        cells = joinWrapped({ ...part, cells }, undefined, below).cells;
        seen.add(part.also);
        wrapped.push(part.also);
        problems.push({
          code: "wrapped-row",
          severity: "info",
          path: { row: part.also },
          into: part.source,
        });
      }
      built.push({ key: part.key, name: part.name, cells, source: part.source });
    }
    // A row no side placed but that prints something (cells beyond the headers): kept, unplaced.
    rows.forEach((row, index) => {
      if (seen.has(index) || restated.has(index) || isBlank(row)) return;
      problems.push({
        code: "unplaced-row",
        severity: "warning",
        path: { row: index },
        cells: row,
      });
      const cells = cellsOf(
        row,
        columns.filter(isValueColumn),
        undefined,
        surplus(row) ?? row.length,
      );
      built.push({ key: { kind: "unplaced", label: "" }, name: undefined, cells, source: index });
    });
    built.sort((a, b) => a.source - b.source);
    return {
      built: joinTargetTexts(built, rows, kind, columns, problems, wrapped, trees(options)),
      problems,
      wrapped,
    };
  }
  const values = columns.filter(isValueColumn);
  // A kind of several row kinds reads an unplaced row as its one line only where one row prints
  // a figure (see `GridContext.lone`).
  const lone = rows.filter((r) => values.some((c) => DIGIT.test(r[c.index] ?? ""))).length <= 1;
  let first = true;
  // Rows labelled as an organisation's total: with several, none is the table's (`orgTotals`).
  const orgTotals = rows.filter((r) => labelsOrgTotal(labelOf(r, columns)?.text)).length;
  const amounts = columns.filter((c) => c.column?.role === "amount");
  const runHeads = ambiguousRunHeads(kind, columns, rows, amounts);
  // Code cells merged with the rows above (类 printed once over its 款 and 项) are read from the
  // code row right above; any other row ends that run.
  // A code row ending the page before (the same kind's) carries over the page break.
  const before = options.previous?.kind === kind.id ? options.previous.rows : undefined;
  const carried: CarriedSegments = carriedAfter(before);
  const unitNames = unitNameMap(options.units);
  const unitCodes = unitCodeSet(options.units);
  const economic = economicClasses(kind, columns, rows);
  const underUnit = unitSections(kind, options.catalog, options.template);
  // The keys of the rows kept unplaced under a unit heading not placed, by printed row.
  const held = new Map<number, RowKey>();
  // Rows naming their unit in columns of their own (单位编码 / 单位名称 beside the 科目).
  // A name the caller gave without a code names its unit there too (keyed by the name).
  const named = unitNameMap(options.units, true);
  const byUnitColumns = unitColumns(kind, columns, unitNames, rows, named);
  const wrapped: number[] = [];
  const wrapping = wrapContext(kind, columns, options.catalog, options.units);
  // The last printed row read into the last built row (a name's lines joined into its first).
  let through = -1;
  // 类 rows printed with no code, read as a name's rest until the block below tells.
  const blocks = classHeadings(options.catalog, rows, columns);
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    const { departmentCode } = options;
    const { catalog } = options;
    const last = built[built.length - 1]?.key;
    const above =
      last?.kind === "functional" ? last.code : last?.kind === "economic" ? last.econ : undefined;
    const ctx = {
      kind,
      columns,
      departmentCode,
      first,
      carried,
      unitNames,
      unitCodes,
      economic,
      catalog,
      above,
      lone,
      orgTotals,
      runHeads,
    };
    first = false;
    const read = byUnitColumns?.(placeGridRow(row, index, ctx), row, index);
    const placed = read?.placed ?? placeGridRow(row, index, ctx);
    const cells = cellsOf(row, values, placed.consumed, surplus(row));
    // The rest of the row above, a line lower (a long name wrapped): joined into it.
    const prev = built[built.length - 1];
    const adjacent = through === index - 1;
    const wraps =
      read?.unit === undefined &&
      continuesRow(
        prev,
        placed,
        cells,
        adjacent,
        printsKey(row, columns),
        wrapping,
        headsCutName(row, rows[index + 1], columns, kind),
      );
    if (wraps) {
      const into = prev as Built;
      built[built.length - 1] = joinWrapped(into, placed.name, cells);
      // A project's name on three lines, the first printing nothing: the first line heads it.
      const headed =
        into.key.kind === "project"
          ? joinNameHead(built, built.length - 1, rows, wrapping.units, { problems, wrapped })
          : undefined;
      const start = headed === undefined ? into.source : (built[headed] as Built).source;
      const note: ReadProblem = {
        code: "wrapped-row",
        severity: "info",
        path: { row: index },
        into: start,
      };
      problems.push(note);
      wrapped.push(index);
      const line = { key: placed.key, name: placed.name, cells, source: index };
      blocks.joined(built.length - 1, into, line, note);
      through = index;
      return;
    }
    through = index;
    // The unit a row names, other than the rows' above: its row (stating nothing) before it.
    if (read?.unit !== undefined) {
      const { code, name } = read.unit;
      const unitRow = { kind: "org", code } as const;
      const named = name === "" ? undefined : name;
      underUnit({ key: unitRow, name: named, consumed: undefined, problems: [] }, row, index);
      blocks.before(unitRow);
      built.push({ key: unitRow, name: named, cells: {}, source: index });
    }
    if (placed.key.kind !== "functional" && placed.key.kind !== "economic") carried.clear();
    problems.push(...placed.problems);
    const { key, problem, held: placedBy } = underUnit(placed, row, index);
    if (problem !== undefined) problems.push(problem);
    if (placedBy !== undefined) held.set(index, placedBy);
    // The line joined into the row above was the 类 row heading this row's block: its own row.
    // Each 类 heads one block at most (a hundred at most), so the searches below stay linear.
    const heading = blocks.before(key);
    if (heading?.note !== undefined) {
      built[heading.at] = heading.head;
      problems.splice(problems.indexOf(heading.note), 1);
      wrapped.splice(wrapped.indexOf(heading.row.source), 1);
      built.push(heading.row);
    } else if (heading !== undefined) {
      // Left unplaced: placed now, its `unplaced-row` withdrawn.
      built[heading.at] = heading.row;
      const left = problems.findIndex(
        (p) => p.code === "unplaced-row" && "row" in p.path && p.path.row === heading.row.source,
      );
      if (left >= 0) problems.splice(left, 1);
    }
    const own = { key, name: placed.name, cells, source: index };
    if (key.kind === "unplaced" && adjacent) blocks.unplaced(built.length, prev, own);
    built.push(own);
  });
  // 项目类型 printed once over its projects (a merged cell) is read on each of them; a unit's
  // rows closed by a 小计 read it as the unit's row.
  const joined = joinTargetTexts(built, rows, kind, columns, problems, wrapped, trees(options));
  // One unit heading over all the table's rows (a unit's own table): they are the table's.
  // A caption naming the table's one unit, above its total, is layout.
  // The department's name alone on a top row with no figure (`某区城市管理局`) is a caption.
  const whole = departmentCaption(
    unitCaption(
      soleUnitHeading(
        fillGroupCells(joined, columns),
        held,
        problems,
        departmentNamed(options.units),
      ),
      problems,
    ),
    rows,
    amounts.map((c) => c.key),
    problems,
  );
  // Units' blocks headed by names alone whose figures add up to the total: the units' rows.
  const grouped = valueGroupHeadings(
    whole,
    kind,
    amounts.map((c) => c.key),
    problems,
  );
  const blocked = unitBlocks(grouped, held, problems, {
    kind,
    template: options.template,
    printed: rows,
    catalog: options.catalog,
    names: named,
    shared: sharedUnitNames(options.units),
    ownShared: ownOfficeSharingName(options.units),
  });
  const sectioned = unitSubtotals(blocked, rows, problems);
  // A 小计 closing each 类's block: the 类's row where it prints none, else layout.
  const classed = classSubtotals(sectioned, problems, options.catalog);
  // Units' headings in a table of projects, by a name not placed: their projects unplaced; its
  // last row printing figures and no label, their sum: the 合计.
  const headed = projectUnitHeadings(classed, kind, problems, rows, options.units);
  return {
    built: unlabelledTotal(headed, kind, problems),
    problems,
    wrapped,
  };
}

/** Whether a row prints anything in a code or unit column. */
const printsKey = (row: readonly string[], columns: readonly ColumnMatch[]): boolean =>
  columns.some(
    (c) =>
      (c.column?.role === "code" || c.column?.role === "org") && (row[c.index] ?? "").trim() !== "",
  );

/** The indicator trees a table prints by: the caller's, else those the library knows. */
const trees = (options: ReadOptions): readonly IndicatorFramework[] =>
  options.frameworks ?? builtInFrameworks();
