export {
  type DepartmentTargetBuilder,
  departmentTargetBuilder,
  type IndicatorOptions,
  type ProjectTargetBuilder,
  projectTargetBuilder,
  type TargetBuildResult,
} from "./builder";
export { formatTargetProblem } from "./messages";
export { checkMoneyBlock, MONEY_RELATIONS, type MoneyRelation } from "./money";
export type { TargetProblem, TargetProblemCode } from "./problems";
export {
  type ValidateOptions,
  validateDepartmentTarget,
  validateProjectTarget,
  validateTargets,
} from "./validate";
