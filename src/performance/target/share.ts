import { compareValues } from "../../amount/decimal";
import type { Indicator } from "../../disclosure";
import type { IndicatorValue } from "../value/types";

/**
 * Whether an indicator is a satisfaction (满意度, 满意率): its name says so, or, unnamed, its 二级
 * or 一级 does. A share of those who are satisfied is at most 100%.
 */
function satisfaction(indicator: Indicator): boolean {
  const name = indicator.name.trim();
  if (name !== "") return name.includes("满意");
  return (indicator.level2 ?? "").includes("满意") || indicator.level1.includes("满意");
}

/**
 * Whether a satisfaction's value asks for more than 100% (`≥120%`, `>100%`, `105%`): a share no
 * one can reach, a slip of the document. A bound above 100% (`≤120%`) asks for nothing
 * impossible, and a range reaching past it (`95%-105%`) is met below it: neither is one. @internal
 */
export function shareAboveWhole(indicator: Indicator, value: IndicatorValue): boolean {
  if (!satisfaction(indicator)) return false;
  if (value.kind === "range") return value.unit === "%" && compareValues(value.low, "100") > 0;
  if (value.kind !== "quantity" || value.unit !== "%") return false;
  const above = compareValues(value.value, "100");
  if (value.op === "≤" || value.op === "<") return false;
  return above > 0 || (above === 0 && value.op === ">");
}
