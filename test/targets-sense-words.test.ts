/**
 * A 指标性质 / 指标方向 cell naming the direction (`越高越好`, `上限`) or the class (`数量指标`) of an
 * indicator, its 指标值 cell blank: the value is missing, not that word. Found by a review probe
 * (2026-12-07).
 */
import { describe, expect, it } from "vitest";
import { validateTargets } from "../src/performance";
import { henan2024 } from "../src/templates";
import { readPrintedTargets as read } from "./support/disclosures";
import { senseHeaders, senseTable } from "./support/sense-columns";

const HEADERS = senseHeaders("指标方向", "计量单位");
const table = (rows: readonly (readonly string[])[]) => senseTable(rows, HEADERS);

describe("a direction or class word in the 指标方向 column, the 指标值 cell blank", () => {
  it("is a missing value", () => {
    const { targets } = read(
      [
        table([
          ["道路保洁", "10.00", "产出指标", "数量指标", "保洁面积", "越高越好", "", "平方米"],
          ["", "", "产出指标", "质量指标", "保洁合格率", "下限", "", "%"],
          ["", "", "产出指标", "时效指标", "完成时间", "数量指标", "", ""],
          ["", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%"],
        ]),
      ],
      henan2024,
    );
    expect(targets === undefined ? [] : validateTargets(targets).map((p) => p.code)).toEqual([
      "missing-value",
      "missing-value",
      "missing-value",
    ]);
  });
});
