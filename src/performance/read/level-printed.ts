/** A cut 一级 / 二级 name printed on two rows (a wrapped cell), joined back. */
import { cutLevel } from "../framework/classify";
import type { IndicatorFramework } from "../framework/types";
import type { Draft } from "./reader";

/**
 * The 一级 (`level` 1) or 二级 (2) printed on a row, `""` when it is the rest of the name above,
 * cut by an extractor where its cell wraps (`产出指` / `标`, `服务对象满` / `意度指标`, see
 * {@link cutLevel}): the name above,
 * and the indicators that took it, are then named whole. @internal
 */
export function levelPrinted(
  draft: Draft,
  printed: string,
  level: 1 | 2,
  frameworks: readonly IndicatorFramework[],
): string {
  const above = level === 1 ? draft.last1?.text : draft.last2;
  // (a blank cell is the rest of no name: `cutLevel` says so, after normalising both)
  if (printed === "" || above === undefined || !cutLevel(above, printed, frameworks))
    return printed;
  const whole = `${above}${printed}`;
  const key = level === 1 ? "level1" : "level2";
  for (let i = level === 1 ? draft.from1 : draft.from2; i < draft.indicators.length; i++) {
    const indicator = draft.indicators[i];
    if (indicator !== undefined && indicator[key] === above)
      draft.indicators[i] = { ...indicator, [key]: whole };
  }
  if (level === 1 && draft.last1 !== undefined) draft.last1 = { ...draft.last1, text: whole };
  else draft.last2 = whole;
  return "";
}
