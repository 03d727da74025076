import { describe, expect, it } from "vitest";
import { functional2024 } from "../catalog/2024";
import { tableBuilder } from "../disclosure";
import { findings } from "../rules/test-support";
import { henan2024 } from "../templates";
import { extractClaims } from "./extract";
import { checker, disclosure } from "./rules/test-support";
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

describe("reader: the targets' money named since the sentence's last amount", () => {
  // Henan's 绩效目标 paragraph after a sentence on 基本支出: 12.00万元 is the projects' money
  const text =
    "本单位基本支出900.00万元。对项目支出全面实施绩效目标管理，共2个项目，涉及预算拨款12.00万元。";
  it("is what a bare figure of that sentence is about, not the paragraph's last amount", () => {
    const expected = [
      "amount spending|nature=basic 900.00万元 current budget equals [900.00万元]",
      "count projects - 2个 current",
      "amount spending|nature=project 12.00万元 current budget atMost [12.00万元]",
    ];
    expect(claims(text)).toEqual(expected);
    // in one sentence with the 基本支出 figure too
    expect(
      claims(
        "基本支出900.00万元，对项目支出全面实施绩效目标管理，共2个项目，涉及预算拨款12.00万元。",
      ),
    ).toEqual(expected);
  });

  it("so a correct text raises no alarm (it read as 基本支出 12.00 against 900.00)", () => {
    const expenditure = tableBuilder(henan2024, "expenditure")
      .total({ total: "912.00", basic: "900.00", project: "12.00" })
      .build().value;
    const report = checker("narrative.amount")(disclosure([expenditure], text));
    expect(findings(report, "narrative.amount").filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("reader: a subject states only the coordinates it knows", () => {
  it("no fund key without a fund, for a measure or a 科目 path", () => {
    const r = extractClaims(
      "基本支出682.06万元。“一般公共服务支出（类）党委办公厅（室）及相关机构事务（款）行政运行（项）”100.00万元。",
      { year: 2024, catalog: functional2024 },
    );
    expect(r.claims.map((c) => (c.kind === "amount" ? c.subject : undefined))).toStrictEqual([
      { concept: "spending", coords: { nature: "basic" } },
      { concept: "spending", coords: { functional: "2013101" } },
    ]);
  });
});
