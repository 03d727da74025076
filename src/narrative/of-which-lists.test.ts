/**
 * `其中` after figures of several measures (`基本支出682.06万元、项目支出287.00万元，其中人员经费…`):
 * the whole of a part is the one listed measure that can hold it (人员经费 is a part of 基本支出, as
 * the decompositions say, not of 项目支出), never merely the last figure; a part that none or more
 * than one of them can hold is unplaced with its share. DOMAIN §7's figures: 人员经费 630.38 and
 * 公用经费 51.68 of 基本支出 682.06 are 92.42% and 7.58%; of 支出合计 969.06, 人员经费 is 65.05%.
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

const BASIC = "amount spending|nature=basic 682.06万元 current budget equals [682.06万元]";
const PROJECT = "amount spending|nature=project 287.00万元 current budget equals [287.00万元]";
const PERSONNEL =
  "amount spending|nature=basic.personnel 630.38万元 current budget equals [630.38万元]";

describe("其中 after a list: the one listed measure that can hold the part is its whole", () => {
  it.each([
    "基本支出682.06万元、项目支出287.00万元，其中人员经费630.38万元，占92.42%。",
    "基本支出682.06万元,项目支出287.00万元,其中人员经费630.38万元,占92.42%。",
    "基本支出682.06万元；项目支出287.00万元，其中：人员经费630.38万元，占比92.42%。",
    "基本支出682.06万元，项目支出287.00万元。其中人员经费630.38万元，占92.42%。",
    "基本支出682.06万元、项目支出287.00万元，其中人员经费630.38万元，所占比例为92.42%。",
    "基本支出682.06万元、项目支出287.00万元，其中人员经费630.38万元，占基本支出的比重为92.42%。",
  ])("%s: 人员经费 is a part of 基本支出 (92.42% = 630.38 / 682.06)", (text) => {
    expect(read(text)).toEqual({
      claims: [
        BASIC,
        PROJECT,
        PERSONNEL,
        "percent share spending|nature=basic.personnel 92.42 - p2 w0",
      ],
      unplaced: [],
    });
  });

  it("the listed order does not matter: 项目支出 first", () => {
    const text = "项目支出287.00万元、基本支出682.06万元，其中人员经费630.38万元，占92.42%。";
    expect(read(text)).toEqual({
      claims: [
        PROJECT,
        BASIC,
        PERSONNEL,
        "percent share spending|nature=basic.personnel 92.42 - p2 w1",
      ],
      unplaced: [],
    });
  });

  it("a change between the list's figures is no figure of the list", () => {
    const text =
      "基本支出682.06万元，较上年增加10.00万元，项目支出287.00万元，比上年减少5.00万元，其中人员经费630.38万元，占92.42%。";
    expect(read(text).claims.slice(-2)).toEqual([
      PERSONNEL,
      "percent share spending|nature=basic.personnel 92.42 - p4 w0",
    ]);
  });

  it("each part of a 其中 list finds its own whole (分别占 shares of 基本支出)", () => {
    const text =
      "基本支出682.06万元、项目支出287.00万元，其中人员经费630.38万元、公用经费51.68万元，分别占92.42%、7.58%。";
    expect(read(text)).toEqual({
      claims: [
        BASIC,
        PROJECT,
        PERSONNEL,
        "amount spending|nature=basic.public 51.68万元 current budget equals [51.68万元]",
        "percent share spending|nature=basic.personnel 92.42 - p2 w0",
        "percent share spending|nature=basic.public 7.58 - p3 w0",
      ],
      unplaced: [],
    });
  });

  it("in 元 as in 万元", () => {
    const text = "基本支出6820600元、项目支出2870000元，其中人员经费6303800元，占92.42%。";
    expect(read(text).claims.at(-1)).toBe(
      "percent share spending|nature=basic.personnel 92.42 - p2 w0",
    );
  });

  it("a part with its own fund: the fund's figure holds it (630.38 / 969.06 = 65.05%)", () => {
    const text =
      "一般公共预算支出969.06万元、政府性基金预算支出10.00万元，其中一般公共预算人员经费630.38万元，占65.05%。";
    expect(read(text).claims.slice(-2)).toEqual([
      "amount spending|fund=gpb|nature=basic.personnel 630.38万元 current budget equals [630.38万元]",
      "percent share spending|fund=gpb|nature=basic.personnel 65.05 - p2 w0",
    ]);
  });

  it("of another concept: “三公”经费 holds 公务接待费, 支出合计 does not (1.00 / 6.50 = 15.38%)", () => {
    const text = "支出合计969.06万元，“三公”经费6.50万元，其中公务接待费1.00万元，占15.38%。";
    expect(read(text)).toEqual({
      claims: [
        "amount spending 969.06万元 current budget equals [969.06万元]",
        "amount sanGong 6.50万元 current budget equals [6.50万元]",
        "amount sanGong|item=reception 1.00万元 current budget equals [1.00万元]",
        "percent share sanGong|item=reception 15.38 - p2 w1",
      ],
      unplaced: [],
    });
  });

  it("收入总计 = 支出总计 is an identity, no whole: 支出总计 holds 基本支出 (DOMAIN §7's text)", () => {
    const text =
      "收入总计969.06万元，支出总计969.06万元。其中：基本支出682.06万元，占70.38%；项目支出287.00万元，占29.62%。";
    expect(read(text)).toEqual({
      claims: [
        "amount revenue.total 969.06万元 current budget equals [969.06万元]",
        "amount spending.total 969.06万元 current budget equals [969.06万元]",
        "amount spending.total|category=基本支出 682.06万元 current budget equals [682.06万元]",
        "percent share spending.total|category=基本支出 70.38 - p2 w1",
        "amount spending.total|category=项目支出 287.00万元 current budget equals [287.00万元]",
        "percent share spending.total|category=项目支出 29.62 - p4 w1",
      ],
      unplaced: [],
    });
  });

  it("the whole of one measure printed before its 其中 keeps working", () => {
    expect(read("基本支出682.06万元，其中人员经费630.38万元，占92.42%。")).toEqual({
      claims: [BASIC, PERSONNEL, "percent share spending|nature=basic.personnel 92.42 - p1 w0"],
      unplaced: [],
    });
  });
});

describe("其中 after a list: a part no single listed measure can hold is unplaced, with its share", () => {
  it.each([
    // both funds' spending can hold 人员经费 (630.38 / 969.06 = 65.05%: which one is not said)
    "一般公共预算支出969.06万元、政府性基金预算支出10.00万元，其中人员经费630.38万元，占65.05%。",
    "一般公共预算支出969.06万元，政府性基金预算支出10.00万元。其中：人员经费630.38万元，占比65.05%。",
  ])("%s: more than one can hold it", (text) => {
    // the sentence of the part
    const sentence = text.includes("。其中") ? text.slice(text.indexOf("其中")) : text;
    expect(read(text).unplaced).toEqual([
      `no-base true [630.38万元] in [${sentence}]`,
      `no-base false [65.05%] in [${sentence}]`,
    ]);
  });

  it.each([
    "基本支出682.06万元、项目支出287.00万元，其中公务接待费1.00万元，占0.10%。",
    "基本支出682.06万元；项目支出287.00万元；其中“三公”经费6.50万元，占0.67%。",
  ])("%s: none of them can hold it (not a category of the last)", (text) => {
    expect(read(text).claims).toEqual([BASIC, PROJECT]);
    expect(read(text).unplaced.map((u) => u.split(" [")[0])).toEqual([
      "no-base true",
      "no-base false",
    ]);
  });

  it("a change of an unplaced part is unplaced too (not of a guessed fund)", () => {
    const text =
      "一般公共预算支出969.06万元、政府性基金预算支出10.00万元，其中人员经费比上年增加10.00万元。";
    expect(read(text)).toEqual({
      claims: [
        "amount spending|fund=gpb 969.06万元 current budget equals [969.06万元]",
        "amount spending|fund=govFund 10.00万元 current budget equals [10.00万元]",
      ],
      unplaced: [`no-base true [10.00万元] in [${text}]`],
    });
  });
});

describe("其中 after a list: wholes that hold the part alike place it, not its share", () => {
  // 支出合计 holds 基本支出 and so 人员经费: the part is 人员经费 under either, its share may be of
  // either (65.05% of 支出合计, 92.42% of 基本支出), so it is not checked.
  const total = "amount spending 969.06万元 current budget equals [969.06万元]";
  it.each([
    ["支出合计969.06万元，基本支出682.06万元，其中人员经费630.38万元，占65.05%。", "65.05%"],
    ["支出合计969.06万元，基本支出682.06万元，其中人员经费630.38万元，占92.42%。", "92.42%"],
    ["支出合计969.06万元、基本支出682.06万元，其中：人员经费630.38万元，占比92.42%。", "92.42%"],
    [
      "基本支出682.06万元，支出合计969.06万元。其中人员经费630.38万元，所占比例为65.05%。",
      "65.05%",
    ],
  ])("%s: 人员经费 is placed, its share is not", (text, share) => {
    const r = read(text);
    expect(r.claims).toEqual(
      text.startsWith("基本") ? [BASIC, total, PERSONNEL] : [total, BASIC, PERSONNEL],
    );
    expect(r.unplaced.map((u) => u.split(" in [")[0])).toEqual([`no-base false [${share}]`]);
  });

  it("a share that names its base is checked as usual (占基本支出的92.42%)", () => {
    const text =
      "支出合计969.06万元，基本支出682.06万元，其中人员经费630.38万元，占基本支出的92.42%。";
    expect(read(text)).toEqual({
      claims: [
        total,
        BASIC,
        PERSONNEL,
        "percent share spending|nature=basic.personnel 92.42 - p2 w1",
      ],
      unplaced: [],
    });
  });

  it("the same fund under each: the part takes it (一般公共预算 支出合计 and 基本支出)", () => {
    const text =
      "一般公共预算支出合计969.06万元，一般公共预算基本支出682.06万元，其中人员经费630.38万元。";
    expect(read(text).claims.at(-1)).toBe(
      "amount spending|fund=gpb|nature=basic.personnel 630.38万元 current budget equals [630.38万元]",
    );
    expect(read(text).unplaced).toEqual([]);
  });

  it("a part with its own fund under wholes of no fund: its own fund", () => {
    const text = "支出合计969.06万元，基本支出682.06万元，其中一般公共预算人员经费630.38万元。";
    expect(read(text).claims.at(-1)).toBe(
      "amount spending|fund=gpb|nature=basic.personnel 630.38万元 current budget equals [630.38万元]",
    );
  });

  it("its change is its own, whatever the whole", () => {
    const text = "支出合计969.06万元，基本支出682.06万元，其中人员经费比上年增加10.00万元。";
    expect(read(text)).toEqual({
      claims: [total, BASIC, "change spending|nature=basic.personnel up 10.00 budget [10.00万元]"],
      unplaced: [],
    });
  });

  it("wholes of two measures (支出总计 and 基本支出) make it different parts: unplaced", () => {
    // under 支出总计 the part would be one of its categories, under 基本支出 人员经费 itself
    const text = "支出总计969.06万元，基本支出682.06万元，其中人员经费630.38万元。";
    expect(read(text)).toEqual({
      claims: ["amount spending.total 969.06万元 current budget equals [969.06万元]", BASIC],
      unplaced: [`no-base true [630.38万元] in [${text}]`],
    });
  });

  it("a later 其中 after one figure has a certain whole again (its share is checked)", () => {
    const text =
      "支出合计969.06万元，基本支出682.06万元，其中人员经费630.38万元，占65.05%。基本支出682.06万元，其中人员经费630.38万元，占92.42%。";
    expect(read(text).claims.at(-1)).toBe(
      "percent share spending|nature=basic.personnel 92.42 - p4 w3",
    );
  });
});

describe("a whole printed right before its parts, of the nature above them", () => {
  const text = (share: string) =>
    `支出预算969.06万元。其中基本支出682.06万元，占70.38%。基本支出中人员经费630.38万元，占${share}%。`;
  it("人员经费 after 基本支出: a share of 基本支出, not of 支出预算 (92.42%)", () => {
    expect(read(text("92.42")).claims.at(-1)).toBe(
      "percent share spending|nature=basic.personnel 92.42 - p3 w1",
    );
  });

  it("基本支出 and 项目支出 stay parts of one whole (项目支出 is no part of 基本支出)", () => {
    const r = read("支出预算969.06万元，基本支出682.06万元，项目支出287.00万元，占29.62%。");
    expect(r.claims.at(-1)).toBe("percent share spending|nature=project 29.62 - p2 w0");
  });

  it("the same measure printed again is no whole of itself", () => {
    const r = read("支出预算969.06万元，基本支出682.06万元，基本支出682.06万元，占70.38%。");
    expect(r.claims.at(-1)).toBe("percent share spending|nature=basic 70.38 - p2 w0");
  });
});
