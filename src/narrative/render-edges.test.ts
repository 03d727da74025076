import { describe, expect, it } from "vitest";
import { amount } from "../amount";
import { type Disclosure, disclosureBuilder, tableBuilder } from "../disclosure";
import { henan2024 } from "../templates";
import { changeOf, figuresOf, type NarrativeInputs } from "./render";

const inputs: NarrativeInputs = { template: { id: "none", render: () => [] }, tables: henan2024 };
/** The 一般公共预算 revenue printed in the 收支总表 and again in the 收入总表. */
function printedTwice(summary: string, income: string): Disclosure {
  return disclosureBuilder(henan2024, {
    year: 2024,
    documentKind: "单位",
    department: { name: "某县某局" },
    units: [{ name: "某县某局", unitType: "行政" }],
  })
    .table(
      tableBuilder(henan2024, "summary").line("revenue.gpb", { "income.amount": summary }).build()
        .value,
    )
    .table(
      tableBuilder(henan2024, "income")
        .total({ total: income, revenue: income, gpb: income, business: "" })
        .build().value,
    )
    .build().value;
}
const total = (d: Disclosure) => figuresOf(d, inputs).amount("revenue", { fund: "gpb" })?.value;

describe("figuresOf: a fact printed in two tables", () => {
  it("takes the first table's print, and a later print over a blank", () => {
    expect(total(printedTwice("1,200.00", "1,100.00"))).toBe("1200.00");
    expect(total(printedTwice("", "1,100.00"))).toBe("1100.00");
  });

  it("shares: part / whole in percent with two decimals, empty without both or with a zero whole", () => {
    const f = figuresOf(printedTwice("969.06", "969.06"), inputs);
    expect(f.share(amount("682.06"), amount("969.06"))).toBe("70.38");
    expect([
      f.share(undefined, amount("969.06")),
      f.share(null, amount("969.06")),
      f.share(amount("682.06"), undefined),
      f.share(amount("682.06"), null),
      f.share(amount("682.06"), amount("0.00")),
    ]).toEqual(["", "", "", "", ""]);
  });
});

describe("changeOf: the change from last year", () => {
  it("a fall: the delta signed, the rate without its sign (the text says 减少)", () => {
    const c = changeOf(amount("80.00"), amount("100.00"));
    expect([c?.delta.value, c?.growth]).toEqual(["-20.00", "20.00"]);
  });

  it("no rate from a zero last year; nothing to blank this year is a fall to zero", () => {
    expect(changeOf(amount("5.00"), amount("0.00"))?.growth).toBe("");
    const gone = changeOf(null, amount("4.00"));
    expect([gone?.delta.value, gone?.growth]).toEqual(["-4.00", "100.00"]);
    expect(changeOf(amount("4.00"), undefined)).toBeUndefined();
  });
});
