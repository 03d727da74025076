/**
 * A fund word alone before a figure (`一般公共预算财政拨款969.06万元`: revenue or spending?), as
 * printers write it in the 收入 / 支出 paragraphs (session 39), through the whole checker against the
 * Henan tables (969.06 of 一般公共预算 each way): placed as the side its sentence names alone, else
 * the side its section's heading names alone; elsewhere it stays unplaced (coverage), no alarm.
 */
import { describe, expect, it } from "vitest";
import { henanProbe } from "./support/narrative-alarms";

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
  ])("placed, a wrong figure is found: %s", (body) => {
    expect(alarms(body)).toEqual([
      expect.stringMatching(/^narrative\.amount: .*表中为 969\.06万元/u),
    ]);
  });
});
