import type { Coordinates, Nature } from "../facts";
import { NATURE_PARENT } from "../facts/natures";

/** Whether `nature` is `within` or one of its parts (人员经费 within 基本支出). */
function natureWithin(nature: Nature, within: Nature): boolean {
  for (let n: Nature | undefined = nature; n !== undefined; n = NATURE_PARENT[n])
    if (n === within) return true;
  return false;
}

/**
 * The coordinates of a line's cell under a column: the table's fixed ones, the column's, then the
 * line's; where the line and the column both name a spending nature, the narrower of the two (a
 * 基本支出 line's cell under 人员经费 states 人员经费; a 人员经费合计 line's cell under 合计 states
 * 人员经费). `undefined` where the two natures share no part (a 人员经费合计 line's cell under
 * 公用经费): the cell states nothing of the line, and is no second print of the line's figure.
 * @internal
 */
export function lineCellCoordinates(
  fixed: Coordinates | undefined,
  column: Coordinates | undefined,
  line: Coordinates | undefined,
): Coordinates | undefined {
  const coords = Object.assign({}, fixed, column, line) as Coordinates;
  const a = column?.nature;
  const b = line?.nature;
  if (a === undefined || b === undefined || a === b) return coords;
  if (natureWithin(a, b)) return { ...coords, nature: a };
  if (natureWithin(b, a)) return coords;
  return undefined;
}
