/**
 * A row printing a column's name alone under a project (`人员经费` below
 * `2024年政务服务大厅运行服务保障及窗口`): the rest of that project's name, cut by its cell.
 */
import { endsAsName } from "./name-fragments";
import type { BuiltRow } from "./wrapped-rows";

/**
 * The fewest characters of a project's name that filled its cell's line: a shorter name
 * (`信访维稳`) wrapped nowhere, and a column's name below it is a row of its own.
 */
const MIN_WRAPPED = 10;

/**
 * Whether a row printing a name alone (`printed` values: none) is the rest of the project above,
 * whatever its words: that project's name, long enough to have filled its line, ends as no whole
 * name does (`2024年政务服务大厅运行服务保障及窗口`). @internal
 */
export function restOfProject(prev: BuiltRow, printed: number): boolean {
  const name = (prev.name ?? "").replace(/\s+/gu, "");
  return (
    printed === 0 &&
    prev.key.kind === "project" &&
    [...name].length >= MIN_WRAPPED &&
    !endsAsName(name)
  );
}
