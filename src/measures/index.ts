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
