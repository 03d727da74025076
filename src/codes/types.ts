/**
 * The three classification systems of 政府收支分类科目 that disclosures print.
 *
 * - `functional`: 支出功能分类 (类 / 款 / 项, 3 / 5 / 7 digits, 2xx)
 * - `departmental`: 部门预算支出经济分类 (类 / 款, 3 / 5 digits, 3xx)
 * - `government`: 政府预算支出经济分类 (类 / 款, 3 / 5 digits, 5xx)
 *
 * @example
 * ```ts
 * import type { CodeSystem } from "yusuan";
 * const s: CodeSystem = "departmental";
 * ```
 */
export type CodeSystem = "functional" | "departmental" | "government";

/**
 * The level of a classification code: 类 (3 digits), 款 (5 digits), 项 (7 digits, functional only).
 *
 * @example
 * ```ts
 * import type { CodeLevel } from "yusuan";
 * const l: CodeLevel = "款";
 * ```
 */
export type CodeLevel = "类" | "款" | "项";
