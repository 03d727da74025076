/**
 * A budget's count of vehicles and the kinds its `其中` lists (`共有车辆5辆，其中：一般公务用车3辆、
 * 执法执勤用车2辆`): the kinds never add up to more than the count (never required to add up to it:
 * a list may leave kinds out, even one naming 其他用车, a kind of its own). Before, nothing summed them (the 决算's
 * 十一(三) check is its own). Lists the reader cannot tell complete or flat (a unit's vehicles, an
 * aside, a kind beside a kind it is a part of) are not summed. Checked on the Henan fixture's tables.
 */
import { describe, expect, it } from "vitest";
import { henanProbe } from "./support/narrative-alarms";

const LEAD = "2023年期末，中共洛阳市涧西区委办公室";
const TAIL = "单位价值50万元以上通用设备0套，单位价值100万元以上专用设备0套。";
const body = (list: string) => `${LEAD}${list}；${TAIL}`;

describe("vehicles by kind against the count", () => {
  it.each([
    "共有车辆5辆，其中：一般公务用车3辆、执法执勤用车2辆",
    "共有车辆5辆，其中：一般公务用车3辆、执法执勤用车1辆",
    "共有车辆5辆，其中一般公务用车3辆，执法执勤用车2辆",
    "车辆共5辆，其中：一般公务用车3辆、执法执勤用车2辆",
    "共有车辆 5 辆，其中： 一般公务用车 3 辆、执法执勤用车 2 辆",
    "共有车辆五辆，其中一般公务用车三辆、执法执勤用车两辆",
    "共有车辆5辆，其中：领导干部用车0辆、一般公务用车3辆、执法执勤用车2辆、特种专业技术用车0辆、其他用车0辆",
    "共有车辆5辆，其中：一般公务用车为3辆、其他用车为2辆",
    "共有车辆2辆，其中：一般公务用车2辆",
    // 其他用车 is a kind of its own, not the rest: a list naming it may still leave kinds out
    "共有车辆10辆，其中：执法执勤用车5辆、其他用车2辆",
    "共有车辆6辆，其中：一般公务用车3辆、执法执勤用车2辆、其他用车0辆",
    // asides and nested parts: the list ends there (never a false sum)
    "共有车辆5辆，其中：一般公务用车3辆，其中新能源汽车3辆；执法执勤用车2辆",
    "共有车辆5辆，其中：一般公务用车3辆（含机要通信用车1辆、应急保障用车2辆）、其他用车2辆",
    // a kind with its parts, flat: not summed
    "共有车辆5辆，其中：一般公务用车3辆、机要通信用车1辆、应急保障用车2辆、其他用车2辆",
    // a unit's vehicles: not the department's kinds
    "共有车辆5辆，其中：某中心一般公务用车3辆、某所一般公务用车4辆",
  ])("a right or unsummed list gives no alarm: %s", (list) => {
    expect(henanProbe.alarms(body(list))).toEqual([]);
  });

  it.each([
    ["共有车辆5辆，其中：一般公务用车3辆、执法执勤用车3辆", "6辆"],
    ["本部门车辆共5辆，其中一般公务用车4辆，执法执勤用车2辆", "6辆"],
    ["共有车辆五辆，其中一般公务用车三辆、执法执勤用车三辆", "6辆"],
    [
      "共有车辆5辆，其中：领导干部用车0辆、一般公务用车3辆、执法执勤用车3辆、特种专业技术用车0辆、其他用车0辆",
      "6辆",
    ],
  ])("a wrong count is caught: %s", (list, sum) => {
    const alarms = henanProbe.alarms(body(list));
    expect(alarms, alarms.join("\n")).toHaveLength(1);
    expect(alarms[0]).toMatch(/^narrative\.consistent: /u);
    expect(alarms[0]).toContain(`合计 ${sum}`);
  });

  it("vehicles to buy, by kind", () => {
    const buy = (n: string) =>
      `2024年拟购置车辆2辆，其中：执法执勤用车${n}辆、其他用车0辆。${LEAD}共有车辆2辆。`;
    expect(henanProbe.alarms(buy("2"))).toEqual([]);
    expect(henanProbe.alarms(buy("1"))).toEqual([]);
    expect(henanProbe.alarms(buy("3"))).toHaveLength(1);
  });
});
