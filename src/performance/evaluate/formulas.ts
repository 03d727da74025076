import { type Amount, convertAmount, parseAmount } from "../../amount";
import { finerUnit } from "../../amount/units";
import { normalizeName } from "../../codes";
import type { DepartmentTarget } from "../../disclosure";
import type { Localized } from "../../locale";
import { err, ok, type Result } from "../../result";
import { div, isZero, mul, sub } from "./exact";
import { type Actual, type Evaluation, evaluateIndicator } from "./indicator";

/**
 * A department-wide indicator computed by a formula (the Henan 整体绩效目标表 prints them in its
 * 指标值说明): the 三级 names it is printed under, the formula, and its two inputs. `ratio`:
 * numerator ÷ denominator × 100%; `change`: (numerator − denominator) ÷ denominator × 100%.
 *
 * @example
 * ```ts
 * import type { DepartmentFormula } from "yusuan/performance";
 * const f: DepartmentFormula = {
 *   id: "budgetExecution", names: ["预算执行率"], kind: "ratio",
 *   inputs: [{ "zh-CN": "预算完成数", en: "budget executed" }, { "zh-CN": "预算数", en: "budget" }],
 *   formula: { "zh-CN": "（预算完成数/预算数）×100%", en: "executed / budget × 100%" },
 * };
 * ```
 */
export interface DepartmentFormula {
  readonly id: string;
  readonly names: readonly string[];
  readonly kind: "ratio" | "change";
  readonly inputs: readonly [Localized, Localized];
  readonly formula: Localized;
}

const L = (zh: string, en: string): Localized => ({ "zh-CN": zh, en });

const ratio = (
  id: string,
  names: readonly string[],
  numerator: Localized,
  denominator: Localized,
): DepartmentFormula => ({
  id,
  names,
  kind: "ratio",
  inputs: [numerator, denominator],
  formula: L(
    `${numerator["zh-CN"]}/${denominator["zh-CN"]}×100%`,
    `${numerator.en} / ${denominator.en} × 100%`,
  ),
});

const DONE = /*#__PURE__*/ L("已完成项目数", "projects done");

/**
 * The department-wide formulas printed in the Henan 2024 整体绩效目标表 (S, DOMAIN §6): 预算执行率,
 * 预算调整率, 结转结余率, “三公”经费控制率, 政府采购执行率, 专项资金细化率, and the completion rates of
 * 绩效目标编制, 绩效监控, 绩效自评, 部门绩效评价 and 评价结果应用.
 *
 * @example
 * ```ts
 * import { DEPARTMENT_FORMULAS } from "yusuan/performance";
 * DEPARTMENT_FORMULAS.find((f) => f.id === "budgetAdjustment")?.formula["zh-CN"]; // "（预算调整数-年初预算数）/年初预算数×100%"
 * ```
 */
export const DEPARTMENT_FORMULAS: readonly DepartmentFormula[] = [
  /*#__PURE__*/ ratio(
    "budgetExecution",
    ["预算执行率"],
    /*#__PURE__*/ L("预算完成数", "budget executed"),
    /*#__PURE__*/ L("预算数", "budget"),
  ),
  {
    id: "budgetAdjustment",
    names: ["预算调整率"],
    kind: "change",
    inputs: [
      /*#__PURE__*/ L("预算调整数", "adjusted budget"),
      /*#__PURE__*/ L("年初预算数", "initial budget"),
    ],
    formula: /*#__PURE__*/ L(
      "（预算调整数-年初预算数）/年初预算数×100%",
      "(adjusted − initial) / initial × 100%",
    ),
  },
  /*#__PURE__*/ ratio(
    "carryover",
    ["结转结余率"],
    /*#__PURE__*/ L("结转结余总额", "carried over"),
    /*#__PURE__*/ L("预算数", "budget"),
  ),
  /*#__PURE__*/ ratio(
    "sanGongControl",
    ["“三公经费”控制率", "“三公”经费控制率", "三公经费控制率"],
    /*#__PURE__*/ L("“三公经费”实际支出数", "三公 spent"),
    /*#__PURE__*/ L("“三公经费”预算数", "三公 budget"),
  ),
  /*#__PURE__*/ ratio(
    "procurementExecution",
    ["政府采购执行率"],
    /*#__PURE__*/ L("实际政府采购金额", "procurement executed"),
    /*#__PURE__*/ L("政府采购预算数", "procurement budget"),
  ),
  /*#__PURE__*/ ratio(
    "specialFundsDetail",
    ["专项资金细化率"],
    /*#__PURE__*/ L("已细化到具体市县和承担单位的资金数", "funds allocated in detail"),
    /*#__PURE__*/ L("部门参与分配资金总数", "funds to allocate"),
  ),
  /*#__PURE__*/ ratio(
    "targetSetting",
    ["绩效目标编制完成率", "目标编制完成率"],
    DONE,
    /*#__PURE__*/ L("应编制绩效目标项目总数", "projects requiring targets"),
  ),
  /*#__PURE__*/ ratio(
    "monitoring",
    ["绩效监控完成率"],
    DONE,
    /*#__PURE__*/ L("部门项目总数", "projects"),
  ),
  /*#__PURE__*/ ratio(
    "selfEvaluation",
    ["绩效自评完成率"],
    DONE,
    /*#__PURE__*/ L("部门项目总数", "projects"),
  ),
  /*#__PURE__*/ ratio(
    "departmentEvaluation",
    ["部门绩效评价完成率"],
    DONE,
    /*#__PURE__*/ L("部门重点绩效评价项目数", "key projects"),
  ),
  /*#__PURE__*/ ratio(
    "resultApplication",
    ["评价结果应用率"],
    /*#__PURE__*/ L("意见建议采纳数", "recommendations adopted"),
    /*#__PURE__*/ L("意见建议总数", "recommendations made"),
  ),
];

/**
 * An input of a formula: an amount (money; two amounts in different units are restated in the
 * finer one) or a plain number as printed (a count of projects).
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * import type { FormulaInput } from "yusuan/performance";
 * const inputs: readonly [FormulaInput, FormulaInput] = [amount("900.00"), amount("969.06")];
 * ```
 */
export type FormulaInput = Amount | string;

/**
 * Why a formula has no value: an input that is not a number (`input`), or a zero denominator.
 *
 * @example
 * ```ts
 * import type { FormulaError } from "yusuan/performance";
 * const e: FormulaError = { code: "zero-denominator", formula: "monitoring" };
 * ```
 */
export type FormulaError =
  | { readonly code: "malformed-input"; readonly formula: string; readonly input: string }
  | { readonly code: "zero-denominator"; readonly formula: string };

/** Both inputs as plain decimals: two amounts in the finer unit, otherwise as given. */
function values(
  formula: string,
  inputs: readonly [FormulaInput, FormulaInput],
): Result<readonly [string, string], FormulaError> {
  const [a, b] = inputs;
  if (typeof a !== "string" && typeof b !== "string") {
    const unit = finerUnit(a.unit, b.unit);
    return ok([convertAmount(a, unit).value, convertAmount(b, unit).value]);
  }
  const out: string[] = [];
  for (const x of inputs) {
    if (typeof x !== "string") {
      out.push(x.value);
      continue;
    }
    const r = parseAmount(x, "元");
    if (!r.ok || r.value === null) return err({ code: "malformed-input", formula, input: x });
    out.push(r.value.value);
  }
  return ok([out[0] ?? "0", out[1] ?? "0"]);
}

/**
 * Computes a department formula exactly, as a percentage rounded once (half-up) to `decimals`
 * (default 2, as documents print rates).
 *
 * @param formula - the formula (see {@link DEPARTMENT_FORMULAS})
 * @param inputs - numerator and denominator (amounts, or numbers as printed)
 * @param decimals - fraction digits of the percentage
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * import { computeFormula, DEPARTMENT_FORMULAS } from "yusuan/performance";
 * const f = (id: string) => DEPARTMENT_FORMULAS.find((x) => x.id === id)!;
 * computeFormula(f("budgetExecution"), [amount("930.30"), amount("969.06")]); // { ok: true, value: "96.00" }
 * computeFormula(f("budgetAdjustment"), [amount("1,017.51"), amount("969.06")]); // { ok: true, value: "5.00" }
 * computeFormula(f("monitoring"), ["11", "11"]); // { ok: true, value: "100.00" }
 * ```
 */
export function computeFormula(
  formula: DepartmentFormula,
  inputs: readonly [FormulaInput, FormulaInput],
  decimals = 2,
): Result<string, FormulaError> {
  const v = values(formula.id, inputs);
  if (!v.ok) return v;
  const [numerator, denominator] = v.value;
  if (isZero(denominator)) return err({ code: "zero-denominator", formula: formula.id });
  const top = formula.kind === "change" ? sub(numerator, denominator) : numerator;
  return ok(div(mul(top, "100"), denominator, decimals, "half-up"));
}

/**
 * One department indicator evaluated: its index and name, the formula it is computed by (when
 * one is known), the computed rate (a percentage) and the evaluation against the printed 指标值.
 *
 * @example
 * ```ts
 * import type { DepartmentIndicatorResult } from "yusuan/performance";
 * const met = (r: DepartmentIndicatorResult) => r.evaluation?.status === "met";
 * ```
 */
export interface DepartmentIndicatorResult {
  readonly index: number;
  readonly name: string;
  readonly formula?: string;
  readonly rate?: string;
  readonly error?: FormulaError;
  readonly evaluation?: Evaluation;
}

/**
 * The department formula an indicator's 三级 name is printed under (names compared after
 * `normalizeName`, so quotes and spaces do not matter), if any.
 *
 * @param name - the 三级 indicator name
 *
 * @example
 * ```ts
 * import { formulaFor } from "yusuan/performance";
 * formulaFor("“三公经费”控制率")?.id; // "sanGongControl"
 * formulaFor("文稿起草"); // undefined
 * ```
 */
export function formulaFor(name: string): DepartmentFormula | undefined {
  const key = normalizeName(name);
  return DEPARTMENT_FORMULAS.find((f) => f.names.some((n) => normalizeName(n) === key));
}

/**
 * Evaluates a department-wide target: each indicator with a known formula and inputs for it is
 * computed ({@link computeFormula}) and compared with its printed 指标值; any other indicator is
 * evaluated against the actual given for it by index (a judgment for 相关 / 合规 …), or left
 * unevaluated.
 *
 * @param target - the department target
 * @param inputs - formula id → [numerator, denominator]
 * @param actuals - indicator index → actual (for indicators without a formula)
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * import { evaluateDepartment } from "yusuan/performance";
 * const target = {
 *   tasks: [], budget: {},
 *   indicators: [
 *     { level1: "投入管理指标", level2: "预算和财务管理", name: "预算执行率", value: "≥90%" },
 *     { level1: "投入管理指标", level2: "预算和财务管理", name: "结转结余率", value: "≤20%" },
 *     { level1: "投入管理指标", level2: "预算和财务管理", name: "资金使用合规性", value: "合规" },
 *   ],
 * };
 * const results = evaluateDepartment(
 *   target,
 *   { budgetExecution: [amount("930.30"), amount("969.06")], carryover: [amount("38.76"), amount("969.06")] },
 *   { 2: { judgment: "met" } },
 * );
 * results.map((r) => [r.name, r.rate, r.evaluation?.status]); // [["预算执行率", "96.00", "met"], ["结转结余率", "4.00", "met"], ["资金使用合规性", undefined, "met"]]
 * ```
 */
export function evaluateDepartment(
  target: DepartmentTarget,
  inputs: Readonly<Record<string, readonly [FormulaInput, FormulaInput]>>,
  actuals: Readonly<Record<number, Actual>> = {},
): DepartmentIndicatorResult[] {
  return target.indicators.map((indicator, index) => {
    const base = { index, name: indicator.name };
    const formula = formulaFor(indicator.name);
    const given = formula === undefined ? undefined : inputs[formula.id];
    if (formula !== undefined && given !== undefined) {
      const rate = computeFormula(formula, given);
      if (!rate.ok) return { ...base, formula: formula.id, error: rate.error };
      const evaluation = evaluateIndicator(indicator.value, `${rate.value}%`);
      return { ...base, formula: formula.id, rate: rate.value, evaluation };
    }
    const actual = actuals[index];
    const withFormula = formula === undefined ? base : { ...base, formula: formula.id };
    return actual === undefined
      ? withFormula
      : { ...withFormula, evaluation: evaluateIndicator(indicator.value, actual) };
  });
}
