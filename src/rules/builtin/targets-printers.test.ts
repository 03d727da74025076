/**
 * A 项目支出绩效目标表 (one project a block of rows) as other districts print it: the project's
 * 实施单位 / 项目实施单位 / 主管部门 / 单位名称 in columns of their own, its 资金 under
 * `年度资金总额` (with the unit in the label, or under `项目资金`), its 实施期目标 / 长期目标 beside
 * the 年度目标, and an indicator's 指标值类型 (`定量` / `定性`). Before, each of those columns was
 * an unknown header (the money unread: a wrong 年度资金总额 was not found). Read now: nothing to
 * report on a correct document, and a wrong figure is still found.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../catalog/2024";
import type { Disclosure, Table } from "../../disclosure";
import { readTargets } from "../../performance";
import { readPrintedTable } from "../../printed";
import { henan2024, nationalMinimum, type Template } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile, nationalProfile } from "../profiles";

const TEMPLATES = [
  ["henan2024", henan2024],
  ["nationalMinimum", nationalMinimum],
] as const;

function read(title: string, headers: string[], rows: string[][], template: Template) {
  const r = readPrintedTable(
    { title, unit: "单位：万元", headers, rows },
    { template, catalog: catalog2024.functional },
  );
  if (r.table === undefined) throw new Error(title);
  return { table: r.table, problems: r.problems.filter((p) => p.severity !== "info") };
}

const INDICATOR_HEADERS = ["一级指标", "二级指标", "三级指标", "指标值"];
/** Two projects' rows: a project's own cells (`own`) before its two indicator rows. */
function rows(own: readonly [readonly string[], readonly string[]]): string[][] {
  const blank = own[0].map(() => "");
  return [
    ["校舍维修", ...own[0], "产出指标", "数量指标", "维修面积", "≥500平方米"],
    ["", ...blank, "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"],
    ["学生资助", ...own[1], "产出指标", "数量指标", "资助人数", "≥100人"],
    ["", ...blank, "满意度指标", "服务对象满意度指标", "学生满意度", "≥95%"],
  ];
}

function check(template: Template, headers: string[], body: string[][]) {
  const projects = read(
    "2025年项目支出表",
    ["项目名称", "项目类型", "合计"],
    [
      ["合计", "", "160.00"],
      ["校舍维修", "特定目标类", "40.00"],
      ["学生资助", "特定目标类", "120.00"],
    ],
    template,
  ).table;
  const targets = read("2025年项目支出绩效目标表", headers, body, template);
  const tables: Table[] = [projects, targets.table];
  const d: Disclosure = {
    meta: {
      year: 2025,
      documentKind: "部门",
      template: template.id,
      department: { name: "某县教育局" },
      units: [{ code: "301001", name: "某县第一中学", unitType: "事业" }],
    },
    tables,
    texts: [],
  };
  const profile = template === henan2024 ? henan2024Profile : nationalProfile;
  const reading = readTargets([targets.table], template);
  return {
    read: targets.problems.map((p) => p.code),
    unread: reading.problems.map((p) => p.code),
    targets: reading.targets?.projects ?? [],
    findings: checkDisclosure(d, { profile, template })
      .findings.filter((f) => f.severity !== "info")
      .map((f) => [f.ruleId, f.params.project ?? ""]),
  };
}

/** Who runs each project, as printed: a 主管部门 and its 实施单位. */
const UNITS = [
  ["某县教育局", "某县第一中学"],
  ["某县教育局", "某县教育局"],
] as const;

describe.each(TEMPLATES)("%s: a project's unit in a column of its own", (_, t) => {
  it.each([["实施单位"], ["项目实施单位"], ["单位名称"], ["实施单位名称"]])(
    "%s: read as the project's implementer, nothing to report",
    (header) => {
      const r = check(
        t,
        ["项目名称", header, "资金总额", ...INDICATOR_HEADERS],
        rows([
          [UNITS[0][1], "40.00"],
          [UNITS[1][1], "120.00"],
        ]),
      );
      expect(r).toMatchObject({ read: [], unread: [], findings: [] });
      expect(r.targets.map((p) => p.implementer)).toEqual(["某县第一中学", "某县教育局"]);
    },
  );

  it.each([
    ["主管部门", "实施单位"],
    ["主管部门名称", "项目实施单位"],
    ["主管单位", "实施单位"],
  ])("%s and %s: both read, nothing to report", (dept, implementer) => {
    const r = check(
      t,
      ["项目名称", dept, implementer, "资金总额", ...INDICATOR_HEADERS],
      rows([
        [...UNITS[0], "40.00"],
        [...UNITS[1], "120.00"],
      ]),
    );
    expect(r).toMatchObject({ read: [], unread: [], findings: [] });
    expect(r.targets.map((p) => [p.department, p.implementer])).toEqual(UNITS);
  });

  it("bites: a wrong 资金总额 beside a 实施单位 is still found", () => {
    const r = check(
      t,
      ["项目名称", "实施单位", "资金总额", ...INDICATOR_HEADERS],
      rows([
        [UNITS[0][1], "44.00"],
        [UNITS[1][1], "120.00"],
      ]),
    );
    expect(r.findings).toContainEqual(["targets.money", "校舍维修"]);
  });
});

describe.each(TEMPLATES)("%s: a project's money under other headers", (_, t) => {
  it.each([
    [["年度资金总额"]],
    [["年度资金总额（万元）"]],
    [["项目资金（万元）/年度资金总额"]],
    [["项目资金/年度资金总额", "项目资金/其中：财政拨款", "项目资金/其他资金"]],
    [["年度资金总额（万元）", "其中：财政资金", "其他资金"]],
  ])("%j: read as its total, nothing to report", (money) => {
    const own = (total: string, grant: string) =>
      money.length === 1 ? [total] : [total, grant, "0.00"];
    const r = check(
      t,
      ["项目名称", ...money, ...INDICATOR_HEADERS],
      rows([own("40.00", "40.00"), own("120.00", "120.00")]),
    );
    expect(r).toMatchObject({ read: [], unread: [], findings: [] });
    expect(r.targets.map((p) => p.money.total)).toEqual(["40.00", "120.00"]);
  });

  it.each([
    [["资金总额", "一般公共预算", "政府性基金预算"]],
    [["资金总额", "一般公共预算资金", "政府性基金预算资金"]],
    [
      [
        "项目资金（万元）/资金总额",
        "项目资金（万元）/一般公共预算",
        "项目资金（万元）/政府性基金预算",
      ],
    ],
  ])("%j: the money by the nature of the revenue is read, nothing to report", (money) => {
    const r = check(
      t,
      ["项目名称", ...money, ...INDICATOR_HEADERS],
      rows([
        ["40.00", "40.00", ""],
        ["120.00", "100.00", "20.00"],
      ]),
    );
    expect(r).toMatchObject({ read: [], unread: [], findings: [] });
    expect(r.targets.map((p) => [p.money.gpb, p.money.govFund])).toEqual([
      ["40.00", ""],
      ["100.00", "20.00"],
    ]);
  });

  it("bites: 一般公共预算 and 政府性基金预算 not adding up to the total are found", () => {
    const r = check(
      t,
      ["项目名称", "资金总额", "一般公共预算", "政府性基金预算", ...INDICATOR_HEADERS],
      rows([
        ["40.00", "40.00", ""],
        ["120.00", "100.00", "10.00"],
      ]),
    );
    expect(r.findings).toEqual([["targets.formMoney", "学生资助"]]);
  });

  it("bites: a wrong 年度资金总额 is found", () => {
    const r = check(
      t,
      ["项目名称", "年度资金总额（万元）", ...INDICATOR_HEADERS],
      rows([["40.00"], ["102.00"]]),
    );
    expect(r.findings).toContainEqual(["targets.money", "学生资助"]);
  });
});

describe.each(TEMPLATES)("%s: goals over the years beside the year's", (_, t) => {
  it.each([
    ["实施期目标", "年度目标"],
    ["实施期绩效目标", "年度绩效目标"],
    ["长期目标", "年度目标"],
    ["项目实施期目标", "项目年度目标"],
  ])("%s / %s: read as the mid-term and the year's goal", (mid, year) => {
    const r = check(
      t,
      ["项目名称", "资金总额", mid, year, ...INDICATOR_HEADERS],
      rows([
        ["40.00", "三年内完成全县校舍维修", "完成维修500平方米"],
        ["120.00", "持续资助困难学生", "资助学生100人"],
      ]),
    );
    expect(r).toMatchObject({ read: [], unread: [], findings: [] });
    expect(r.targets.map((p) => [p.midTermGoal, p.goal])).toEqual([
      ["三年内完成全县校舍维修", "完成维修500平方米"],
      ["持续资助困难学生", "资助学生100人"],
    ]);
  });
});

describe.each(TEMPLATES)("%s: an indicator's 指标值类型", (_, t) => {
  const body = (value: string) => [
    ["校舍维修", "40.00", "产出指标", "数量指标", "维修面积", "≥", "500", "平方米", "定量"],
    ["", "", "满意度指标", "服务对象满意度指标", "师生满意度", "≥", "90", "%", "定量"],
    ["学生资助", "120.00", "产出指标", "数量指标", "资助人数", "≥", value, "人", "定量"],
    ["", "", "效益指标", "社会效益指标", "社会影响", "", "显著", "", "定性"],
    ["", "", "满意度指标", "服务对象满意度指标", "学生满意度", "≥", "95", "%", "定量"],
  ];
  const headers = [
    "项目名称",
    "资金总额",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标方向",
    "指标值",
    "计量单位",
    "指标值类型",
  ];

  it("定量 / 定性 add no comparison: values as printed, nothing to report", () => {
    const r = check(t, headers, body("100"));
    expect(r).toMatchObject({ read: [], unread: [], findings: [] });
    expect(r.targets[1]?.indicators.map((i) => i.value)).toEqual(["≥100人", "显著", "≥95%"]);
  });

  it("bites: an inverted range is still found", () => {
    expect(check(t, headers, body("120～100")).findings).toContainEqual([
      "targets.indicators",
      "学生资助",
    ]);
  });
});
