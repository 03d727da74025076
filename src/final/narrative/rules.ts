// The 决算 narrative's amount and rate rules, one module each.
export { finalAmountRule } from "./rules-amount";
export { finalRateRule } from "./rules-rate";
