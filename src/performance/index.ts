/**
 * yusuan/performance: performance targets (绩效目标). The 指标值 grammar, indicator frameworks,
 * target trees with builders and validation, reading them from the printed tables of a template,
 * and evaluation against actual results (department formulas, self-evaluation scores and grades).
 *
 * @module yusuan/performance
 */

export * from "./evaluate";
export * from "./framework";
export * from "./read";
export * from "./target";
export * from "./value";
