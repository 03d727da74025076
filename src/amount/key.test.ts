import { describe, expect, it } from "vitest";
import { amountKey } from "./key";
import { amount } from "./parse";

describe("amountKey", () => {
  it("gives amounts equal in value one key, whatever their decimals or unit", () => {
    expect(amountKey(amount("49.00"))).toBe(amountKey(amount("49")));
    expect(amountKey(amount("49.00"))).toBe(amountKey(amount("490000", "元")));
    expect(amountKey(amount("1.50"))).toBe(amountKey(amount("1.5")));
  });

  it("keeps amounts of other values apart", () => {
    expect(amountKey(amount("49.00"))).not.toBe(amountKey(amount("4.90")));
    expect(amountKey(amount("490", "元"))).not.toBe(amountKey(amount("490")));
  });
});
