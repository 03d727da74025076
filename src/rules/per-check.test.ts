import { describe, expect, it } from "vitest";
import { perCheck } from "./per-check";
import type { RuleContext } from "./types";

describe("perCheck", () => {
  it("computes once per context and again for another context", () => {
    let calls = 0;
    const f = perCheck(() => ++calls);
    const a = {} as RuleContext;
    const b = {} as RuleContext;
    expect([f(a), f(a), f(b), f(a)]).toEqual([1, 1, 2, 1]);
    expect(calls).toBe(2);
  });

  it("keeps an undefined result instead of computing it again", () => {
    let calls = 0;
    const f = perCheck(() => {
      calls++;
      return undefined;
    });
    const ctx = {} as RuleContext;
    f(ctx);
    f(ctx);
    expect(calls).toBe(1);
  });
});
