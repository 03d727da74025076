/**
 * A project's name merged down its block of indicator rows, its text extracted on a middle or the
 * last row of the block (centred vertically, as pdftotext `-layout` and many PDF-to-table tools
 * print a merged cell) rather than the first.
 */
import { type Row, rowKeyId, type Table } from "../../disclosure";
import type { TargetLayout } from "../../templates";
import { placeIndicator } from "../framework/classify";
import type { IndicatorFramework } from "../framework/types";
import { isFormLabel } from "./form-rows";
import { type Draft, newDraft } from "./reader";

/**
 * The part a row of a table of projects plays: a project's name (`name`), an indicator row of no
 * name (`row`), a row that belongs to no project (`break`: a total, a form's label), or a row
 * after which the project read is unknown here (`stop`: a line of the layout, a project's row
 * printing its code but no name). @internal
 */
export type RowRole = "name" | "row" | "break" | "stop";

/**
 * The 一级 categories a project continued from the table before has printed, the last one last,
 * and whether that table was read by blocks (its names printed below their blocks' first rows).
 * @internal
 */
export interface Continued {
  readonly seen: ReadonlySet<string>;
  readonly last: string | undefined;
  readonly centred: boolean;
}

/**
 * Where a 一级 category comes in a project's cycle of 一级 (投入 / 成本 / 产出 first, 效益, then
 * 满意度): one printed after a later one starts the next project's cycle.
 */
const STAGES: Readonly<Record<string, number>> = {
  input: 0,
  cost: 0,
  output: 0,
  benefit: 1,
  satisfaction: 2,
};
/** Whether a 一级 category comes before another in the cycle (both known). */
function before(category: string, other: string | undefined): boolean {
  const a = STAGES[category];
  const b = other === undefined ? undefined : STAGES[other];
  return a !== undefined && b !== undefined && a < b;
}

/**
 * The category of a printed 一级 (`output` for `产出指标`, `产出指标（50分）`), in the first of
 * `frameworks` that knows it; `undefined` for a blank cell or a name none knows. @internal
 */
export function level1Category(
  printed: string,
  frameworks: readonly IndicatorFramework[],
): string | undefined {
  if (printed === "") return undefined;
  for (const framework of frameworks) {
    const category = placeIndicator({ level1: printed, level2: "" }, framework).category;
    if (category !== undefined) return category;
  }
  return undefined;
}

/** The drafts started from a block of a run read by blocks (see {@link namedBlocks}). */
const CENTRED = new WeakSet<Draft>();

/** The 一级 categories of a draft's indicators, and how many of them were looked at. */
const SEEN = new WeakMap<Draft, { count: number; last: string; seen: Set<string> }>();

/**
 * The 一级 categories a draft has printed, its last one last (a project a page break continues).
 * Each indicator is looked at once however many pages the project runs over. @internal
 */
export function continuedOf(draft: Draft, frameworks: readonly IndicatorFramework[]): Continued {
  let known = SEEN.get(draft);
  if (known === undefined) {
    known = { count: 0, last: "", seen: new Set() };
    SEEN.set(draft, known);
  }
  for (; known.count < draft.indicators.length; known.count++) {
    const text = draft.indicators[known.count]?.level1 ?? "";
    if (text === known.last) continue;
    known.last = text;
    const category = level1Category(text, frameworks);
    if (category !== undefined) known.seen.add(category);
  }
  const last = level1Category(draft.last1?.text ?? "", frameworks);
  return { seen: known.seen, last, centred: CENTRED.has(draft) };
}

/**
 * The blocks of rows each of one project, by their first row and the row printing its name, where
 * the names are printed on any row of their blocks (centred on a middle row, or on the last).
 * Rows run between rows of `break` / `stop`; a run is cut into blocks where a project's cycle of
 * 一级 restarts: a 一级 printed again after others (the same 一级 printed on one row after another,
 * merged cells an extractor repeats, being one), or one that comes before the 一级 above it in the
 * cycle (`产出指标` after `效益指标` or `满意度指标`). A run is read by blocks only where
 * - it shows names printed below their blocks' first rows: it starts with rows of no name, that
 *   would belong to no project (a table printing its names on their blocks' first rows starts with
 *   one), or it continues a project (`continued`) of a table read by blocks;
 * - every block holds exactly one name, but the first block of a run that continues a project,
 *   which holds none (its rows are that project's, and it may be empty: the project ended with
 *   the page);
 * - it shows a cycle of 一级: two blocks or more, or two 一级 in its one block.
 *
 * Anything else (two names in one block, as a project of one 一级 followed by another; a table
 * starting with a name; a run after a `stop`) is left to be read row by row. Linear in the rows.
 *
 * @param count - the number of rows
 * @param role - each row's part (see {@link RowRole})
 * @param category - the category of the 一级 a row prints (`undefined`: blank or unknown)
 * @param continued - the project the table starts in, when the table before ended in one
 * @internal
 */
export function namedBlocks(
  count: number,
  role: (index: number) => RowRole,
  category: (index: number) => string | undefined,
  continued: Continued | undefined,
): Map<number, number> {
  const plan = new Map<number, number>();
  let known = true;
  let from = continued;
  let i = 0;
  while (i < count) {
    const r = role(i);
    if (r === "break" || r === "stop") {
      known = r === "break";
      from = undefined;
      i++;
      continue;
    }
    // A run from i: the blocks' first rows and names (-1: none yet, -2: more than one).
    const starts: number[] = [i];
    const names: number[] = [-1];
    let seen = new Set(from?.seen ?? []);
    let last = from?.last;
    let j = i;
    for (; j < count; j++) {
      const part = role(j);
      if (part !== "name" && part !== "row") break;
      const c = category(j);
      if (c !== undefined) {
        if (c !== last && (seen.has(c) || before(c, last))) {
          starts.push(j);
          names.push(-1);
          seen = new Set();
        }
        seen.add(c);
        last = c;
      }
      if (part === "name") {
        const k = names.length - 1;
        names[k] = (names[k] as number) === -1 ? j : -2;
      }
    }
    const lead = names[0] as number;
    const shown = from === undefined ? lead > i : from.centred && lead === -1;
    const plain = names.every((n, k) => k === 0 || n >= 0);
    if (known && shown && plain && (starts.length > 1 || seen.size > 1))
      starts.forEach((start, k) => {
        const name = names[k] as number;
        if (name >= start) plan.set(start, name);
      });
    from = undefined;
    known = true;
    i = j;
  }
  return plan;
}

/**
 * {@link namedBlocks} of a table of projects read by `layout`: its rows (`rowAt`, the first as
 * printed again over a page break), the form it turns into from row `form` on (see `formStart`),
 * and the project the table before ended in (`continued`). @internal
 */
export function projectBlocks(
  table: Table,
  layout: TargetLayout,
  rowAt: (index: number) => Row,
  form: number | undefined,
  continued: Draft | undefined,
  frameworks: readonly IndicatorFramework[],
): Map<number, number> {
  const column = layout.indicator?.level1;
  const role = (index: number): RowRole => {
    const key = rowAt(index).key;
    if (form !== undefined && form >= 0 && index >= form) return "break";
    // (a project's row printing no name, its code only, is no name to give rows to)
    if (key.kind === "project")
      return form !== undefined && isFormLabel(key.name)
        ? "break"
        : key.name.trim() === ""
          ? "stop"
          : "name";
    return key.kind === "indicator" ? "row" : key.kind === "line" ? "stop" : "break";
  };
  const category = (index: number): string | undefined =>
    column === undefined
      ? undefined
      : level1Category((rowAt(index).cells[column] ?? "").trim(), frameworks);
  const from = continued === undefined ? undefined : continuedOf(continued, frameworks);
  return namedBlocks(table.rows.length, role, category, from);
}

/**
 * The draft a project's row of a table of projects starts (its name and code, the name's cell),
 * `byBlock` when from a block {@link namedBlocks} gives. @internal
 */
export function projectDraft(table: Table, key: Row["key"], byBlock = false): Draft | undefined {
  if (key.kind !== "project") return undefined;
  const draft = newDraft();
  if (byBlock) CENTRED.add(draft);
  draft.fields.name = key.name;
  if (key.code !== undefined) draft.fields.code = key.code;
  draft.cells.set("name", { table: table.kind, row: rowKeyId(key), column: "name", raw: key.name });
  return draft;
}
