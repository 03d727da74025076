import { type Code, parseCode } from "../codes";
import { isPlainCodeValue } from "../codes/code";
import type { CodeSystem } from "../codes/types";

/**
 * The digits of a code argument in the given system: a string is read with `parseCode`
 * (printed forms such as `"201 31 01"` are accepted), a `Code` must be of that system.
 * Internal helper of the catalog look-ups.
 *
 * @returns the digits, or `undefined` when the argument is not a code of `system`
 */
export function codeValueIn(system: CodeSystem, code: string | Code): string | undefined {
  if (typeof code !== "string") return code.system === system ? code.value : undefined;
  // Plain half-width digits (how tables and catalogs print most codes): no parse needed.
  if (isPlainCodeValue(system, code)) return code;
  const parsed = parseCode(system, code);
  return parsed.ok ? parsed.value.value : undefined;
}
