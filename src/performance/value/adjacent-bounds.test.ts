/**
 * Two bounds of one value printed with no joiner word between them: on two lines of a cell
 * (`≥90%` / `≤100%`), a space apart, or with a range's dash or tilde (`≥90%～≤100%`): the range
 * between them, as `≥90%，≤100%` is; no malformed unit `%≤100%`.
 */
import { describe, expect, it } from "vitest";
import { parseIndicatorValue } from "./parse";

const range = (low: string, high: string, unit: string) => ({
  ok: true,
  value: { kind: "range", low, high, unit },
});

describe("two bounds without a joiner word are the range between them", () => {
  it.each([
    ["≥90%\n≤100%", "90", "100", "%"],
    ["≥90% ≤100%", "90", "100", "%"],
    ["≥90%≤100%", "90", "100", "%"],
    ["≥90%～≤100%", "90", "100", "%"],
    ["≥90%-≤100%", "90", "100", "%"],
    ["≤5天 ≥3天", "3", "5", "天"],
    ["大于等于85分\n小于等于100分", "85", "100", "分"],
    ["≥1万元至≤3万元", "1", "3", "万元"],
  ])("%j", (s, low, high, unit) => {
    expect(parseIndicatorValue(s)).toEqual(range(low, high, unit));
  });

  it("bites: an operator after a bound that makes no range is still no unit", () => {
    for (const s of ["≥90%≥", "≥90% ≥95%", "≥90%≤X%", "≥90%\n≤80%"]) {
      const r = parseIndicatorValue(s);
      expect(r.ok ? r.value : r.error.code, s).toBe("malformed-unit");
    }
  });

  it("bites: bounds in units that differ stay malformed", () => {
    const r = parseIndicatorValue("≥90% ≤100分");
    expect(r.ok ? r.value : r.error.code).toBe("malformed-unit");
  });
});
