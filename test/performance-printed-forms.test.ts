/**
 * Project forms (申报表) in the wording of other printers, read through `readPrintedTable` and
 * `readTargets`: the value column under 年度指标值 / 目标值 (as the 汇总表's is), the 主管部门
 * line as 主管部门及代码, and values in the units other printers write, with nothing left over and
 * no finding of targets.indicators against a correct form.
 */
import { describe, expect, it } from "vitest";
import { validateTargets } from "../src/performance";
import { henan2024, shanghai } from "../src/templates";
import { readPrintedTargets as read } from "./support/disclosures";

const TITLE = "2024年项目支出绩效目标申报表";
const header = {
  title: TITLE,
  headers: ["项目", "内容"],
  rows: [
    ["项目名称", "城乡居民医疗救助"],
    ["主管部门及代码", "某区民政局 301"],
    ["实施单位", "某区民政局"],
    ["项目资金（万元）", ""],
    ["年度资金总额", "300.00"],
    ["其中：财政拨款", "280.00"],
    ["其他资金", "20.00"],
    ["年度绩效目标", "保障困难群众基本医疗需求"],
  ],
};
const indicators = [
  ["产出指标", "数量指标", "救助人次", "≥1200人次"],
  ["", "时效指标", "救助办理时限", "≤12（月）"],
  ["成本指标", "经济成本指标", "伙食补助标准", "≤95元/人·天/年"],
  ["", "经济成本指标", "人均救助", "≤2500元/(人·年)"],
  ["", "经济成本指标", "用房成本", "≤800元/m2"],
  ["效益指标", "社会效益指标", "困难群众就医负担", "有效减轻"],
  ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"],
];

describe("a 申报表 in other printers' wording", () => {
  it.each([["年度指标值"], ["目标值"], ["绩效指标/年度指标值"], ["指标值"]])(
    "its value column headed %s: read whole, every value well-formed",
    (value) => {
      const grid = {
        title: TITLE,
        headers: ["一级指标", "二级指标", "三级指标", value],
        rows: indicators,
      };
      const { targets, left } = read([header, grid], shanghai);
      expect(left).toEqual([]);
      const project = targets?.projects[0];
      expect(project?.department).toBe("某区民政局 301");
      expect(project?.indicators.map((i) => i.value)).toEqual(indicators.map((r) => r[3]));
      expect(targets === undefined ? ["no targets"] : validateTargets(targets)).toEqual([]);
    },
  );

  it("bites: a value that is no value is still malformed", () => {
    const grid = {
      title: TITLE,
      headers: ["一级指标", "二级指标", "三级指标", "年度指标值"],
      rows: [...indicators, ["", "", "培训时长", "≥90分钟≥"]],
    };
    const { targets } = read([header, grid], shanghai);
    const problems = targets === undefined ? [] : validateTargets(targets);
    expect(problems.map((p) => p.code)).toEqual(["malformed-value"]);
  });
});

describe("a 项目支出绩效目标表 printed one project a form, read with the Henan template", () => {
  // The title is the 汇总表's too: the form's labels fill its project column.
  const title = "2024年项目支出绩效目标表";
  const printed = [
    {
      title,
      // its first row taken for the headers, as a grid without a header row is read
      headers: ["项目名称", "学生资助"],
      rows: [
        ["主管部门", "某区教育局"],
        ["项目资金（万元）", ""],
        ["年度资金总额", "120.00"],
        ["其中：财政拨款", "120.00"],
        ["年度总体目标", "资助困难学生"],
      ],
    },
    {
      title,
      headers: ["一级指标", "二级指标", "三级指标", "指标值"],
      rows: [
        ["产出指标", "数量指标", "资助人数", "≥1200人"],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
      ],
    },
  ];

  it("names no project 主管部门: the form is left unread (a gap of the reading)", () => {
    const { targets, left } = read(printed, henan2024);
    expect(targets?.projects).toEqual([]);
    const codes = left.map((l) => JSON.parse(l.slice(l.indexOf("{"))).code);
    expect(codes).toContain("unread-cell");
    expect(codes).toContain("orphan-row");
  });

  it("bites: a 汇总表 under the same title still reads its projects", () => {
    const { targets } = read(
      [
        {
          title,
          headers: ["项目名称", "项目金额/资金总额", "一级指标", "三级指标", "指标值"],
          rows: [
            ["学生资助", "120.00", "产出指标", "资助人数", "≥1200人"],
            ["校舍维修", "80.00", "产出指标", "维修面积", "≥500平方米"],
          ],
        },
      ],
      henan2024,
    );
    expect(targets?.projects.map((p) => p.name)).toEqual(["学生资助", "校舍维修"]);
  });
});
