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

describe("a none printed without its 。 before a paragraph opening with a year", () => {
  // Found by a probe (2026-12-08): the next paragraph's measures were taken as the none's
  // (`…专项转移支付项目⏎2024年因公出国（境）费、公务接待费…分别为…`: 公务接待费 none against 2.50).
  it.each([
    `${LINE}\n2024年因公出国（境）费、公务接待费、公务用车购置及运行维护费预算分别为0万元、2.50万元和4.00万元。`,
    `${LINE}\n2024年项目支出287.00万元，实行绩效目标管理的项目11个。`,
    `${LINE}\n2024年公务接待费2.50万元，比上年减少1.00万元，主要原因是厉行节约。`,
    `${LINE}\n2024年绩效目标覆盖率100%，涉及项目11个、资金287.00万元。`,
    `${LINE}\n2024年项目支出绩效目标编制实现全覆盖，共涉及项目11个，金额287.00万元。`,
  ])("%s: no alarm", (text) => {
    expect(henanProbe.alarms(text)).toEqual([]);
  });

  it("the paragraph's figures are still read, and a wrong one found", () => {
    expect(henanProbe.placed(`${LINE}\n2024年项目支出287.00万元。`)).toEqual([
      "spending|nature=project = 287.00万元",
    ]);
    const alarms = henanProbe.alarms(`${LINE}\n2024年项目支出278.00万元。`);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toContain("287.00");
  });

  it("a none before a year and its measure, nothing between, is still read", () => {
    expect(henanProbe.alarms(`${LINE}，无2024年基本支出。`)).toEqual([
      expect.stringContaining("682.06"),
    ]);
  });
});

describe("in a text of a paragraph a line, a line without punctuation ends its paragraph", () => {
  // The fixture's lines are of all widths (no page's width: a paragraph a line), so its last
  // line, printed without its 。, is a paragraph of its own, not wrapped into the next one. Found by
  // a probe (2026-12-08): the none took the next paragraph's measures (公务接待费 none against 2.50).
  const body = henan2024Fixture.narrative.trimEnd();
  it.each([
    `${body}\n公务接待费、公务用车运行维护费分别为2.50万元、4.00万元。`,
    `${body}\n公务接待费2.50万元，比上年减少1.00万元，主要原因是厉行节约。`,
  ])("%#: no alarm added", (text) => {
    expect(henanProbe.alarms(text)).toEqual(henanProbe.alarms(body));
  });

  it("a wrong figure in the next paragraph is still found", () => {
    const added = henanProbe
      .alarms(`${body}\n公务接待费、公务用车运行维护费分别为2.05万元、4.00万元。`)
      .filter((a) => !henanProbe.alarms(body).includes(a));
    expect(added).toEqual([expect.stringContaining("2.50")]);
  });
});
