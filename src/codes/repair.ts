import { err, ok, type Result } from "../result";
import { type Code, type CodeError, parseCode } from "./code";
import type { CodeSystem } from "./types";

/**
 * A printed code read as the code it unambiguously denotes: `code` is the code, `printed` the
 * text as printed, and `repair` says what was wrong with the print — `none` for a well-formed
 * code, `leading-zero` for a 款 or 项 group printed with one digit (`301 2` for 30102,
 * `201 1 01` for 2010101).
 *
 * @example
 * ```ts
 * import type { ReadCode } from "yusuan";
 * const misprinted = (r: ReadCode) => r.repair !== "none";
 * ```
 */
export interface ReadCode {
  readonly code: Code;
  readonly printed: string;
  readonly repair: "none" | "leading-zero";
}

/** Digits (half- or full-width), whitespace and dashes, for the group split below. */
const GROUPS = /[0-9０-９]+/gu;

/**
 * Reads a printed code like {@link parseCode}, and also reads the one misprint whose meaning is
 * certain: a segmented code (`301 2`, `201 1 01`, `201-1-01`) whose 款 or 项 group has one digit
 * where two are printed elsewhere, i.e. a dropped leading zero. Groups are 3 + 2 (+ 2) wide, so
 * `301 2` can only be 30102. Anything else that `parseCode` refuses — a short 类 group (`7 11 02`),
 * an unsegmented `3012`, a letter — is not guessed: the `CodeError` is returned. Never throws.
 *
 * @param system - the classification the code must belong to
 * @param input - the code as printed
 * @returns the code with what was repaired, or the {@link CodeError} of `parseCode`
 *
 * @example
 * ```ts
 * import { readCode } from "yusuan";
 * const r = readCode("departmental", "301 2");
 * if (r.ok) [r.value.code.value, r.value.repair]; // ["30102", "leading-zero"]
 * readCode("functional", "7 11 02").ok; // false
 * ```
 */
export function readCode(system: CodeSystem, input: string): Result<ReadCode, CodeError> {
  const parsed = parseCode(system, input);
  if (parsed.ok) return ok({ code: parsed.value, printed: input, repair: "none" });
  const error = parsed.error;
  if (error.code !== "bad-segment" || error.expectedLength !== 2 || error.segment.length !== 1) {
    return parsed;
  }
  const groups = input.match(GROUPS) ?? [];
  if (groups.length < 2 || groups.length > 3 || groups[0]?.length !== 3) return parsed;
  const padded = groups.map((g, i) => (i > 0 && g.length === 1 ? `0${g}` : g));
  const repaired = parseCode(system, padded.join(" "));
  return repaired.ok
    ? ok({ code: repaired.value, printed: input, repair: "leading-zero" })
    : err(error);
}
