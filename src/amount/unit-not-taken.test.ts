/**
 * A well-formed figure with a money unit printed after it is `unit-not-taken` (the unit as
 * printed, where it starts), never `invalid-character`: the figure is no garbage, the unit is one
 * the parser does not read. Malformed figures keep their own codes, left to right.
 */
import { describe, expect, it } from "vitest";
import { formatAmountError } from "./messages";
import { parseAmount } from "./parse";

const errorOf = (s: string, unit: "元" | "万元" = "万元") => {
  const r = parseAmount(s, unit);
  return r.ok ? undefined : r.error;
};

describe("unit-not-taken", () => {
  it.each([
    ["11.00百万元", "百万元", 5],
    ["9.6906百万元", "百万元", 6],
    ["1100千元", "千元", 4],
    ["１１００千元", "千元", 4],
    ["1,100.00万", "万", 8],
    ["1,100.00 万元", "万元", 8],
    ["11.00（百万元）", "百万元", 5],
    ["0.11亿元", "亿元", 4],
    ["1,100.00元", "元", 8],
    ["-1.00千元", "千元", 5],
    ["￥11.00百万元", "百万元", 6],
    ["11.00百万", "百万", 5],
  ])("%s: unit-not-taken %s at %i", (s, unit, position) => {
    expect(errorOf(s)).toEqual({ code: "unit-not-taken", input: s, position, unit });
    expect(errorOf(s, "元")?.code).toBe("unit-not-taken");
  });

  it.each([
    ["12.3.4千元", "multiple-points"],
    ["4,00千元", "invalid-character"],
    ["11.00百万元x", "invalid-character"],
    ["11.00百万人", "invalid-character"],
    ["百万元", "invalid-character"],
    ["6.5O", "invalid-character"],
    ["￥1,100.00", "invalid-character"],
    ["1.千元", "invalid-character"],
    ["1e5万元", "exponent-not-allowed"],
  ])("%s stays %s", (s, code) => {
    expect(errorOf(s)?.code).toBe(code);
  });

  it("a figure without a unit still reads", () => {
    expect(parseAmount("1,100.00").ok).toBe(true);
  });

  it("says so in both locales", () => {
    const e = errorOf("11.00百万元");
    if (e === undefined) throw new Error("expected an error");
    expect(formatAmountError(e)).toBe(
      "金额“11.00百万元”第 6 个字符起印有单位“百万元”，该单位不读取、不换算",
    );
    expect(formatAmountError(e, "en")).toBe(
      'amount "11.00百万元": character 6 starts the unit "百万元", which is not read nor converted',
    );
  });
});
