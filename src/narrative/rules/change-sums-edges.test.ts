import { describe, expect, it } from "vitest";
import { findings, outcome } from "../../rules/test-support";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.change");
const sums = (body: string) =>
  findings(check(disclosure([], body)), "narrative.change").map((f) => [
    f.params.kind,
    f.expected,
    f.actual,
  ]);
const parts = [
  "公务接待费2.50万元，比上年减少1.00万元。",
  "因公出国（境）费0.00万元，与上年持平。",
  "公务用车购置及运行费4.00万元，与上年持平。",
];

describe("narrative.change: the sum of the changes takes this year's budget figure", () => {
  it("not last year's figure stated beside it", () => {
    // 三公 last year 7.50 = 0.00 + 3.50 + 4.00: the parts' changes (−1.00) give the whole's
    const body = ["“三公”经费6.50万元，上年预算7.50万元，比上年减少1.00万元。", ...parts].join(
      "\n",
    );
    const r = check(disclosure([], body));
    expect([outcome(r, "narrative.change"), sums(body)]).toEqual(["pass", []]);
    // a wrong whole is still found past last year's figure: 6.50 − 7.50 is −1.00, not −1.50
    expect(sums(body.replace("比上年减少1.00万元。\n公务", "比上年减少1.50万元。\n公务"))).toEqual([
      ["delta", "-1.00", "-1.50"],
      ["sum", "-1.00", "-1.50"],
    ]);
  });

  it("not this year's expected execution stated beside it", () => {
    const body = [
      "“三公”经费2024年预算6.50万元，2024年预计执行数为7.00万元，比上年减少1.00万元。",
      ...parts,
    ].join("\n");
    expect(sums(body)).toEqual([]);
    expect(sums(body.replace("比上年减少1.00万元。\n公务", "比上年减少0.50万元。\n公务"))).toEqual([
      ["sum", "-1.00", "-0.50"],
    ]);
  });
});
