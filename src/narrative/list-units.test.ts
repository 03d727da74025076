import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";
import { amounts } from "./test-support";

const placed = (text: string) => amounts(extractClaims(text, { year: 2024 }));

describe("extractClaims: a list's unit printed once, after its last figure (`682.06、287.00万元`)", () => {
  it.each([
    [
      "2024年基本支出、项目支出分别为682.06、287.00万元。",
      ["spending|nature=basic = 682.06万元", "spending|nature=project = 287.00万元"],
    ],
    [
      "人员经费和公用经费分别为630.38和51.68万元。",
      ["spending|nature=basic.personnel = 630.38万元", "spending|nature=basic.public = 51.68万元"],
    ],
    [
      "“三公”经费6.50万元，其中因公出国（境）费、公务用车购置及运行费、公务接待费分别为0、4.00、2.50万元。",
      [
        "sanGong = 6.50万元",
        "sanGong|item=abroad = 0万元",
        "sanGong|item=vehicles = 4.00万元",
        "sanGong|item=reception = 2.50万元",
      ],
    ],
    [
      "收入总计、支出总计分别为9690600及9690600元。",
      ["revenue.total = 9690600元", "spending.total = 9690600元"],
    ],
  ])("%s", (text, expected) => {
    expect(placed(text)).toEqual(expected);
  });

  it.each([
    // other words between: each figure's own unit (or none) as printed
    ["基本支出682.06，项目支出287.00万元。", ["spending|nature=project = 287.00万元"]],
    // a count or a percentage is no amount's list
    ["共11个项目、287.00万元。", []],
  ])("only a list word joins: %s", (text, expected) => {
    expect(placed(text)).toEqual(expected);
  });

  it("a bound's list is a bound (`50、100万元以上`)", () => {
    const r = extractClaims("单价50、100万元以上设备0台。", { year: 2024 });
    expect(r.claims.filter((c) => c.kind === "amount")).toEqual([]);
  });
});
