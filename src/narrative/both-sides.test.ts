/**
 * A word of both sides (`收支总计`) as printers also print it: enumerated with `、`
 * (`收、支总计`, `收入、支出总计`) or joined (`收入和支出总计`), read as the one word (it was not
 * read at all, or as the spending side only). A wrong rate of it is still caught.
 */
import { describe, expect, it } from "vitest";
import { tableBuilder } from "../disclosure";
import { findings } from "../rules/test-support";
import { henan2024 } from "../templates";
import { checker, disclosure } from "./rules/test-support";
import { read } from "./test-support";

describe("收支总计 printed apart", () => {
  it.each(["收支", "收、支", "收入、支出", "收入和支出", "收入与支出"])(
    "2024年度%s总计均为969.06万元",
    (sides) => {
      expect(read(`2024年度${sides}总计均为969.06万元。`).claims).toEqual([
        "amount revenue.total 969.06万元 current budget equals [969.06万元]",
        "amount spending.total 969.06万元 current budget equals [969.06万元]",
      ]);
    },
  );

  it.each(["收支", "收、支", "收入、支出"])("%s总计各增加134.22万元，增长16.08%", (sides) => {
    expect(read(`与2023年相比，${sides}总计各增加134.22万元，增长16.08%。`).claims).toEqual([
      "change revenue.total up 134.22 budget [134.22万元]",
      "change spending.total up 134.22 budget [134.22万元]",
      "percent growth revenue.total 16.08 up d0",
      "percent growth spending.total 16.08 up d1",
    ]);
  });

  it("收、支总预算: as 收支总预算", () => {
    expect(read("2024年收、支总预算969.06万元。").claims).toHaveLength(2);
  });
});

describe("narrative.amount: a wrong 收、支总计 is caught", () => {
  const check = checker("narrative.amount");
  const summary = tableBuilder(henan2024, "summary")
    .line("revenue.total", { "income.amount": "969.06" })
    .build().value;
  it("收、支总计均为996.06万元 (969.06)", () => {
    const r = check(disclosure([summary], "2024年度收、支总计均为996.06万元。"));
    expect(findings(r, "narrative.amount").map((f) => [f.expected, f.actual])).toContainEqual([
      "969.06",
      "996.06",
    ]);
  });

  it("收、支总计均为969.06万元: no finding", () => {
    const r = check(disclosure([summary], "2024年度收、支总计均为969.06万元。"));
    expect(findings(r, "narrative.amount")).toEqual([]);
  });
});
