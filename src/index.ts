/**
 * yusuan (预算): a typed model of Chinese government department budget disclosures (部门预算公开).
 *
 * The core entry: exact amounts, classification codes, catalogs as data, the fact model, and
 * disclosures with their builders. The checker (`yusuan/check`), the templates
 * (`yusuan/templates`), the printed-table reader (`yusuan/printed`), the JSON format
 * (`yusuan/json`) and the 2024 catalogs (`yusuan/catalog/2024`) are separate entries, so what a
 * program does not import is not in its bundle.
 *
 * @module yusuan
 */
export * from "./amount";
export * from "./catalog";
export * from "./codes";
export * from "./disclosure";
export * from "./facts";
export * from "./locale";
export * from "./result";
