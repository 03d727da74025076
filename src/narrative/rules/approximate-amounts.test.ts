/**
 * False alarms `narrative.amount` must not raise: an amount stated as approximate or as a bound
 * (`约680万元`, `大约`, `超过`, `逾`, `近`, `不足`, `不到`, `高于`, `低于`, `680万元左右`, `…上下`)
 * is no figure of its measure, never compared. `节约` is no `约`; the exact figure, wrong, is still
 * found.
 */
import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { findings } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.amount");
const expenditure = tableBuilder(henan2024, "expenditure")
  .total({ total: "969.06", basic: "682.06", project: "287.00" })
  .build().value;
const found = (body: string) =>
  findings(check(disclosure([expenditure], body)), "narrative.amount").map((f) => [
    f.expected,
    f.actual,
  ]);

describe("an approximate amount or a bound is not the figure", () => {
  it.each([
    "2024年基本支出约680万元。",
    "2024年基本支出大约680万元。",
    "2024年基本支出将近690万元。",
    "2024年基本支出超过680万元。",
    "2024年基本支出逾680万元。",
    "2024年基本支出近690万元。",
    "2024年基本支出不足690万元。",
    "2024年基本支出不到690万元。",
    "2024年基本支出高于680万元。",
    "2024年基本支出低于690万元。",
    "2024年基本支出680万元左右。",
    "2024年基本支出680万元上下。",
  ])("%s: no finding", (body) => {
    expect(found(body)).toEqual([]);
  });

  it.each([
    ["2024年基本支出680.00万元。", "680.00"],
    ["2024年基本支出为680.00万元，节约经费。", "680.00"],
  ])("the exact figure, wrong, is still found: %s", (body, actual) => {
    expect(found(body)).toEqual([["682.06", actual]]);
  });
});
