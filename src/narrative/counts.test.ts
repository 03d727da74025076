/**
 * Which counts are the count of all projects or all vehicles: the counted noun itself next to the
 * number; kinds, parts, sub-units and changes of a count are not it.
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

const counts = (text: string) => read(text).claims.filter((c) => c.startsWith("count"));

describe("extractClaims: a count of projects is one where 项目 itself is counted", () => {
  const HEAD = "2024年本部门对项目支出全面实施绩效目标管理，涉及预算拨款287.00万元，共11个项目";
  it.each([
    `${HEAD}，设置绩效指标56个。`,
    `${HEAD}，覆盖所属2个单位。`,
    `${HEAD}；部门整体支出绩效目标1个。`,
    `${HEAD}，涉及二级项目明细32项，覆盖3个处室。`,
    `${HEAD}\n2024年部门预算由本级预算和所属1个事业单位预算组成。`,
  ])("other things counted beside it are not projects: %s", (text) => {
    expect(counts(text)).toEqual(["count projects - 11个 current"]);
  });

  it.each([
    ["共11个项目。", "count projects - 11个 current"],
    ["本单位编报绩效目标的项目共12个。", "count projects - 12个 current"],
    ["实行绩效目标管理的项目11个。", "count projects - 11个 current"],
    ["纳入绩效目标管理的项目数量为9个。", "count projects - 9个 current"],
    ["涉及项目11个。", "count projects - 11个 current"],
    ["2024年共安排项目12个。", "count projects - 12个 current"],
    ["2024年本部门共实施绩效目标管理项目12个。", "count projects - 12个 current"],
    ["2024年本部门部门预算项目共12个。", "count projects - 12个 current"],
    ["2024年本部门编报绩效目标项目12个。", "count projects - 12个 current"],
  ])("all projects: %s", (text, claim) => {
    expect(counts(text)).toEqual([claim]);
  });

  it.each([
    [`${HEAD}，其中重点项目1个。`, "其中重点项目"],
    [`${HEAD}，其中：其他运转类项目3个，特定目标类项目8个。`, "其他运转类"],
    [`${HEAD}，其中新增项目2个、延续项目9个。`, "其中新增项目"],
  ])("a kind of project is a category, not all of them: %s", (text, category) => {
    const all = counts(text);
    expect(all[0]).toBe("count projects - 11个 current");
    expect(all.slice(1).every((c) => !c.startsWith("count projects - "))).toBe(true);
    expect(all[1]).toContain(category);
  });

  it.each([
    "2024年本部门实行绩效目标管理的项目11个，涉及预算拨款287.00万元，较上年增加2个。",
    "2024年本部门实行绩效目标管理的项目11个，比上年减少1个。",
    "截至2023年12月31日，本部门共有车辆2辆，比上年减少1辆。",
  ])("a change of a count is not a count: %s", (text) => {
    expect(counts(text)).toHaveLength(1);
  });
});

describe("extractClaims: a count of vehicles of a kind or an owner is a part", () => {
  const HEAD = "截至2023年12月31日，本部门共有车辆2辆";
  it.each([
    `${HEAD}，其中：一般公务用车1辆、执法执勤车辆1辆。`,
    `${HEAD}（含救护车1辆）。`,
    `${HEAD}，其中：机关本级2辆，所属单位0辆。`,
    `${HEAD}，机关本级2辆，所属单位0辆。`,
    `${HEAD}，其中特种专业技术用车1辆，应急保障车辆1辆。`,
    `${HEAD}，下属事业单位1辆。`,
  ])("only the first is all vehicles: %s", (text) => {
    const all = counts(text);
    expect(all[0]).toBe("count vehicles - 2辆 prior");
    // the others are parts, or the sub-units' (left as a unit's part: `下属事业单位1辆`)
    expect(all.length + read(text).unplaced.length).toBeGreaterThan(1);
    expect(all.slice(1).every((c) => !c.startsWith("count vehicles - "))).toBe(true);
  });

  it.each([
    ["本单位共有车辆3辆。", "count vehicles - 3辆 current"],
    ["本部门车辆3辆。", "count vehicles - 3辆 current"],
    ["2024年安排购置车辆1辆。", "count vehicles.purchase - 1辆 current"],
    ["2024年计划购买车辆1辆。", "count vehicles.purchase - 1辆 current"],
    [
      "2024年，某某局所属各预算单位开支财政拨款的公务用车保有量为0辆。",
      "count vehicles - 0辆 current",
    ],
    ["2024年，本部门（含机关本级及所属单位）共有车辆0辆。", "count vehicles - 0辆 current"],
    ["2024年，本部门及所属单位共有车辆0辆。", "count vehicles - 0辆 current"],
    ["2024年，本部门共占有使用车辆0辆。", "count vehicles - 0辆 current"],
    ["2024年，本部门公务车辆0辆。", "count vehicles - 0辆 current"],
    // the document's own organ is the document, not a kind of vehicle
    ["本部门机关车辆0辆。", "count vehicles - 0辆 current"],
    ["本单位机关车辆2辆。", "count vehicles - 2辆 current"],
    ["本部门车辆0辆。", "count vehicles - 0辆 current"],
    ["本部门机关车辆保有量3辆。", "count vehicles - 3辆 current"],
  ])("all vehicles: %s", (text, claim) => {
    expect(counts(text)).toEqual([claim]);
  });

  it.each([
    ["本部门机关车辆0辆，所属单位车辆3辆。", "count vehicles 本部门机关车辆 0辆 current"],
    ["本部门共有车辆3辆，其中本部门机关车辆0辆。", "count vehicles 其中本部门机关车辆 0辆 current"],
    ["机关车辆2辆。", "count vehicles 机关车辆 2辆 current"],
  ])("the organ beside its sub-units (or alone) is a part: %s", (text, claim) => {
    expect(counts(text)).toContain(claim);
  });

  it.each([
    "截至2023年底，本部门机关车辆保有量0辆，所属单位车辆保有量3辆。",
    "截至2023年12月31日，部门机关车辆保有量为0辆，所属单位车辆保有量为3辆。",
    "截至2023年12月31日，机关共有车辆0辆，所属单位共有车辆3辆。",
    "截至2023年底，局机关共有车辆0辆，下属单位共有车辆3辆。",
    "截至2023年底，所属事业单位共有车辆3辆，机关共有车辆0辆。",
    "截至2023年底，所属单位车辆3辆，本部门机关车辆0辆。",
    "截至2023年底，机关车辆总数0辆，二级单位车辆数为3辆。",
  ])(
    "the organ's count beside its sub-units' (words between noun and count, either order) is no total: %s",
    (text) => {
      const all = counts(text);
      // the sub-units' count is theirs (left as a unit's part), never the department's
      expect(all.length + read(text).unplaced.length).toBe(2);
      expect(all.filter((c) => c.startsWith("count vehicles - "))).toEqual([]);
    },
  );

  it.each([
    ["截至2023年底，本部门车辆保有量为0辆。", "count vehicles - 0辆 prior"],
    ["截至2023年底，本部门车辆总数为2辆。", "count vehicles - 2辆 prior"],
    ["截至2023年底，本部门机关车辆保有量为0辆。", "count vehicles - 0辆 prior"],
  ])("the words between noun and count leave the document's count whole: %s", (text, claim) => {
    expect(counts(text)).toEqual([claim]);
  });
});
