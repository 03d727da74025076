export type { LoweredRow, LoweredTable, LoweringProblem } from "./lower";
export { disclosureFacts, lowerDisclosure, lowerTable } from "./lower";
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
