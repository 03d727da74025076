import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";
import { read } from "./test-support";

const claims = (text: string, year: number | null = 2024) => read(text, year).claims;

describe("extractClaims: the text's own year when none is given", () => {
  it("is the latest year it prints, whatever the amounts", () => {
    expect(claims("2023年支出合计11,000.00万元。2024年支出合计12,969.06万元。", null)).toEqual([
      "amount spending 11000.00万元 prior budget equals [11,000.00万元]",
      "amount spending 12969.06万元 current budget equals [12,969.06万元]",
    ]);
  });
});

describe("extractClaims: headings and `…如下：` lines set the fund of what follows", () => {
  const H = "五、一般公共预算支出情况说明";
  it("a heading's fund holds for every paragraph under it, after the first one too", () => {
    expect(claims(`${H}\n基本支出682.06万元。\n项目支出287.00万元。`)).toEqual([
      "amount spending|fund=gpb|nature=basic 682.06万元 current budget equals [682.06万元]",
      "amount spending|fund=gpb|nature=project 287.00万元 current budget equals [287.00万元]",
    ]);
  });

  it("a heading after a paragraph of text sets the fund too", () => {
    expect(
      claims(`一、收入支出预算总体情况\n收入合计969.06万元。\n${H}\n基本支出682.06万元。`),
    ).toEqual([
      "amount revenue 969.06万元 current budget equals [969.06万元]",
      "amount spending|fund=gpb|nature=basic 682.06万元 current budget equals [682.06万元]",
    ]);
  });

  it("a `…如下：` line naming a fund sets it; one naming none keeps the heading's", () => {
    expect(claims("一般公共预算支出情况如下：\n基本支出682.06万元。")).toEqual([
      "amount spending|fund=gpb|nature=basic 682.06万元 current budget equals [682.06万元]",
    ]);
    expect(claims(`${H}\n基本支出682.06万元。\n具体情况如下：\n项目支出287.00万元。`)).toEqual([
      "amount spending|fund=gpb|nature=basic 682.06万元 current budget equals [682.06万元]",
      "amount spending|fund=gpb|nature=project 287.00万元 current budget equals [287.00万元]",
    ]);
  });

  it("a numbered line with an amount, a count or a percentage is text, read as such", () => {
    const text = "一、收入预算969.06万元\n（一）基本支出占70.38%\n二、车辆3辆";
    const r = read(text);
    expect(r.claims).toEqual([
      "amount revenue 969.06万元 current budget equals [969.06万元]",
      "count vehicles - 3辆 current",
    ]);
    // the share has no base to be placed on, but it is read, not skipped as a heading's
    expect(r.unplaced.map((u) => u.split(" [")[0])).toEqual(["no-base false"]);
  });
});

describe("extractClaims: the sentence of an unplaced number is given whole", () => {
  const sentences = (text: string) =>
    extractClaims(text, { year: 2024 }).unplaced.map((u) => u.sentence.text);
  it.each([
    ["“三公”经费另有12个。", "“三公”经费另有12个。"],
    ["支出合计1.00万元。“三公”经费另有12个。", "“三公”经费另有12个。"],
    ["支出合计1.00万元。\n“三公”经费另有12个。", "“三公”经费另有12个。"],
    ["支出合计1.00万元。 「三公」经费另有12个。", "「三公」经费另有12个。"],
    ["支出合计1.00万元。『三公』经费另有12个;", "『三公』经费另有12个;"],
    ['"三公"经费另有12个。', '"三公"经费另有12个。'],
    ["‘三公’经费另有12个。", "‘三公’经费另有12个。"],
    ["支出合计1.00万元，“ “三公”经费另有12个。", "支出合计1.00万元，“ “三公”经费另有12个。"],
  ])("%s: with its opening quote", (text, sentence) => {
    expect(sentences(text)).toEqual([sentence]);
  });

  it("with its closing quote after the full stop, and the next sentence without it", () => {
    expect(sentences("“三公经费另有12个。”另有3个。")).toEqual([
      "“三公经费另有12个。”",
      "另有3个。",
    ]);
  });

  it("without the next paragraph's first character when it ends at a line break", () => {
    expect(sentences("另有12个；\n下一段3个。")).toEqual(["另有12个；", "下一段3个。"]);
    expect(sentences("（一）另有12个\n（二）另有3个。")).toEqual([
      "（一）另有12个",
      "（二）另有3个。",
    ]);
    expect(sentences("另有12个\n\n“三公”另有3个")).toEqual(["另有12个", "“三公”另有3个"]);
  });
});

describe("extractClaims: a `无…` claim's words keep the quote they open", () => {
  it.each([
    ["本年无“公务接待费”。", "无“公务接待费”"],
    ["无「公务接待费」预算。", "无「公务接待费」"],
    ['本年无"公务接待费"。', '无"公务接待费"'],
    ["本年无公务接待费。", "无公务接待费"],
    ["无“三公”经费。", "无“三公”经费"],
  ])("%s: %s", (text, words) => {
    expect(extractClaims(text, { year: 2024 }).claims.map((c) => c.span.text)).toEqual([words]);
  });
});

describe("extractClaims: money after a use is the use's", () => {
  it("is left unplaced after 用于, whatever the paragraph's last figure was", () => {
    const r = read(
      "2023年项目支出234.84万元。2024年项目支出主要用于专项业务，安排100.00万元。",
      2024,
    );
    expect(r.claims).toEqual([
      "amount spending|nature=project 234.84万元 prior budget equals [234.84万元]",
    ]);
    expect(r.unplaced).toHaveLength(1);
  });

  it("a use in the sentence before does not count, nor a use after the money", () => {
    expect(claims("项目支出主要用于专项业务。2024年预算安排287.00万元，用于专项业务。")).toEqual(
      [],
    );
    expect(
      claims("项目支出287.00万元，用于专项业务。2024年预算安排287.00万元，用于专项业务。"),
    ).toEqual([
      "amount spending|nature=project 287.00万元 current budget equals [287.00万元]",
      "amount spending|nature=project 287.00万元 current budget equals [287.00万元]",
    ]);
  });

  it("a comparison after a use is still the measure's change", () => {
    expect(claims("项目支出287.00万元，主要用于专项业务，预算比上年增加52.16万元。")).toEqual([
      "amount spending|nature=project 287.00万元 current budget equals [287.00万元]",
      "change spending|nature=project up 52.16 budget [52.16万元]",
    ]);
  });
});

describe("extractClaims: a paragraph's state", () => {
  it("a new paragraph starts afresh: money with no measure is of none", () => {
    const r = read("2023年项目支出234.84万元。\n预算安排287.00万元。", 2024);
    expect(r.claims).toHaveLength(1);
    expect(r.unplaced).toHaveLength(1);
  });

  it("a paragraph opening with 其中 goes on with the last one's whole (here last year's)", () => {
    expect(claims("2023年支出合计969.06万元。\n其中基本支出682.06万元。")).toEqual([
      "amount spending 969.06万元 prior budget equals [969.06万元]",
      "amount spending|nature=basic 682.06万元 prior budget equals [682.06万元]",
    ]);
    expect(claims("2023年支出合计969.06万元。\n基本支出682.06万元。")).toEqual([
      "amount spending 969.06万元 prior budget equals [969.06万元]",
      "amount spending|nature=basic 682.06万元 current budget equals [682.06万元]",
    ]);
  });
});

describe("extractClaims given no text", () => {
  it("throws a TypeError naming what it was given (a programmer error), not a failure inside", () => {
    for (const [value, type] of [
      [42, "number"],
      [null, "null"],
      [undefined, "undefined"],
      [{ body: "x" }, "object"],
    ] as const)
      expect(() => extractClaims(value as unknown as string)).toThrow(
        new TypeError(`extractClaims(): the narrative must be text (a string), not a ${type}`),
      );
  });
});

describe("a growth rate right after a figure of another measure than the last change's", () => {
  it("is that figure's, not the last change's", () => {
    const text =
      "2024年收入预算合计968万元，较2023年增加259万元，增长36.53%，其中：一般公共预算拨款808万元，增长13.96%；政府性基金预算拨款150万元。";
    expect(read(text).claims.filter((c) => c.includes("growth"))).toEqual([
      "percent growth revenue 36.53 up d1 c0",
      "percent growth revenue|fund=gpb 13.96 up c3",
    ]);
  });

  it("is of none the reader has after a figure it could not place", () => {
    const text =
      "2024年支出968.00万元，比上年增加259.00万元，增长36.53%，其中：某某专项经费808.00万元，增长13.96%。";
    const r = read(text);
    expect(r.claims.filter((c) => c.includes("13.96"))).toEqual([]);
    expect(r.unplaced.filter((u) => u.includes("[13.96%]"))).toHaveLength(1);
  });

  it("a change placed after the figure takes the rate again; so does a figure of no part after the change", () => {
    expect(
      claims(
        "2024年收入总计968.00万元（含某某资金100.00万元），比上年增加259.00万元，增长36.53%。",
      ).at(-1),
    ).toBe("percent growth revenue.total 36.53 up d1 c0");
    expect(
      claims("2024年一般公共预算支出比上年增加99.00万元，达到808.00万元，增长13.96%。").at(-1),
    ).toBe("percent growth spending|fund=gpb 13.96 up d0");
  });
});
