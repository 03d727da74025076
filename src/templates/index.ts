/**
 * The templates (`yusuan/templates`): the table kinds a province prints, as data: `henan2024`,
 * `shanghai`, `nationalMinimum`, and `templateById` for a disclosure's `meta.template`. Every
 * table kind, column key and header variant is listed in the template reference
 * (`docs/templates.md`).
 *
 * @module yusuan/templates
 */
export { templateById } from "./by-id";
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
export type { ColumnSpec, LineSpec, RowKind, TableKind, TableLayout, Template } from "./types";
export { UNREAD_TABLES, type UnreadTable } from "./unread-tables";
