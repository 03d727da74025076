/**
 * A 情况说明 by unit sections (`（一）XX办公室`, `（二）XX人武部`) in a department of several units,
 * one of them its own level named as the department is (`XX办公室机关`, `XX办公室本级`, or the
 * department's very name): a heading naming the department alone among headings of its level
 * that name units opens the own unit's section, its figures compared with that unit's rows (was:
 * the department's, a false narrative.amount error: 809.06 against the department's 969.06); the
 * department's name in the body of that section is that unit alike. A heading naming the
 * department with no unit's heading beside it is still the department's, and a wrong figure under
 * the own unit's heading is still found against the unit's rows.
 */
import { describe, expect, it } from "vitest";
import { henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { probe } from "./support/narrative-alarms";
import { DEPARTMENT, SECOND_UNIT, twoUnits } from "./support/two-units";

const SHORT = "中共洛阳市涧西区委办公室";
const OWN_NAMES = [`${DEPARTMENT}机关`, `${DEPARTMENT}本级`, DEPARTMENT];

describe.each(OWN_NAMES)("the own unit named %s", (own) => {
  const two = probe(twoUnits(henan2024Fixture, own), henan2024, henan2024Profile);

  it.each([
    `（一）${DEPARTMENT}\n2024年收入预算809.06万元。\n（二）${SECOND_UNIT}\n2024年收入预算160.00万元。`,
    `（一）${SHORT}\n2024年收入预算809.06万元。\n（二）${SECOND_UNIT}\n2024年收入预算160.00万元。`,
    `一、${SHORT}\n${SHORT}2024年收入预算809.06万元。\n二、${SECOND_UNIT}\n2024年收入预算160.00万元。`,
    `（二）${SECOND_UNIT}\n2024年收入预算160.00万元。\n（一）${SHORT}\n2024年收入预算809.06万元。`,
  ])("a department's heading among units' headings is the own unit's: %s", (body) => {
    expect(two.alarms(body)).toEqual([]);
    expect(two.placed(body)).toEqual([
      expect.stringContaining("org=116"),
      expect.stringContaining("org=116"),
    ]);
    expect(two.placed(body).join()).toContain("org=116001 = 809.06万元");
  });

  it.each([
    `一、${DEPARTMENT}\n2024年收入预算969.06万元。`,
    `一、${SHORT}\n2024年收入预算969.06万元。\n二、其他重要事项\n2024年收入预算969.06万元。`,
    `一、${SHORT}\n2024年收入预算969.06万元。\n（一）${SECOND_UNIT}\n2024年收入预算160.00万元。`,
  ])(
    "a department's heading with no unit's heading of its level stays the department's: %s",
    (body) => {
      expect(two.alarms(body)).toEqual([]);
      expect(two.placed(body)[0]).toBe("revenue = 969.06万元");
    },
  );

  it("a wrong figure under the own unit's heading is found against the unit's rows", () => {
    const alarms = two.alarms(
      `（一）${SHORT}\n2024年收入预算800.00万元。\n（二）${SECOND_UNIT}\n2024年收入预算160.00万元。`,
    );
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toContain("表中为 809.06万元");
  });
});
