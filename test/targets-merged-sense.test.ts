/**
 * A 指标值 printed in the 指标性质 / 指标方向 column: a qualitative value in a cell merged across
 * the comparison, value and unit columns (its text lands in the first of them, the 指标值 cell
 * left blank), or the text slipped one column left. The indicator has its value: no
 * `missing-value`; a value truly blank (or a 性质 of `定性` alone) is still missing.
 */
import { describe, expect, it } from "vitest";
import { validateTargets } from "../src/performance";
import { valueInSense } from "../src/performance/value/columns";
import { henan2024 } from "../src/templates";
import { readPrintedTargets as read } from "./support/disclosures";
import { senseHeaders, senseTable as table } from "./support/sense-columns";

const HEADERS = senseHeaders("指标性质", "度量单位");

describe("a value printed in the 指标性质 column, the 指标值 cell blank", () => {
  it.each(["较上年提高", "有效提升", "按时完成", "≥95%"])("%s", (sense) => {
    expect(valueInSense(sense)).toBe(true);
  });

  it.each([
    ["指标性质", HEADERS],
    ["指标方向", senseHeaders("指标方向", "计量单位")],
  ])("read from a printed table (%s)", (_, headers) => {
    const { targets, left } = read(
      [
        table(
          [
            [
              "乡村振兴驻村帮扶工作经费",
              "36.00",
              "产出指标",
              "数量指标",
              "派驻队员人数",
              "≥",
              "6",
              "人",
            ],
            ["", "", "效益指标", "社会效益指标", "帮扶村集体经济收入", "较上年提高", "", ""],
            ["", "", "", "可持续影响指标", "帮扶机制", "长效运行", "", ""],
            ["", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%"],
          ],
          headers,
        ),
      ],
      henan2024,
    );
    expect(left).toEqual([]);
    expect(targets?.projects[0]?.indicators.map((i) => i.value)).toEqual([
      "≥6人",
      "较上年提高",
      "长效运行",
      "≥90%",
    ]);
    expect(targets === undefined ? ["none"] : validateTargets(targets)).toEqual([]);
  });

  it("bites: a value truly blank, or a 性质 that names only the kind or the comparison, is missing", () => {
    for (const sense of ["", "定性", "定量指标", "共性指标", "约束性", "≥", "正向", "/", "—"])
      expect(valueInSense(sense), sense).toBe(false);
    const { targets } = read(
      [
        table(
          [
            ["道路保洁", "10.00", "产出指标", "数量指标", "保洁面积", "定性", "", ""],
            ["", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥", "", "%"],
          ],
          HEADERS,
        ),
      ],
      henan2024,
    );
    expect(targets === undefined ? [] : validateTargets(targets).map((p) => p.code)).toEqual([
      "missing-value",
      "missing-value",
    ]);
  });
});
