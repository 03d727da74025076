/**
 * What a narrative finding's message shows (session 40): the table cells a text's figure was
 * compared with carry their unit when the text states the figure in another (a 万元 text against
 * 元 tables: `1,212.12万元` beside `（12,121,164元）`, never a bare 元 figure beside a 万元 one), and
 * a claim at the very start of the text is quoted (`“未安排公务接待费”`, never `“”`).
 */
import { describe, expect, it } from "vitest";
import { henanProbe, welfareProbe } from "./support/narrative-alarms";

describe("the tables' cells in a message carry their unit when the text's differs", () => {
  // 普陀区社会福利院: tables 1–8 in 元, the text in 万元; 收入总计 12,121,164 元.
  it("a wrong figure: the expected figure in the text's unit, the cell with its own (zh-CN)", () => {
    expect(welfareProbe.alarms("2024年收入预算总计1312.12万元。")).toEqual([
      expect.stringContaining(
        "表中为 1,212.12万元（【收入预算总表】合计行「收入预算/合计」列（12,121,164元））",
      ),
    ]);
  });

  it("and in en", () => {
    expect(welfareProbe.alarms("2024年收入预算总计1312.12万元。", "en")).toEqual([
      expect.stringContaining(
        'they give 1,212.12 万元 ([Revenue by function] total row, column "收入预算/合计" (12,121,164 元))',
      ),
    ]);
  });

  it("this year's figure dated last year: the cell with its unit", () => {
    expect(welfareProbe.alarms("2023年收入预算总计1212.12万元。")).toEqual([
      expect.stringMatching(/^narrative\.year: .*（12,121,164元）/u),
    ]);
  });

  it.each([
    // the text's unit is the table's: the cell as printed, no unit repeated
    ["2024年“三公”经费预算5.00万元。", welfareProbe, "（6.4）"],
    ["支出总计996.06万元。", henanProbe, "（969.06）"],
  ])("in the same unit, the cell as printed: %s", (body, probe, cell) => {
    const [alarm] = probe.alarms(body);
    expect(alarm).toContain(cell);
    expect(alarm).not.toMatch(/[0-9]元）/u);
  });

  it("a right figure in the text's unit against 元 cells raises nothing", () => {
    expect(welfareProbe.alarms("2024年收入预算总计1,212.12万元。")).toEqual([]);
  });
});

describe("a claim at the very start of the text is quoted", () => {
  // Henan: 公务接待费 2.50, so a none of it is wrong.
  it.each([
    ["未安排公务接待费。", "未安排公务接待费"],
    ["无公务接待费。", "无公务接待费"],
    ["没有安排公务接待费支出。", "没有安排公务接待费"],
    ["未安排公务接待费，因公出国（境）费未安排。", "未安排公务接待费"],
  ])("%s", (body, quoted) => {
    expect(henanProbe.alarms(body)).toEqual([
      `narrative.amount: 【情况说明】“${quoted}” 称没有此项，但表中为 2.50万元（【一般公共预算“三公”经费预算表】「公务接待费」列（2.50））。`,
    ]);
  });

  it("after other words, as before", () => {
    expect(henanProbe.alarms("本单位未安排公务接待费。")).toEqual([
      expect.stringContaining("“本单位未安排公务接待费”"),
    ]);
  });

  it.each(["未安排因公出国（境）费。", "无因公出国（境）费。"])(
    "a right none at the start raises nothing: %s",
    (body) => {
      expect(henanProbe.alarms(body)).toEqual([]);
    },
  );
});
