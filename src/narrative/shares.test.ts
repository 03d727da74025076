/**
 * Shares of a whole the text names right before its parts, without `其中` (`支出合计…，基本支出…、
 * 项目支出…，分别占…`), as other printers write them. DOMAIN §7's figures: 基本 682.06 and 项目
 * 287.00 of 969.06 are 70.38% and 29.62%.
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

const TOTAL = "amount spending 969.06万元 current budget equals [969.06万元]";
const PARTS = [
  "amount spending|nature=basic 682.06万元 current budget equals [682.06万元]",
  "amount spending|nature=project 287.00万元 current budget equals [287.00万元]",
];
const SHARES = [
  "percent share spending|nature=basic 70.38 - p1 w0",
  "percent share spending|nature=project 29.62 - p2 w0",
];

describe("shares: the whole printed right before its parts, without 其中", () => {
  it.each([
    "支出合计969.06万元，基本支出682.06万元、项目支出287.00万元，分别占70.38%、29.62%。",
    "支出合计969.06万元,基本支出682.06万元,项目支出287.00万元,分别占70.38%和29.62%。",
    "支出合计969.06万元，基本支出682.06万元、项目支出287.00万元，分别占比70.38%、29.62%。",
    "支出合计969.06万元。基本支出682.06万元，项目支出287.00万元，分别占70.38%和29.62%。",
    "支出合计969.06万元，基本支出682.06万元、项目支出287.00万元，分别占支出合计的70.38%、29.62%。",
    "支出合计969.06万元，基本支出和项目支出分别为682.06万元、287.00万元，分别占70.38%、29.62%。",
  ])("%s", (text) => {
    expect(read(text)).toEqual({ claims: [TOTAL, ...PARTS, ...SHARES], unplaced: [] });
  });

  it("one share after each part: each of the whole before them", () => {
    const text = "支出合计969.06万元，基本支出682.06万元，占70.38%；项目支出287.00万元，占29.62%。";
    expect(read(text)).toEqual({
      claims: [
        TOTAL,
        PARTS[0],
        "percent share spending|nature=basic 70.38 - p1 w0",
        PARTS[1],
        "percent share spending|nature=project 29.62 - p3 w0",
      ],
      unplaced: [],
    });
  });

  it("the whole of another measure is not taken (支出总计 may hold the carry-forward): say 其中", () => {
    const text =
      "支出总计969.06万元，基本支出682.06万元、项目支出287.00万元，分别占70.38%、29.62%。";
    expect(read(text).unplaced).toEqual([
      `no-base false [70.38%] in [${text}]`,
      `no-base false [29.62%] in [${text}]`,
    ]);
  });

  it("the base named after 占 is the whole wherever it was stated", () => {
    expect(
      read(
        "收入合计969.06万元，支出合计969.06万元。基本支出682.06万元、项目支出287.00万元，分别占支出合计的70.38%和29.62%。",
      ).claims.slice(-2),
    ).toEqual([
      "percent share spending|nature=basic 70.38 - p2 w1",
      "percent share spending|nature=project 29.62 - p3 w1",
    ]);
  });
});

describe("shares: no whole is guessed", () => {
  it.each([
    // the figure before is no whole of theirs
    "收入合计969.06万元，基本支出682.06万元、项目支出287.00万元，分别占70.38%、29.62%。",
    // no figure before
    "基本支出682.06万元、项目支出287.00万元，分别占70.38%、29.62%。",
    // last year's total is no whole of this year's parts
    "上年支出合计969.06万元，本年基本支出682.06万元、项目支出287.00万元，分别占70.38%、29.62%。",
  ])("%s: unplaced", (text) => {
    expect(read(text).unplaced).toEqual([
      `no-base false [70.38%] in [${text}]`,
      `no-base false [29.62%] in [${text}]`,
    ]);
  });

  it("a list after last year's total, with no year of its own, is last year's too: its shares are of it", () => {
    // session 39: the parts were read as this year's, the shares left unplaced
    expect(
      read(
        "上年支出合计969.06万元，基本支出682.06万元、项目支出287.00万元，分别占70.38%、29.62%。",
      ),
    ).toEqual({
      claims: [
        "amount spending 969.06万元 prior budget equals [969.06万元]",
        "amount spending|nature=basic 682.06万元 prior budget equals [682.06万元]",
        "amount spending|nature=project 287.00万元 prior budget equals [287.00万元]",
        ...SHARES,
      ],
      unplaced: [],
    });
  });

  it("nor when another part of the whole, of another kind, stands between (of which is the share?)", () => {
    // 682.06 is 70.38% of 969.06 and 75.78% of 900.00: the text does not say which it means
    const text = "支出合计969.06万元，财政拨款支出900.00万元，基本支出682.06万元，占75.78%。";
    expect(read(text).unplaced).toEqual([`no-base false [75.78%] in [${text}]`]);
  });
});

describe("shares: 分别 figures separated by a comma, a semicolon, 及 or 和", () => {
  it.each([
    "支出合计969.06万元，其中：基本支出682.06万元、项目支出287.00万元，分别占70.38%,29.62%。",
    "支出合计969.06万元，其中：基本支出682.06万元、项目支出287.00万元，分别占70.38%，29.62%。",
    "支出合计969.06万元，其中：基本支出682.06万元、项目支出287.00万元，分别占70.38%；29.62%。",
    "支出合计969.06万元，其中：基本支出682.06万元、项目支出287.00万元，分别占70.38%及29.62%。",
    "支出合计969.06万元，基本支出682.06万元，项目支出287.00万元，分别占支出合计的70.38%，29.62%。",
    "支出合计969.06万元，基本支出和项目支出分别为682.06万元，287.00万元，分别占70.38%，29.62%。",
    "支出合计969.06万元，基本支出及项目支出分别为682.06万元；287.00万元，分别占70.38%和29.62%。",
  ])("%s: each share is of its part, in order", (text) => {
    expect(read(text)).toEqual({ claims: [TOTAL, ...PARTS, ...SHARES], unplaced: [] });
  });

  it.each([
    ["分别占70.38%", ["70.38%"]],
    ["分别占29.62%，0.00%，70.38%", ["29.62%", "0.00%", "70.38%"]],
    ["分别占70.38%、29.62%、0.00%", ["70.38%", "29.62%", "0.00%"]],
  ])("…，%s: not as many shares as parts, none is guessed", (shares, left) => {
    const text = `支出合计969.06万元，其中：基本支出682.06万元、项目支出287.00万元，${shares}。`;
    expect(read(text)).toEqual({
      claims: [TOTAL, ...PARTS],
      unplaced: left.map((s) => `no-base false [${s}] in [${text}]`),
    });
  });

  it("a rate after the list that is not a share is not taken into it", () => {
    const text =
      "支出合计969.06万元，其中：基本支出682.06万元、项目支出287.00万元，分别占70.38%，29.62%，比上年增长5.00%。";
    expect(read(text)).toEqual({
      claims: [TOTAL, ...PARTS, ...SHARES],
      unplaced: [`no-relation false [5.00%] in [${text}]`],
    });
  });
});

describe("growth rates after 分别 without their changes", () => {
  it.each([
    "基本支出和项目支出分别增长5.00%、8.00%。",
    "基本支出和项目支出分别增长5.00%，8.00%。",
    "基本支出682.06万元、项目支出287.00万元，分别比上年增长5.00%,8.00%。",
  ])("%s: which is whose is not guessed (the first was 项目支出's)", (text) => {
    expect(read(text).claims.filter((c) => c.startsWith("percent"))).toEqual([]);
  });

  it("with their changes they are placed, in order, across a comma", () => {
    expect(
      read("基本支出和项目支出分别比上年增加10.00万元，20.00万元，分别增长1.49%，7.49%。").claims,
    ).toEqual([
      "change spending|nature=basic up 10.00 budget [10.00万元]",
      "change spending|nature=project up 20.00 budget [20.00万元]",
      "percent growth spending|nature=basic 1.49 up d0",
      "percent growth spending|nature=project 7.49 up d1",
    ]);
  });
});
