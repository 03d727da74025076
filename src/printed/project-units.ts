/**
 * Units' headings in a table of projects printing each project's unit (`项目单位`), printed by a
 * name the reader cannot place (no code, a name the caller did not give with its code).
 */
import { type Amount, addAmounts, amountsEqual, isZero, parseAmount, zeroAmount } from "../amount";
import type { RowKey } from "../disclosure";
import type { TableKind } from "../templates";
import { labelKey } from "../templates/wording";
import { accepts } from "./cells";
import { isOwnUnitLabel } from "./own-office";
import type { ReadProblem } from "./problems";
import type { BuiltRow } from "./wrapped-rows";

/** The column keys of a project's 类型 and its unit (`项目单位`) in a table of projects. */
const TYPE = "type";
const UNIT = "unit";

const blank = (cell: string | undefined) => cell === undefined || cell.trim() === "";

/** Whether a row read as a project prints neither 类型 nor 项目单位 (as a unit's heading does). */
const bare = (b: BuiltRow) =>
  b.key.kind === "project" &&
  b.key.code === undefined &&
  blank(b.cells[TYPE]) &&
  blank(b.cells[UNIT]);

/**
 * Reads the rows of a table of projects printing each project's unit (`项目单位`) that head a
 * unit's projects by the unit's name alone, a name the reader could not place (`某中心`, then
 * `其他运转类 | 2024年机关运行经费 | 某中心`): a row read as a project that prints no 类型 and no
 * 项目单位, named as the unit the project right below it prints, or as a unit (or the
 * department) the caller names (`ReadOptions.units`, with or without a code). Whose projects
 * follow is not guessed (never the unit above's: the same project under two units a false
 * duplicate; nor the heading a project the total sums), so the heading and the projects under
 * it, up to the next unit, total or heading, are kept unplaced (`unplaced-row`, `under` the
 * heading's printed row). A row printing no 类型 nor 项目单位 is such a heading too where the
 * figures say so (see {@link summedHeadings}), whatever its name. One heading over all the rows,
 * restating the table's total (a unit's own table), heads nothing the table does not hold: its
 * rows are the table's, the heading skipped as layout (`layout-row`, `unit-heading`). Tables
 * whose kind has no 项目单位 column are left as they are. A few passes.
 * @internal
 */
export function projectUnitHeadings(
  built: BuiltRow[],
  kind: TableKind,
  problems: ReadProblem[],
  printed: readonly (readonly string[])[],
  units: readonly { readonly name: string }[] | undefined,
): BuiltRow[] {
  if (!accepts(kind, "project")) return built;
  built = typeSubtotals(built, kind, problems, printed);
  if (!accepts(kind, "org")) return built;
  const byUnit = kind.columns.some((c) => c.key === UNIT);
  const given = new Set(
    (units ?? []).flatMap((u) => (typeof u?.name === "string" ? [labelKey(u.name)] : [])),
  );
  const headings = new Set<number>();
  built.forEach((b, i) => {
    if (!bare(b)) return;
    const name = labelKey(b.name ?? "");
    // The department's own office printed as `本级` (no code, a unit the reader could not
    // place): a unit's heading in any table of projects by unit, never a project named 本级.
    if (isOwnUnitLabel(name)) headings.add(i);
    if (!byUnit) return;
    const below = built[i + 1]?.cells[UNIT];
    if (given.has(name) || (!blank(below) && labelKey(below ?? "") === name)) headings.add(i);
  });
  // A kind printing no 项目单位 (a 绩效 table of projects) takes a heading its figures confirm only
  // as the one heading of a unit's own table (restating its total: layout); several are left as
  // read, their projects not guessed.
  const summed = summedHeadings(built, kind);
  if (byUnit || summed.length === 1) for (const i of summed) headings.add(i);
  if (headings.size === 0) return built;
  const sole = soleHeading(built, headings, kind);
  if (sole !== undefined) {
    problems.push({
      code: "layout-row",
      severity: "info",
      path: { row: sole },
      what: "unit-heading",
    });
    return built.filter((b) => b.source !== sole);
  }
  let under: number | undefined;
  return built.map((b, i) => {
    if (headings.has(i)) under = b.source;
    else if (b.key.kind === "org" || b.key.kind === "total") under = undefined;
    if (under === undefined) return b;
    const cells = printed[b.source] ?? [];
    const problem: ReadProblem = {
      code: "unplaced-row",
      severity: "warning",
      path: { row: b.source },
      cells,
    };
    problems.push(headings.has(i) ? problem : { ...problem, under });
    const key: RowKey = { kind: "unplaced", label: b.name?.trim() ?? "" };
    return { ...b, key };
  });
}

/** The 类型 a table of projects prints (`其他运转类`, `特定目标类`), as label keys. */
const typeNames = (kind: TableKind): ReadonlySet<string> =>
  new Set(Object.keys(kind.columns.find((c) => c.key === TYPE)?.values ?? {}).map(labelKey));

/** The keys of a kind's amount columns. @internal */
export const amountKeys = (kind: TableKind): string[] =>
  kind.columns.filter((c) => c.role === "amount").map((c) => c.key);

/**
 * A row printing no 类型 named as one (`其他运转类`, `特定目标类`) stating the sum of the projects of
 * that 类型 right below it: the type's subtotal, no project (read as one, it counted its projects
 * twice: a false `rollup`). Kept unplaced (`unplaced-row` at info, coverage). One pass.
 */
function typeSubtotals(
  built: BuiltRow[],
  kind: TableKind,
  problems: ReadProblem[],
  printed: readonly (readonly string[])[],
): BuiltRow[] {
  const types = typeNames(kind);
  if (types.size === 0) return built;
  const keys = amountKeys(kind);
  const subtotals = new Set<number>();
  for (let i = 0; i < built.length; i++) {
    const b = built[i] as BuiltRow;
    const type = labelKey(b.name ?? "");
    if (!bare(b) || !types.has(type)) continue;
    let j = i + 1;
    while (j < built.length && labelKey(built[j]?.cells[TYPE] ?? "") === type) j++;
    if (sumsTo(b, built.slice(i + 1, j), keys)) subtotals.add(i);
    i = j - 1;
  }
  if (subtotals.size === 0) return built;
  return built.map((b, i) => {
    if (!subtotals.has(i)) return b;
    // A heading the figures confirm: the layout's, noted at info (nothing is wrong with it).
    problems.push({
      code: "unplaced-row",
      severity: "info",
      path: { row: b.source },
      cells: printed[b.source] ?? [],
    });
    return { ...b, key: { kind: "unplaced", label: b.name?.trim() ?? "" } };
  });
}

/** An amount cell's figure (blank as zero), or `undefined` where it prints no figure. */
function figure(cell: string | undefined): Amount | undefined {
  const read = parseAmount(cell ?? "", "万元");
  if (!read.ok) return undefined;
  return read.value ?? zeroAmount();
}

/**
 * Whether `head` prints, in every amount column, the sum of `rows` (at least one row, and a
 * figure other than zero somewhere): a heading restating its rows' total. Each row is read once.
 * @internal
 */
export function sumsTo(
  head: BuiltRow,
  rows: readonly BuiltRow[],
  keys: readonly string[],
): boolean {
  if (rows.length === 0) return false;
  let printed = false;
  for (const key of keys) {
    const stated = figure(head.cells[key]);
    if (stated === undefined) return false;
    let sum = zeroAmount();
    for (const r of rows) {
      const v = figure(r.cells[key]);
      if (v === undefined) return false;
      sum = addAmounts(sum, v);
    }
    if (!amountsEqual(stated, sum)) return false;
    if (!isZero(stated)) printed = true;
  }
  return printed;
}

/**
 * The rows of a table of projects printing no 项目单位 column that head units by names the caller
 * did not give (`某中心A`, then `其他运转类 | 2024年机关运行经费`), told by their figures: every row
 * printing no 类型 nor 项目单位 (a bare row) states the sum of the projects below it up to the next
 * bare row, the first row under the totals is such a row, and the table's total is the sum of
 * those rows (or, no total printed, there are two at least, each over two projects or a project
 * printed under two of them). A row named as a 类型 is no heading. A real project printing no 类型
 * whose figures equal the project's below is told apart by the total (counting it, the total is
 * twice its rows'). Anything else (a bare row stating other figures, projects above the first,
 * a total stating both) decides nothing: the rows stay as read. Linear: each row is summed once.
 */
function summedHeadings(built: readonly BuiltRow[], kind: TableKind): number[] {
  const keys = amountKeys(kind);
  // A row named as a 类型 (`其他运转类`, `特定目标类`) sums its type's projects: no unit's heading.
  const types = typeNames(kind);
  const texts = kind.columns.filter((c) => c.role === "text").map((c) => c.key);
  // A heading prints a name and figures only: a project of a 绩效 table prints its indicators.
  const headingLike = (b: BuiltRow) => bare(b) && texts.every((k) => blank(b.cells[k]));
  const heading = (b: BuiltRow) => headingLike(b) && !types.has(labelKey(b.name ?? ""));
  const first = built.findIndex((b) => b.key.kind !== "total");
  if (first < 0 || !heading(built[first] as BuiltRow)) return [];
  const headings: number[] = [];
  // Each project's name → the heading (by number) it was last printed under.
  const seen = new Map<string, number>();
  let repeated = false;
  // Whether a heading closed over one project alone.
  let lone = false;
  const totals: BuiltRow[] = [];
  let rows: BuiltRow[] = [];
  const closes = () => {
    const at = headings[headings.length - 1];
    if (rows.length < 2) lone = true;
    return at !== undefined && sumsTo(built[at] as BuiltRow, rows, keys);
  };
  for (let i = 0; i < built.length; i++) {
    const b = built[i] as BuiltRow;
    if (b.key.kind === "total") totals.push(b);
    else if (headingLike(b)) {
      if (!heading(b) || (headings.length > 0 && !closes())) return [];
      headings.push(i);
      rows = [];
    } else if (b.key.kind === "project" && headings.length > 0) {
      rows.push(b);
      const name = labelKey(b.name ?? "");
      const under = seen.get(name);
      if (under !== undefined && under !== headings.length) repeated = true;
      seen.set(name, headings.length);
    } else if (!keys.every((k) => blank(b.cells[k]))) return [];
  }
  if (!closes()) return [];
  // No total to confirm them: two headings at least, each over two projects at least, or a
  // project printed under two of them (a project printing no 类型 may equal the one below it by
  // chance; a unit's heading over one project, its name the project of another unit's, not).
  if (totals.length === 0) return headings.length >= 2 && (repeated || !lone) ? headings : [];
  const stated = headings.map((i) => built[i] as BuiltRow);
  return totals.every((t) => keys.every((k) => sumsTo(t, stated, [k]) || allZero(t, stated, k)))
    ? headings
    : [];
}

/** Whether a total and the rows it sums all print no figure (or zero) in column `key`. */
function allZero(total: BuiltRow, rows: readonly BuiltRow[], key: string): boolean {
  return [total, ...rows].every((r) => {
    const v = figure(r.cells[key]);
    return v !== undefined && isZero(v);
  });
}

/**
 * The printed row of a table's one unit heading (see {@link projectUnitHeadings}) printed over all
 * its rows (only totals above it) and restating the total, figure for figure: a unit's own table.
 */
function soleHeading(
  built: readonly BuiltRow[],
  headings: ReadonlySet<number>,
  kind: TableKind,
): number | undefined {
  const [at] = headings;
  if (headings.size !== 1 || at === undefined) return undefined;
  const first = built.findIndex((b) => b.key.kind !== "total");
  const total = built.find((b) => b.key.kind === "total");
  if (first !== at || total === undefined) return undefined;
  const head = built[at] as BuiltRow;
  const keys = amountKeys(kind);
  return keys.every((k) => sumsTo(total, [head], [k]) || allZero(total, [head], k))
    ? head.source
    : undefined;
}
