import { operatorOf, parseIndicatorValue, startsWithOperator } from "./parse";
import { nfkc } from "./unit";

/** What a 计量单位 cell prints for no unit (after NFKC, without whitespace). */
const NO_UNIT: readonly string[] = ["", "-", "--", "—", "——", "/", "\\", "无", "空"];

const compact = (s: string): string => nfkc(s).replace(/\s+/gu, "");

/** Whether a printed value reads as a figure without a unit (`95`, `≥95`, `90-100`). */
function bareFigure(value: string): boolean {
  const r = parseIndicatorValue(value);
  if (!r.ok) return false;
  return (r.value.kind === "quantity" || r.value.kind === "range") && r.value.unit === "";
}

/** Whether a printed value reads as a figure or a date without an operator (`95%`, `12月`). */
function figureWithoutOperator(value: string): boolean {
  const r = parseIndicatorValue(value);
  if (!r.ok) return false;
  return (r.value.kind === "quantity" || r.value.kind === "date") && r.value.op === undefined;
}

/**
 * An indicator's value as one printed text, from the 指标值 cell and, when a layout prints them
 * apart, the 指标性质 cell (the comparison: `≥`, `≤`, `＝`; `定性` is none) and the 计量单位 /
 * 度量单位 cell: `95` with `≥` and `%` is `≥95%`. The unit is added only to a figure printed
 * without one, and the comparison only to a figure printed without one; a value that already
 * prints them (`≥95%`), a qualitative value (`按时完成`) and a blank value stay as printed, as
 * does a unit cell printing none (`—`, `/`, `无`).
 *
 * @param value - the 指标值 cell
 * @param sense - the 指标性质 cell (`""` when the layout prints none)
 * @param unit - the 计量单位 cell (`""` when the layout prints none)
 *
 * @example
 * ```ts
 * joinValueColumns("95", "≥", "%"); // "≥95%"
 * joinValueColumns("≥95%", "≥", "%"); // "≥95%"
 * joinValueColumns("按时完成", "定性", ""); // "按时完成"
 * ```
 *
 * @internal
 */
export function joinValueColumns(value: string, sense: string, unit: string): string {
  let out = value.trim();
  if (out === "") return out;
  const u = unit.trim();
  if (!NO_UNIT.includes(compact(u)) && bareFigure(out)) out = `${out}${u}`;
  const op = sense.trim();
  if (operatorOf(op) !== undefined && !startsWithOperator(out) && figureWithoutOperator(out))
    out = `${op}${out}`;
  return out;
}
