/**
 * A word for the scope of a total printed before the figure (`全年≥12次`, `累计≥100人`,
 * `共计≥5个`, `合计≥3次`, `总计≥100人`) with an operator after it: no part of the value, which
 * is read after it (as `≥12次`), no longer as printed. A figure left unfilled after it is still
 * no figure; a bare figure after it (`全年12个月`, a period) is read as printed.
 */
import { describe, expect, it } from "vitest";
import { parseIndicatorValue } from "./parse";

describe("a scope word before the figure", () => {
  it.each([
    ["全年≥12次", { kind: "quantity", op: "≥", value: "12", unit: "次" }],
    ["全年不少于12次", { kind: "quantity", op: "≥", value: "12", unit: "次" }],
    ["累计≥100人", { kind: "quantity", op: "≥", value: "100", unit: "人" }],
    ["共计≥5个", { kind: "quantity", op: "≥", value: "5", unit: "个" }],
    ["合计≥3次", { kind: "quantity", op: "≥", value: "3", unit: "次" }],
    ["总计≥100人", { kind: "quantity", op: "≥", value: "100", unit: "人" }],
    ["全年 ≥80%，≤90%", { kind: "range", low: "80", high: "90", unit: "%" }],
  ])("%s", (s, value) => {
    expect(parseIndicatorValue(s)).toEqual({ ok: true, value });
  });

  it("bites: a figure unfilled or malformed after it is still caught; words alone stay text", () => {
    expect(parseIndicatorValue("全年≥X次")).toMatchObject({
      ok: false,
      error: { code: "missing-number" },
    });
    expect(parseIndicatorValue("累计≥")).toMatchObject({
      ok: false,
      error: { code: "missing-number" },
    });
    expect(parseIndicatorValue("合计≥90%≥")).toMatchObject({
      ok: false,
      error: { code: "malformed-unit", input: "合计≥90%≥" },
    });
    for (const s of ["全年", "累计完成", "全年全年", "全年12个月", "总计100人", "共享≥1次"]) {
      const r = parseIndicatorValue(s);
      expect(r.ok && r.value.kind, s).not.toBe("quantity");
    }
  });
});
