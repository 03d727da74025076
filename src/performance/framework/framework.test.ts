import { describe, expect, it } from "vitest";
import { bestFramework, placeIndicator } from "./classify";
import {
  HENAN_DEPARTMENT_FRAMEWORK,
  LEGACY_PROJECT_FRAMEWORK,
  PROJECT_FRAMEWORK,
  PROJECT_FRAMEWORKS,
} from "./data";
import { indicatorTree } from "./tree";

const ind = (level1: string, level2?: string) => ({
  level1,
  ...(level2 === undefined ? {} : { level2 }),
  name: "x",
  value: "1",
});

describe("placeIndicator", () => {
  it("places each 一级 of the current tree, with or without 指标, brackets and spaces", () => {
    expect(placeIndicator(ind("成本指标"), PROJECT_FRAMEWORK).category).toBe("cost");
    expect(placeIndicator(ind("产出"), PROJECT_FRAMEWORK).category).toBe("output");
    expect(placeIndicator(ind(" 效益 指标 "), PROJECT_FRAMEWORK).category).toBe("benefit");
    expect(placeIndicator(ind("满意度"), PROJECT_FRAMEWORK).category).toBe("satisfaction");
    expect(placeIndicator(ind("决策指标"), PROJECT_FRAMEWORK)).toEqual({ fits: false });
  });

  it("places a 一级 and 二级 printed joined in one cell (产出指标-数量指标, 产出指标/数量指标)", () => {
    for (const printed of [
      "产出指标-数量指标",
      "产出指标/数量指标",
      "产出指标－数量指标",
      "产出指标——数量指标",
      "产出指标／数量指标",
      "产出-数量指标",
    ])
      expect([printed, placeIndicator(ind(printed), PROJECT_FRAMEWORK)]).toEqual([
        printed,
        { category: "output", level2: "quantity", fits: true },
      ]);
    expect(placeIndicator(ind("满意度指标-服务对象满意度指标"), PROJECT_FRAMEWORK).category).toBe(
      "satisfaction",
    );
    // a 二级 the 一级 does not list: placed, out of place; an unknown 一级 before a joiner: none
    expect(placeIndicator(ind("产出指标-其他"), PROJECT_FRAMEWORK)).toEqual({
      category: "output",
      fits: false,
    });
    expect(placeIndicator(ind("决策指标-数量指标"), PROJECT_FRAMEWORK)).toEqual({ fits: false });
    // a 二级 printed in its own column leaves the 一级 cell as printed
    expect(placeIndicator(ind("产出指标-数量指标", "数量指标"), PROJECT_FRAMEWORK)).toEqual({
      fits: false,
    });
  });

  it("places a 一级 or 二级 printed with its weight in brackets (产出指标（50分）)", () => {
    for (const [printed, category] of [
      ["产出指标（50分）", "output"],
      ["效益指标(30分)", "benefit"],
      ["满意度指标（10）", "satisfaction"],
      ["成本指标（20%）", "cost"],
      ["产出指标 （ 50 分 ）", "output"],
      ["产出指标（50.5分）", "output"],
    ] as const)
      expect([printed, placeIndicator(ind(printed), PROJECT_FRAMEWORK).category]).toEqual([
        printed,
        category,
      ]);
    expect(placeIndicator(ind("产出指标（30分）", "数量指标（10分）"), PROJECT_FRAMEWORK)).toEqual({
      category: "output",
      level2: "quantity",
      fits: true,
    });
    // a word in the brackets is no weight: the 一级 stays unknown
    expect(placeIndicator(ind("产出指标（试行）"), PROJECT_FRAMEWORK)).toEqual({ fits: false });
  });

  it.each([
    ["产出指标（权重50%）", "output"],
    ["效益指标(权重:30%)", "benefit"],
    ["满意度指标【分值：10】", "satisfaction"],
    ["成本指标（满分20分）", "cost"],
    ["效益指标 30分", "benefit"],
    ["产出指标50%", "output"],
    ["产出指标权重50%", "output"],
    ["满意度指标（10分值）", "satisfaction"],
    ["一、产出指标（50分）", "output"],
  ] as const)("places a 一级 printed with its weight in other words: %s", (printed, category) => {
    expect(placeIndicator(ind(printed), PROJECT_FRAMEWORK).category).toBe(category);
  });

  it("digits or words that are no weight stay part of the name", () => {
    for (const printed of ["产出指标1", "产出指标(1.)", "产出指标(试行50)", "产出指标(.5)"])
      expect([printed, placeIndicator(ind(printed), PROJECT_FRAMEWORK)]).toEqual([
        printed,
        { fits: false },
      ]);
  });

  it("knows which 二级 each 一级 allows, in both trees", () => {
    expect(placeIndicator(ind("产出指标", "数量指标"), PROJECT_FRAMEWORK)).toEqual({
      category: "output",
      level2: "quantity",
      fits: true,
    });
    expect(placeIndicator(ind("效益指标", "可持续影响"), PROJECT_FRAMEWORK).level2).toBe(
      "sustainable",
    );
    expect(placeIndicator(ind("成本指标", "经济成本指标"), PROJECT_FRAMEWORK).level2).toBe(
      "economic",
    );
    // 成本 under 产出 fits only the older tree; 成本 as a 一级 only the current one.
    expect(placeIndicator(ind("产出指标", "成本指标"), PROJECT_FRAMEWORK).fits).toBe(false);
    expect(placeIndicator(ind("产出指标", "成本指标"), LEGACY_PROJECT_FRAMEWORK).fits).toBe(true);
    expect(placeIndicator(ind("成本指标"), LEGACY_PROJECT_FRAMEWORK).fits).toBe(false);
  });

  it("places the Henan department indicators (S)", () => {
    expect(placeIndicator(ind("投入管理指标", "绩效管理"), HENAN_DEPARTMENT_FRAMEWORK)).toEqual({
      category: "input",
      level2: "performance",
      fits: true,
    });
    expect(placeIndicator(ind("满意度", "服务对象满意度"), HENAN_DEPARTMENT_FRAMEWORK).fits).toBe(
      true,
    );
    expect(placeIndicator(ind("产出指标", "履职效益"), HENAN_DEPARTMENT_FRAMEWORK).fits).toBe(
      false,
    );
  });
});

describe("bestFramework", () => {
  it("picks the tree most indicators fit, the first on a tie", () => {
    const current = [ind("成本指标"), ind("产出指标", "数量指标")];
    const legacy = [ind("产出指标", "成本指标"), ind("产出指标", "数量指标")];
    expect(bestFramework(current, PROJECT_FRAMEWORKS)?.framework.id).toBe("project2021");
    expect(bestFramework(legacy, PROJECT_FRAMEWORKS)).toEqual({
      framework: LEGACY_PROJECT_FRAMEWORK,
      fitting: 2,
    });
    expect(bestFramework([ind("产出指标")], PROJECT_FRAMEWORKS)?.framework.id).toBe("project2021");
    expect(bestFramework([ind("产出指标")], [])).toBeUndefined();
  });
});

describe("indicatorTree", () => {
  it("groups by 一级 then 二级 in order of first appearance, parsing each value", () => {
    const tree = indicatorTree(
      [
        { level1: "产出指标", level2: "数量指标", name: "a", value: "≥8个" },
        { level1: "产出指标", level2: "成本指标", name: "b", value: "按需确定" },
        { level1: "效益指标", name: "c", value: "持续保障" },
        { level1: "产出 指标", level2: "数量指标", name: "d", value: "≥" },
      ],
      PROJECT_FRAMEWORKS,
    );
    expect(tree.framework).toBe("projectLegacy");
    expect(
      tree.groups.map((g) => [
        g.level1,
        g.category,
        g.branches.map((b) => [b.level2, b.id, b.indicators.map((i) => i.index)]),
      ]),
    ).toEqual([
      [
        "产出指标",
        "output",
        [
          ["数量指标", "quantity", [0, 3]],
          ["成本指标", "cost", [1]],
        ],
      ],
      ["效益指标", "benefit", [[undefined, undefined, [2]]]],
    ]);
    const d = tree.groups[0]?.branches[0]?.indicators[1];
    expect(d?.printed).toBe("≥");
    expect(d?.value).toEqual({ ok: false, error: { code: "missing-number", input: "≥" } });
  });

  it("keeps unknown 一级 as groups without a category", () => {
    const tree = indicatorTree([ind("决策指标")], PROJECT_FRAMEWORKS);
    expect(tree.groups).toEqual([
      {
        level1: "决策指标",
        branches: [
          {
            indicators: [
              {
                index: 0,
                name: "x",
                printed: "1",
                value: { ok: true, value: { kind: "quantity", value: "1", unit: "" } },
              },
            ],
          },
        ],
      },
    ]);
  });
});
