/**
 * A 项目绩效目标表 as other printers print it, read from print and checked: 指标性质 / 指标方向 and
 * 计量单位 / 度量单位 / 单位 (a bare 单位 beside the value is its unit) columns apart from the value (under 指标值 / 目标值 / 年度指标值),
 * values in Chinese numerals (`不少于两次/年`, `百分之九十五`, `九成`, `十二月底前`), approximate
 * (`三千余人`), graded (`优`), `达到预期`, `<=` / `不高于`, ranges (`90%-95%`, `90～95`). None is a
 * fault of the document; a value that is wrong still is.
 */
import { describe, expect, it } from "vitest";
import { functional2024 } from "../../catalog/2024";
import type { Table } from "../../disclosure";
import { readPrintedTable } from "../../printed/read";
import type { PrintedTable } from "../../printed/types";
import { henan2024 } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile } from "../profiles";

const CODE = "410305240000000017284";
/** 一级, 二级, 三级, 指标性质, 指标值, 计量单位. */
const LINES: readonly (readonly [string, string, string, string, string, string])[] = [
  ["产出指标", "数量指标", "培训人次", "≥", "1200", "人次"],
  ["", "", "印发资料", "", "不少于两次/年", ""],
  ["", "", "受益人数", "", "三千余人", ""],
  ["", "", "培训时长", "≥", "十二", "个月"],
  ["", "质量指标", "合格率", "≥", "90～95", "%"],
  ["", "", "差错率", "≤", "5", "%"],
  ["", "", "投诉率", "", "<=5%", ""],
  ["", "", "偏差率", "", "不高于5%", ""],
  ["", "", "验收等级", "定性", "优", ""],
  ["", "时效指标", "完成时间", "", "十二月底前", ""],
  ["", "", "办理时限", "", "≤三个工作日", ""],
  ["", "", "培训周期", "≤", "12", "月份"],
  ["成本指标", "经济成本指标", "单位成本", "≤", "三万", "元/人"],
  ["效益指标", "社会效益指标", "群众获得感", "定性", "达到预期", "/"],
  ["", "", "覆盖率", "", "90%-95%", ""],
  ["", "可持续影响指标", "长效机制", "", "长期", ""],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", "百分之九十五", ""],
  ["", "", "学员满意度", "正向", "九成", ""],
];

const table = (sense: string, value: string, unit: string, lines = LINES): PrintedTable => ({
  title: "项目支出绩效目标表",
  unit: "万元",
  headers: [
    "单位编码（项目编码）",
    "项目名称",
    "项目分类",
    "项目金额（万元）/资金总额",
    "项目金额（万元）/政府预算资金",
    "一级指标",
    "二级指标",
    "三级指标",
    sense,
    value,
    unit,
  ],
  rows: lines.map((l, i) =>
    i === 0 ? [CODE, "培训项目", "其他运转类", "50.00", "50.00", ...l] : ["", "", "", "", "", ...l],
  ),
});

const meta = {
  year: 2024,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units: [],
} as const;

function check(printed: PrintedTable) {
  const r = readPrintedTable(printed, {
    template: henan2024,
    catalog: functional2024,
    departmentCode: "116",
  });
  const tables: Table[] = r.table === undefined ? [] : [r.table];
  const report = checkDisclosure(
    { meta, tables, texts: [] },
    { profile: henan2024Profile, template: henan2024 },
  );
  return {
    read: r.problems.filter((p) => p.severity !== "info").map((p) => p.code),
    findings: report.findings
      .filter((f) => f.ruleId.startsWith("targets") && f.severity !== "info")
      .map((f) => [f.ruleId, f.params.code, f.params["error.code"]]),
  };
}

describe("a 项目绩效目标表 of another printer", () => {
  it.each([
    ["指标性质", "指标值", "计量单位"],
    ["指标方向", "目标值", "度量单位"],
    ["指标方向", "标准值", "指标单位"],
  ])("%s / %s / %s: no finding", (sense, value, unit) => {
    expect(check(table(sense, value, unit))).toEqual({ read: [], findings: [] });
  });

  it("指标性质 / 年度指标值 / 单位: a bare 单位 right after the value is its measure unit, no finding", () => {
    expect(check(table("指标性质", "年度指标值", "单位"))).toEqual({ read: [], findings: [] });
  });

  it("bites: a value that is wrong is still found", () => {
    const wrong = LINES.map((l) =>
      l[2] === "合格率"
        ? ([...l.slice(0, 4), "95～90", "%"] as const)
        : l[2] === "学员满意度"
          ? ([...l.slice(0, 4), "≥X", "%"] as const)
          : l,
    ) as typeof LINES;
    expect(check(table("指标性质", "指标值", "计量单位", wrong)).findings).toEqual([
      ["targets.indicators", "malformed-value", "inverted-range"],
      ["targets.indicators", "malformed-value", "missing-number"],
    ]);
  });
});
