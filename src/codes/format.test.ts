import { describe, expect, it } from "vitest";
import { code } from "./code";
import { formatCode, joinCodeSegments } from "./format";

describe("formatCode", () => {
  it("prints the plain digits by default", () => {
    expect(formatCode(code("functional", "201 31 01"))).toBe("2013101");
  });

  it("groups 3 + 2 + 2 with the separator", () => {
    expect(formatCode(code("functional", "2013101"), " ")).toBe("201 31 01");
    expect(formatCode(code("functional", "2013101"), "-")).toBe("201-31-01");
    expect(formatCode(code("departmental", "30217"), "-")).toBe("302-17");
    expect(formatCode(code("government", "501"), " ")).toBe("501");
  });
});

describe("joinCodeSegments", () => {
  it("joins groups printed across columns", () => {
    expect(joinCodeSegments(["201", "31", "01"])).toBe("201 31 01");
  });

  it("trims groups and skips blank ones", () => {
    expect(joinCodeSegments(["302", " 17 ", ""])).toBe("302 17");
    expect(joinCodeSegments(["\u3000", "208\u3000", "  "])).toBe("208");
    expect(joinCodeSegments([])).toBe("");
  });

  it("does not repair a one-digit 款", () => {
    expect(joinCodeSegments(["301", "2"])).toBe("301 2");
  });
});
