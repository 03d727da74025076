/**
 * Units joined into a group before one figure (`本级、某县第一中学支出预算260.00万元`): the figure
 * is the sum over those units, the department's whole only when the group names every unit. The
 * Henan fixture as two units with rows (test/support/two-units.ts) and a third the caller lists
 * (涧西区第一中学, no rows): a group of some of them was read as the department and compared with
 * its 969.06 (a false narrative.amount on a correct sentence); it is left unplaced. A group of all
 * of them is still the department, its wrong figure still caught.
 */
import { describe, expect, it } from "vitest";
import { henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { probe } from "./support/narrative-alarms";
import { DEPARTMENT, SECOND_UNIT, twoUnits } from "./support/two-units";

const SCHOOL = "涧西区第一中学";
const two = twoUnits(henan2024Fixture);
const three = {
  ...two,
  meta: {
    ...two.meta,
    units: [...(two.meta.units ?? []), { code: "116003", name: SCHOOL, unitKind: "事业" as const }],
  },
};
// the narrative rules alone (the tables' own rules take most of the time)
const { alarms, placed } = probe(three, henan2024, { ...henan2024Profile, rules: [] });

describe("a group of some of the department's units is not the department", () => {
  it.each([
    `本级、${SCHOOL}支出预算260.00万元。`,
    `${SECOND_UNIT}、${SCHOOL}2024年支出预算合计260.00万元，比上年增加10.00万元。`,
    `${DEPARTMENT}本级和${SCHOOL}收入预算260.00万元，其中一般公共预算拨款收入260.00万元。`,
    `2024年支出预算969.06万元，其中：本级、${SCHOOL}支出预算260.00万元。`,
  ])("%s: left unplaced", (text) => {
    expect(alarms(text)).toEqual([]);
    expect(placed(text).filter((f) => f.includes("260.00"))).toEqual([]);
  });

  it.each([
    `本级、${SECOND_UNIT}和${SCHOOL}支出预算969.06万元。`,
    `本级及所属单位支出预算969.06万元。`,
    `本部门包括本级、${SCHOOL}，2024年支出预算969.06万元。`,
  ])("%s: every unit, the department's", (text) => {
    expect(alarms(text)).toEqual([]);
    expect(placed(text)).toEqual(["spending = 969.06万元"]);
  });

  it("bites: every unit's group with a wrong figure is caught", () => {
    expect(alarms(`本级、${SECOND_UNIT}和${SCHOOL}支出预算996.06万元。`)).toEqual([
      expect.stringMatching(/^narrative\.amount: .*表中为 969\.06万元/u),
    ]);
  });
});
