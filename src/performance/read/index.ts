export { formatTargetReadProblem } from "./messages";
export { disclosureTargets, readTargets } from "./read";
export type {
  ReadTargetsOptions,
  TargetPath,
  TargetReadProblem,
  TargetsReading,
} from "./types";
