/**
 * A figure without a measure of its own (`涉及预算资金…`, `涉及预算安排…`) after 绩效目标 was named
 * in its sentence (since the sentence's last amount) is the targets' money, a part of 项目支出 (≤),
 * never 项目支出 stated a second time; other figures without a measure keep the paragraph's last
 * figure. Variants of other printers' 绩效目标 sentences, in one paragraph with 项目支出.
 */
import { describe, expect, it } from "vitest";
import { checker, disclosure } from "./rules/test-support";
import { read } from "./test-support";

const PROJECT = "spending|nature=project";

describe("the 绩效目标 money after 项目支出 in one paragraph", () => {
  it.each([
    "本单位编报绩效目标的项目共12个，涉及项目预算资金4,222.51万元。",
    "本部门实施绩效目标管理的项目12个，涉及预算资金4,222.51万元。",
    "纳入绩效目标管理的项目12个，涉及预算安排4,222.51万元。",
  ])("after 项目支出 in the same paragraph: %s is 绩效目标 money (≤ 项目支出)", (second) => {
    const claims = read(`项目支出5,000.00万元。${second}`).claims.filter((c) =>
      c.startsWith("amount"),
    );
    expect(claims).toEqual([
      `amount ${PROJECT} 5000.00万元 current budget equals [5,000.00万元]`,
      `amount ${PROJECT} 4222.51万元 current budget atMost [4,222.51万元]`,
    ]);
  });

  it("reads the same in one paragraph as in two", () => {
    const second = "本单位编报绩效目标的项目共12个，涉及项目预算资金4,222.51万元。";
    expect(read(`项目支出5,000.00万元。${second}`).claims).toEqual(
      read(`项目支出5,000.00万元。\n${second}`).claims,
    );
  });

  it("keeps the paragraph's figure when the sentence names no measure before its figure", () => {
    const claims = read("项目支出5,000.00万元。比上年增加200.00万元，主要是项目增加。").claims;
    expect(claims[1]).toBe(`change ${PROJECT} up 200.00 budget [200.00万元]`);
  });

  it("keeps the sentence's own figure once the sentence has stated an amount", () => {
    // 基本支出 is stated first; the comparison after it is 基本支出's, not 项目支出's.
    const claims = read("项目支出300.00万元。基本支出600.00万元，比上年增加20.00万元。").claims;
    expect(claims[2]).toBe("change spending|nature=basic up 20.00 budget [20.00万元]");
  });
});

describe("narrative.consistent on the 绩效目标 paragraph (no table states 项目支出)", () => {
  const run = (body: string) =>
    checker("narrative.consistent")(disclosure([], body)).findings.filter(
      (f) => f.ruleId === "narrative.consistent",
    );

  it("is quiet when the 绩效目标 money follows 项目支出 in one paragraph", () => {
    expect(
      run(
        "2024年支出预算8,000.00万元，其中：基本支出3,000.00万元，项目支出5,000.00万元。本单位编报绩效目标的项目共12个，涉及项目预算资金4,222.51万元。",
      ),
    ).toEqual([]);
  });

  it("still reports 项目支出 stated twice with two figures", () => {
    expect(run("2024年项目支出5,000.00万元。\n2024年项目支出4,222.51万元。")).toHaveLength(1);
  });
});
