/**
 * How far a unit named in a 情况说明 sentence reaches (the review of the unit claims): units joined
 * into a group (`XX局本级和XX中心`) are the department's whole, a unit named in a clause that
 * prints no figure of it (`根据XX中心工作需要，`, `主要是XX中心新增项目，`) scopes nothing past that
 * clause, `本级` before 预算 / 拨款 / 财力 is the government's level, and a one-unit department's
 * unit by any name is the department. Each sentence is right about the two-unit Henan department
 * (969.06 in all; 人武部 160.00), or, with a digit swapped, still caught.
 */
import { describe, expect, it } from "vitest";
import { henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { probe } from "./support/narrative-alarms";
import { twoUnits } from "./support/two-units";

const two = probe(twoUnits(henan2024Fixture), henan2024, henan2024Profile);
const DEPT = "中国共产党洛阳市涧西区委员会办公室";
const ARMED = "洛阳市涧西区人民武装部";

describe("a unit's reach in a two-unit department's 情况说明", () => {
  it.each([
    `本部门包括${DEPT}本级和${ARMED}，2024年支出预算969.06万元。`,
    `纳入本部门预算编制范围的单位有${DEPT}本级、${ARMED}共2个单位，收入预算969.06万元。`,
    `${DEPT}本级和${ARMED}2024年收入预算合计969.06万元。`,
    `本部门含机关本级和所属单位，支出预算969.06万元。`,
    `本部门预算由机关本级及${ARMED}组成，支出预算969.06万元。`,
    `本部门包括本级和${ARMED}，支出预算969.06万元。`,
    `2024年支出预算969.06万元，主要是${ARMED}新增项目，支出预算969.06万元中项目支出287.00万元。`,
    `因${ARMED}划入，本部门2024年支出预算969.06万元。`,
    `根据${ARMED}工作需要，2024年收入预算969.06万元。`,
    `${ARMED}：暂无；本部门支出预算969.06万元。`,
    `2024年收支预算969.06万元，均为本级财力安排。`,
    `支出预算969.06万元，其中：本级预算拨款969.06万元。`,
    `${ARMED}支出预算160.00万元，全部门支出预算969.06万元。`,
    `本级支出预算809.06万元，所属单位支出预算160.00万元，合计支出预算969.06万元。`,
  ])("no alarm: %s", (text) => {
    expect(two.alarms(text)).toEqual([]);
  });

  it.each([
    [`${ARMED}支出预算170.00万元，全部门支出预算969.06万元。`, "160.00"],
    [`${ARMED}支出预算160.00万元，全部门支出预算996.06万元。`, "969.06"],
    [`根据${ARMED}工作需要，2024年收入预算996.06万元。`, "969.06"],
  ])("a wrong figure is still caught: %s", (text, expected) => {
    const alarms = two.alarms(text);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toContain(`表中为 ${expected}万元`);
  });
});

describe("a one-unit department's unit, by another name than the department's", () => {
  const oneUnit = (name: string): DisclosureFixture => ({
    ...henan2024Fixture,
    meta: { ...henan2024Fixture.meta, units: [{ code: "116001", name, unitKind: "行政" }] },
  });
  it.each([
    ["中共洛阳市涧西区委办公室", "中共洛阳市涧西区委办公室2024年支出预算"],
    ["涧西区委办公室", "涧西区委办公室2024年收入预算"],
  ])("is the department: its figure is compared (%s)", (unit, words) => {
    const p = probe(oneUnit(unit), henan2024, henan2024Profile);
    expect(p.alarms(`${words}969.06万元。`)).toEqual([]);
    expect(p.alarms(`${words}996.06万元。`)).toHaveLength(1);
  });
});
