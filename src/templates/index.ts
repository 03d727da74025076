export { henan2024 } from "./henan2024";
export type { ColumnSpec, LineSpec, RowKind, TableKind, Template } from "./types";
