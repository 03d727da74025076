/**
 * readCode: the one misprint whose meaning is certain (a 款 or 项 group printed with one digit
 * where the format has two) is repaired; everything else is parseCode's answer, unchanged.
 */
import { describe, expect, it } from "vitest";
import { parseCode } from "./code";
import { readCode } from "./repair";

describe("readCode", () => {
  it("reads a well-formed code as printed, with nothing repaired", () => {
    const r = readCode("departmental", "302 17");
    expect(r.ok && r.value).toEqual({
      code: { system: "departmental", value: "30217", level: "款" },
      printed: "302 17",
      repair: "none",
    });
  });

  it.each([
    ["departmental", "301 2", "30102", "款"],
    ["departmental", "301-2", "30102", "款"],
    ["functional", "201 1 01", "2010101", "项"],
    ["functional", "201-1-01", "2010101", "项"],
    ["functional", "201 31 1", "2013101", "项"],
    ["functional", "208 5", "20805", "款"],
    ["departmental", "３０１ ２", "30102", "款"],
    ["departmental", "301.2", "30102", "款"],
    ["functional", "208.5.01", "2080501", "项"],
  ] as const)("%s %j is %s, with its leading zero restored", (system, printed, value, level) => {
    const r = readCode(system, printed);
    expect(r.ok && r.value).toEqual({
      code: { system, value, level },
      printed,
      repair: "leading-zero",
    });
  });

  it.each([
    ["functional", "7 11 02"], // a short 类 group: which digit is missing is not known
    ["functional", "2011"], // unsegmented: 201 1 or 20 11?
    ["departmental", "301 2 3"], // a departmental code has no 项
    ["functional", "201 1 01 1"], // four groups
    ["functional", "20 1 01"], // 类 group of two digits
    ["departmental", "301 123"], // a three-digit 款 is no dropped zero
    ["departmental", "301 2a"], // a letter
    ["departmental", "201 1"], // 201 is no departmental 类: the repair would still be refused
  ] as const)("does not guess %s %j: parseCode's error is returned", (system, printed) => {
    const r = readCode(system, printed);
    expect(r.ok).toBe(false);
    expect(r).toEqual(parseCode(system, printed));
  });
});
