import { describe, expect, it } from "vitest";
import { scan } from "./scan";
import { compact } from "./text";

/** The numbers of a text, as `kind text =value unit`. */
const nums = (input: string) => {
  const c = compact(input);
  return scan(c).flatMap((t) =>
    t.k === "num"
      ? [
          `${t.kind} ${c.text.slice(t.s, t.e)}${t.amount === undefined ? "" : ` =${t.amount.value}${t.amount.unit}`}`,
        ]
      : [],
  );
};

describe("scan: an amount in 亿 and 万", () => {
  it("is one figure in 万元, exact, grouped or not, with decimals, 零 between", () => {
    expect(nums("收入1亿7192万元，支出1亿7,192万元，结余0亿2,517.78万元，另2亿零35.5万元")).toEqual(
      [
        "amount 1亿7192万元 =17192万元",
        "amount 1亿7,192万元 =17192万元",
        "amount 0亿2,517.78万元 =2517.78万元",
        "amount 2亿零35.5万元 =20035.5万元",
      ],
    );
  });

  it("is not one without a 万 part under 10,000 and 万元 after it", () => {
    expect(nums("共1亿元，1亿17192万元，1亿7192万人，1.5亿7192万元")).toEqual([
      "amount 1亿元 =1亿元",
      "bare 1",
      "amount 17192万元 =17192万元",
      "bare 1",
      "bare 7192",
      "bare 1.5",
      "amount 7192万元 =7192万元",
    ]);
  });
});
