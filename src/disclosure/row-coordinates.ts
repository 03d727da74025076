import { codeLevelOf } from "../codes";
import type { Coordinates } from "../facts";
import type { ColumnSpec } from "../templates";
import { type namesTold, projectCoordinate } from "./project-identity";
import type { Row } from "./types";

/**
 * The coordinates a row's key and attribute cells give (before the table's fixed coordinates and
 * each column's own): its code or project, the unit it is printed under (`unit`), and each
 * attribute column's value. `undefined` for a line or an unplaced row. @internal
 */
export function rowCoordinates(
  row: Row,
  attributes: readonly ColumnSpec[],
  departmentCode: string | undefined,
  unit: string | undefined,
  sharedNames: ReturnType<typeof namesTold>,
): Coordinates | undefined {
  const key = row.key;
  // Built by assignment in the order the keys were always given (object spreads of several
  // sources are several times slower here, and this runs once per row).
  const coords: Record<string, string> = {};
  switch (key.kind) {
    case "total":
    case "single":
    case "indicator":
      break;
    case "org":
      if (key.code !== departmentCode) coords.org = key.code;
      break;
    case "functional":
      coords.functional = key.code;
      break;
    case "economic":
      coords.econ = key.econ;
      // A 类 row printing both classifications' 类 codes (`301 | 工资福利支出 | 501 | …`) states
      // the 部门 类: the government code is the same row's other name, as the 款 rows under it
      // roll up to the 部门 类 alone (a government code is kept only with its own 部门 款).
      if (key.gov !== undefined && codeLevelOf(key.econ) !== "类") coords.gov = key.gov;
      break;
    case "project":
      coords.project = projectCoordinate(key.name, row, unit, sharedNames);
      break;
    case "line":
    case "unplaced":
      return undefined;
  }
  // A code or project row printed under a unit's row is that unit's (`unit` is given for those).
  if (unit !== undefined) coords.org = unit;
  for (const col of attributes) {
    const raw = row.cells[col.key];
    if (raw === undefined || col.values === undefined) continue;
    const text = raw.trim();
    if (Object.hasOwn(col.values, text)) {
      const value = col.values[text];
      if (value !== undefined) coords[col.dimension as string] = value;
    }
  }
  return coords as Coordinates;
}
