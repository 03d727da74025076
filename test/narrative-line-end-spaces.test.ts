/**
 * Spaces ending a line join no digits across it unless the text is double-spaced (where the blank
 * line between is the line's break, `202 \n\n3`): in a text of its own lines, a figure followed by
 * spaces and a line break ends there (`人数 12 \n8个科室` keeps 12 and 8 apart), as before.
 */
import { describe, expect, it } from "vitest";
import { compact } from "../src/narrative/text";
import { fixtureText } from "./support/fixture-text";
import { henanProbe } from "./support/narrative-alarms";

const HEAD = "一、收入支出预算总体情况说明\n收入总计969.06万元，";

describe("spaces ending a line", () => {
  it.each([
    `${HEAD}人数 12 \n8个科室。`,
    `${HEAD}人数 12\u3000\n8个科室。`,
    `${HEAD}人数 12 \r\n8个科室。`,
    `${HEAD}车辆 3 \n2023年购置。`,
  ])("part the figures of two lines: %j", (text) => {
    const out = compact(text).text;
    expect(out).not.toMatch(/128|32023/);
  });
});

describe("spaces ending a line of a double-spaced text", () => {
  const raw = fixtureText("henan/luoyang-jianxi-cpc-office-2024.txt")
    .split("\n")
    .slice(78, 216)
    .join("\n");

  it.each([
    ["969 \n\n.06万元。", "969.06"],
    ["96 \n\n9.06万元。", "969.06"],
  ])("part no figure's digits: %j", (split) => {
    expect(raw).toContain("收支预算\n\n969.06万元。");
    const text = raw.replace("收支预算\n\n969.06万元。", `收支预算${split}`);
    expect(henanProbe.placed(text)).toEqual(henanProbe.placed(raw));
    expect(henanProbe.alarms(text)).toEqual([]);
  });

  it("a wrong figure split there is caught", () => {
    const text = raw.replace("收支预算\n\n969.06万元。", "收支预算99 \n\n6.06万元。");
    const alarms = henanProbe.alarms(text);
    expect(alarms.length).toBeGreaterThan(0);
    expect(alarms[0]).toContain("969.06万元");
    expect(alarms[0]).toContain("99 6.06万元");
  });
});
