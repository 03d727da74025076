import { describe, expect, it } from "vitest";
import { add } from "../src/calc";

describe("add", () => {
  it("adds slowly", () => {
    const until = performance.now() + 40;
    while (performance.now() < until) {
      // a slow test that covers mutant 1 too: the runner runs the fast one first
    }
    expect(add(2, 3)).toBe(5);
  });
  it.each([
    [1, 1, 2],
    [2, 5, 7],
  ])("adds %i and %i", (a, b, sum) => {
    expect(add(a, b)).toBe(sum);
  });
});
