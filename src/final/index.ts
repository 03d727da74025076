/**
 * 部门决算 (`yusuan/final`): the final accounts of a department, one year after its budget, in the
 * same fact model (`meta.stage` `决算`). The 2024 决算 form as template data (`final2024`), its
 * checking profile (`finalProfile`) and the execution report of a budget against its outcome
 * (`executionReport`). `templateById(id, [final2024])` and `profileFor(template, [finalProfile])`
 * resolve a `meta.template` of `final2024` besides the budget templates.
 *
 * @module yusuan/final
 */

export {
  type DisclosureWithTemplate,
  type ExecutionLine,
  type ExecutionReport,
  executionReport,
} from "./execution";
export {
  type BudgetChange,
  type BudgetItem,
  type CompletionRate,
  FINAL_NARRATIVE_RULES,
  type FinalNarrative,
  type PrintedChange,
  type PrintedList,
  type PrintedParts,
  type ProcurementTotal,
  readFinalNarrative,
} from "./narrative";
export { finalProfile } from "./profile";
export { final2024 } from "./template";
