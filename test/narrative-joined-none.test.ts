/**
 * The Henan fixture's own line `中共洛阳市涧西区委办公室2024年无负责管理的专项转移支付项目` (printed
 * without its 。) followed by a paragraph `基本支出中，…`: the lines are joined as a wrap would be,
 * and the none is not of 基本支出 (it raised `narrative.amount` kind none, 682.06 against 0).
 * A wrong figure of the breakdown, or a none of a measure the department has, is still found.
 */
import { describe, expect, it } from "vitest";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { henanProbe } from "./support/narrative-alarms";

const LINE = "中共洛阳市涧西区委办公室2024年无负责管理的专项转移支付项目";

describe("a none printed without its 。 before a paragraph heading a breakdown", () => {
  it("the fixture's narrative ends with the line, without 。", () => {
    expect(henan2024Fixture.narrative.trimEnd().endsWith(LINE)).toBe(true);
  });

  it.each([
    `${LINE}\n基本支出中，人员经费630.38万元，公用经费51.68万元。`,
    `${LINE}\n项目支出中，其他运转类项目支出53.50万元。`,
  ])("%s: no alarm", (text) => {
    expect(henanProbe.alarms(text)).toEqual([]);
  });

  it("a wrong figure of the breakdown is still found", () => {
    const alarms = henanProbe.alarms(`${LINE}\n基本支出中，人员经费603.38万元。`);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toContain("630.38");
  });

  it("a none of a measure the department has is still found", () => {
    const alarms = henanProbe.alarms(`${LINE}，无基本支出。`);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toContain("682.06");
  });
});
