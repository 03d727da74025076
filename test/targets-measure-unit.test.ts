/**
 * A bare `单位` column in a 绩效目标 table: beside the 指标值 (right after it, or with the
 * comparison printed apart between them: `指标值 | 单位`, `指标性质 | 指标值 | 单位`,
 * `指标值 | 单位 | 指标值说明`, `绩效指标/单位`) it is the value's measure unit (计量单位: `%`,
 * `人次`, `万元`), read into the value as `计量单位` is; anywhere else (`单位 | 项目名称 | …`, the
 * organisation) it is no measure unit and never joins a value. Where the table prints a
 * `计量单位` too, the bare `单位` is the organisation's whatever its place. Every targets kind
 * (a table of projects under Henan's and the national template, Shanghai's form, a department's
 * 整体绩效目标表) reads it so; a truly wrong value is still found.
 */
import { describe, expect, it } from "vitest";
import { validateTargets } from "../src/performance";
import { henan2024, nationalMinimum, shanghai, type Template } from "../src/templates";
import { readPrintedTargets as read } from "./support/disclosures";

const PROJECTS = "2025年项目支出绩效目标表";

/** 一级, 二级, 三级, comparison, figure, unit. */
const LINES = [
  ["产出指标", "数量指标", "培训人次", "≥", "1200", "人次"],
  ["", "质量指标", "培训合格率", "≥", "95", "%"],
  ["成本指标", "经济成本指标", "人均培训成本", "≤", "0.3", "万元"],
  ["满意度指标", "服务对象满意度指标", "学员满意度", "≥", "90", "%"],
] as const;
const VALUES = ["≥1200人次", "≥95%", "≤0.3万元", "≥90%"];

/** The indicator headers after 一级 / 二级 / 三级 and a line's cells under them. */
type Variant = readonly [string, readonly string[], (l: (typeof LINES)[number]) => string[]];
const VARIANTS: readonly Variant[] = [
  ["指标值 | 单位", ["指标值", "单位"], (l) => [`${l[3]}${l[4]}`, l[5]]],
  ["指标性质 | 指标值 | 单位", ["指标性质", "指标值", "单位"], (l) => [l[3], l[4], l[5]]],
  [
    "年度指标值 | 单位 | 指标值说明",
    ["年度指标值", "单位", "指标值说明"],
    (l) => [`${l[3]}${l[4]}`, l[5], "全年"],
  ],
  ["指标值 | 指标方向 | 单位", ["指标值", "指标方向", "单位"], (l) => [l[4], l[3], l[5]]],
  ["单位 | 指标值", ["单位", "目标值"], (l) => [l[5], `${l[3]}${l[4]}`]],
  [
    "绩效指标/指标值 | 绩效指标/单位",
    ["绩效指标/指标值", "绩效指标/单位"],
    (l) => [`${l[3]}${l[4]}`, l[5]],
  ],
  ["指标值 | 单位（全角空格）", ["指标值", "单　位"], (l) => [`${l[3]}${l[4]}`, l[5]]],
];

const levels = ["一级指标", "二级指标", "三级指标"];

/** A table of projects: 项目名称, 资金总额, then the indicator columns. */
function projectsTable(tail: readonly string[], cells: Variant[2], lines = LINES) {
  return {
    title: PROJECTS,
    unit: "万元",
    headers: ["项目名称", "资金总额", ...levels, ...tail],
    rows: lines.map((l, i) => [
      i === 0 ? "教师培训" : "",
      i === 0 ? "120.00" : "",
      l[0],
      l[1],
      l[2],
      ...cells(l),
    ]),
  };
}

const values = (r: ReturnType<typeof read>) =>
  r.targets?.projects.flatMap((p) => p.indicators.map((i) => i.value));

describe("a bare 单位 beside the 指标值 is its measure unit", () => {
  const templates: readonly (readonly [string, Template])[] = [
    ["Henan", henan2024],
    ["national", nationalMinimum],
  ];
  for (const [name, template] of templates)
    it.each(VARIANTS)(
      `${name}: %s reads each value with its unit, nothing left over`,
      (_, tail, cells) => {
        const r = read([projectsTable(tail, cells)], template);
        expect(r.left).toEqual([]);
        expect(values(r)).toEqual(VALUES);
        expect(r.targets === undefined ? ["no targets"] : validateTargets(r.targets)).toEqual([]);
      },
    );

  it("Shanghai's form: its grid's 单位 right of 指标值 is the unit", () => {
    const header = {
      title: "2025年项目支出绩效目标申报表",
      headers: ["项目", "内容"],
      rows: [
        ["项目名称", "教师培训"],
        ["年度资金总额", "120.00"],
        ["年度绩效目标", "完成全年教师培训"],
      ],
    };
    const grid = {
      title: header.title,
      headers: [...levels, "指标性质", "指标值", "单位"],
      rows: LINES.map((l) => [...l]),
    };
    const r = read([header, grid], shanghai);
    expect(r.left).toEqual([]);
    expect(values(r)).toEqual(VALUES);
  });

  it("a department's 整体绩效目标表: 单位 after 指标值 is the unit", () => {
    const table = {
      title: "2025年部门整体支出绩效目标表",
      headers: [...levels, "指标值", "单位"],
      rows: LINES.map((l) => [l[0], l[1], l[2], `${l[3]}${l[4]}`, l[5]]),
    };
    const r = read([table], henan2024);
    expect(r.left).toEqual([]);
    expect(r.targets?.department?.indicators.map((i) => i.value)).toEqual(VALUES);
  });
});

describe("a bare 单位 elsewhere is the organisation's, never a measure unit", () => {
  it("单位 | 项目名称 | … | 指标值: no value takes the organisation's name", () => {
    const table = {
      title: PROJECTS,
      unit: "万元",
      headers: ["单位", "项目名称", "资金总额", ...levels, "指标值"],
      rows: LINES.map((l, i) => [
        i === 0 ? "某区教育局" : "",
        i === 0 ? "教师培训" : "",
        i === 0 ? "120.00" : "",
        l[0],
        l[1],
        l[2],
        `${l[3]}${l[4]}${l[5]}`,
      ]),
    };
    const r = read([table], henan2024);
    expect(values(r)).toEqual(VALUES);
    expect(JSON.stringify(values(r))).not.toContain("某区教育局");
  });

  it("指标值 | 单位 beside a 计量单位: the 计量单位 is the unit, the bare 单位 not read into values", () => {
    const table = {
      title: PROJECTS,
      unit: "万元",
      headers: ["项目名称", "资金总额", ...levels, "指标值", "单位", "计量单位"],
      rows: LINES.map((l, i) => [
        i === 0 ? "教师培训" : "",
        i === 0 ? "120.00" : "",
        l[0],
        l[1],
        l[2],
        `${l[3]}${l[4]}`,
        i === 0 ? "某区教师进修学校" : "",
        l[5],
      ]),
    };
    const r = read([table], henan2024);
    expect(values(r)).toEqual(VALUES);
  });
});

describe("bites", () => {
  it("a wrong value is still wrong with its unit under a bare 单位", () => {
    const wrong = LINES.map((l) =>
      l[2] === "培训合格率" ? (["", "质量指标", "培训合格率", "≥", "95～90", "%"] as const) : l,
    ) as unknown as typeof LINES;
    const [, tail, cells] = VARIANTS[0] as Variant;
    const r = read([projectsTable(tail, cells, wrong)], henan2024);
    const problems = r.targets === undefined ? [] : validateTargets(r.targets);
    expect(problems.map((p) => [p.code, "error" in p ? p.error.code : ""])).toEqual([
      ["malformed-value", "inverted-range"],
    ]);
  });
});
