import { describe, expect, it } from "vitest";
import { read } from "./test-support";

const claims = (text: string) => read(text).claims;

describe("reader: what a figure without its own measure is about", () => {
  it("a figure dated last year refers to the measure before it", () => {
    for (const text of [
      "“三公”经费6.50万元，上年为7.50万元。",
      "“三公”经费6.50万元，2023年为7.50万元。",
    ])
      expect([text, claims(text)]).toEqual([
        text,
        [
          "amount sanGong 6.50万元 current budget equals [6.50万元]",
          "amount sanGong 7.50万元 prior budget equals [7.50万元]",
        ],
      ]);
  });
});

describe("reader: the fund of a measure", () => {
  it("a measure that names its own fund keeps it under another fund's heading", () => {
    expect(
      claims(
        "五、政府性基金预算支出情况说明\n本单位无政府性基金预算支出，一般公共预算支出969.06万元。",
      ),
    ).toEqual([
      "amount spending|fund=govFund 0万元 current budget none [无政府性基金预算支出]",
      "amount spending|fund=gpb 969.06万元 current budget equals [969.06万元]",
    ]);
  });
});
