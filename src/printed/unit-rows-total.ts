/**
 * A one-row kind (the 三公 table) printed in several rows: with its items across and a row per
 * unit under a total (`单位名称 | 合计 | 因公出国（境）费 …`, rows `合计`, `某局本级`, `某中心`), the
 * total row states the department's figures, the table's one row, and the units' rows are the
 * units' figures where the caller names every one of them; in any other such layout no row is
 * guessed to be it. The department's own row over its units' (`116 某局`, see
 * `unit-rows-department.ts`) is the table's one row where no total is printed, else the
 * department's beside the total (or, its code not known, a heading restating it).
 */
import type { TableKind } from "../templates";
import { labelKey } from "../templates/wording";
import { cellsBlank, isTotalLabel, sameFigures } from "./cells";
import { namesDepartment } from "./grid-org";
import type { ColumnMatch } from "./headers";
import { hasPeriodMark, isChangeLabel } from "./periods";
import type { ReadProblem } from "./problems";
import { HAN } from "./transposed";
import { withoutUnitLabel } from "./unit-heading";
import { departmentRow } from "./unit-rows-department";
import { printedUnit, printedUnitRows } from "./unit-rows-printed";
import type { BuiltRow } from "./wrapped-rows";

/** The units the caller names (`ReadOptions.units`: code by name key) and the department's code. */
export interface UnitsGiven {
  readonly names: ReadonlyMap<string, string> | undefined;
  readonly departmentCode: string | undefined;
  /** The name the department's own office shares with the department, and the office's code. */
  readonly ownShared?: { readonly key: string; readonly code: string } | undefined;
}

/**
 * The code of the unit a row per unit names in its label cells: a name the caller gave
 * (`某局信息中心`, `单位名称：某局信息中心`), printed alone, after its code (`[116002]某局信息中心`,
 * `116002 某局信息中心`) or beside it in a code column of its own; a printed code must be the one
 * the caller gave the name. `undefined` when the name is not given, or its code is another.
 * `shared` when the name is the one the department's own office shares with the department
 * (`UnitsGiven.ownShared`), read as the office's.
 */
function namedUnit(
  cells: readonly string[],
  names: ReadonlyMap<string, string>,
  ownShared?: UnitsGiven["ownShared"],
): { readonly code: string; readonly shared: boolean } | undefined {
  const { code: printedCode, name } = printedUnit(cells);
  if (name === undefined) return undefined;
  const key = labelKey(name);
  const shared = !names.has(key) && ownShared?.key === key;
  const code = shared ? ownShared?.code : names.get(key);
  return code !== undefined && (printedCode === undefined || printedCode === code)
    ? { code, shared }
    : undefined;
}

/**
 * The units' rows of a row per unit read as the units' (`org` rows, their label cells dropped):
 * only where every one names a unit the caller gave, each another, none the department itself
 * (whose figures the total states); otherwise `undefined` (all stay unplaced: the total's sum
 * with some units' rows and not the others' would be a false `rollup`).
 */
function unitRows(
  others: readonly BuiltRow[],
  rows: readonly (readonly string[])[],
  before: readonly number[],
  drop: (b: BuiltRow) => BuiltRow,
  given: UnitsGiven | undefined,
  total?: BuiltRow,
): ReadonlyMap<BuiltRow, BuiltRow> | undefined {
  const names = given?.names;
  // No unit given: the units as printed, by their codes or names.
  if (names === undefined || names.size === 0)
    return printedUnitRows(
      others,
      (b) => before.map((i) => rows[b.source]?.[i] ?? ""),
      drop,
      given?.departmentCode,
      total,
    );
  if (others.length === 0) return undefined;
  const out = new Map<BuiltRow, BuiltRow>();
  const seen = new Set<string>();
  let shared: BuiltRow | undefined;
  for (const b of others) {
    const cells = before.map((i) => rows[b.source]?.[i] ?? "");
    const named = namedUnit(cells, names, given?.ownShared);
    const code = named?.code;
    if (code === undefined || code === given?.departmentCode || seen.has(code)) return undefined;
    if (named?.shared === true) shared = b;
    seen.add(code);
    out.set(b, { ...drop(b), key: { kind: "org", code } });
  }
  // A row under the name the office shares with the department may be the department's own
  // figures: where it prints the total's and another unit's row prints a figure, whose they
  // are is not guessed.
  if (
    shared !== undefined &&
    total !== undefined &&
    sameFigures(drop(shared).cells, drop(total).cells)
  )
    if (others.some((b) => b !== shared && !cellsBlank(drop(b).cells))) return undefined;
  return out;
}

/**
 * The row of `built` that is the table's one row where a one-row kind prints a row per unit
 * and their total: the labels' column (after a 序号 column or not) is none of the kind's, the rows' figures are under the
 * kind's item columns (`byItem`), exactly one row is labelled as a total (`合计`, `总计`), and every
 * other row printing anything is labelled by a name (a unit's: no total, no period such as
 * `2024年预算数` nor a change between years, which are read as periods elsewhere). The other
 * rows are the units' where the caller names each of them (`units`: see {@link unitRows}),
 * else they stay unplaced (coverage); the total is the whole table's, whichever units it sums.
 * A row proved the department's own by its code and the sum (`departmentRow`) is the total where
 * none is labelled, else read as the department's (`org`, its code the caller's: compared with
 * the total as the same figures) or, its code not known, a heading restating the total (`heading`).
 * Gives the total row (`at`), the row read (`row`: without its label's cells) and the units'
 * rows read, and the department's name printed over the units' rows with no figure, none the
 * caller gave (`captions`: layout); `undefined` where the layout is any other.
 * @internal
 */
export function unitRowsTotal(
  built: readonly BuiltRow[],
  columns: readonly ColumnMatch[],
  rows: readonly (readonly string[])[],
  byItem: boolean,
  given?: UnitsGiven,
):
  | {
      readonly at: BuiltRow;
      readonly row: BuiltRow;
      readonly units: ReadonlyMap<BuiltRow, BuiltRow> | undefined;
      /** The department's name printed over the units' rows, no figure (layout). */
      readonly captions: ReadonlySet<BuiltRow>;
      /** The department's row restating the total, its code not known (layout). */
      readonly heading: BuiltRow | undefined;
    }
  | undefined {
  // The columns before the first of the kind's: the labels (and a 序号 column's numbers).
  const first = columns.findIndex((c) => c.column !== undefined);
  if (!byItem || first < 1 || columns[first]?.column?.role !== "amount") return undefined;
  const before = columns.slice(0, first).map((c) => c.index);
  let total: BuiltRow | undefined;
  const others: BuiltRow[] = [];
  for (const b of built) {
    const row = rows[b.source] ?? [];
    const label = before.map((i) => (row[i] ?? "").trim()).find((t) => HAN.test(t)) ?? "";
    if (isTotalLabel(label)) {
      if (total !== undefined) return undefined;
      total = b;
    } else if (!HAN.test(label) || hasPeriodMark(label) || isChangeLabel(label)) return undefined;
    else others.push(b);
  }
  if (built.length < 2) return undefined;
  // The total's label (`合计`) is the row's, no cell of an unknown column (a gap of its sums).
  const labels = new Set(columns.slice(0, first).map((c) => c.key));
  const drop = (b: BuiltRow): BuiltRow => ({
    ...b,
    cells: Object.fromEntries(Object.entries(b.cells).filter(([k]) => !labels.has(k))),
  });
  const captions = new Set(others.filter((b) => isCaption(b, rows, before, drop, given)));
  let units = others.filter((b) => !captions.has(b));
  // The department's own row over its units' (`116 某局`): with no total printed, the table's
  // one row; beside one, the department's (`org`, compared with the total) where its code is
  // known, else a heading restating the total (layout) or, restating nothing, no row told.
  const cells = (b: BuiltRow) => before.map((i) => rows[b.source]?.[i] ?? "");
  const own = departmentRow(units, cells, drop, given);
  let department: BuiltRow | undefined;
  let heading: BuiltRow | undefined;
  const restates = (b: BuiltRow, t: BuiltRow) => sameFigures(drop(b).cells, drop(t).cells);
  if (
    own !== undefined &&
    (total === undefined || own.code !== undefined || restates(own.row, total))
  ) {
    units = units.filter((b) => b !== own.row);
    if (total === undefined) total = own.row;
    else if (own.code === undefined) heading = own.row;
    else department = { ...drop(own.row), key: { kind: "org", code: own.code } };
  }
  if (total === undefined) return undefined;
  const read = unitRows(units, rows, before, drop, given, total);
  return {
    at: total,
    row: drop(total),
    units:
      read === undefined || department === undefined || own === undefined
        ? read
        : new Map([...read, [own.row, department]]),
    captions,
    heading,
  };
}

/**
 * Whether a row of a row per unit is the department's name over them (`某区城市管理局`), no
 * unit's: printing no figure, labelled by an organisation's name that is none the caller gave
 * (`某区城市管理局`, `某某县教育部门`: see `namesDepartment`).
 */
function isCaption(
  b: BuiltRow,
  rows: readonly (readonly string[])[],
  before: readonly number[],
  drop: (b: BuiltRow) => BuiltRow,
  given: UnitsGiven | undefined,
): boolean {
  const names = given?.names;
  if (names === undefined || !cellsBlank(drop(b).cells)) return false;
  const cells = before.map((i) => rows[b.source]?.[i] ?? "");
  if (namedUnit(cells, names, given?.ownShared) !== undefined) return false;
  const label = withoutUnitLabel((cells.find((t) => HAN.test(t)) ?? "").normalize("NFKC").trim());
  return namesDepartment(label);
}

/**
 * A one-row kind printed in several rows that print something, or in one labelled in a first
 * column the kind does not place (`项目 | 预算数`, `出国考察费 | 1.00`), in a layout no reshaping
 * explains (labels that are no item's): which of them is the one row, and which item a figure
 * is, is not guessed, so each row is kept unplaced (`unplaced-row`), its figures unread, never
 * read as the one row printed again (false `duplicate-row`s, and the checker's `rows.duplicate`
 * and `same-fact` between the items) or as its total (a row per unit: see `unitRowsTotal`).
 * @internal
 */
export function oneRowKind(
  built: readonly BuiltRow[],
  kind: TableKind,
  columns: readonly ColumnMatch[],
  rows: readonly (readonly string[])[],
  problems: ReadProblem[],
  given?: UnitsGiven,
): readonly BuiltRow[] {
  if (kind.rowKinds.length !== 1 || kind.rowKinds[0] !== "single") return built;
  // One row labelled in a first column the kind does not place, its figures under a heading
  // that names no item (`项目 | 预算数`: `预算数` only a level below the items): an item it does
  // not know.
  const byItem = columns.some((c) => c.column?.role === "amount" && c.match !== "partial");
  const labelled =
    !byItem &&
    columns[0]?.column === undefined &&
    built.some((b) => HAN.test(rows[b.source]?.[0] ?? ""));
  if (!labelled && built.filter((b) => !cellsBlank(b.cells)).length < 2) return built;
  const total = unitRowsTotal(built, columns, rows, byItem, given);
  // Every other row read as a unit the caller gave: the columns labelling them are the units'
  // labels (`单位名称`, `预算单位`), no unknown header.
  const captions = total?.units === undefined ? new Set<BuiltRow>() : total.captions;
  const heading = total?.units === undefined ? undefined : total.heading;
  const layout = captions.size + (heading === undefined ? 0 : 1);
  if (total?.units !== undefined && total.units.size === built.length - 1 - layout)
    unheadUnitLabels(columns, problems);
  for (const b of captions)
    problems.push({
      code: "layout-row",
      severity: "info",
      path: { row: b.source },
      what: "caption",
    });
  if (heading !== undefined)
    problems.push({
      code: "layout-row",
      severity: "info",
      path: { row: heading.source },
      what: "unit-heading",
    });
  return built.flatMap((b) => {
    if (captions.has(b) || b === heading) return [];
    if (b === total?.at) return total.row;
    const unit = total?.units?.get(b);
    if (unit !== undefined) return unit;
    const cells = rows[b.source] ?? [];
    problems.push({ code: "unplaced-row", severity: "warning", path: { row: b.source }, cells });
    const label = cells.find((c) => c.trim() !== "")?.trim() ?? "";
    return { ...b, key: { kind: "unplaced", label } as const };
  });
}

/**
 * Drops the `unknown-header` problems of the columns before the kind's first (the labels of a
 * one-row kind's rows per unit, each read as a unit the caller gave).
 */
function unheadUnitLabels(columns: readonly ColumnMatch[], problems: ReadProblem[]): void {
  const first = columns.findIndex((c) => c.column !== undefined);
  const labels = new Set(columns.slice(0, Math.max(first, 0)).map((c) => c.index));
  for (let i = problems.length - 1; i >= 0; i--) {
    const p = problems[i];
    if (p?.code === "unknown-header" && labels.has(p.path.header)) problems.splice(i, 1);
  }
}
