import { type Code, parseCode } from "../codes";
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
  if (isPlainCode(system, code)) return code;
  const parsed = parseCode(system, code);
  return parsed.ok ? parsed.value.value : undefined;
}

const PREFIX: Readonly<Record<CodeSystem, number>> = {
  functional: 0x32,
  departmental: 0x33,
  government: 0x35,
};

/**
 * Whether `code` is already a valid code value of `system` (what `parseCode` would return it as):
 * 3 or 5 half-width digits, or 7 for a functional code, starting with the system's digit.
 */
function isPlainCode(system: CodeSystem, code: string): boolean {
  const n = code.length;
  if (n !== 3 && n !== 5 && !(n === 7 && system === "functional")) return false;
  if (code.charCodeAt(0) !== PREFIX[system]) return false;
  for (let i = 1; i < n; i++) {
    const c = code.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
