/**
 * A clause after a `分别` list that states a figure of its own measure (`…分别为630.38万元、51.68万元；
 * 项目支出287.00万元，比上年增长5%`): the figure is that measure's, not one more of the list, and a
 * rate right after it without a measure is its own, as anywhere else (`项目支出287.00万元，比上年增长
 * 5%`). A rate whose measure could be any of the list's (`…、51.68万元，比上年增长5%`) stays unplaced.
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

const LIST = [
  "amount spending|nature=basic.personnel 630.38万元 current budget equals [630.38万元]",
  "amount spending|nature=basic.public 51.68万元 current budget equals [51.68万元]",
];
const PROJECT = "amount spending|nature=project 287.00万元 current budget equals [287.00万元]";

describe("a figure named in its own clause after a 分别 list", () => {
  it.each([
    "人员经费、公用经费分别为630.38万元、51.68万元；项目支出287.00万元，比上年增长5%。",
    "人员经费、公用经费分别为630.38万元、51.68万元，项目支出287.00万元，较上年增长5%。",
    "人员经费和公用经费分别为630.38万元,51.68万元;项目支出287.00万元,同比增长5%。",
    "人员经费、公用经费分别为630.38万元、51.68万元，合计682.06万元；项目支出287.00万元，比2023年增长5%。",
  ])("%s: the list, the project figure and its rate are placed", (text) => {
    const r = read(text);
    expect(r.claims).toEqual([...LIST, PROJECT, "percent growth spending|nature=project 5 up c2"]);
    expect(r.unplaced).toEqual(
      text.includes("合计") ? [`no-subject true [682.06万元] in [${text}]`] : [],
    );
  });

  it("places a change of its own and the rate of that change (20.00 / 267.00 = 7.49%)", () => {
    const text =
      "人员经费、公用经费分别为630.38万元、51.68万元；项目支出比上年增加20.00万元，增长7.49%。";
    expect(read(text)).toEqual({
      claims: [
        ...LIST,
        "change spending|nature=project up 20.00 budget [20.00万元]",
        "percent growth spending|nature=project 7.49 up d2",
      ],
      unplaced: [],
    });
  });

  it("reads a second 分别 list of the sentence with its own names", () => {
    const text =
      "人员经费、公用经费分别为630.38万元、51.68万元；项目支出287.00万元；因公出国（境）费、公务接待费分别为1.00万元、2.50万元。";
    expect(read(text)).toEqual({
      claims: [
        ...LIST,
        PROJECT,
        "amount sanGong|item=abroad 1.00万元 current budget equals [1.00万元]",
        "amount sanGong|item=reception 2.50万元 current budget equals [2.50万元]",
      ],
      unplaced: [],
    });
  });
});

describe("after a 分别 list, a rate whose measure is not certain stays unplaced", () => {
  it.each([
    // any of the two (or their sum) could be meant
    "人员经费、公用经费分别为630.38万元、51.68万元，比上年增长5%。",
    "人员经费、公用经费分别为630.38万元、51.68万元，较上年增长5%。",
    // their total's, which names no measure
    "人员经费、公用经费分别为630.38万元、51.68万元，合计682.06万元，比上年增长5%。",
    // after the project figure came the total of all three
    "人员经费、公用经费分别为630.38万元、51.68万元；项目支出287.00万元，合计969.06万元，比上年增长5%。",
    // a total named by a measure after the list is taken as the list's (not placed, nor its rate)
    "人员经费、公用经费分别为630.38万元、51.68万元；支出合计682.06万元，比上年增长5%。",
    // the list was not placed (one figure for two names): 基本支出 is not the only one meant
    "基本支出682.06万元，其中人员经费、公用经费分别为630.38万元，比上年增长5%。",
  ])("%s", (text) => {
    const r = read(text);
    expect(r.claims.filter((c) => c.startsWith("percent"))).toEqual([]);
    expect(r.unplaced).toContain(`no-relation false [5%] in [${text}]`);
  });

  it.each([
    "人员经费、公用经费分别为基本支出630.38万元、51.68万元。",
    // every figure named, by a measure that only qualifies them: they are still the list's
    "人员经费、公用经费分别为基本支出630.38万元、基本支出51.68万元。",
    "人员经费、公用经费分别为：人员经费630.38万元，公用经费51.68万元。",
  ])("%s: a measure printed with the list's figures keeps them in the list", (text) => {
    expect(read(text)).toEqual({ claims: LIST, unplaced: [] });
  });

  it("leaves a figure of its own unplaced when the list did not get all its figures", () => {
    const text = "人员经费、公用经费分别为630.38万元、基本支出682.06万元，比上年增长5%。";
    expect(read(text).claims).toEqual([]);
  });

  it("leaves a figure of its own unplaced when its words name no measure the reader takes", () => {
    const text = "人员经费、公用经费分别为630.38万元、51.68万元；收入287.00万元，比上年增长5%。";
    const r = read(text);
    expect(r.claims).toEqual(LIST);
    expect(r.unplaced).toEqual([
      `no-subject true [287.00万元] in [${text}]`,
      `no-relation false [5%] in [${text}]`,
    ]);
  });

  it("leaves a figure of its own unplaced while 分别占 shares wait for the parts (it would be one)", () => {
    const whole = "amount spending 969.06万元 current budget equals [969.06万元]";
    const parts = [
      "amount spending|nature=basic 682.06万元 current budget equals [682.06万元]",
      "amount spending|nature=project 287.00万元 current budget equals [287.00万元]",
    ];
    const text =
      "支出合计969.06万元，其中：基本支出682.06万元、项目支出287.00万元，分别占70.38%、29.62%；人员经费630.38万元。";
    expect(read(text)).toEqual({
      claims: [
        whole,
        ...parts,
        "percent share spending|nature=basic 70.38 - p1 w0",
        "percent share spending|nature=project 29.62 - p2 w0",
      ],
      unplaced: [`no-subject true [630.38万元] in [${text}]`],
    });
    // 0.67% and 70.38% are of 三公经费 and 基本支出, never of 基本支出 and 项目支出
    const mixed = "三公经费6.50万元、基本支出682.06万元，分别占0.67%、70.38%；项目支出287.00万元。";
    expect(read(mixed).claims.filter((c) => c.startsWith("percent"))).toEqual([]);
  });

  it.each([
    "基本支出、项目支出分别为682.06万元、287.00万元，其中人员经费630.38万元，占92.42%。",
    "基本支出、项目支出分别为682.06万元、287.00万元；人员经费630.38万元，占92.42%。",
    "基本支出、项目支出分别为682.06万元、287.00万元；人员经费630.38万元，分别占92.42%。",
  ])(
    "%s: a share after a figure of its own has no certain whole (never the list's last)",
    (text) => {
      // 630.38 / 682.06 = 92.42%: of 基本支出, not of 项目支出 (the 其中 head would be 287.00)
      expect(read(text)).toEqual({
        claims: [
          "amount spending|nature=basic 682.06万元 current budget equals [682.06万元]",
          PROJECT,
          "amount spending|nature=basic.personnel 630.38万元 current budget equals [630.38万元]",
        ],
        unplaced: [`no-base false [92.42%] in [${text}]`],
      });
    },
  );

  it.each([
    [
      "人员经费、公用经费分别为630.38万元、51.68万元。比上年增加5.00万元。",
      "no-subject true [5.00万元]",
    ],
    ["人员经费、公用经费分别为630.38万元、51.68万元。较上年增长5%。", "no-relation false [5%]"],
    [
      "基本支出682.06万元、项目支出287.00万元，分别比上年增加10.00万元、20.00万元。同比增长5%。",
      "no-relation false [5%]",
    ],
  ])(
    "%s: the next sentence's figure without a measure is not the list's last (was 公用经费's)",
    (text, left) => {
      const r = read(text);
      expect(r.claims.filter((c) => c.startsWith("percent") || c.includes(" 5.00 "))).toEqual([]);
      expect(r.unplaced).toEqual([`${left} in [${text.slice(text.indexOf("。") + 1)}]`]);
    },
  );

  it("does not read 与上年持平 after the list as the list's last one's", () => {
    for (const text of [
      "人员经费、公用经费分别为630.38万元、51.68万元，与上年持平。",
      "人员经费、公用经费分别为630.38万元、51.68万元。与上年持平。",
    ])
      expect(read(text).claims, text).toEqual(LIST);
    // a measure of its own after the list is flat
    expect(
      read("人员经费、公用经费分别为630.38万元、51.68万元；项目支出287.00万元，与上年持平。")
        .claims,
    ).toEqual([...LIST, PROJECT, "change spending|nature=project flat - budget [持平]"]);
  });
});
