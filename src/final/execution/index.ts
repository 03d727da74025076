export { type DisclosureWithTemplate, executionReport } from "./report";
export type { ExecutionLine, ExecutionReport } from "./types";
