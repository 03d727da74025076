export { henan2024 } from "./henan2024";
export { nationalMinimum } from "./national";
export { shanghai } from "./shanghai";
export type { ColumnSpec, LineSpec, RowKind, TableKind, TableLayout, Template } from "./types";
