import { normalizeName } from "../codes";
import type { Row } from "./types";

/** A project row's place in a table: its unit (none for the department) and normalised name. */
const placeOf = (unit: string | undefined, name: string): string => `${unit ?? ""}\u0000${name}`;

/**
 * The projects of a table that one unit prints twice under one name with two project codes
 * (`单位编码（项目编码）`): two projects, told apart by their codes. `undefined` when there are
 * none (most tables: no project prints a code, or no name repeats). One pass over the rows, the
 * units followed as lowering follows them (a unit's row, then its rows; the total row ends it).
 * @internal
 */
export function namesWithCodes(
  rows: readonly Row[],
  departmentCode: string | undefined,
): ReadonlySet<string> | undefined {
  let unit: string | undefined;
  let codes: Map<string, string> | undefined;
  let shared: Set<string> | undefined;
  for (const row of rows) {
    const key = row.key;
    if (key.kind === "total") unit = undefined;
    else if (key.kind === "org") unit = key.code === departmentCode ? undefined : key.code;
    else if (key.kind === "project" && key.code !== undefined && key.code.trim() !== "") {
      const place = placeOf(unit, normalizeName(key.name));
      const code = key.code.trim();
      codes ??= new Map();
      const first = codes.get(place);
      if (first === undefined) codes.set(place, code);
      else if (first !== code) {
        shared ??= new Set();
        shared.add(place);
      }
    }
  }
  return shared;
}

/**
 * A project row's `project` coordinate: its normalised name, with its code in brackets where
 * its unit prints another project of that name ({@link namesWithCodes}), so that two projects
 * are not taken for one figure printed twice. @internal
 */
export function projectCoordinate(
  name: string,
  code: string | undefined,
  unit: string | undefined,
  shared: ReadonlySet<string> | undefined,
): string {
  const normalised = normalizeName(name);
  if (shared === undefined || code === undefined || !shared.has(placeOf(unit, normalised)))
    return normalised;
  return `${normalised}（${code.trim()}）`;
}
