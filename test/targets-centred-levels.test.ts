/**
 * A 一级 cell merged down a group of indicator rows, its text extracted on a middle row of the
 * group (centred vertically) rather than the first: the rows of the project above the first 一级
 * printed, with neither 一级 nor 二级 of their own, are under it. No `blank-level1` on a correct
 * table; an indicator of a project that prints no 一级 at all is still caught.
 */
import { describe, expect, it } from "vitest";
import { validateTargets } from "../src/performance";
import type { PrintedTable } from "../src/printed";
import { henan2024 } from "../src/templates";
import { readPrintedTargets as read } from "./support/disclosures";

const H = ["项目名称", "资金总额", "一级指标", "二级指标", "三级指标", "指标值"];
const table = (rows: readonly (readonly string[])[]): PrintedTable => ({
  title: "2025年项目支出绩效目标表",
  unit: "万元",
  headers: H,
  rows: rows.map((r) => [...r]),
});

describe("a 一级 printed on a middle row of its merged cell", () => {
  it.each([
    [
      "一级 and 二级 on the second row",
      [
        ["农村饮水安全维修养护", "80.00", "", "", "维修工程处数", "≥20处"],
        ["", "", "产出指标", "数量指标", "维修泵站", "≥3座"],
        ["", "", "", "", "维修管网", "≥10公里"],
        ["", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
      ],
    ],
    [
      "一级 on the third row, no 二级 column printed",
      [
        ["城乡环境综合整治", "50.00", "", "", "整治点位数", "≥30个"],
        ["", "", "", "", "垃圾清运量", "≥1万吨"],
        ["", "", "产出指标", "", "验收合格率", "100%"],
        ["", "", "满意度指标", "", "群众满意度", "≥90%"],
      ],
    ],
    [
      "in the second project of a table",
      [
        ["驻村帮扶经费", "36.00", "产出指标", "数量指标", "派驻人数", "≥6人"],
        ["", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
        ["老旧小区改造", "500.00", "", "", "改造小区数量", "≥5个"],
        ["", "", "产出指标", "时效指标", "完成时间", "2025年12月底前"],
        ["", "", "满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
      ],
    ],
  ])("%s", (_, rows) => {
    const { targets, left } = read([table(rows)], henan2024);
    expect(left).toEqual([]);
    const last = targets?.projects.at(-1);
    expect(last?.indicators[0]?.level1).toBe("产出指标");
    expect(targets === undefined ? ["none"] : validateTargets(targets)).toEqual([]);
  });

  it("bites: a project printing no 一级 at all is still blank, and one project's 一级 never reaches another", () => {
    const { targets } = read(
      [
        table([
          ["驻村帮扶经费", "36.00", "", "", "派驻人数", "≥6人"],
          ["", "", "", "", "群众满意度", "≥90%"],
          ["老旧小区改造", "500.00", "", "", "改造小区数量", "≥5个"],
          ["", "", "产出指标", "数量指标", "改造户数", "≥300户"],
        ]),
      ],
      henan2024,
    );
    const problems = targets === undefined ? [] : validateTargets(targets);
    expect(problems.filter((p) => p.code === "blank-level1").map((p) => p.path)).toEqual([
      ["projects", 0, "indicators", 0, "level1"],
      ["projects", 0, "indicators", 1, "level1"],
    ]);
    expect(targets?.projects[1]?.indicators[0]?.level1).toBe("产出指标");
  });
});
