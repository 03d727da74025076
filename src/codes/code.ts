import { err, ok, type Result } from "../result";
import { formatCodeError } from "./messages";
import type { CodeLevel, CodeSystem } from "./types";

/**
 * A classification code (政府收支分类科目编码) of one {@link CodeSystem}, normalised to its digits.
 * Values are frozen; build them with {@link parseCode} (data) or {@link code} (literals).
 *
 * @example
 * ```ts
 * import { code } from "yusuan";
 * const c = code("functional", "201 31 01");
 * c.value; // "2013101"
 * c.level; // "项"
 * ```
 */
export interface Code {
  /** The classification system the code belongs to. */
  readonly system: CodeSystem;
  /** The digits only, half-width: `"2013101"`, `"30217"`, `"501"`. */
  readonly value: string;
  /** The level, from the number of digits: 3 → 类, 5 → 款, 7 → 项 (functional only). */
  readonly level: CodeLevel;
}

/**
 * Why a printed code could not be read, discriminated on `code`. Every variant carries the
 * original `input`, the 0-based `position` (a UTF-16 index into `input`) where the problem starts,
 * and the `system` that was asked for. Render it with {@link formatCodeError}.
 *
 * - `empty`: nothing but whitespace (`position` 0).
 * - `invalid-character`: a character that is neither a digit (half- or full-width), whitespace, nor
 *   a dash or dot between two groups of digits.
 * - `bad-segment`: a segmented form (`201 31 01`, `302-17`, `208.05`) whose group at `position` does not have
 *   `expectedLength` digits (groups are 3 + 2 + 2); `segment` is the group as printed.
 * - `bad-length`: the code has `length` digits, which is no level's width, or more than three groups;
 *   `position` is the first digit.
 * - `wrong-system`: the first digit (at `position`) is not `expectedPrefix`.
 * - `level-not-allowed`: a 7-digit (项) code in an economic system; `position` is the 6th digit.
 * - `not-text`: the input is not a string (from plain JavaScript: `type` is `number`, `null` …);
 *   `input` is `""`. Codes are printed text: pass `"2013101"`.
 *
 * @example
 * ```ts
 * import { parseFunctionalCode } from "yusuan";
 * const r = parseFunctionalCode("2O13101");
 * if (!r.ok && r.error.code === "invalid-character") {
 *   r.error.position; // 1
 *   r.error.char; // "O"
 * }
 * ```
 */
export type CodeError =
  | {
      readonly code: "empty";
      readonly input: string;
      readonly position: number;
      readonly system: CodeSystem;
    }
  | {
      readonly code: "invalid-character";
      readonly char: string;
      readonly input: string;
      readonly position: number;
      readonly system: CodeSystem;
    }
  | {
      readonly code: "bad-segment";
      readonly segment: string;
      readonly expectedLength: number;
      readonly input: string;
      readonly position: number;
      readonly system: CodeSystem;
    }
  | {
      readonly code: "bad-length";
      readonly length: number;
      readonly input: string;
      readonly position: number;
      readonly system: CodeSystem;
    }
  | {
      readonly code: "wrong-system";
      readonly expectedPrefix: string;
      readonly input: string;
      readonly position: number;
      readonly system: CodeSystem;
    }
  | {
      readonly code: "level-not-allowed";
      readonly level: CodeLevel;
      readonly input: string;
      readonly position: number;
      readonly system: CodeSystem;
    }
  | {
      readonly code: "not-text";
      readonly type: string;
      readonly input: string;
      readonly position: number;
      readonly system: CodeSystem;
    };

const PREFIX: Readonly<Record<CodeSystem, string>> = {
  functional: "2",
  departmental: "3",
  government: "5",
};

/** Widths of the groups in a segmented code: 类, 款, 项. */
const SEGMENT_WIDTHS: readonly number[] = [3, 2, 2];

/**
 * Marks accepted between groups, as whitespace is: dashes (ASCII, Unicode hyphen, non-breaking
 * hyphen, en dash, full-width) and dots (`208.05.01`, full-width `．`, the middle dot `·`).
 * @internal
 */
export const SEPARATORS = "-\u2010\u2011\u2013\uFF0D.\uFF0E\u00B7";

const WHITESPACE = /^\s$/u;
/** ASCII digits only (at module level: a regex literal in a function is a new object per call). */
const DIGITS = /^[0-9]+$/;

/**
 * The level of a normalised code value, from its number of digits.
 *
 * @param value - digits only, as in {@link Code.value}
 * @returns 类 for 3 digits, 款 for 5, 项 for 7; `undefined` for any other length or a non-digit
 *
 * @example
 * ```ts
 * import { codeLevelOf } from "yusuan";
 * codeLevelOf("30217"); // "款"
 * codeLevelOf("2013"); // undefined
 * ```
 */
export function codeLevelOf(value: string): CodeLevel | undefined {
  if (!DIGITS.test(value)) return undefined;
  switch (value.length) {
    case 3:
      return "类";
    case 5:
      return "款";
    case 7:
      return "项";
    default:
      return undefined;
  }
}

/** Builds a frozen Code from a value already known to be valid. @internal */
export function makeCode(system: CodeSystem, value: string, level: CodeLevel): Code {
  return Object.freeze({ system, value, level });
}

interface Segment {
  /** Index in the input of the group's first digit. */
  readonly start: number;
  /** Index just after its last digit. */
  end: number;
}

function isDigit(ch: string): boolean {
  const cp = ch.charCodeAt(0);
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0xff10 && cp <= 0xff19);
}

const FULL_WIDTH_DIGIT = /[０-９]/gu;

/** The digits of a printed group, half-width. */
function halfWidth(printed: string): string {
  return printed.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * Reads a printed classification code of the given system. Accepted forms: `2013101`,
 * `201 31 01`, `201-31-01`, `208.05.01`, `302  17` (runs of whitespace, including U+3000 and line
 * breaks), `302 - 17`, `301．01`, `302`; leading and trailing whitespace is ignored and full-width
 * digits are normalised. One dash or dot between two groups is a separator like whitespace; a
 * leading, trailing or doubled one is an `invalid-character` error. A segmented form must be
 * grouped exactly 3 + 2 (+ 2): `201 3101`, `301.2` and the one-digit 款 misprint `301 2` are
 * `bad-segment` errors, never repaired. Checks run in this order:
 * characters, groups, length, system prefix, level. Never throws.
 *
 * @param system - the classification the code must belong to
 * @param input - the code as printed
 * @returns the frozen {@link Code}, or a {@link CodeError}
 *
 * @example
 * ```ts
 * import { parseCode } from "yusuan";
 * const r = parseCode("departmental", "302-17");
 * if (r.ok) r.value.value; // "30217"
 * const bad = parseCode("departmental", "301 2");
 * if (!bad.ok) bad.error.code; // "bad-segment"
 * ```
 */
export function parseCode(system: CodeSystem, input: string): Result<Code, CodeError> {
  if (typeof input !== "string") {
    const type = input === null ? "null" : typeof input;
    return err({ code: "not-text", type, input: "", position: 0, system });
  }
  // Groups are kept as index ranges and read once at the end: no string is built per character.
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let pendingSeparator: number | undefined;
  let digitCount = 0;
  let sixthDigit: number | undefined;
  let index = 0;
  for (const ch of input) {
    if (isDigit(ch)) {
      if (current === undefined) {
        current = { start: index, end: index };
        segments.push(current);
        pendingSeparator = undefined;
      }
      current.end = index + 1;
      digitCount++;
      if (digitCount === 6) sixthDigit = index;
    } else if (WHITESPACE.test(ch)) {
      current = undefined;
    } else if (SEPARATORS.includes(ch) && segments.length > 0 && pendingSeparator === undefined) {
      current = undefined;
      pendingSeparator = index;
    } else {
      return err({ code: "invalid-character", char: ch, input, position: index, system });
    }
    index += ch.length;
  }
  if (pendingSeparator !== undefined) {
    const char = input.slice(pendingSeparator, pendingSeparator + 1);
    return err({ code: "invalid-character", char, input, position: pendingSeparator, system });
  }
  const first = segments[0];
  if (first === undefined) return err({ code: "empty", input, position: 0, system });

  if (segments.length > 1) {
    for (let k = 0; k < Math.min(segments.length, SEGMENT_WIDTHS.length); k++) {
      const segment = segments[k];
      const width = SEGMENT_WIDTHS[k];
      if (segment === undefined || width === undefined) break;
      if (segment.end - segment.start !== width) {
        return err({
          code: "bad-segment",
          segment: input.slice(segment.start, segment.end),
          expectedLength: width,
          input,
          position: segment.start,
          system,
        });
      }
    }
  }

  const value = halfWidth(segments.map((g) => input.slice(g.start, g.end)).join(""));
  const level = segments.length > SEGMENT_WIDTHS.length ? undefined : codeLevelOf(value);
  if (level === undefined) {
    return err({ code: "bad-length", length: value.length, input, position: first.start, system });
  }
  const expectedPrefix = PREFIX[system];
  if (!value.startsWith(expectedPrefix)) {
    return err({ code: "wrong-system", expectedPrefix, input, position: first.start, system });
  }
  if (level === "项" && system !== "functional") {
    const position = sixthDigit ?? first.start;
    return err({ code: "level-not-allowed", level, input, position, system });
  }
  return ok(makeCode(system, value, level));
}

/**
 * Whether `input` is already a code value of `system`, exactly as {@link parseCode} would return
 * it (half-width digits of a level's width, the system's first digit, a 项 only for functional
 * codes): callers that meet such plain codes by the thousand skip the parse. @internal
 */
export function isPlainCodeValue(system: CodeSystem, input: string): boolean {
  const level = codeLevelOf(input);
  return (
    level !== undefined &&
    input.startsWith(PREFIX[system]) &&
    (level !== "项" || system === "functional")
  );
}

/**
 * {@link parseCode} for 支出功能分类 (functional) codes: 3, 5 or 7 digits starting with 2.
 *
 * @example
 * ```ts
 * import { parseFunctionalCode } from "yusuan";
 * const r = parseFunctionalCode("229 99 99");
 * if (r.ok) r.value.value; // "2299999"
 * ```
 */
export function parseFunctionalCode(input: string): Result<Code, CodeError> {
  return parseCode("functional", input);
}

/**
 * {@link parseCode} for 部门预算支出经济分类 (departmental economic) codes: 3 or 5 digits starting with 3.
 *
 * @example
 * ```ts
 * import { parseDepartmentalCode } from "yusuan";
 * const r = parseDepartmentalCode("302  17");
 * if (r.ok) r.value.value; // "30217"
 * ```
 */
export function parseDepartmentalCode(input: string): Result<Code, CodeError> {
  return parseCode("departmental", input);
}

/**
 * {@link parseCode} for 政府预算支出经济分类 (government economic) codes: 3 or 5 digits starting with 5.
 *
 * @example
 * ```ts
 * import { parseGovernmentCode } from "yusuan";
 * const r = parseGovernmentCode("5010");
 * if (!r.ok) r.error.code; // "bad-length"
 * ```
 */
export function parseGovernmentCode(input: string): Result<Code, CodeError> {
  return parseCode("government", input);
}

/**
 * Parses a code written as a literal in program text. Use {@link parseCode} for data.
 *
 * @param system - the classification the code belongs to
 * @param input - the code, in any form {@link parseCode} accepts
 * @returns the frozen {@link Code}
 * @throws TypeError with the English message of the {@link CodeError} (kept as `cause`) when
 *   `input` is not a valid code of `system`
 *
 * @example
 * ```ts
 * import { code } from "yusuan";
 * code("government", "501 01").value; // "50101"
 * ```
 */
export function code(system: CodeSystem, input: string): Code {
  const result = parseCode(system, input);
  if (result.ok) return result.value;
  throw new TypeError(formatCodeError(result.error, "en"), { cause: result.error });
}
