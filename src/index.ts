/**
 * yusuan (预算): a typed model of Chinese government department budget disclosures (部门预算公开).
 *
 * @packageDocumentation
 */
export * from "./amount";
export * from "./catalog";
export * from "./codes";
export * from "./disclosure";
export * from "./facts";
export * from "./locale";
export * from "./result";
export * from "./rules";
export * from "./templates";
