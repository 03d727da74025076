/**
 * A unit the 情况说明 names otherwise than the tables do: by an abbreviation (`人武部` for
 * `洛阳市涧西区人民武装部`, `涧西区委办` for the department), or a unit the tables do not list at all
 * (`洛阳市涧西区档案馆`, `二、XX学校收支预算情况` as a heading over its figures). An abbreviation
 * of the department or of one unit is read as that one (its figures compared with its rows); a
 * unit the reader cannot match is never compared with the department's totals (coverage:
 * `unit-part`). The department's own figures, and a wrong figure of a matched unit, are still
 * caught. Against the two-unit Henan department (969.06 in all; 人武部 160.00).
 */
import { describe, expect, it } from "vitest";
import { henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { probe } from "./support/narrative-alarms";
import { twoUnits } from "./support/two-units";

const two = probe(twoUnits(henan2024Fixture), henan2024, henan2024Profile);
const one = probe(henan2024Fixture, henan2024, henan2024Profile);

describe("a unit named by an abbreviation is that unit", () => {
  it.each([
    ["人武部支出预算160.00万元。", "spending|org="],
    ["涧西区人武部2024年支出预算160.00万元，全部门支出预算969.06万元。", "spending|org="],
    ["其中：区人武部2024年支出预算160.00万元。", "spending|org="],
    ["涧西区委办2024年支出预算969.06万元。", "spending = 969.06万元"],
    ["中共涧西区委办公室2024年收入预算969.06万元。", "revenue = 969.06万元"],
  ])("%s: no alarm, placed on %s", (text, placed) => {
    expect(two.alarms(text)).toEqual([]);
    expect(two.placed(text)[0]).toContain(placed);
  });

  it.each([
    ["人武部支出预算170.00万元。", "160.00"],
    ["涧西区人武部2024年支出预算106.00万元。", "160.00"],
    ["涧西区委办2024年支出预算996.06万元。", "969.06"],
  ])("a wrong figure is still caught: %s", (text, expected) => {
    const alarms = two.alarms(text);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toContain(`表中为 ${expected}万元`);
  });
});

describe("a unit the reader cannot match is never compared with the department's", () => {
  it.each([
    "洛阳市涧西区档案馆支出预算50.00万元，比上年增加5.00万元。",
    "其中：区档案馆2024年收入预算50.00万元。",
    "涧西区机关事务服务中心2024年支出预算80.00万元。",
    "二、洛阳市涧西区第一中学收支预算情况\n2024年收入预算300.00万元，支出预算300.00万元。\n（一）收入预算情况\n收入预算300.00万元，其中一般公共预算拨款收入300.00万元。",
    "（二）涧西区档案馆预算情况\n2024年支出预算50.00万元。",
  ])("no alarm: %s", (text) => {
    expect(two.alarms(text)).toEqual([]);
    expect(two.placed(text)).toEqual([]);
  });

  it("a one-unit department's text naming another unit: the same", () => {
    const text = "涧西区档案馆2024年支出预算50.00万元。";
    expect(one.alarms(text)).toEqual([]);
    expect(one.placed(text)).toEqual([]);
  });

  it.each([
    // the next heading of the same level, or one naming the department, ends the unit's section
    [
      "二、洛阳市涧西区第一中学收支预算情况\n2024年支出预算300.00万元。\n三、其他重要事项的情况说明\n2024年支出预算996.06万元。",
      "969.06",
    ],
    [
      "一、洛阳市涧西区第一中学预算情况\n支出预算300.00万元。\n二、中共洛阳市涧西区委办公室预算情况\n支出预算996.06万元。",
      "969.06",
    ],
    // a sub-heading of the department's section naming no unit: still the department's
    ["一、部门预算情况\n（一）收入预算情况\n收入预算996.06万元。", "969.06"],
    // a unit's heading, then the matched unit's wrong figure
    ["二、区人武部预算情况\n2024年支出预算170.00万元。", "160.00"],
    // a name that only opens a clause with no measure after it scopes nothing
    ["根据涧西区档案馆工作安排，2024年支出预算996.06万元。", "969.06"],
  ])("the department's figure is still checked: %s", (text, expected) => {
    const alarms = two.alarms(text);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toContain(`表中为 ${expected}万元`);
  });
});
