/**
 * Units' headings in a table of projects printing each project's unit (`项目单位`), printed by a
 * name the reader cannot place (no code, a name the caller did not give with its code).
 */
import type { RowKey } from "../disclosure";
import type { TableKind } from "../templates";
import { labelKey } from "../templates/wording";
import { accepts } from "./cells";
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
 * heading's printed row). Tables printing no 项目单位 are left as they are. Two passes.
 * @internal
 */
export function projectUnitHeadings(
  built: BuiltRow[],
  kind: TableKind,
  problems: ReadProblem[],
  printed: readonly (readonly string[])[],
  units: readonly { readonly name: string }[] | undefined,
): BuiltRow[] {
  if (!accepts(kind, "project") || !accepts(kind, "org")) return built;
  if (!kind.columns.some((c) => c.key === UNIT)) return built;
  const given = new Set(
    (units ?? []).flatMap((u) => (typeof u?.name === "string" ? [labelKey(u.name)] : [])),
  );
  const headings = new Set<number>();
  built.forEach((b, i) => {
    if (!bare(b)) return;
    const name = labelKey(b.name ?? "");
    const below = built[i + 1]?.cells[UNIT];
    if (given.has(name) || (!blank(below) && labelKey(below ?? "") === name)) headings.add(i);
  });
  if (headings.size === 0) return built;
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
