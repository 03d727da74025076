export {
  computeFormula,
  DEPARTMENT_FORMULAS,
  type DepartmentFormula,
  type DepartmentIndicatorResult,
  evaluateDepartment,
  type FormulaError,
  type FormulaInput,
  formulaFor,
} from "./formulas";
export {
  type Actual,
  type EvaluateOptions,
  type Evaluation,
  evaluateIndicator,
  type JudgmentReason,
} from "./indicator";
export {
  DEFAULT_GRADES,
  DEFAULT_WEIGHTS,
  type GradeSpec,
  type GroupScore,
  type IndicatorScore,
  type ProjectActuals,
  type ProjectScore,
  type ScoreOptions,
  type ScoringWeights,
  scoreProject,
  type WeightGroup,
} from "./score";
