import { describe, expect, it } from "vitest";
import { amount } from "./parse";
import {
  roundingSlack,
  spanAgreement,
  spanEnds,
  spanExceeds,
  spanMinus,
  spanPlus,
  spanSum,
} from "./span";

const wan = (v: string) => amount(v, "万元");
const yi = (v: string) => amount(v, "亿元");

describe("spans: figures worked out from printed ones, across printed precisions", () => {
  it("agrees within the coarser figure's half step: 307.82万元 and 3,078,234.00元, 3,078,300元 not", () => {
    expect(spanAgreement(wan("307.82"), amount("3078234.00", "元"))).toBe("rounding");
    expect(spanAgreement(wan("307.82"), amount("3078200.00", "元"))).toBe("equal");
    expect(spanAgreement(wan("307.82"), amount("3078300.00", "元"))).toBe("differ");
  });

  it("keeps figures of one precision exact", () => {
    expect(spanAgreement(wan("100.01"), wan("100.00"))).toBe("differ");
    expect(roundingSlack(wan("1.00"), spanMinus(wan("3.00"), wan("2.00")))).toBeUndefined();
  });

  it("moves last year's figure by the change's rounding: 12,345.67万元 − 0.12亿元", () => {
    const prior = spanMinus(wan("12345.67"), yi("0.12"));
    expect(prior.value.value).toBe("11145.67");
    expect(roundingSlack(wan("11150.12"), prior)?.value).toBe("0.005");
    expect(spanAgreement(wan("11195.67"), prior)).toBe("rounding");
    expect(spanAgreement(wan("11195.68"), prior)).toBe("differ");
  });

  it("adds the half steps of every coarser part of a sum (0.12 + 0.08 + 0.10亿元: ±150万元)", () => {
    const sum = spanSum([yi("0.12"), yi("0.08"), yi("0.10")]);
    expect(sum && spanAgreement(wan("3150.00"), sum)).toBe("rounding");
    expect(sum && spanAgreement(wan("3150.01"), sum)).toBe("differ");
    expect(spanSum([])).toBeUndefined();
  });

  it("takes a printed zero within a sum as nothing, a zero alone with its precision", () => {
    const sum = spanPlus(spanPlus(wan("4.79"), wan("0")), wan("246.47"));
    expect(spanAgreement(wan("251.25"), sum)).toBe("differ");
    expect(spanAgreement(wan("0"), wan("0.30"))).toBe("rounding");
  });

  it("exceeds only beyond the rounding", () => {
    expect(spanExceeds(yi("0.31"), wan("3050.12"))).toBe(false);
    expect(spanExceeds(yi("0.32"), wan("3050.12"))).toBe(true);
    expect(spanExceeds(wan("3050.12"), yi("0.32"))).toBe(false);
  });

  it("gives the ends every printed figure's rounding allows", () => {
    const { low, high } = spanEnds(spanMinus(wan("12345.67"), yi("0.12")));
    expect([low.value, high.value]).toEqual(["11095.665", "11195.675"]);
  });
});
