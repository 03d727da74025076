export { formatTargetReadProblem } from "./messages";
export { disclosureTargets, readTargets } from "./read";
export type { TargetPath, TargetReadProblem, TargetsReading } from "./types";
