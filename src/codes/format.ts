import type { Code } from "./code";

/**
 * Joins the groups of a code printed across table columns (科目编码 类 | 款 | 项) into one string
 * for {@link parseCode}. Each group is trimmed (whitespace includes U+3000); blank groups are
 * skipped. Nothing is validated here: {@link parseCode} reports a one-digit 款 and the like.
 *
 * @example
 * ```ts
 * import { joinCodeSegments } from "yusuan";
 * joinCodeSegments(["201", "31", "01"]); // "201 31 01"
 * joinCodeSegments(["302", " 17 ", ""]); // "302 17"
 * ```
 */
export function joinCodeSegments(segments: readonly string[]): string {
  return segments
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .join(" ");
}

/**
 * Prints a code with its groups (3 + 2 + 2 digits) joined by `separator`.
 *
 * @param separator - between groups; `""` (default) gives the plain digits
 *
 * @example
 * ```ts
 * import { code, formatCode } from "yusuan";
 * const c = code("functional", "2013101");
 * formatCode(c); // "2013101"
 * formatCode(c, " "); // "201 31 01"
 * formatCode(code("departmental", "30217"), "-"); // "302-17"
 * ```
 */
export function formatCode(c: Code, separator = ""): string {
  const groups = [c.value.slice(0, 3), c.value.slice(3, 5), c.value.slice(5, 7)];
  return groups.filter((g) => g !== "").join(separator);
}
