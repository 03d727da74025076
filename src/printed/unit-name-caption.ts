/**
 * A caption naming the document's department under a unit's label, printed once at a table's
 * top (`单位名称：上海市普陀区财政局`, `预算单位：某局`): common in 部门预算 and 决算 tables. The same
 * label heads a unit's block in a 部门's table by unit, so it is a caption only where the caller
 * names the department (`ReadOptions.departmentName`), the name is the department's (by label
 * key, as the library compares units' names), and no other row of the table heads a unit (see
 * {@link headsUnit}). A name that is neither is never guessed a caption: a unit's block read as
 * the department's rows would give wrong sums.
 */
import { labelKey } from "../templates/wording";
import { plainText } from "./cells";
import type { ReadOptions } from "./read-options";
import { unitLabelEnd } from "./unit-heading";

/** The department's name and the caller's other units' names, by label key. @internal */
export interface CaptionNames {
  readonly department: string;
  readonly units: ReadonlySet<string>;
}

/** The longest cell read as a unit's name (longer cells print more than a name). */
const MAX_NAME = 60;

/** A name's label key (NFKC, spaces dropped), `""` for none. */
const nameKey = (name: unknown): string =>
  typeof name === "string" && name.length <= MAX_NAME ? labelKey(plainText(name)) : "";

/**
 * The names a caption may be told by: the department's (`options.departmentName`) and the
 * caller's units' other than it; `undefined` where the caller names no department. @internal
 */
export function captionNames(
  options: Pick<ReadOptions, "departmentName" | "units">,
): CaptionNames | undefined {
  const department = nameKey(options.departmentName);
  if (department === "") return undefined;
  const units = new Set<string>();
  for (const u of options.units ?? []) units.add(nameKey(u?.name));
  units.delete("");
  units.delete(department);
  return { department, units };
}

/**
 * The label key of a caption `单位名称：<the department's name>` (a compact cell's text: NFKC, no
 * spaces), else `undefined`: another name, no unit label, no department named. @internal
 */
export function unitLabelledCaption(
  text: string,
  names: CaptionNames | undefined,
): string | undefined {
  if (names === undefined) return undefined;
  const colon = unitLabelEnd(text);
  if (colon === undefined || nameKey(text.slice(colon + 1)) !== names.department) return undefined;
  return labelKey(text.slice(0, colon));
}

/**
 * Whether a row may head a unit's block: a cell opening with a unit's label (`单位名称：…`, any
 * name), or a cell naming another of the caller's units. Each cell read once. @internal
 */
export function headsUnit(row: readonly string[], names: CaptionNames): boolean {
  return row.some((cell) => {
    if (cell.trim() === "") return false;
    const text = plainText(cell.length > MAX_NAME ? cell.slice(0, MAX_NAME) : cell);
    return unitLabelEnd(text) !== undefined || names.units.has(nameKey(text));
  });
}
