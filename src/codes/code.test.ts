import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Result } from "../result";
import {
  type Code,
  type CodeError,
  code,
  codeLevelOf,
  parseCode,
  parseDepartmentalCode,
  parseFunctionalCode,
  parseGovernmentCode,
} from "./code";
import { formatCode } from "./format";
import type { CodeLevel, CodeSystem } from "./types";

function value(r: Result<Code, CodeError>): Code {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}`);
  return r.value;
}

function error(r: Result<Code, CodeError>): CodeError {
  if (r.ok) throw new Error(`expected an error, got ${r.value.value}`);
  return r.error;
}

describe("parseCode: accepted printed forms", () => {
  it.each([
    ["2013101", "2013101", "项"],
    ["201 31 01", "2013101", "项"],
    ["201-31-01", "2013101", "项"],
    ["201  31  01", "2013101", "项"],
    ["201 - 31 - 01", "2013101", "项"],
    ["201－31－01", "2013101", "项"],
    ["201\n31\n01", "2013101", "项"],
    ["\u3000201 31 01\u3000", "2013101", "项"],
    ["  229 99 99\t", "2299999", "项"],
    ["２０１３１０１", "2013101", "项"],
    ["201 3１ 0１", "2013101", "项"],
    ["20131", "20131", "款"],
    ["201 31", "20131", "款"],
    ["201", "201", "类"],
    ["208.05.01", "2080501", "项"],
    ["208．05．01", "2080501", "项"],
    ["208·05·01", "2080501", "项"],
    ["208. 05. 01", "2080501", "项"],
    ["208.05", "20805", "款"],
  ] as const)("functional %j → %s (%s)", (input, digits, level) => {
    const c = value(parseFunctionalCode(input));
    expect(c).toEqual({ system: "functional", value: digits, level });
  });

  it.each([
    ["302-17", "30217", "款"],
    ["301.01", "30101", "款"],
    ["302  17", "30217", "款"],
    ["30217", "30217", "款"],
    ["302", "302", "类"],
  ] as const)("departmental %j → %s (%s)", (input, digits, level) => {
    expect(value(parseDepartmentalCode(input))).toEqual({
      system: "departmental",
      value: digits,
      level,
    });
  });

  it("reads government codes", () => {
    expect(value(parseGovernmentCode("501 01"))).toEqual({
      system: "government",
      value: "50101",
      level: "款",
    });
    expect(value(parseCode("government", "505"))).toEqual({
      system: "government",
      value: "505",
      level: "类",
    });
  });

  it("returns frozen codes", () => {
    const c = value(parseFunctionalCode("201 31 01"));
    expect(Object.isFrozen(c)).toBe(true);
  });
});

describe("parseCode: errors", () => {
  it("reports a letter O in place of a zero at its position", () => {
    expect(error(parseFunctionalCode("2O13101"))).toEqual({
      code: "invalid-character",
      char: "O",
      input: "2O13101",
      position: 1,
      system: "functional",
    });
  });

  it("reads a dotted code's groups as a spaced one's: a one-digit 款 is a bad segment, not a decimal", () => {
    expect(error(parseDepartmentalCode("301.2"))).toMatchObject({
      code: "bad-segment",
      segment: "2",
      expectedLength: 2,
    });
    expect(error(parseFunctionalCode("2013.101"))).toMatchObject({ code: "bad-segment" });
  });

  it("reports a one-digit 款 instead of repairing it", () => {
    expect(error(parseDepartmentalCode("301 2"))).toEqual({
      code: "bad-segment",
      segment: "2",
      expectedLength: 2,
      input: "301 2",
      position: 4,
      system: "departmental",
    });
  });

  it("requires segmented forms to be grouped 3 + 2 + 2", () => {
    expect(error(parseFunctionalCode("201 3101"))).toMatchObject({
      code: "bad-segment",
      segment: "3101",
      expectedLength: 2,
      position: 4,
    });
    expect(error(parseFunctionalCode("20131 01"))).toMatchObject({
      code: "bad-segment",
      segment: "20131",
      expectedLength: 3,
      position: 0,
    });
    expect(error(parseFunctionalCode("201 31 1"))).toMatchObject({
      code: "bad-segment",
      segment: "1",
      expectedLength: 2,
      position: 7,
    });
  });

  it.each([
    ["functional", "2013", 4, 0],
    ["functional", "201310", 6, 0],
    ["functional", "201310101", 9, 0],
    ["functional", "  20", 2, 2],
    ["functional", "201 31 01 01", 9, 0],
    ["government", "5010", 4, 0],
    ["departmental", "30101010", 8, 0],
  ] as const)("%s %j has a bad length of %i digits", (system, input, length, position) => {
    expect(error(parseCode(system, input))).toEqual({
      code: "bad-length",
      length,
      input,
      position,
      system,
    });
  });

  it.each(["", "   ", "\u3000", "\n\t"])("reports %j as empty", (input) => {
    expect(error(parseFunctionalCode(input))).toEqual({
      code: "empty",
      input,
      position: 0,
      system: "functional",
    });
  });

  it.each([
    ["-201", "-", 0],
    ["201-", "-", 3],
    ["201 -", "-", 4],
    ["201--31", "-", 4],
    ["201 31 01x", "x", 9],
    ["201..31", ".", 4],
    [".201", ".", 0],
    ["201 31.", ".", 6],
    ["201.-31", "-", 4],
    ["201😀", "😀", 3],
    ["(201)", "(", 0],
  ])("reports %j as an invalid character %j at %i", (input, char, position) => {
    expect(error(parseFunctionalCode(input))).toMatchObject({
      code: "invalid-character",
      char,
      position,
    });
  });

  it.each([
    ["functional", "30217", "3", "2"],
    ["functional", "501", "5", "2"],
    ["departmental", "2013101", "2", "3"],
    ["departmental", "50101", "5", "3"],
    ["government", "30101", "3", "5"],
  ] as const)("%s rejects %j (starts with %s, not %s)", (system, input, _first, expectedPrefix) => {
    expect(error(parseCode(system, input))).toEqual({
      code: "wrong-system",
      expectedPrefix,
      input,
      position: 0,
      system,
    });
  });

  it("points at the first digit for a wrong prefix after whitespace", () => {
    expect(error(parseGovernmentCode("  302 17"))).toMatchObject({
      code: "wrong-system",
      position: 2,
    });
  });

  it("rejects a 7-digit economic code at its 项 group", () => {
    expect(error(parseDepartmentalCode("3021701"))).toEqual({
      code: "level-not-allowed",
      level: "项",
      input: "3021701",
      position: 5,
      system: "departmental",
    });
    expect(error(parseGovernmentCode("501 01 01"))).toMatchObject({
      code: "level-not-allowed",
      position: 7,
    });
  });
});

describe("code", () => {
  it("builds a code from a literal", () => {
    expect(code("departmental", "302 17")).toEqual({
      system: "departmental",
      value: "30217",
      level: "款",
    });
  });

  it("throws a TypeError carrying the CodeError", () => {
    expect(() => code("functional", "2O13101")).toThrow(TypeError);
    let thrown: unknown;
    try {
      code("functional", "2013");
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as TypeError).cause).toMatchObject({ code: "bad-length", length: 4 });
  });
});

describe("codeLevelOf", () => {
  it.each([
    ["201", "类"],
    ["30217", "款"],
    ["2013101", "项"],
    ["2013", undefined],
    ["", undefined],
    ["20a", undefined],
    ["201310101", undefined],
  ])("%j → %s", (input, level) => {
    expect(codeLevelOf(input)).toBe(level);
  });
});

const SYSTEMS: readonly CodeSystem[] = ["functional", "departmental", "government"];
const PREFIXES: Readonly<Record<CodeSystem, string>> = {
  functional: "2",
  departmental: "3",
  government: "5",
};
const LEVELS: Readonly<Record<number, CodeLevel>> = { 3: "类", 5: "款", 7: "项" };
const ERROR_CODES = [
  "empty",
  "invalid-character",
  "bad-segment",
  "bad-length",
  "wrong-system",
  "level-not-allowed",
];

/** Strings likely to exercise every branch: digits, separators, look-alikes, any UTF-16 unit. */
const codeLike = fc.string({
  unit: fc.oneof(
    fc.constantFrom(..."0123456789２３５０ -－\u3000\nOo.、"),
    fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
  ),
  maxLength: 14,
});
const anyString = fc.oneof(fc.string(), fc.string({ unit: "binary" }), codeLike);

describe("parseCode on arbitrary strings", () => {
  it.each([
    ["functional", parseFunctionalCode],
    ["departmental", parseDepartmentalCode],
    ["government", parseGovernmentCode],
  ] as const)("%s: never throws and returns a well-formed result", (system, parse) => {
    fc.assert(
      fc.property(anyString, (s) => {
        const r = parse(s);
        if (r.ok) {
          expect(Object.isFrozen(r.value)).toBe(true);
          expect(r.value.system).toBe(system);
          expect(r.value.value).toMatch(/^[0-9]+$/);
          expect(r.value.value.startsWith(PREFIXES[system])).toBe(true);
          expect(r.value.level).toBe(LEVELS[r.value.value.length]);
        } else {
          expect(ERROR_CODES).toContain(r.error.code);
          expect(r.error.input).toBe(s);
          expect(r.error.system).toBe(system);
          expect(Number.isInteger(r.error.position)).toBe(true);
          expect(r.error.position).toBeGreaterThanOrEqual(0);
          expect(r.error.position).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});

/** A valid code built by hand: the system's prefix, then random digits up to an allowed width. */
const validCode = fc.constantFrom(...SYSTEMS).chain((system) =>
  fc
    .record({
      width: fc.constantFrom(...(system === "functional" ? [3, 5, 7] : [3, 5])),
      digits: fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 6, maxLength: 6 }),
    })
    .map(({ width, digits }): Code => {
      const level = LEVELS[width];
      if (level === undefined) throw new Error("unreachable");
      return { system, value: PREFIXES[system] + digits.slice(0, width - 1), level };
    }),
);

describe("parseCode round-trips formatCode", () => {
  it.each(["", " ", "-"])("with separator %j", (separator) => {
    fc.assert(
      fc.property(validCode, (c) => {
        expect(value(parseCode(c.system, formatCode(c, separator)))).toEqual(c);
      }),
      { numRuns: 2_000 },
    );
  });
});
