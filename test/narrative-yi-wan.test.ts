/**
 * An amount printed in 亿 and 万 (`1亿7192万元`, `1亿7,192万元`, `0亿2,517.78万元`) is one figure in
 * 万元, read exactly (17,192万元), never its 万 part alone (7,192万元, a digit off the table) nor its
 * 亿 part alone (`0`, read as a zero).
 */
import { describe, expect, it } from "vitest";
import { financeProbe, henanProbe } from "./support/narrative-alarms";

describe("an amount in 亿 and 万 is one figure in 万元", () => {
  it.each([
    "2025年，上海市财政局收入预算1亿7192万元，其中：财政拨款收入1亿7192万元。",
    "支出预算1亿7,192万元，其中：财政拨款支出预算1亿7，192万元。",
    "2025年上海市财政局财政拨款的机关运行经费预算为0亿2,517.78万元。",
  ])("%s: no alarm, read as 万元", (body) => {
    expect(financeProbe.alarms(body)).toEqual([]);
    expect(financeProbe.placed(body).every((p) => !/= (7192|7,192|0)万元$/u.test(p))).toBe(true);
  });

  it("read exactly, decimals kept (1亿0969.06万元 is 10969.06万元)", () => {
    expect(henanProbe.placed("2024年收入总计0亿969.06万元。")).toEqual([
      "revenue.total = 969.06万元",
    ]);
    expect(henanProbe.placed("2024年收入总计1亿0969.06万元。")).toEqual([
      "revenue.total = 10969.06万元",
    ]);
  });

  it("a wrong figure so printed is still caught", () => {
    expect(henanProbe.alarms("2024年收入总计1亿969.06万元。")).toEqual([
      expect.stringMatching(/^narrative\.amount: /u),
    ]);
    expect(financeProbe.alarms("2025年，上海市财政局收入预算1亿7193万元。")).toEqual([
      expect.stringMatching(/^narrative\.amount: /u),
    ]);
  });
});
