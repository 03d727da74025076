export {
  type DocumentPart,
  type DocumentSpec,
  type ItemisedSection,
  TEXT_PARTS,
} from "./document";
export { henan2024 } from "./henan2024";
export { nationalMinimum } from "./national";
export { shanghai } from "./shanghai";
export type {
  IndicatorColumnGroup,
  IndicatorColumns,
  TargetField,
  TargetLayout,
  TargetMoneyLine,
} from "./targets";
export { TARGET_MONEY_LINE_NAMES, TARGET_MONEY_LINES } from "./targets";
export type { ColumnSpec, LineSpec, RowKind, TableKind, Template } from "./types";
