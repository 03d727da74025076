/**
 * An indicator's 分值 / 权重 (its weight in the score) as printers head it, in a 项目支出绩效目标表
 * and a 部门整体绩效目标表: kept beside the value, never an unknown column's unread cells.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { henan2024 } from "../src/templates";
import { readPrintedTargets as read } from "./support/disclosures";

describe("a table printing each indicator's 分值 / 权重 (its weight in the score)", () => {
  const project = (weight: string, rows: readonly (readonly string[])[]): PrintedTable => ({
    title: "2024年项目支出绩效目标表",
    unit: "万元",
    headers: ["项目名称", "资金总额", "一级指标", "二级指标", "三级指标", "指标值", weight],
    rows,
  });
  const department = (weight: string, rows: readonly (readonly string[])[]): PrintedTable => ({
    title: "部门（单位）整体绩效目标表",
    headers: ["一级指标", "二级指标", "三级指标", "指标值", weight],
    rows,
  });
  it.each([["分值"], ["权重（%）"], ["指标分值"], ["绩效指标/分值"]])(
    "keeps it beside the value, a project's and a department's (%s)",
    (header) => {
      const projects = read(
        [
          project(header, [
            ["2024年通联值班费", "10.00", "产出指标", "数量指标", "值班次数", "≥6次", "20"],
            ["", "", "满意度指标", "服务对象满意度指标", "满意度", "≥95%", "10分"],
          ]),
        ],
        henan2024,
      );
      expect(projects.left).toEqual([]);
      expect(projects.targets?.projects[0]?.indicators.map((i) => [i.value, i.weight])).toEqual([
        ["≥6次", "20"],
        ["≥95%", "10分"],
      ]);
      const whole = read(
        [department(header, [["产出指标", "重点工作任务完成", "公文办理", "按时办结", "30"]])],
        henan2024,
      );
      expect(whole.left).toEqual([]);
      expect(whole.targets?.department?.indicators[0]?.weight).toBe("30");
    },
  );

  it("a row printing a 分值 alone is no wrapped rest of the weight above: kept as an unread cell", () => {
    const { targets, left } = read(
      [
        department("分值", [
          ["产出指标", "重点工作任务完成", "公文办理", "按时办结", "30"],
          ["", "", "", "", "20"],
        ]),
      ],
      henan2024,
    );
    expect(targets?.department?.indicators.map((i) => i.weight)).toEqual(["30"]);
    // kept, as coverage: the row the printed reader could not place, the cell the reading did not
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((l) => l.includes("20"))).toBe(true);
  });
});
