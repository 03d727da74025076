export { bestFramework, type IndicatorPlace, placeIndicator } from "./classify";
export {
  HENAN_DEPARTMENT_FRAMEWORK,
  LEGACY_PROJECT_FRAMEWORK,
  PROJECT_FRAMEWORK,
  PROJECT_FRAMEWORKS,
} from "./data";
export {
  indicatorTree,
  type TargetTree,
  type TreeBranch,
  type TreeGroup,
  type TreeIndicator,
} from "./tree";
export type { IndicatorCategory, IndicatorFramework, Level1Spec, Level2Spec } from "./types";
