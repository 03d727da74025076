export type { Err, Ok, Result } from "./result";
export { err, ok } from "./result";
