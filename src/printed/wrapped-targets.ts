import type { RowKey } from "../disclosure";
import { cutLevel } from "../performance/framework/classify";
import type { IndicatorFramework } from "../performance/framework/types";
import type { TableKind, TargetLayout } from "../templates";
import { blankCell, isBlank } from "./cells";
import type { ColumnMatch } from "./headers";
import { cutName, startsName } from "./name-fragments";
import { startsOwnRow } from "./own-row-labels";
import type { ReadProblem } from "./problems";
import { type BuiltRow, joinNameHead } from "./wrapped-rows";

/** No unit named by the caller (a unit is told by its name's ending). */
const NO_UNITS: ReadonlySet<string> = /*#__PURE__*/ new Set<string>();

/**
 * The fewest characters a wrapped name or value prints on its first line: a text this short fits
 * any column (`人数`, `≥1人`), so a row below printing a name alone is an indicator of its own.
 */
const MIN_HEAD = 4;

/** The columns of a targets layout a wrap is looked for in. */
interface TargetColumns {
  /** Columns printing one entry together: an indicator's name and value, a task's name and content. */
  readonly pairs: readonly (readonly [string, string])[];
  /** Every column of an indicator (一级, 二级, name, value, 说明, 性质, 方向, 单位, 分值). */
  readonly indicator: ReadonlySet<string>;
  /** Columns a row of its own starts with (一级, 二级, 性质, 方向, 单位, 分值): never a wrapped rest. */
  readonly starts: ReadonlySet<string>;
  /** The 一级 and 二级 columns: a rest of a name cut in its `指标` continues it. */
  readonly levels: ReadonlySet<string>;
  /** Text columns of the table (a rest continues a text, never an amount). */
  readonly text: ReadonlySet<string>;
  /** Amount columns of the table. */
  readonly amounts: ReadonlySet<string>;
  /** The indicator trees the table prints by: a cut 一级 / 二级 name is joined in their names. */
  readonly frameworks: readonly IndicatorFramework[];
}

function targetColumns(
  layout: TargetLayout,
  columns: readonly ColumnMatch[],
  frameworks: readonly IndicatorFramework[],
): TargetColumns {
  const c = layout.indicator;
  const pairs: (readonly [string, string])[] = (layout.groups ?? []).map(
    (g) => [g.name, g.value] as const,
  );
  if (c?.name !== undefined) pairs.push([c.name, c.value]);
  if (layout.tasks !== undefined) pairs.push([layout.tasks.name, layout.tasks.content]);
  const starts = new Set(
    [c?.level1, c?.level2, c?.sense, c?.direction, c?.unit, c?.weight].filter(
      (k): k is string => k !== undefined,
    ),
  );
  const indicator = new Set(
    [
      ...starts,
      ...(layout.groups ?? []).flatMap((g) => [g.name, g.value]),
      ...(c === undefined ? [] : [c.value, c.name, c.explanation, c.standard, c.midTermValue]),
    ].filter((k): k is string => k !== undefined),
  );
  const role = (r: string) =>
    new Set(columns.filter((m) => m.column?.role === r).map((m) => m.key));
  const levels = new Set([c?.level1, c?.level2].filter((k): k is string => k !== undefined));
  return {
    pairs,
    indicator,
    starts,
    levels,
    text: role("text"),
    amounts: role("amount"),
    frameworks,
  };
}

/** The keys of a row's printed (non-blank) cells. */
const printed = (cells: Readonly<Record<string, string>>): string[] =>
  Object.keys(cells).filter((k) => !blankCell(cells[k]));

/**
 * Whether a cell of a column a row of its own starts with continues the cell above: an 一级 /
 * 二级 name cut by the extractor in its `指标` (`产出指` / `标`, `服务对象满意度` / `指标`), or
 * elsewhere in a name of the trees the table prints by (`服务对象满` / `意度指标`, see `cutLevel`).
 */
function continuesStart(
  k: string,
  above: Readonly<Record<string, string>>,
  cells: Readonly<Record<string, string>>,
  t: TargetColumns,
): boolean {
  const a = above[k];
  const c = cells[k];
  return t.levels.has(k) && a !== undefined && c !== undefined && cutLevel(a, c, t.frameworks);
}

/**
 * Whether a row printing no label (`cells`) prints the rest of the texts of the row above, a line
 * lower: each cell it prints continues a text the row above prints (an indicator's 三级指标 or
 * 指标值, its 说明, a task's 主要内容, the 年度履职目标, a form's content), an 一级 / 二级 only
 * as the rest of a name cut (`产出指` / `标`, `服务对象满` / `意度指标`), and of an indicator's name and value
 * (a task's name and content) one only, under a row printing both (a row printing both is a
 * further indicator, a further task).
 */
function continuesText(
  above: Readonly<Record<string, string>>,
  cells: Readonly<Record<string, string>>,
  t: TargetColumns,
): boolean {
  const keys = printed(cells);
  if (keys.length === 0) return false;
  const starts = (k: string) => t.starts.has(k) && !continuesStart(k, above, cells, t);
  if (keys.some((k) => starts(k) || !t.text.has(k) || blankCell(above[k]))) return false;
  return t.pairs.every(([a, b]) => {
    const n = (blankCell(cells[a]) ? 0 : 1) + (blankCell(cells[b]) ? 0 : 1);
    if (n === 0) return true;
    if (n === 2 || blankCell(above[a]) || blankCell(above[b])) return false;
    // A text wraps when it fills its cell: a name or value of a few characters fits any cell.
    return [...(above[blankCell(cells[a]) ? b : a] ?? "").trim()].length >= MIN_HEAD;
  });
}

/**
 * Whether a project row (`row`, no code of its own) prints the rest of `project`'s name: its
 * rest alone (beside it at most an indicator line) under a project printing its figures, or
 * (`cut`) the project's figures level with the name's last line, under a project printing none,
 * where the two lines read as one name by their words (`2024年机要密码工作` / `经费`).
 */
function continuesName(
  project: BuiltRow,
  row: BuiltRow,
  t: TargetColumns,
): "rest" | "cut" | undefined {
  if (row.key.kind !== "project" || row.key.code !== undefined) return undefined;
  const name = row.name?.trim() ?? "";
  if (name === "" || startsOwnRow(name) || startsName(name)) return undefined;
  const funded = printed(project.cells).some((k) => t.amounts.has(k));
  const own = printed(row.cells).filter((k) => !t.indicator.has(k));
  // Beside it, at most a further indicator line of the project's (the name's cell is taller).
  // A project printing no figure of its own is a row of its own (a heading, a project unfunded).
  if (own.length === 0) return funded ? "rest" : undefined;
  const cut =
    !funded &&
    own.some((k) => t.amounts.has(k)) &&
    own.every((k) => blankCell(project.cells[k])) &&
    cutName(project.name ?? "", name);
  return cut ? "cut" : undefined;
}

/** The cells of `row` outside (`inside` false) or in the indicator columns. */
function split(
  cells: Readonly<Record<string, string>>,
  t: TargetColumns,
  inside: boolean,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of printed(cells)) if (t.indicator.has(k) === inside) out[k] = cells[k] as string;
  return out;
}

/** The indicator line a row prints (its cells in the indicator columns). */
const lineOf = (row: BuiltRow, t: TargetColumns): BuiltRow => ({
  key: { kind: "indicator", index: 0 },
  name: undefined,
  cells: split(row.cells, t, true),
  source: row.source,
});

const compact = (s: string | undefined): string => (s ?? "").replace(/\s+/gu, "");

/**
 * Whether a project row (`row`) prints the merged cells of the project open above it again, as
 * an extractor repeats a merged cell on each printed row: the same name (spaces apart) and code
 * (or none), and outside the indicator columns nothing but what the project prints (its amount
 * and 项目分类 again, or blank). A row printing another figure is a project of its own (a
 * duplicate, reported as one).
 */
function repeats(project: BuiltRow, row: BuiltRow, t: TargetColumns): boolean {
  const [a, b] = [project.key, row.key];
  if (a.kind !== "project" || b.kind !== "project" || compact(a.name) !== compact(b.name))
    return false;
  if (b.code !== undefined && b.code !== a.code) return false;
  return printed(row.cells).every(
    (k) => t.indicator.has(k) || compact(row.cells[k]) === compact(project.cells[k]),
  );
}

/**
 * The indicator a row prints, as one text (its cells in the indicator columns, spaces apart); `""`
 * when it prints none. A project printing one again has restarted its indicators: a project of
 * its own printed twice, not its merged cells repeated.
 */
function indicatorOf(row: BuiltRow, t: TargetColumns): string {
  let out = "";
  for (const k of t.indicator) out += `${compact(row.cells[k])}\u0000`;
  return out.replaceAll("\u0000", "") === "" ? "" : out;
}

/** Whether printed row `source` follows row `reach`, blank rows apart. */
function follows(rows: readonly (readonly string[])[], reach: number, source: number): boolean {
  if (reach < 0 || source <= reach) return false;
  for (let i = reach + 1; i < source; i++) if (!isBlank(rows[i] ?? [])) return false;
  return true;
}

/** `row`'s cells with `rest`'s texts joined to the end of each (a wrapped cell read whole). */
function joinTexts(row: BuiltRow, rest: Readonly<Record<string, string>>): BuiltRow {
  const cells: Record<string, string> = { ...row.cells };
  for (const k of printed(rest))
    cells[k] = `${(cells[k] ?? "").trimEnd()}${(rest[k] ?? "").trim()}`;
  return { ...row, cells };
}

/** `project` named with `rest` joined to its name (a project is keyed by its whole name). */
function joinName(project: BuiltRow, rest: string): BuiltRow {
  const name = `${project.name?.trimEnd() ?? ""}${rest.trim()}`;
  const key: RowKey = project.key.kind === "project" ? { ...project.key, name } : project.key;
  return { ...project, key, name };
}

/**
 * The rows of a table of targets (a 绩效目标表) with the texts wrapped onto rows of their own read
 * whole, as text layers and table extractors give a tall cell (each printed line a row, the rest
 * of the text alone in its column):
 *
 * - a row printing no label, whose every cell continues a text of the row above (see
 *   {@link continuesText}), is joined into it (`≥24小时` / `／天`, an indicator's name, its 说明,
 *   a task's 主要内容, the 年度履职目标 over several rows, a form's 年度目标);
 * - a project row printing no code and no figure, directly under a project printing its figures
 *   (or under that project's indicator lines), prints the rest of its name: joined into its name,
 *   the indicators beside it read as a further indicator line of the project.
 *
 * A 一级 / 二级 name cut onto two rows is joined in the names of `frameworks`, the trees the
 * table prints by. Each printed row is looked at once against the last row kept, so linear. A
 * table of no targets layout is returned as it is. @internal
 */
export function joinTargetTexts(
  built: readonly BuiltRow[],
  rows: readonly (readonly string[])[],
  kind: TableKind,
  columns: readonly ColumnMatch[],
  problems: ReadProblem[],
  wrapped: number[],
  frameworks: readonly IndicatorFramework[],
): BuiltRow[] {
  const layout = kind.targets;
  if (layout === undefined) return [...built];
  const t = targetColumns(layout, columns, frameworks);
  const out: BuiltRow[] = [];
  /** The last printed row read into the rows kept. */
  let reach = -1;
  /** The index in `out` of the project the last rows kept are lines of (-1: none). */
  let project = -1;
  /** The indicators the open project printed so far (see {@link indicatorOf}). */
  let held = new Set<string>();
  const note = (row: number, into: number) =>
    problems.push({ code: "wrapped-row", severity: "info", path: { row }, into });
  for (const b of built) {
    const adjacent = follows(rows, reach, b.source);
    const open = project < 0 ? undefined : out[project];
    // The project's merged cells repeated beside a further indicator: a line of the project.
    const again = open !== undefined && adjacent && repeats(open, b, t);
    let row = again && !held.has(indicatorOf(b, t)) ? lineOf(b, t) : b;
    const rest = adjacent && open !== undefined ? continuesName(open, row, t) : undefined;
    if (open !== undefined && rest !== undefined) {
      const named = joinName(open, row.name ?? "");
      // The project's figures, printed with its name's last line, are the project's.
      out[project] =
        rest === "cut"
          ? { ...named, cells: { ...named.cells, ...split(row.cells, t, false) } }
          : named;
      // A name on three lines, the first printing nothing: the first line heads it.
      project = joinNameHead(out, project, rows, NO_UNITS, { problems, wrapped }) ?? project;
      note(row.source, (out[project] as BuiltRow).source);
      reach = row.source;
      const line = split(row.cells, t, true);
      if (Object.keys(line).length === 0) {
        wrapped.push(row.source);
        continue;
      }
      row = lineOf(b, t);
    }
    const last = out[out.length - 1];
    const text = row.key.kind === "indicator" && blankCell(row.name);
    if (adjacent && last !== undefined && text && continuesText(last.cells, row.cells, t)) {
      out[out.length - 1] = joinTexts(last, row.cells);
      if (row === b) {
        note(row.source, last.source);
        wrapped.push(row.source);
      }
      reach = row.source;
      continue;
    }
    out.push(row);
    reach = row.source;
    if (row.key.kind === "project") {
      project = out.length - 1;
      held = new Set();
    } else if (row.key.kind !== "indicator") project = -1;
    const shown = indicatorOf(row, t);
    if (project >= 0 && shown !== "") held.add(shown);
  }
  return out;
}
