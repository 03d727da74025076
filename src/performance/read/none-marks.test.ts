/**
 * Forms printing every 二级 of the national framework, with marks for nothing (`/`, `—`, `无`, …)
 * in the 三级 and 指标值 of those the project sets no indicator under: such rows set no indicator
 * (were read as indicators named `/`, so a project whose only 满意度 row was `/` passed as having
 * a 满意度 indicator). A real indicator with one mark (`安全事故 | 无`) is kept.
 */
import { describe, expect, it } from "vitest";
import { henan2024 } from "../../templates";
import { readTargets } from "./read";
import { ind, project, table } from "./test-support";

const row = (level1: string, level2: string, name: string, value: string) => ({
  "indicator.level1": level1,
  "indicator.level2": level2,
  "indicator.name": name,
  "indicator.value": value,
});

const MARKS = ["/", "／", "—", "——", "-", "－", "无", "空", " / "];

describe("rows of marks for nothing in a 绩效 table", () => {
  it.each(MARKS)("%s in the 三级 and the 指标值: no indicator", (mark) => {
    const t = table("projectTargets", [
      project("甲", { total: "3.00", ...row("产出指标", "数量指标", "次数", "≥2次") }),
      ind(0, row("产出指标", "质量指标", mark, mark)),
      ind(1, row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%")),
      ind(2, row("效益指标", "生态效益指标", mark, mark)),
    ]);
    const r = readTargets([t], henan2024);
    expect(r.targets?.projects[0]?.indicators.map((i) => i.name)).toEqual([
      "次数",
      "服务对象满意度",
    ]);
  });

  it("keeps an indicator printing one mark beside a name or a value", () => {
    const t = table("projectTargets", [
      project("甲", { total: "3.00", ...row("效益指标", "社会效益指标", "安全事故", "无") }),
      ind(0, row("满意度指标", "服务对象满意度指标", "/", "≥95%")),
    ]);
    const r = readTargets([t], henan2024);
    expect(r.targets?.projects[0]?.indicators.map((i) => [i.name, i.value])).toEqual([
      ["安全事故", "无"],
      ["/", "≥95%"],
    ]);
  });
});
