/**
 * A bare target of zero (`0起`, `0次`, `0%`, `0.0`, no operator) states a ceiling: none at all
 * (安全责任事故 0起, 有效投诉 0次). Read as `≥` (the default for a bare value) it would be met by
 * any count; it is read as `≤0`, whatever `options.bare` says. A bare non-zero value keeps the
 * default, and an operator printed with a zero keeps its own meaning.
 */
import { describe, expect, it } from "vitest";
import { evaluateIndicator } from "./indicator";

describe("a bare zero target", () => {
  it.each([
    ["0起", "1起"],
    ["0起", "3"],
    ["0次", "2次"],
    ["0%", "0.5%"],
    ["0", "1"],
    ["0.0起", "1起"],
    ["0件", "1件"],
  ])("%s against %s: not met (was met: ≥0 always holds)", (target, actual) => {
    for (const options of [{}, { bare: "≥" as const }, { bare: "=" as const }])
      expect(evaluateIndicator(target, actual, options)).toMatchObject({
        status: "not-met",
        credit: "0",
        unit: target.replace(/^[0-9.]+/u, ""),
      });
  });

  it.each([
    ["0起", "0起"],
    ["0起", "0"],
    ["0%", "0.00%"],
    ["0起", "0.0"],
  ])("%s against %s: met", (target, actual) => {
    expect(evaluateIndicator(target, actual)).toMatchObject({ status: "met", credit: "1" });
  });

  it("reads a bare non-zero value and an operator beside a zero as before", () => {
    expect(evaluateIndicator("8个", "9个").status).toBe("met");
    expect(evaluateIndicator("1起", "3起").status).toBe("met");
    expect(evaluateIndicator("≥0起", "3起").status).toBe("met");
    expect(evaluateIndicator("≤0起", "1起").status).toBe("not-met");
    expect(evaluateIndicator("=0起", "1起").status).toBe("not-met");
    expect(evaluateIndicator("0-2起", "1起").status).toBe("met");
  });
});
