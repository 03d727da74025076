/**
 * Tiny helpers to write printed rows without counting trailing blanks.
 *
 * Exports: {@link padRow}.
 */

/**
 * The cells, followed by `""` up to `width` cells. Throws when there are more cells than `width`
 * (a fixture typo must not pass silently).
 */
export function padRow(cells: readonly string[], width: number): string[] {
  if (cells.length > width) {
    throw new Error(
      `row has ${cells.length} cells, table has ${width} columns: ${cells.join("|")}`,
    );
  }
  return [...cells, ...Array.from({ length: width - cells.length }, () => "")];
}
