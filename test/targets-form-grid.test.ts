/**
 * The national 项目支出绩效目标申报表 printed as one grid: label / value pairs (two a row: `主管部门 |
 * 某区民政局 | 实施单位 | 某中心`; a heading over its lines: `资金情况（万元） | 年度资金总额 | 300.00`,
 * `| 其中：财政拨款 | 280.00`), then the indicator grid's own header row (一级指标 | 二级指标 | 三级指标 |
 * 指标值, a `绩效指标` label cell left of it or not) and its rows, all in one table. Read as the form
 * it is, under every template (the national and Henan's as a table of its one project, Shanghai's as
 * its 申报表): the project's name, 主管部门, 实施单位, money, goal and indicators; the form's fields no
 * target has (项目属性, 项目期限, 项目负责人) are noted as `form-field` (info, coverage), never a
 * warning. A wrong figure or value is still found.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Table } from "../src/disclosure";
import { validateTargets } from "../src/performance";
import { type PrintedTable, readPrintedTable } from "../src/printed";
import { checkDisclosure, nationalProfile } from "../src/rules";
import { henan2024, nationalMinimum, shanghai, type Template } from "../src/templates";
import { readPrintedTargets as read } from "./support/disclosures";

const INDICATORS = [
  ["产出指标", "数量指标", "救助人次", "≥1200人次"],
  ["", "时效指标", "救助办理时限", "≤12个月"],
  ["效益指标", "社会效益指标", "困难群众就医负担", "有效减轻"],
  ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"],
] as const;
const LEVELS = ["一级指标", "二级指标", "三级指标", "指标值"];

/** The national layout: a heading over the money lines, two pairs on some rows. */
const national = (money = ["300.00", "280.00", "20.00"]): PrintedTable => ({
  title: "2025年项目支出绩效目标申报表",
  unit: "单位：万元",
  headers: ["项目名称", "城乡居民医疗救助", "", ""],
  rows: [
    ["主管部门", "某区民政局", "实施单位", "某区社会救助事务管理中心"],
    ["项目属性", "延续项目", "项目期限", "2025年"],
    ["资金情况（万元）", "年度资金总额", money[0] ?? "", ""],
    ["", "其中：财政拨款", money[1] ?? "", ""],
    ["", "其他资金", money[2] ?? "", ""],
    ["年度绩效目标", "保障困难群众基本医疗需求", "", ""],
    LEVELS,
    ...INDICATORS.map((r) => [...r]),
  ],
});

/** Another province: money lines as pairs, a merged name repeated, 主管部门及代码. */
const pairs: PrintedTable = {
  title: "项目支出绩效目标申报表",
  headers: ["项目名称", "城乡居民医疗救助", "城乡居民医疗救助", "城乡居民医疗救助"],
  rows: [
    ["主管部门及代码", "某区民政局", "实施单位", "某区社会救助事务管理中心"],
    ["年度资金总额", "300.00", "其中：财政拨款", "280.00"],
    ["其他资金", "20.00", "", ""],
    ["项目负责人", "张三", "联系电话", "12345678"],
    [
      "年度绩效目标",
      "保障困难群众基本医疗需求",
      "保障困难群众基本医疗需求",
      "保障困难群众基本医疗需求",
    ],
    ["一级指标", "二级指标", "三级指标", "年度指标值"],
    ...INDICATORS.map((r) => [...r]),
  ],
};

/** Five columns, a 绩效指标 cell merged down left of the indicator grid. */
const labelled: PrintedTable = {
  title: "2025年度项目支出绩效目标申报表",
  unit: "万元",
  headers: ["项目名称", "城乡居民医疗救助", "", "", ""],
  rows: [
    ["主管部门", "某区民政局", "", "实施单位", "某区社会救助事务管理中心"],
    ["项目资金", "年度资金总额", "300.00", "", ""],
    ["", "财政拨款", "280.00", "", ""],
    ["", "其他资金", "20.00", "", ""],
    ["年度目标", "保障困难群众基本医疗需求", "", "", ""],
    ["绩效指标", ...LEVELS],
    ...INDICATORS.map((r, i) => [i === 0 ? "绩效指标" : "", ...r]),
  ],
};

const LAYOUTS: readonly (readonly [string, PrintedTable])[] = [
  ["national: a heading over the money lines", national()],
  ["money as pairs, a name merged across", pairs],
  ["five columns, a 绩效指标 label cell", labelled],
];
const TEMPLATES: readonly (readonly [string, Template])[] = [
  ["national", nationalMinimum],
  ["Henan", henan2024],
  ["Shanghai", shanghai],
];

describe("a 申报表 printed as one grid", () => {
  for (const [name, template] of TEMPLATES)
    it.each(LAYOUTS)(`${name} template, %s: read whole, no warning`, (_, printed) => {
      const r = read([printed], template);
      expect(r.left).toEqual([]);
      const project = r.targets?.projects[0];
      expect(r.targets?.projects.length).toBe(1);
      expect(project?.name).toBe("城乡居民医疗救助");
      expect(project?.department).toMatch(/某区民政局/u);
      expect(project?.implementer).toBe("某区社会救助事务管理中心");
      expect(project?.goal).toBe("保障困难群众基本医疗需求");
      expect(project?.money.total).toBe("300.00");
      expect(project?.indicators.map((i) => [i.level1, i.level2, i.name, i.value])).toEqual([
        ["产出指标", "数量指标", "救助人次", "≥1200人次"],
        ["产出指标", "时效指标", "救助办理时限", "≤12个月"],
        ["效益指标", "社会效益指标", "困难群众就医负担", "有效减轻"],
        ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"],
      ]);
      expect(r.targets === undefined ? ["no targets"] : validateTargets(r.targets)).toEqual([]);
    });

  it("the form's fields no target has are noted as coverage (info), with what they print", () => {
    const r = readPrintedTable(national(), { template: nationalMinimum });
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    const fields = r.problems.flatMap((p) =>
      p.code === "form-field" ? [[p.label, p.value, p.path.row, p.path.cell]] : [],
    );
    expect(fields).toEqual([
      ["项目属性", "延续项目", 1, 0],
      ["项目期限", "2025年", 1, 2],
    ]);
    const other = readPrintedTable(pairs, { template: henan2024 });
    expect(other.problems.flatMap((p) => (p.code === "form-field" ? [p.label] : []))).toEqual([
      "项目负责人",
      "联系电话",
    ]);
  });

  it("a form printed as its two tables (header block, grid) is read as before", () => {
    const block: PrintedTable = {
      title: "2025年项目支出绩效目标申报表",
      headers: ["项目", "内容"],
      rows: [
        ["项目名称", "城乡居民医疗救助"],
        ["年度资金总额", "300.00"],
      ],
    };
    const grid: PrintedTable = {
      title: block.title,
      headers: LEVELS,
      rows: INDICATORS.map((r) => [...r]),
    };
    const r = read([block, grid], shanghai);
    expect(r.left).toEqual([]);
    expect(r.targets?.projects[0]?.indicators.length).toBe(4);
  });
});

describe("bites", () => {
  it("checked against the 项目支出表: an equal total is silent, a wrong one is found", () => {
    const table = (printed: PrintedTable) =>
      readPrintedTable(printed, { template: nationalMinimum, catalog: catalog2024.functional })
        .table as Table;
    const projects = table({
      title: "2025年项目支出表",
      unit: "单位：万元",
      headers: ["项目名称", "项目类型", "合计"],
      rows: [
        ["合计", "", "300.00"],
        ["城乡居民医疗救助", "特定目标类", "300.00"],
      ],
    });
    const findings = (form: PrintedTable) =>
      checkDisclosure(
        {
          meta: {
            year: 2025,
            documentKind: "部门",
            template: "nationalMinimum",
            department: { name: "某区民政局" },
            units: [],
          },
          tables: [projects, table(form)],
          texts: [],
        },
        { profile: nationalProfile, template: nationalMinimum },
      )
        .findings.filter((f) => f.ruleId.startsWith("targets") && f.severity !== "info")
        .map((f) => `${f.severity} ${f.ruleId}`);
    expect(findings(national())).toEqual([]);
    expect(findings(national(["310.00", "290.00", "20.00"]))).toContain("error targets.money");
  });

  it.each(TEMPLATES)("%s: money lines that do not add up are still found", (_, template) => {
    const r = read([national(["310.00", "280.00", "20.00"])], template);
    const found = r.targets === undefined ? [] : validateTargets(r.targets);
    expect(found.filter((p) => p.severity === "error").map((p) => p.code)).toEqual(["money-sum"]);
  });

  it("a malformed value in the grid is still found", () => {
    const bad = { ...national(), rows: [...national().rows, ["", "", "培训时长", "≥90分钟≥"]] };
    const r = read([bad], nationalMinimum);
    const found = r.targets === undefined ? [] : validateTargets(r.targets);
    expect(found.map((p) => p.code)).toEqual(["malformed-value"]);
  });

  it("a table of projects under the form's title stays a table of projects", () => {
    const table: PrintedTable = {
      title: "项目支出绩效目标申报表",
      unit: "万元",
      headers: ["项目名称", "资金总额", ...LEVELS],
      rows: [
        ["学生资助", "120.00", "产出指标", "数量指标", "资助人数", "≥100人"],
        ["校舍维修", "40.00", "产出指标", "数量指标", "维修面积", "≥500平方米"],
      ],
    };
    const r = read([table], nationalMinimum);
    expect(r.targets?.projects.map((p) => p.name)).toEqual(["学生资助", "校舍维修"]);
    // …and so with its header row printed again on the next page
    const paged = {
      ...table,
      rows: [...table.rows.slice(0, 1), table.headers, ...table.rows.slice(1)],
    };
    const again = read([paged], nationalMinimum);
    expect(again.targets?.projects.map((p) => p.name)).toEqual(["学生资助", "校舍维修"]);
  });
});
