import type { Dimension } from "../facts";

/** Values a decomposition's children need, by dimension (see `CompiledDecomposition.needs`). */
export type Needs = readonly (readonly [Dimension, string])[];

/** The canonical natures a fact printed as `basic` may have (by its economic code). */
const BASIC_PARTS: ReadonlySet<string> = /*#__PURE__*/ new Set(["basic.personnel", "basic.public"]);

/**
 * Whether no fact in scope has one of the values a decomposition's children need (its `needs`),
 * looked up in the indexes by dimension built so far (a dimension not indexed is not looked at):
 * then no anchor finds every child. Where a child's value is a canonical nature, a fact printed
 * as `basic` (whose economic code makes it that nature) counts as having it.
 */
export function lacksAny(
  needs: Needs,
  indexedBy: readonly string[],
  indexes: readonly Map<string | undefined, number[]>[],
): boolean {
  for (let k = 0; k < needs.length; k++) {
    const [dim, v] = needs[k] as readonly [Dimension, string];
    const at = indexedBy.indexOf(dim);
    if (at < 0) continue;
    const index = indexes[at] as Map<string | undefined, number[]>;
    if (index.has(v) || (dim === "nature" && BASIC_PARTS.has(v) && index.has("basic"))) continue;
    return true;
  }
  return false;
}
