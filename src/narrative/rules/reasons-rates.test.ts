import { describe, expect, it } from "vitest";
import { findings } from "../../rules/test-support";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.changeReason");
const kinds = (body: string) =>
  findings(check(disclosure([], body)), "narrative.changeReason").map((f) => f.params.claim);
/** The part whose change is explained: 一般公共预算拨款收入, the whole's only part that changed. */
const part =
  "\n一般公共预算拨款收入969.06万元，比上年增加134.22万元，增长16.08%，主要原因是人员增加。";

describe("narrative.changeReason: one change read the same way whatever its wording", () => {
  it("a rate alone is explained by its explained parts as an amount is (增长16.08% / 增加134.22万元，增幅16.08%)", () => {
    for (const whole of [
      "收入预算969.06万元，较上年增长16.08%。",
      "收入预算969.06万元，较上年增加134.22万元，增幅16.08%。",
      "收入预算969.06万元，较上年增加134.22万元。",
      "收入预算969.06万元，比上年增长16.1%。",
    ])
      expect(kinds(whole + part)).toEqual([]);
  });

  it("a change its parts do not make up is still unexplained, whatever its wording", () => {
    expect(kinds(`收入预算969.06万元，较上年增长26.08%。${part}`)).toEqual(["较上年增长26.08%"]);
    expect(kinds(`收入预算969.06万元，较上年增加234.22万元，增幅26.08%。${part}`)).toEqual([
      "较上年增加234.22万元",
    ]);
    expect(kinds("收入预算969.06万元，较上年增长16.08%。")).toEqual(["较上年增长16.08%"]);
  });
});
