/**
 * Counts printed in Chinese numerals (`共十二个项目`, `共有车辆三辆`, `两个`, `二十一项`) are read as
 * the same counts in digits; numerals that count nothing (`一般公共预算`, `一级指标`, `十三五`,
 * `第三季度`, `三公经费`, `同一个项目`) are no count and no unplaced number either.
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

const counts = (text: string) => read(text).claims.filter((c) => c.startsWith("count"));

describe("counts in Chinese numerals", () => {
  it.each([
    ["本部门共有车辆三辆。", "count vehicles - 3辆 current"],
    ["本部门共有车辆3辆。", "count vehicles - 3辆 current"],
    ["2024年共十二个项目实行绩效目标管理。", "count projects - 12个 current"],
    ["2024年共12个项目实行绩效目标管理。", "count projects - 12个 current"],
    ["实行绩效目标管理的项目二十一个。", "count projects - 21个 current"],
    ["实行绩效目标管理的项目共二十一项。", "count projects - 21项 current"],
    ["实行绩效目标管理的项目共21项。", "count projects - 21项 current"],
    ["本部门共有两个项目。", "count projects - 2个 current"],
    ["本部门共有一个项目。", "count projects - 1个 current"],
    ["本部门共有车辆两辆。", "count vehicles - 2辆 current"],
    ["本部门现有车辆零辆。", "count vehicles - 0辆 current"],
    ["2024年计划购置一辆执法执勤用车。", "count vehicles.purchase - 1辆 current"],
    ["2024年计划购置车辆一辆。", "count vehicles.purchase - 1辆 current"],
    ["本部门共有一百零五个项目。", "count projects - 105个 current"],
  ])("%s", (text, claim) => {
    expect(counts(text)).toEqual([claim]);
  });

  it.each([
    "一般公共预算支出969.06万元。",
    "一级指标为产出指标。",
    "“十三五”期间共完成项目。",
    "第三季度完成项目验收。",
    "三公经费预算为零。",
    "同一个项目不得重复申报。",
    "每一个项目均设定绩效目标。",
    "另一个项目已完成。",
    "按照一个项目一个方案实施。",
    "本部门开展了三项改革，一次性完成。",
    "十几个项目已完成。",
    "约三个项目。",
    "建设一套信息系统，采购两台设备。",
    "项目两个方面的内容。",
    "开展项目三项检查。",
  ])("no count, nothing unplaced: %s", (text) => {
    const r = read(text);
    expect(r.claims.filter((c) => c.startsWith("count"))).toEqual([]);
    expect(r.unplaced.filter((u) => !/\d/u.test(u.split(" ")[2] ?? ""))).toEqual([]);
  });
});
