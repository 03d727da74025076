/**
 * A 决算 text printing a total in 亿元 (`收入支出总计0.30亿元` for the tables' 2,995.39 万元): the figure
 * is read in 亿元, its precision with it (0.30亿元 is 2,950 to 3,050 万元), so it agrees with the
 * table by rounding (was read as exactly 3,000 万元: a false `final.narrative.amount` warning), is
 * counted as read (was a coverage gap), and the change's rate on it (`减少56.95万元，下降1.87%`) is
 * within its rounding (was a false `final.narrative.growth` warning). A change printed in 亿元 beside
 * the totals in 万元 (`减少0.01亿元`, 50 to 150 万元, for 56.95) holds within its rounding too (was a
 * false `final.narrative.growth` warning: its size taken as exactly 100 万元). A wrong figure is still
 * found.
 */
import { describe, expect, it } from "vitest";
import { putuoFinanceFinal2024Fixture as FIN } from "./fixtures/putuo-finance-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { added } from "./support/final-variants";

const TOTAL = "收入支出总计2995.39万元";
const total = (printed: string): DisclosureFixture => {
  if (!FIN.narrative.includes(TOTAL)) throw new Error("the fixture's total moved");
  return { ...FIN, narrative: FIN.narrative.replace(TOTAL, `收入支出总计${printed}`) };
};
const serious = (fx: DisclosureFixture) =>
  added(FIN, fx).added.filter((f) => !f.startsWith("info"));

describe("a total printed in 亿元", () => {
  it.each(["0.30亿元", "0.3亿元", "0.2995亿元", "0.30 亿元", "0.30亿"])(
    "%s: nothing added",
    (printed) => expect(serious(total(printed))).toEqual([]),
  );

  it("its figure counts as read (no coverage gap)", () => {
    const r = added(FIN, total("0.30亿元"));
    const gaps = r.varied.report.coverage.texts.flatMap((t) => t.gaps.map((g) => g.text));
    expect(gaps.filter((g) => g.includes("亿"))).toEqual([]);
  });

  it.each([
    ["0.31亿元", "3100"],
    ["0.28亿元", "2800"],
  ])("%s (wrong): the amount is found, both figures in 万元", (printed, wan) => {
    expect(serious(total(printed))).toContain(
      `warning final.narrative.amount summary line:revenue.total income.amount: ${wan} vs 2995.39`,
    );
  });
});

describe("a change printed in 亿元 beside figures in 万元", () => {
  const change = (from: string, to: string): DisclosureFixture => {
    if (!FIN.narrative.includes(from)) throw new Error("the fixture's change moved");
    return { ...FIN, narrative: FIN.narrative.replace(from, to) };
  };

  it.each([
    // 2,995.39 against 3,052.34: 56.95 万元, to the 百万 0.01亿元
    ["减少56.95万元，下降1.87%", "减少0.01亿元，下降1.87%"],
    ["减少56.95万元，下降1.87%", "减少0.01亿元，下降1.9%"],
    // the 一般公共预算 (2,940.05 against 3,003.19): 63.14 万元
    ["减少63.14万元，下降2.10%", "减少0.01亿元，下降2.10%"],
  ])("%s printed %s: nothing added", (from, to) => {
    expect(serious(change(from, to))).toEqual([]);
  });

  it("a rate no value within the rounding gives is still found", () => {
    const found = serious(change("减少56.95万元，下降1.87%", "减少0.01亿元，下降9.87%"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^warning final\.narrative\.growth /u);
  });
});
