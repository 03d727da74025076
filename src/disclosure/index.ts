export { rowKeyId } from "./row-key";
export type {
  BudgetUnit,
  Disclosure,
  DisclosureMeta,
  Row,
  RowKey,
  Table,
  TextSection,
  UnitType,
} from "./types";
