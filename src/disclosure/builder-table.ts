import type { Unit } from "../amount";
import type { Template } from "../templates";
import { parseRowKeyText } from "./builder-row-key";
import { validateTable } from "./builder-validate";
import type { BuildResult } from "./problems";
import type { Row, RowKey, Table } from "./types";

/**
 * An immutable builder of one {@link Table}: every method returns a new builder and leaves this
 * one unchanged; builders are frozen. `build()` checks the table against the template and never
 * throws on data.
 *
 * @example
 * ```ts
 * import { tableBuilder } from "yusuan";
 * import { henan2024 } from "yusuan/templates";
 * const empty = tableBuilder(henan2024, "govFundExpenditure");
 * const noted = empty.note("本部门无政府性基金预算拨款安排的支出。");
 * empty.build().problems[0]?.code; // "empty-table-without-note"
 * noted.build().problems.length; // 0
 * ```
 */
export interface TableBuilder {
  /** The table kind id being built. */
  readonly kind: string;
  /**
   * Adds a row. `key` is a {@link RowKey} or its string shorthand (trimmed):
   * `"total"`, `"single"`; a prefixed form as `rowKeyId` prints it (`"org:116001"`,
   * `"functional:2013101"`, `"economic:30107/50501"`, `"project:名称"`, `"line:revenue.gpb"`,
   * `"indicator:3"`); a line id of the table kind (`"revenue.gpb"`); a code of digits, spaces,
   * dashes, dots and `/` (`"208.05.01"`): starting with 2 it is functional (`"201 31 01"`), with 3 economic
   * (`"30107/50501"`), with another digit an org code (`"116001"`); any other text is a project
   * name when the kind has project rows, else a line id. Codes are normalised at `build()`.
   */
  row(key: RowKey | string, cells: Readonly<Record<string, string>>, name?: string): TableBuilder;
  /** Adds the 合计 row. */
  total(cells: Readonly<Record<string, string>>, name?: string): TableBuilder;
  /** Adds the only row of a single-row table (the 三公 table). */
  single(cells: Readonly<Record<string, string>>): TableBuilder;
  /** Adds a unit (or department) row by its code. */
  org(code: string, name: string, cells: Readonly<Record<string, string>>): TableBuilder;
  /** Adds a 支出功能分类 row by its code (any printed form). */
  functional(code: string, name: string, cells: Readonly<Record<string, string>>): TableBuilder;
  /** Adds an economic row: the 部门预算支出经济分类 code and, when printed, the 政府预算 code. */
  economic(
    econ: string,
    gov: string | undefined,
    name: string,
    cells: Readonly<Record<string, string>>,
  ): TableBuilder;
  /** Adds a project row by its name, with its project code when printed. */
  project(name: string, cells: Readonly<Record<string, string>>, code?: string): TableBuilder;
  /** Adds a labelled line of a line table by the line's id. */
  line(id: string, cells: Readonly<Record<string, string>>, name?: string): TableBuilder;
  /** Adds a performance indicator row by its index. */
  indicator(index: number, cells: Readonly<Record<string, string>>): TableBuilder;
  /** Sets the note printed with the table (the last call wins). */
  note(text: string): TableBuilder;
  /** Sets a non-grid text of the table by key (the last call for a key wins). */
  text(key: string, value: string): TableBuilder;
  /** Builds the frozen table and lists its problems. */
  build(): BuildResult<Table>;
}

/**
 * Options of {@link tableBuilder}.
 *
 * @example
 * ```ts
 * import type { TableBuilderOptions } from "yusuan";
 * const options: TableBuilderOptions = { unit: "元", title: "2024年一般公共预算“三公”经费预算表", number: "预算08表" };
 * ```
 */
export interface TableBuilderOptions {
  /** The unit the amounts are printed in; default the table kind's `defaultUnit`, else 万元. */
  readonly unit?: Unit;
  /** The printed title, e.g. `2024年部门支出预算表`. */
  readonly title?: string;
  /** The printed table number, e.g. `预算08表`. */
  readonly number?: string;
}

/** Rows in reverse order as a persistent list, so adding a row is O(1) and shares the rest. */
interface RowList {
  readonly row: Row;
  readonly previous: RowList | undefined;
}

interface State {
  readonly template: Template;
  readonly kind: string;
  readonly options: TableBuilderOptions;
  readonly rows: RowList | undefined;
  readonly count: number;
  readonly note: string | undefined;
  readonly texts: Readonly<Record<string, string>> | undefined;
}

function rowsOf(list: RowList | undefined, count: number): Row[] {
  const rows = new Array<Row>(count);
  let node = list;
  for (let i = count - 1; node !== undefined; i--) {
    rows[i] = node.row;
    node = node.previous;
  }
  return rows;
}

function build(state: State): BuildResult<Table> {
  const spec = state.template.tables.find((t) => t.id === state.kind);
  const { unit = spec?.defaultUnit ?? "万元", title, number } = state.options;
  const table: Table = {
    kind: state.kind,
    ...(title === undefined ? {} : { title }),
    ...(number === undefined ? {} : { number }),
    unit,
    rows: rowsOf(state.rows, state.count),
    ...(state.note === undefined ? {} : { note: state.note }),
    ...(state.texts === undefined ? {} : { texts: state.texts }),
  };
  return validateTable(table, state.template);
}

function makeBuilder(state: State): TableBuilder {
  const spec = state.template.tables.find((t) => t.id === state.kind);
  const add = (
    key: RowKey,
    cells: Readonly<Record<string, string>>,
    name: string | undefined,
  ): TableBuilder => {
    const copy = Object.freeze(Object.fromEntries(Object.entries(cells)));
    const row: Row = Object.freeze(
      name === undefined ? { key, cells: copy } : { key, name, cells: copy },
    );
    return makeBuilder({ ...state, rows: { row, previous: state.rows }, count: state.count + 1 });
  };
  return Object.freeze({
    kind: state.kind,
    row: (key: RowKey | string, cells: Readonly<Record<string, string>>, name?: string) =>
      add(
        typeof key === "string" ? parseRowKeyText(key, spec) : Object.freeze({ ...key }),
        cells,
        name,
      ),
    total: (cells: Readonly<Record<string, string>>, name?: string) =>
      add({ kind: "total" }, cells, name),
    single: (cells: Readonly<Record<string, string>>) => add({ kind: "single" }, cells, undefined),
    org: (code: string, name: string, cells: Readonly<Record<string, string>>) =>
      add({ kind: "org", code }, cells, name),
    functional: (code: string, name: string, cells: Readonly<Record<string, string>>) =>
      add({ kind: "functional", code }, cells, name),
    economic: (
      econ: string,
      gov: string | undefined,
      name: string,
      cells: Readonly<Record<string, string>>,
    ) =>
      add(
        gov === undefined ? { kind: "economic", econ } : { kind: "economic", econ, gov },
        cells,
        name,
      ),
    project: (name: string, cells: Readonly<Record<string, string>>, code?: string) =>
      add(
        code === undefined ? { kind: "project", name } : { kind: "project", name, code },
        cells,
        name,
      ),
    line: (id: string, cells: Readonly<Record<string, string>>, name?: string) =>
      add({ kind: "line", line: id }, cells, name),
    indicator: (index: number, cells: Readonly<Record<string, string>>) =>
      add({ kind: "indicator", index }, cells, undefined),
    note: (text: string) => makeBuilder({ ...state, note: text }),
    text: (key: string, value: string) =>
      makeBuilder({
        ...state,
        texts: Object.freeze(
          Object.fromEntries([...Object.entries(state.texts ?? {}), [key, value]]),
        ),
      }),
    build: () => build(state),
  });
}

/**
 * Starts an immutable {@link TableBuilder} for a table kind of a template. An unknown kind is not
 * an error here: `build()` reports it (`unknown-table-kind`) and keeps the rows.
 *
 * @param template - the template the table follows (data, e.g. `henan2024`)
 * @param kind - the table kind id, e.g. `"expenditure"`
 * @param options - unit (default the kind's), printed title and number
 *
 * @example
 * ```ts
 * import { tableBuilder } from "yusuan";
 * import { henan2024 } from "yusuan/templates";
 * const r = tableBuilder(henan2024, "expenditure")
 *   .total({ total: "969.06", basic: "682.06", project: "287.00" }, "合计")
 *   .org("116", "中国共产党洛阳市涧西区委员会办公室", { total: "969.06" })
 *   .row("201 31 01", { total: "558.07", basic: "508.07", project: "50.00" }, "行政运行")
 *   .build();
 * r.ok; // true
 * r.value.rows[2]?.key; // { kind: "functional", code: "2013101" }
 * ```
 */
export function tableBuilder(
  template: Template,
  kind: string,
  options: TableBuilderOptions = {},
): TableBuilder {
  const frozen: TableBuilderOptions = Object.freeze({ ...options });
  return makeBuilder({
    template,
    kind,
    options: frozen,
    rows: undefined,
    count: 0,
    note: undefined,
    texts: undefined,
  });
}
