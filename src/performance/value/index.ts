export { formatIndicatorValue } from "./format";
export { formatIndicatorValueError } from "./messages";
export { parseIndicatorValue } from "./parse";
export type { Comparator, IndicatorValue, IndicatorValueError, TargetDate } from "./types";
