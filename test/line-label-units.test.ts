/**
 * A money unit printed with a line's label states that line's unit: a 申报表 printing
 * `年度资金总额（元） | 500000.00` (or `资金总额(元)`, `（元）年度资金总额`, a heading line
 * `项目资金（元）` above the lines, a header `内容（元）` over them) is in 元 (was read in the
 * kind's default 万元: 500,000.00万元, a `targets.sum` error on a correct form; Henan's 整体绩效目标表
 * `资金总额（元） | 9690600.00` was `same-fact` and `targets.budget` errors). Where it disagrees with
 * the unit the table states elsewhere (`单位：万元`, `金额（万元）`), or with another label, the unit
 * is unknown (`unknown-unit`, both texts kept), never one of them picked. A wrong figure in 元 is
 * still caught.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Table } from "../src/disclosure";
import { readTargets } from "../src/performance";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024, shanghai } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

const FORM = "2024年项目支出绩效目标申报表";
const GRID: PrintedTable = {
  title: FORM,
  headers: ["一级指标", "二级指标", "三级指标", "指标值"],
  rows: [
    ["产出指标", "数量指标", "补贴人数", "≥3000人"],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
  ],
};
const form = (rows: string[][], more: Partial<PrintedTable> = {}): PrintedTable => ({
  title: FORM,
  headers: ["项目", "内容"],
  rows: [["项目名称", "社区养老服务补贴"], ...rows, ["年度目标", "按时足额发放补贴"]],
  ...more,
});

function readForm(head: PrintedTable) {
  const r = readPrintedTable(head, { template: shanghai });
  if (r.table === undefined) throw new Error("not read");
  const grid = readPrintedTable(GRID, { template: shanghai }).table as Table;
  const reading = readTargets([r.table, grid], shanghai);
  return {
    unit: r.table.unit,
    unknownUnit: r.table.unknownUnit,
    problems: r.problems.filter((p) => p.severity !== "info").map((p) => p.code),
    targets: reading.targets?.unit,
    money: reading.targets?.projects[0]?.money,
    reading: reading.problems.map((p) => p.code),
  };
}

describe("a money unit in a project form's line label", () => {
  it.each<[string, PrintedTable, string]>([
    ["年度资金总额（元）", form([["年度资金总额（元）", "500000.00"]]), "元"],
    ["资金总额（元）", form([["资金总额（元）", "500000.00"]]), "元"],
    ["年度资金总额(元)", form([["年度资金总额(元)", "500000.00"]]), "元"],
    ["年度资金总额（单位：元）", form([["年度资金总额（单位：元）", "500000.00"]]), "元"],
    ["（元）年度资金总额", form([["（元）年度资金总额", "500000.00"]]), "元"],
    [
      "on each money line",
      form([
        ["年度资金总额（元）", "500000.00"],
        ["其中：财政拨款（元）", "450000.00"],
        ["其他资金（元）", "50000.00"],
      ]),
      "元",
    ],
    [
      "a heading line 项目资金（元）",
      form([
        ["项目资金（元）", ""],
        ["年度资金总额", "500000.00"],
        ["其中：财政拨款", "500000.00"],
      ]),
      "元",
    ],
    [
      "a header 内容（元）",
      form([["年度资金总额", "500000.00"]], { headers: ["项目", "内容（元）"] }),
      "元",
    ],
    ["年度资金总额（万元）", form([["年度资金总额（万元）", "50.00"]]), "万元"],
    ["年度资金总额（亿元）", form([["年度资金总额（亿元）", "0.05"]]), "亿元"],
    [
      "the unit line saying the same",
      form([["年度资金总额（元）", "500000.00"]], { unit: "单位：元" }),
      "元",
    ],
  ])("%s: read in its unit", (_, head, unit) => {
    const r = readForm(head);
    expect([r.unit, r.unknownUnit, r.problems, r.targets, r.reading]).toEqual([
      unit,
      undefined,
      [],
      unit,
      [],
    ]);
  });

  it("reads no unit from a bracket naming none, nor from a line of no money", () => {
    for (const rows of [
      [["年度资金总额", "50.00"]],
      [
        ["实施单位（元）", "某区民政局"],
        ["年度资金总额", "50.00"],
      ],
    ]) {
      const r = readForm(form(rows));
      expect([rows, r.unit, r.problems]).toEqual([rows, "万元", []]);
    }
  });

  it.each<[string, PrintedTable, string]>([
    [
      "单位：万元 above, （元） in the label",
      form([["年度资金总额（元）", "500000.00"]], { unit: "单位：万元" }),
      "单位：万元；年度资金总额（元）",
    ],
    [
      "（元） and （万元） in two labels",
      form([
        ["年度资金总额（元）", "500000.00"],
        ["其中：财政拨款（万元）", "50.00"],
      ]),
      "年度资金总额（元）；其中：财政拨款（万元）",
    ],
    [
      "内容（万元） over a label in （元）",
      form([["年度资金总额（元）", "500000.00"]], { headers: ["项目", "内容（万元）"] }),
      "年度资金总额（元）；内容（万元）",
    ],
    [
      "a unit the reader does not take",
      form([["年度资金总额（千元）", "500.00"]]),
      "年度资金总额（千元）",
    ],
  ])("%s: unknown-unit, never one picked", (_, head, text) => {
    const r = readForm(head);
    expect([r.unit, r.unknownUnit, r.problems]).toEqual(["万元", text, ["unknown-unit"]]);
  });
});

describe("a money unit in a 整体绩效目标表's line labels (Henan)", () => {
  const { disclosure } = fixtureDisclosure(henan2024Fixture, henan2024);
  const options = { profile: henan2024Profile, template: henan2024, catalog: catalog2024 };
  const key = (f: { ruleId: string; path?: object }) => `${f.ruleId} ${JSON.stringify(f.path)}`;
  const before = new Set(checkDisclosure(disclosure, options).findings.map(key));
  function check(rows: string[][], headers = ["项目", "金额"], unit?: string) {
    const printed = {
      title: "部门（单位）整体绩效目标表",
      headers,
      rows,
      ...(unit ? { unit } : {}),
    };
    const r = readPrintedTable(printed, { template: henan2024 });
    const tables = [...disclosure.tables];
    tables.splice(
      tables.findIndex((t) => t.kind === "departmentTargets"),
      0,
      r.table as Table,
    );
    const report = checkDisclosure({ ...disclosure, tables }, options);
    return {
      unit: r.table?.unit,
      unknownUnit: r.table?.unknownUnit,
      found: report.findings
        .filter((f) => f.severity !== "info" && !before.has(key(f)))
        .map((f) => `${f.severity} ${f.ruleId}`),
      budget: report.outcomes.find((o) => o.ruleId === "targets.budget")?.outcome,
    };
  }

  it.each([
    [
      ["资金总额（元）", "9690600.00"],
      ["其中：财政拨款（元）", "9690600.00"],
    ],
    [
      ["资金总额(元)", "9690600.00"],
      ["其中：财政拨款", "9690600.00"],
    ],
    [
      ["部门预算总额（元）", "9,690,600.00"],
      ["财政拨款", "9,690,600.00"],
    ],
  ])("%j: read in 元, agreeing with the tables (was same-fact, targets.budget)", (...rows) => {
    expect(check(rows)).toEqual({ unit: "元", unknownUnit: undefined, found: [], budget: "pass" });
  });

  it("still finds a wrong figure in 元", () => {
    const r = check([
      ["资金总额（元）", "9790600.00"],
      ["其中：财政拨款（元）", "9790600.00"],
    ]);
    expect([r.unit, r.budget, r.found]).toEqual([
      "元",
      "fail",
      ["error same-fact", "error targets.budget"],
    ]);
  });

  it("a header 金额（万元） over labels in （元）: unknown, compared with nothing", () => {
    const r = check(
      [
        ["资金总额（元）", "9690600.00"],
        ["其中：财政拨款（元）", "9690600.00"],
      ],
      ["项目", "金额（万元）"],
    );
    expect([r.unit, r.unknownUnit, r.found]).toEqual([
      "万元",
      "金额（万元）；资金总额（元）；其中：财政拨款（元）",
      [],
    ]);
  });
});
