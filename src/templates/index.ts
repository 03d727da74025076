export { templateById } from "./by-id";
export { henan2024 } from "./henan2024";
export { nationalMinimum } from "./national";
export { shanghai } from "./shanghai";
export type { ColumnSpec, LineSpec, RowKind, TableKind, Template } from "./types";
