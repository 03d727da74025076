/**
 * A heading that names a unit alone (`二、洛阳市涧西区人民武装部`, `（二）…`, `2.…`), with no words
 * after the name (`…收支预算情况`), scopes its section as one with them does: the figures under it
 * are that unit's, compared with the unit's rows, never with the department's. A wrong figure
 * under it is still found.
 */
import { describe, expect, it } from "vitest";
import { henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { probe } from "./support/narrative-alarms";
import { DEPARTMENT, SECOND_UNIT, twoUnits } from "./support/two-units";

const two = probe(twoUnits(henan2024Fixture), henan2024, henan2024Profile);

describe("a heading naming a unit alone scopes its section", () => {
  it.each([
    `二、${SECOND_UNIT}\n2024年收支预算160.00万元，全部为一般公共预算拨款。`,
    `（二）${SECOND_UNIT}\n2024年收入预算160.00万元，支出预算160.00万元。`,
    `一、${DEPARTMENT}本级\n2024年收入预算809.06万元。\n二、${SECOND_UNIT}\n2024年收入预算160.00万元，全部为项目支出。`,
    `2.${SECOND_UNIT}\n2024年支出预算160.00万元。`,
  ])("%s: no finding", (body) => {
    expect(two.alarms(body)).toEqual([]);
    expect(two.placed(body).join()).toContain("org=116002 = 160.00万元");
  });

  it("a wrong figure under it is found against the unit's rows", () => {
    const [alarm, ...rest] = two.alarms(`二、${SECOND_UNIT}\n2024年收入预算150.00万元。`);
    expect(rest).toEqual([]);
    expect(alarm).toContain("表中为 160.00万元");
  });

  it("the next heading of its level closes it", () => {
    expect(
      two.placed(
        `二、${SECOND_UNIT}\n2024年收入预算160.00万元。\n三、其他说明\n2024年收入预算969.06万元。`,
      ),
    ).toEqual(["revenue|org=116002 = 160.00万元", "revenue = 969.06万元"]);
  });
});

describe("a heading naming a unit alone by a name the tables do not print", () => {
  it.each([
    "二、区人武部\n2024年收入预算160.00万元，全部为项目支出。",
    "（二）涧西区人武部\n2024年支出预算160.00万元。",
    "2.人武部\n2024年收支预算160.00万元。",
  ])("%s: the unit it abbreviates", (body) => {
    expect(two.alarms(body)).toEqual([]);
    expect(two.placed(body).join()).toContain("org=116002 = 160.00万元");
  });

  it("a wrong figure under it is found against the unit's rows", () => {
    expect(two.alarms("二、区人武部\n2024年收入预算150.00万元。").join()).toContain(
      "表中为 160.00万元",
    );
  });

  it.each([
    "二、县第一中学\n2024年收入预算160.00万元。",
    "（三）城关镇中心校\n2024年支出预算50.00万元。",
  ])("%s: a unit the reader cannot name: its figures are not compared", (body) => {
    expect(two.alarms(body)).toEqual([]);
    expect(two.placed(body)).toEqual([]);
  });

  it.each([
    "二、其他说明\n2024年收入预算969.06万元。",
    "一、部门主要职责\n2024年收入预算969.06万元。",
  ])("%s: a heading of no unit scopes nothing", (body) => {
    expect(two.placed(body).at(-1)).toBe("revenue = 969.06万元");
  });
});
