/**
 * A count of one of the department's units (`XX中心共2个项目`, `XX中心共有车辆1辆`, a count under the
 * unit's own heading) is the unit's, as its amounts are: never compared with the department's count
 * of the same thing (narrative.consistent), with the targets of every project (targets.narrative),
 * or read as the department's for a plausibility. The department's own count, said twice with two
 * values or against the targets, is still caught. Checked on the Henan department as two units
 * (11 projects, 287.00 in all; 人武部: 2 projects, 160.00).
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { withNarrative } from "../src/narrative";
import { checkDisclosure, henan2024Profile, renderFinding } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";
import { SECOND_UNIT, twoUnits } from "./support/two-units";

const profile = withNarrative(henan2024Profile);
const two = fixtureDisclosure(twoUnits(henan2024Fixture), henan2024).disclosure;
const body = henan2024Fixture.narrative;
const ASSETS = "（四）国有资产占用情况\n";
const VEHICLES = "单位价值100万元以上专用设备0套。";

/** The findings above info on the fixture's 情况说明 with `from` replaced by `to`. */
function alarms(from: string, to: string): string[] {
  expect(body).toContain(from);
  const text = body.replace(from, to);
  return checkDisclosure(
    { ...two, texts: [{ title: "情况说明", body: text }] },
    { profile, template: henan2024, catalog: catalog2024 },
  )
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId}: ${renderFinding(f, profile.rules, "zh-CN", henan2024)}`);
}
const baseline = alarms(ASSETS, ASSETS);
const added = (from: string, to: string) => alarms(from, to).filter((a) => !baseline.includes(a));

describe("a named unit's count in a two-unit department's 情况说明", () => {
  it.each([
    [ASSETS, `${ASSETS}${SECOND_UNIT}共2个项目，涉及预算拨款160.00万元。\n`],
    [ASSETS, `${ASSETS}${SECOND_UNIT}2024年共安排项目2个，涉及资金160.00万元。\n`],
    [ASSETS, `${ASSETS}其中：${SECOND_UNIT}实行绩效目标管理的项目共2个，金额160.00万元。\n`],
    [
      ASSETS,
      `${ASSETS}十一、${SECOND_UNIT}预算绩效情况说明\n本单位共2个项目实行绩效目标管理，涉及金额160.00万元。\n`,
    ],
    [VEHICLES, `${VEHICLES}\n2023年期末，${SECOND_UNIT}共有车辆1辆。`],
    [VEHICLES, `${VEHICLES}截至2023年底，${SECOND_UNIT}共有车辆1辆，其中：一般公务用车1辆。`],
    [VEHICLES, `${VEHICLES}\n2023年期末，${SECOND_UNIT}共有车辆0辆。`],
    [VEHICLES, `${VEHICLES}\n2023年期末，${SECOND_UNIT}共有车辆1辆，其中：一般公务用车1辆。`],
    [VEHICLES, `${VEHICLES}\n2023年期末，所属单位共有车辆1辆，其中：一般公务用车1辆。`],
  ])("is the unit's, no alarm: %#", (from, to) => {
    expect(added(from, to)).toEqual([]);
  });

  it("a unit's count of no vehicles is not the department's (no plausibility warning on its running costs)", () => {
    const only = (count: string) =>
      checkDisclosure(
        {
          ...two,
          texts: [
            { title: "情况说明", body: `公务用车运行维护费4.00万元。2023年期末，${count}。` },
          ],
        },
        { profile, template: henan2024, catalog: catalog2024 },
      ).findings.filter((f) => f.ruleId.startsWith("plausibility.") && f.severity !== "info");
    expect(only(`${SECOND_UNIT}共有车辆0辆`)).toEqual([]);
    expect(only("本部门共有车辆0辆").length).toBeGreaterThan(0);
  });

  it("the department's own count, said again with another value, is still caught", () => {
    const a = added(VEHICLES, `${VEHICLES}\n2023年期末，本部门共有车辆3辆。`);
    expect(a).toHaveLength(1);
    expect(a[0]).toMatch(/^narrative\.consistent: .*3辆/u);
  });

  it("a unit's count said twice with two values is caught", () => {
    const a = added(
      VEHICLES,
      `${VEHICLES}\n2023年期末，${SECOND_UNIT}共有车辆1辆。2023年期末，${SECOND_UNIT}共有车辆3辆。`,
    );
    expect(a).toHaveLength(1);
    expect(a[0]).toMatch(/^narrative\.consistent: .*3辆/u);
  });

  it("the department's wrong count of projects is still caught beside a unit's", () => {
    const a = added(
      ASSETS,
      `${ASSETS}${SECOND_UNIT}共2个项目，涉及预算拨款160.00万元。本部门共12个项目实行绩效目标管理。\n`,
    );
    expect(a, a.join("\n")).toHaveLength(2);
    expect(a[0]).toMatch(/^narrative\.consistent: .*12个.*11个/u);
    expect(a[1]).toMatch(/^targets\.narrative: .*12 个项目.*11 个/u);
  });
});
