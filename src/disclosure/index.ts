export {
  type DisclosureBuilder,
  type DisclosureMetaInput,
  disclosureBuilder,
} from "./builder-disclosure";
export { formatBuildProblem } from "./builder-messages";
export { type TableBuilder, type TableBuilderOptions, tableBuilder } from "./builder-table";
export { validateDisclosure, validateTable } from "./builder-validate";
export { disclosureFacts, lowerDisclosure, lowerTable } from "./lower";
export type { LoweringProblem } from "./lower-problems";
export type { LoweredRow, LoweredTable } from "./lowered";
export type { BuildPath, BuildProblem, BuildProblemCode, BuildResult } from "./problems";
export { rowKeyId } from "./row-key";
export type {
  DepartmentTarget,
  DepartmentTask,
  Indicator,
  MoneyBlock,
  ProjectTarget,
  Targets,
} from "./targets";
export type {
  BudgetUnit,
  Disclosure,
  DisclosureMeta,
  DisclosureStage,
  OtherPeriod,
  Row,
  RowKey,
  Table,
  TextSection,
  UnitType,
} from "./types";
export { DISCLOSURE_STAGES, stageOf } from "./types";
export { unitKinds } from "./unit-kinds";
