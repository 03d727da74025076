/**
 * `isPlainCodeValue`, the fast path of callers that meet plain codes by the thousand: it must say
 * yes exactly when {@link parseCode} would return the input itself as the code's value.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlainCodeValue, parseCode } from "./code";
import type { CodeSystem } from "./types";

const SYSTEMS: readonly CodeSystem[] = ["functional", "departmental", "government"];

/** What parseCode says: the input is already the value of a code of `system`. */
const parsesToItself = (system: CodeSystem, input: string): boolean => {
  const r = parseCode(system, input);
  return r.ok && r.value.value === input;
};

describe("isPlainCodeValue", () => {
  it("accepts a level's width with the system's first digit, a 项 only for functional codes", () => {
    expect(isPlainCodeValue("functional", "201")).toBe(true);
    expect(isPlainCodeValue("functional", "20101")).toBe(true);
    expect(isPlainCodeValue("functional", "2010101")).toBe(true);
    expect(isPlainCodeValue("departmental", "301")).toBe(true);
    expect(isPlainCodeValue("departmental", "30101")).toBe(true);
    expect(isPlainCodeValue("departmental", "3010101")).toBe(false);
    expect(isPlainCodeValue("government", "501")).toBe(true);
    expect(isPlainCodeValue("government", "50101")).toBe(true);
  });

  it("refuses another system's first digit, other widths, spaces and full-width digits", () => {
    expect(isPlainCodeValue("functional", "301")).toBe(false);
    expect(isPlainCodeValue("departmental", "201")).toBe(false);
    expect(isPlainCodeValue("government", "30101")).toBe(false);
    expect(isPlainCodeValue("functional", "2010")).toBe(false);
    expect(isPlainCodeValue("functional", "20")).toBe(false);
    expect(isPlainCodeValue("functional", "201 01")).toBe(false);
    expect(isPlainCodeValue("functional", "２０１")).toBe(false);
    expect(isPlainCodeValue("functional", "")).toBe(false);
  });

  it("is true exactly when parseCode returns the input itself", () => {
    const digit = fc.constantFrom("0", "1", "2", "3", "5", "9");
    const char = fc.oneof(
      { weight: 8, arbitrary: digit },
      { weight: 1, arbitrary: fc.constantFrom(" ", "０", "２", "-", "a", ".") },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...SYSTEMS),
        fc.constantFrom("2", "3", "5"),
        fc.array(char, { minLength: 0, maxLength: 8 }),
        (system, first, rest) => {
          const input = first + rest.join("");
          expect(isPlainCodeValue(system, input)).toBe(parsesToItself(system, input));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
