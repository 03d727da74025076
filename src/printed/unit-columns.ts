/**
 * A 部门's table by 科目 whose rows each name their unit in columns of their own (`单位编码 |
 * 单位名称 | 类 | 款 | 项 | 科目名称 | 合计 …`, or `单位名称` alone), or a table of projects listed
 * under their unit's code (`单位编码 | 单位名称 | 项目名称 | 采购品目 | 合计 …`): each row is its
 * unit's, as the rows under a unit's row are in a sectioned table.
 */
import type { RowKey } from "../disclosure";
import type { TableKind } from "../templates";
import { labelKey } from "../templates/wording";
import { accepts, isTotalLabel, plainText as plain } from "./cells";
import type { GridPlacement } from "./grid";
import type { ColumnMatch } from "./headers";
import { listsProjects } from "./lists-projects";
import type { ReadProblem } from "./problems";

/** The key of the template's column of a unit's name printed on each row. @internal */
export const ORG_NAME_COLUMN = "org.name";

/** A row's place after its unit columns were read, with the unit's row to put before it. */
export interface UnitColumnRead {
  readonly placed: GridPlacement;
  /**
   * Where the row's unit differs from the rows' above: that unit's row (its code and printed
   * name), stating nothing, put before the row so the row is read as the unit's (an `org` row).
   */
  readonly unit?: { readonly code: string; readonly name: string };
}

const ROW_KINDS: ReadonlySet<RowKey["kind"]> = /*#__PURE__*/ new Set([
  "functional",
  "economic",
  "project",
]);

/**
 * Reads the unit columns of a table by 科目 (a unit code column, a unit name column), when it
 * prints one beside its code columns: a row by 科目 naming a unit other than the rows' above is
 * preceded by that unit's row (`unit`); a row naming no 科目, only a unit (its code, or a name the
 * caller gave: `ReadOptions.units`, with a code or, in `named`, without), is that unit's row,
 * never the table's total. A
 * unit cell left blank (a merged cell) keeps the unit above. A row naming a unit by a name the
 * caller did not give is not guessed: it is kept unplaced (`unplaced-row`), never read as the
 * department's; but a table naming one unit only, by name, on every row (a unit's own table
 * printing its name beside each 科目) says nothing of units: its rows are the table's, as
 * without the column. One per table, fed the grid rows in printed order. @internal
 */
export function unitColumns(
  kind: TableKind,
  columns: readonly ColumnMatch[],
  unitNames: ReadonlyMap<string, string> | undefined,
  rows: readonly (readonly string[])[],
  named: ReadonlyMap<string, string> | undefined = unitNames,
): ((placed: GridPlacement, row: readonly string[], index: number) => UnitColumnRead) | undefined {
  const code = columns.find((c) => c.column?.role === "org")?.index;
  // A table of projects listed under units by their code (`单位编码 | 项目名称 | …`): a project
  // named with a unit's code is that unit's (see `listsProjects`).
  const projects = code !== undefined && listsProjects(kind, columns);
  if (!accepts(kind, "org") || !(projects || columns.some((c) => c.column?.role === "code")))
    return undefined;
  const name = columns.find((c) => c.column?.key === ORG_NAME_COLUMN)?.index;
  if (name === undefined && code === undefined) return undefined;
  if (code === undefined && oneUnknownName(rows, name as number, unitNames)) return undefined;
  let section: string | undefined;
  return (placed, row, index) => {
    const printedName = name === undefined ? "" : (row[name] ?? "").trim();
    const printedCode = code === undefined ? "" : plain(row[code] ?? "");
    const { key } = placed;
    if (printedName === "" && printedCode === "") {
      if (key.kind === "org") section = key.code;
      else if (key.kind === "total") section = undefined;
      return { placed };
    }
    const unit = printedCode !== "" ? printedCode : named?.get(labelKey(printedName));
    // A row naming only a unit (no 科目, no total label) is the unit's row.
    const onlyUnit =
      key.kind === "org" ||
      (key.kind === "total" && placed.name === undefined) ||
      (key.kind === "unplaced" && key.label === "");
    if (onlyUnit) {
      if (unit === undefined) return { placed };
      section = unit;
      const orgKey: RowKey = { kind: "org", code: unit };
      return { placed: { ...placed, key: orgKey, problems: withoutUnplaced(placed.problems) } };
    }
    if (!ROW_KINDS.has(key.kind)) return { placed };
    // A project whose unit code is left blank (a merged cell) and named by no name the caller
    // gave: the unit above's.
    if (unit === undefined && projects && key.kind === "project") return { placed };
    if (unit === undefined) {
      section = undefined;
      const problem: ReadProblem = {
        code: "unplaced-row",
        severity: "warning",
        path: { row: index },
        cells: row,
      };
      // Labelled by the unit it names (its 科目 is read, its unit not): no unit's heading.
      const label = printedName;
      return { placed: { ...placed, key: { kind: "unplaced", label }, problems: [problem] } };
    }
    if (unit === section) return { placed };
    section = unit;
    return { placed, unit: { code: unit, name: printedName } };
  };
}

const withoutUnplaced = (problems: readonly ReadProblem[]) =>
  problems.filter((p) => p.code !== "unplaced-row");

/**
 * Whether a unit name column, printed without a unit code column, names one unit only, by a name
 * the caller did not give (`ReadOptions.units`): every name it prints is that one (a total's
 * label aside). One pass.
 */
function oneUnknownName(
  rows: readonly (readonly string[])[],
  column: number,
  unitNames: ReadonlyMap<string, string> | undefined,
): boolean {
  let only: string | undefined;
  for (const row of rows) {
    const text = (row[column] ?? "").trim();
    const key = labelKey(text);
    // The table's total labelled in the unit's column (`合计 | | | 27.00`) names no unit.
    if (key === "" || isTotalLabel(text)) continue;
    if (only === undefined) only = key;
    else if (key !== only) return false;
  }
  return only !== undefined && unitNames?.get(only) === undefined;
}
