import { convertAmount, formatAmount, parseAmount, type Unit } from "../../amount";
import {
  type DepartmentTask,
  type Indicator,
  type ProjectTarget,
  type Row,
  rowKeyId,
  type Table,
} from "../../disclosure";
import type { SourceCell } from "../../facts";
import type { TargetLayout, TargetMoneyLine } from "../../templates";
import { builtInFrameworks } from "../framework/classify";
import type { IndicatorFramework } from "../framework/types";
import { parseMoney } from "../target/money-text";
import { joinValueColumns, noneMark, valueInSense } from "../value/columns";
import { operatorOf } from "../value/operators";
import { indicatorColumns, indicatorOf } from "./indicator-columns";
import { levelPrinted } from "./level-printed";
import type { TargetPath, TargetReadProblem } from "./types";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A target being read. @internal */
export interface Draft {
  fields: Mutable<Omit<ProjectTarget, "money" | "indicators">>;
  money: Partial<Record<TargetMoneyLine, string>>;
  indicators: Indicator[];
  tasks: DepartmentTask[];
  /** The 一级 / 二级 printed last in this target (merged cells repeat them). */
  last1: { text: string; cell: SourceCell } | undefined;
  last2: string | undefined;
  /** The first indicator of the 一级 / 二级 printed last (a wrapped name's rest renames them). */
  from1: number;
  from2: number;
  /** The table kind of a project form (`form: "project"`) the target is read from. */
  form?: string;
  /**
   * The cells its parts were printed in, by their path below the target joined (`name`,
   * `money/total`, `budget/total`, `tasks/0/name`), but for its indicators' parts.
   */
  cells: Map<string, SourceCell>;
  /**
   * The cells of each indicator's parts, index by index with `indicators` (kept apart from
   * `cells`: three a row, keyed by position instead of by a joined path made and hashed per cell).
   */
  indicatorCells: IndicatorCells[];
}

/** The cells of an indicator's parts. @internal */
export interface IndicatorCells {
  level1: SourceCell | undefined;
  readonly name: SourceCell | undefined;
  readonly value: SourceCell;
}

/** @internal */
export const newDraft = (): Draft => ({
  fields: { name: "" },
  money: {},
  indicators: [],
  tasks: [],
  last1: undefined,
  last2: undefined,
  from1: 0,
  from2: 0,
  cells: new Map(),
  indicatorCells: [],
});

/** The text of a row's cell, trimmed (`""` for a column absent or not given). */
const textIn = (row: Row, key: string | undefined): string =>
  key === undefined ? "" : (row.cells[key] ?? "").trim();

/** Every column (the default of `Reader.unreadWithin`'s test). */
const anyColumn = (): boolean => true;

/** @internal */
export const keyOf = (path: TargetPath): string => path.join("/");

/** An index printed in a joined path (`0`, `12`; not `01`, `-1`, `1.0`), as a number. */
function indexIn(text: string): number | undefined {
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 && String(n) === text ? n : undefined;
}

/** Reading state shared by the table readers. @internal */
export class Reader {
  readonly projects: Draft[] = [];
  department: Draft | undefined;
  /** Whether the department-wide tables print two 预算情况 (see `dropClashingBudget`). */
  budgetClash = false;
  unit: Unit | undefined;
  readonly problems: TargetReadProblem[] = [];
  /** The row last cited and its id (a row's cells are cited one after another). */
  #row: Row | undefined;
  #rowId = "";
  /** The indicator trees the tables print by (a cut 一级 / 二级 name is joined in their names). */
  readonly frameworks: readonly IndicatorFramework[];

  constructor(frameworks: readonly IndicatorFramework[] = builtInFrameworks()) {
    this.frameworks = frameworks;
  }
  /** The column keys each table prints (in any of its rows), listed once per table. */
  readonly #printed = new WeakMap<Table, ReadonlySet<string>>();

  /**
   * Whether a table prints a column: a cell of that key in any row. A column absent from one row
   * only is a blank cell left out; absent from every row, the table printed it under a header
   * the template does not know, or not at all.
   */
  prints(table: Table, column: string): boolean {
    let columns = this.#printed.get(table);
    if (columns === undefined) {
      const found = new Set<string>();
      for (const row of table.rows) for (const key of Object.keys(row.cells)) found.add(key);
      columns = found;
      this.#printed.set(table, columns);
    }
    return columns.has(column);
  }

  /** The id of a row's key, made once for the cells of one row. */
  rowId(row: Row): string {
    if (row !== this.#row) {
      this.#rowId = rowKeyId(row.key);
      this.#row = row;
    }
    return this.#rowId;
  }

  /**
   * The cell a part of the targets read was printed in, by its path from the targets
   * (`["projects", 0, "indicators", 2, "value"]`), if cited: the path is joined and read back
   * (as a key of the cells cited it would be), so any path naming the same key finds the same cell.
   */
  citedAt(path: TargetPath): SourceCell | undefined {
    const key = keyOf(path);
    let draft: Draft | undefined;
    let rest: string;
    if (key.startsWith("department/")) {
      draft = this.department;
      rest = key.slice(11);
    } else if (key.startsWith("projects/")) {
      const slash = key.indexOf("/", 9);
      if (slash < 0) return undefined;
      const index = indexIn(key.slice(9, slash));
      draft = index === undefined ? undefined : this.projects[index];
      rest = key.slice(slash + 1);
    } else return undefined;
    if (draft === undefined) return undefined;
    if (!rest.startsWith("indicators/")) return draft.cells.get(rest);
    const [, at, part, more] = rest.split("/");
    const index = indexIn(at ?? "");
    const cells = index === undefined ? undefined : draft.indicatorCells[index];
    if (cells === undefined || more !== undefined) return undefined;
    return part === "level1"
      ? cells.level1
      : part === "name"
        ? cells.name
        : part === "value"
          ? cells.value
          : undefined;
  }

  cell(table: Table, row: Row, column: string): SourceCell {
    return { table: table.kind, row: this.rowId(row), column, raw: row.cells[column] ?? "" };
  }

  unread(table: Table, row: Row, columns: Iterable<string>): void {
    for (const column of columns) this.#unreadCell(table, row, column);
  }

  /** Reports the non-blank cells of a row in none of the sets of columns read. */
  unreadBut(
    table: Table,
    row: Row,
    read: ReadonlySet<string>,
    alsoRead: ReadonlySet<string> = read,
  ): void {
    for (const column of Object.keys(row.cells))
      if (!read.has(column) && !alsoRead.has(column)) this.#unreadCell(table, row, column);
  }

  /**
   * Reports the non-blank cells of a row in none of the columns read, inside the target at `at`:
   * an amount in a column `maybeMoney` tells (every column of a row of a label the layout does not
   * know, a column under a header the template does not know) is reported with that path (a money
   * line the reader could not place: the target's money may lack a part).
   */
  unreadWithin(
    table: Table,
    row: Row,
    read: ReadonlySet<string>,
    at: TargetPath,
    maybeMoney: (column: string) => boolean = anyColumn,
    alsoRead: ReadonlySet<string> = read,
  ): void {
    for (const column of Object.keys(row.cells)) {
      if (read.has(column) || alsoRead.has(column)) continue;
      const parsed = maybeMoney(column)
        ? parseAmount((row.cells[column] ?? "").trim(), "元")
        : undefined;
      this.#unreadCell(table, row, column, parsed?.ok && parsed.value !== null ? at : undefined);
    }
  }

  #unreadCell(table: Table, row: Row, column: string, path?: TargetPath): void {
    const raw = row.cells[column] ?? "";
    if (raw.trim() !== "")
      this.problems.push({
        code: "unread-cell",
        table: table.kind,
        row: this.rowId(row),
        column,
        raw,
        ...(path === undefined ? {} : { path }),
      });
  }

  /** A money line in the targets' unit (converted exactly when the table's differs). */
  money(table: Table, raw: string): string {
    const unit = this.unit ?? table.unit;
    if (table.unit === unit) return raw;
    const parsed = parseMoney(raw, table.unit);
    // A figure printing its own unit (`10万元`) is kept as printed: it states its unit, and its
    // precision in it.
    if (!parsed.ok || parsed.value === null || parsed.value.unit !== table.unit) return raw;
    return formatAmount(convertAmount(parsed.value, unit));
  }

  /**
   * Sets a field of a draft from a printed value; `false` (nothing set) when the field already
   * holds another value (a goal printed over wrapped rows is joined instead).
   */
  field(draft: Draft, field: string, value: string, source: SourceCell, table: Table): boolean {
    if (field.startsWith("money.")) {
      const line = field.slice(6) as TargetMoneyLine;
      const converted = this.money(table, value);
      const before = draft.money[line];
      if (before !== undefined && before !== converted) {
        // Two 预算情况 of one line differ: department-wide tables of two budget units.
        if (draft === this.department && before !== "" && value !== "") this.budgetClash = true;
        return before === "" && value === "";
      }
      draft.money[line] = converted;
      draft.cells.set(`${draft === this.department ? "budget" : "money"}/${line}`, source);
      return true;
    }
    const name = field as keyof Draft["fields"];
    const before = draft.fields[name];
    // A goal wrapped over several rows is joined.
    if (name === "goal" || name === "midTermGoal") draft.fields[name] = `${before ?? ""}${value}`;
    else if (before !== undefined && before !== "" && before !== value) return false;
    else draft.fields[name] = value;
    if (before === undefined || before === "") draft.cells.set(name, source);
    return true;
  }

  /**
   * Adds an indicator to a draft, with the cells of its parts (`level1`, `name`, `value`). A value
   * whose column the table does not print is reported `unread-value` (unknown, not blank).
   */
  #add(
    draft: Draft,
    at: TargetPath,
    indicator: Indicator,
    level1: SourceCell | undefined,
    name: SourceCell | undefined,
    value: SourceCell,
    table: Table,
  ): void {
    const index = draft.indicators.length;
    draft.indicators.push(indicator);
    draft.indicatorCells.push({ level1, name, value });
    if (indicator.value === "" && !this.prints(table, value.column))
      this.problems.push({
        code: "unread-value",
        table: value.table,
        row: value.row,
        column: value.column,
        path: [...at, "indicators", index, "value"],
      });
  }

  /**
   * Gives the indicators read so far in a target, which print no 一级 and no 二级, the target's
   * first 一级 (`text`, printed at `cell` below them): the text of a cell merged down a group of
   * rows, centred on a middle row by the extractor.
   */
  #centred(draft: Draft, text: string, cell: SourceCell): void {
    draft.indicators.forEach((indicator, i) => {
      if (indicator.level1 !== "" || (indicator.level2 ?? "") !== "") return;
      draft.indicators[i] = { ...indicator, level1: text };
      (draft.indicatorCells[i] as IndicatorCells).level1 = cell;
    });
  }

  /**
   * The indicators a row prints, side by side (`groups`) or one a row (`indicator`): the columns
   * read are those {@link layoutIndicatorColumns} lists, whatever the row prints in them.
   */
  indicators(draft: Draft, at: TargetPath, table: Table, row: Row, layout: TargetLayout): void {
    for (const g of layout.groups ?? []) {
      const name = textIn(row, g.name);
      const value = textIn(row, g.value);
      // A name and a value printed as marks for nothing (`/ | /`) set no indicator.
      if (noneMark(name) && noneMark(value)) continue;
      this.#add(
        draft,
        at,
        { level1: g.level1, name, value },
        undefined,
        this.cell(table, row, g.name),
        this.cell(table, row, g.value),
        table,
      );
    }
    const c = layout.indicator;
    if (c === undefined) return;
    const printed1 = levelPrinted(draft, textIn(row, c.level1), 1, this.frameworks);
    const printed2 = levelPrinted(draft, textIn(row, c.level2), 2, this.frameworks);
    if (printed1 !== "" && c.level1 !== undefined) {
      const cell = this.cell(table, row, c.level1);
      // The target's first 一级, printed on a middle row of its merged cell: the rows above it
      // that print neither 一级 nor 二级 are under it.
      if (draft.last1 === undefined) this.#centred(draft, printed1, cell);
      draft.last1 = { text: printed1, cell };
      draft.last2 = undefined;
      draft.from1 = draft.indicators.length;
    }
    if (printed2 !== "") {
      draft.last2 = printed2;
      draft.from2 = draft.indicators.length;
    }
    const name = textIn(row, c.name);
    // A comparison and a unit printed in columns of their own are the value's (`≥`, `95`, `%`);
    // with 指标性质 and 指标方向 both printed, the comparison is the one that prints one (a 指标性质
    // of `正向` / `反向` is the direction it names).
    const sense =
      operatorOf(textIn(row, c.sense)) === undefined && textIn(row, c.direction) !== ""
        ? textIn(row, c.direction)
        : textIn(row, c.sense);
    // A named indicator's value printed in the 指标性质 cell, its 指标值 cell blank (a cell merged
    // across both, its text in the first: `较上年提高`), is its value, as if printed in its own cell.
    const inSense = textIn(row, c.value).trim() === "" && !noneMark(name) && valueInSense(sense);
    const value = inSense
      ? joinValueColumns(sense, "", textIn(row, c.unit))
      : joinValueColumns(textIn(row, c.value), sense, textIn(row, c.unit));
    // A row printing no indicator's name or value, only its 说明, 评分标准, 中期指标值 or 分值 (not the
    // rest of the row above: the printed reader joins those), belongs to no indicator: its texts
    // are kept as unread cells, never dropped.
    // Nor does a row printing only marks for nothing in them (`产出指标 | 质量指标 | / | /`: the
    // form's 二级 that the project sets no indicator under).
    if (noneMark(name) && noneMark(value)) {
      this.unread(table, row, indicatorColumns(c).notes);
      return;
    }
    const level1Cell =
      draft.last1?.cell ?? (c.level1 === undefined ? undefined : this.cell(table, row, c.level1));
    this.#add(
      draft,
      at,
      indicatorOf(
        draft.last1?.text ?? "",
        c.level2 === undefined ? undefined : draft.last2,
        name,
        value,
        textIn(row, c.explanation),
        textIn(row, c.standard),
        textIn(row, c.midTermValue),
        textIn(row, c.weight),
      ),
      level1Cell,
      c.name === undefined ? undefined : this.cell(table, row, c.name),
      this.cell(table, row, c.value),
      table,
    );
  }
}
