/**
 * The levels of government as a name prints them (`河南省`, `洛阳市`, `涧西区`, `某县`, `某自治州`,
 * `某盟`, `某旗`, `某镇`, `某乡`): one list for every reader that tells a region in a name (a
 * unit's full name, a document's own name, a government's own level `市本级`). @internal
 */

/**
 * The levels from the county up (`省`, `市`, `区`, `县`, `州`, `盟`, `旗`): the governments whose
 * own level (`市本级`, `旗本级`) the narrative readers take as the budget of that level; a
 * township's (`镇本级`) they do not. @internal
 */
export const COUNTY_AND_ABOVE = "省市区县州盟旗";

/** The township levels (`镇`, `乡`). @internal */
export const TOWNSHIPS = "镇乡";

/**
 * The characters that end an administrative region's name ({@link COUNTY_AND_ABOVE} and
 * {@link TOWNSHIPS}): a name holding one names its region (`某区…`, `某县人民医院`). @internal
 */
export const REGION_LEVELS = /*#__PURE__*/ COUNTY_AND_ABOVE.concat(TOWNSHIPS);

/**
 * Whether a text holds a region's character ({@link REGION_LEVELS}). Linear. @internal
 *
 * @example
 * ```ts
 * holdsRegion("某县人民医院"); // true
 * holdsRegion("公立医院"); // false
 * ```
 */
export function holdsRegion(text: string): boolean {
  for (const c of text) if (REGION_LEVELS.includes(c)) return true;
  return false;
}
