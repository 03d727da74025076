/**
 * A fund word alone before a figure (`一般公共预算财政拨款969.06万元`: revenue or spending?), as
 * printers write it in the 收入 / 支出 paragraphs (session 39), through the whole checker against the
 * Henan tables (969.06 of 一般公共预算 each way): placed as the side its sentence names alone, else
 * the side its section's heading names alone; elsewhere it stays unplaced (coverage), no alarm.
 */
import { describe, expect, it } from "vitest";
import { henanProbe, welfareProbe } from "./support/narrative-alarms";

const { alarms, placed } = henanProbe;

const REVENUE = "revenue|fund=gpb = 969.06万元";
const SPENDING = "spending|fund=gpb = 969.06万元";

describe("a fund word alone is the revenue or spending its sentence or heading names", () => {
  it.each([
    ["二、收入预算总体情况说明\n本部门2024年一般公共预算财政拨款969.06万元。", [REVENUE]],
    ["（二）收入预算情况\n2024年一般公共预算拨款969.06万元，占收入合计的100%。", [REVENUE]],
    ["五、一般公共预算支出预算情况说明\n本部门2024年一般公共预算财政拨款969.06万元。", [SPENDING]],
    ["三、支出预算总体情况说明\n2024年一般公共预算969.06万元。", [SPENDING]],
    ["2024年本部门收入预算中，一般公共预算财政拨款969.06万元。", [REVENUE]],
    ["2024年本部门支出预算中，一般公共预算财政拨款969.06万元。", [SPENDING]],
    ["本部门2024年收入全部为一般公共预算财政拨款969.06万元。", [REVENUE]],
    [
      "本部门2024年收入预算969.06万元，全部为一般公共预算财政拨款969.06万元。",
      ["revenue = 969.06万元", REVENUE],
    ],
    // its change after it is of it
    [
      "二、收入预算总体情况说明\n2024年一般公共预算财政拨款969.06万元，比上年增加134.22万元，增长16.08%，主要原因是人员增加。",
      [REVENUE],
    ],
    // a refer word (`安排`, `资金`, `预算`) between the fund and its figure
    ["2024年本部门支出预算中，一般公共预算财政拨款安排969.06万元。", [SPENDING]],
    [
      "2024年支出预算969.06万元，其中：一般公共预算财政拨款安排969.06万元。",
      ["spending = 969.06万元", SPENDING],
    ],
    [
      "2024年收入预算969.06万元，其中：一般公共预算拨款资金969.06万元，占100.00%。",
      ["revenue = 969.06万元", REVENUE],
    ],
    [
      "2024年部门预算支出969.06万元，其中：财政拨款预算969.06万元。",
      ["spending = 969.06万元", "spending|fund=government = 969.06万元"],
    ],
  ])("%s", (body, figures) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(figures);
  });

  it.each([
    "一般公共预算财政拨款969.06万元。",
    "2024年一般公共预算财政拨款969.06万元，比上年增加134.22万元。",
    // both sides, or another measure, named
    "四、财政拨款收入支出预算总体情况说明\n2024年一般公共预算财政拨款969.06万元。",
    "收入总计969.06万元，支出总计969.06万元，一般公共预算财政拨款969.06万元。",
    "五、一般公共预算支出预算情况说明\n“三公”经费6.50万元，全部为一般公共预算财政拨款6.50万元。",
    "六、一般公共预算基本支出预算情况说明\n一般公共预算财政拨款682.06万元。",
    "二、收入预算总体情况说明\n项目支出287.00万元，一般公共预算财政拨款287.00万元。",
  ])("elsewhere it stays unplaced, no alarm: %s", (body) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body).filter((p) => p.includes("969.06") && p.includes("fund=gpb"))).toEqual([]);
  });

  it.each([
    "二、收入预算总体情况说明\n本部门2024年一般公共预算财政拨款996.06万元。",
    "2024年本部门支出预算中，一般公共预算财政拨款960.06万元。",
    // `安排` / `资金` after the fund word: the fund's money still
    "2024年本部门支出预算中，一般公共预算财政拨款安排960.06万元。",
    "2024年支出预算969.06万元，其中：一般公共预算财政拨款安排960.06万元。",
    "2024年收入预算969.06万元，其中：一般公共预算拨款资金996.06万元。",
  ])("placed, a wrong figure is found: %s", (body) => {
    expect(alarms(body)).toEqual([
      expect.stringMatching(/^narrative\.amount: .*表中为 969\.06万元/u),
    ]);
  });
});

describe("a 其中 part of a fund with a refer word, where the funds differ (普陀区社会福利院: 事业收入 too)", () => {
  const { alarms: wAlarms, placed: wPlaced } = welfareProbe;
  it.each([
    [
      "2024年支出预算1212.12万元，其中：一般公共预算财政拨款安排950.12万元。",
      ["spending = 1212.12万元", "spending|fund=gpb = 950.12万元"],
    ],
    [
      "2024年收入预算1212.12万元，其中：一般公共预算财政拨款安排950.12万元，事业收入262.00万元。",
      [
        "revenue = 1212.12万元",
        "revenue|fund=gpb = 950.12万元",
        "revenue|fund=business = 262.00万元",
      ],
    ],
  ])("the fund's part, not the whole: %s", (body, figures) => {
    expect(wAlarms(body)).toEqual([]);
    expect(wPlaced(body)).toEqual(figures);
  });

  it("a wrong fund's part is found", () => {
    expect(
      wAlarms("2024年支出预算1212.12万元，其中：一般公共预算财政拨款安排905.12万元。"),
    ).toEqual([expect.stringMatching(/^narrative\.amount: .*表中为 950\.12万元/u)]);
  });
});
