/**
 * False alarms that `narrative.consistent` must not raise: a count of what is done to some of the
 * vehicles or projects (`计划处置1辆`, `更新0辆`, `拟开展重点绩效评价项目2个`) or a count at another
 * date (`2023年初…3辆`, `截至2023年12月31日…2辆`) is not the count of all of them held. Two counts
 * of all of them at one date (or none printed) that differ are still an error.
 */
import { describe, expect, it } from "vitest";
import { findings } from "../../rules/test-support";
import { read } from "../test-support";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.consistent");
const found = (body: string) =>
  findings(check(disclosure([], body)), "narrative.consistent").map((f) => [
    f.params.expected,
    f.params.actual,
  ]);

describe("a count of an action's or another date's is another count", () => {
  it.each([
    "本部门共有车辆2辆，2024年计划处置1辆、更新0辆。",
    "本部门共有车辆2辆，2024年计划处置1辆。",
    "本部门共有车辆2辆。2024年计划更新车辆0辆。",
    "本部门共有车辆2辆，拟报废车辆1辆，调剂车辆1辆。",
    "本单位现有公务用车3辆，2024年拟淘汰更新1辆。",
    "本部门共有车辆2辆，2023年划转车辆1辆。",
    "实行绩效目标管理的项目11个。拟开展重点绩效评价项目2个。",
    "实行绩效目标管理的项目11个。重点绩效评价项目2个。",
    "实行绩效目标管理的项目11个。开展绩效评价的项目2个。",
    "实行绩效目标管理的项目11个，涉及资金287.00万元；开展事前绩效评估的项目2个。",
    "2024年共安排项目12个，其中开展绩效自评的项目12个，部门评价项目3个。",
    "2023年初本部门共有车辆3辆，截至2023年12月31日，本部门共有车辆2辆。",
    "截至2023年6月30日，本部门共有车辆3辆；截至2023年12月31日，本部门共有车辆2辆。",
    "2023年末本单位共有车辆2辆，2023年初共有车辆3辆。",
  ])("no finding: %s", (body) => {
    expect(found(body)).toEqual([]);
  });

  it.each([
    ["本部门共有车辆2辆，2024年计划处置1辆、更新0辆。", ["2024年计划处置", "更新"]],
    ["实行绩效目标管理的项目11个。拟开展重点绩效评价项目2个。", ["拟开展重点绩效评价"]],
  ])("the action's counts are categories: %s", (body, categories) => {
    const categorised = read(body).claims.filter(
      (c) => c.startsWith("count") && !c.includes(" - "),
    );
    expect(categorised).toHaveLength(categories.length);
  });
});

describe("two counts of all of them still disagree", () => {
  it.each([
    ["本单位共有车辆2辆。\n截至目前，本单位共有车辆3辆。", "2辆", "3辆"],
    ["截至2023年12月31日，本部门共有车辆2辆。截至2023年12月31日，本部门车辆3辆。", "2辆", "3辆"],
    ["实行绩效目标管理的项目11个。本部门共安排项目12个。", "11个", "12个"],
    ["2024年计划处置车辆1辆。本部门共有车辆2辆，本部门共有车辆3辆。", "2辆", "3辆"],
  ])("an error: %s", (body, expected, actual) => {
    expect(found(body)).toEqual([[expected, actual]]);
  });
});
