/**
 * yusuan/measures: 三公经费, 机构运转经费 and 机关运行经费 as data (economic codes, natures, funds,
 * unit kinds), computed by `measure` from facts or a disclosure, with shares and growth.
 *
 * @module yusuan/measures
 */
export {
  governmentOperatingCost,
  henan2024Measures,
  henanOperatingCost,
  nationalMeasures,
  sanGongDefinition,
  shanghaiMeasures,
} from "./definitions";
export { inMeasure } from "./leaves";
export { measure } from "./measure";
export { growth, type NoPercentage, type PercentOptions, share, shares } from "./ratio";
export { FUND_PARENT, fundWithin, natureWithin } from "./scope";
export type {
  CodesMeasure,
  LeafFacts,
  MeasureDefinition,
  MeasureInput,
  MeasureOptions,
  MeasureReason,
  MeasureResult,
  MeasureRow,
  MeasureSet,
  MeasureStatus,
  SumMeasure,
} from "./types";
