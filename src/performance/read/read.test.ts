import { describe, expect, it } from "vitest";
import type { Disclosure, Table } from "../../disclosure";
import { henan2024 } from "../../templates";
import { formatTargetReadProblem } from "./messages";
import { disclosureTargets, readTargets } from "./read";
import { ind, project, table } from "./test-support";

describe("readTargets: a projects table", () => {
  it("reads indicators one a row, repeating a blank 一级 / 二级 within a project only", () => {
    const t = table("projectTargets", [
      { key: { kind: "total" }, cells: { total: "13.00" } },
      project(
        "甲",
        {
          total: "3.00",
          "indicator.level1": "产出指标",
          "indicator.level2": "数量指标",
          "indicator.name": "a",
          "indicator.value": "≥1个",
        },
        "410305240000000000001",
      ),
      ind(0, {
        "indicator.level2": "时效指标",
        "indicator.name": "b",
        "indicator.value": "按时完成",
      }),
      ind(1, {
        "indicator.level1": "满意度指标",
        "indicator.name": "c",
        "indicator.value": "≥95%",
      }),
      project("乙", { total: "10.00", "indicator.name": "d", "indicator.value": "≥2次" }),
    ]);
    const r = readTargets([t], henan2024);
    expect(r.problems).toEqual([]);
    expect(r.targets?.projects).toEqual([
      {
        name: "甲",
        code: "410305240000000000001",
        money: { total: "3.00" },
        indicators: [
          { level1: "产出指标", level2: "数量指标", name: "a", value: "≥1个" },
          { level1: "产出指标", level2: "时效指标", name: "b", value: "按时完成" },
          { level1: "满意度指标", name: "c", value: "≥95%" },
        ],
      },
      // 乙's 一级 is blank: nothing carries over from 甲.
      {
        name: "乙",
        money: { total: "10.00" },
        indicators: [{ level1: "", name: "d", value: "≥2次" }],
      },
    ]);
    expect(r.source(["projects", 0, "indicators", 1, "level1"])).toEqual({
      table: "projectTargets",
      row: "project:甲",
      column: "indicator.level1",
      raw: "产出指标",
    });
  });

  it("reports what it cannot place: continuation rows before a project, cells no layout reads", () => {
    const t = table("projectTargets", [
      ind(0, { "output.name": "孤儿", "output.value": "1" }),
      project("甲", { total: "3.00", "extra:备注": "说明" }),
      ind(1, { total: "4.00", "output.name": "a", "output.value": "1" }),
      { key: { kind: "org", code: "116" }, cells: { total: "3.00", "cost.name": "x" } },
      ind(2, { "output.name": "b", "output.value": "2" }),
    ]);
    const r = readTargets([t], henan2024);
    expect(r.problems).toEqual([
      { code: "orphan-row", table: "projectTargets", row: "indicator:0" },
      {
        code: "unread-cell",
        table: "projectTargets",
        row: "project:甲",
        column: "extra:备注",
        raw: "说明",
      },
      // A second, different amount on a continuation row does not overwrite the project's.
      {
        code: "unread-cell",
        table: "projectTargets",
        row: "indicator:1",
        column: "total",
        raw: "4.00",
      },
      {
        code: "unread-cell",
        table: "projectTargets",
        row: "org:116",
        column: "cost.name",
        raw: "x",
      },
      { code: "orphan-row", table: "projectTargets", row: "indicator:2" },
    ]);
    expect(r.targets?.projects[0]?.money).toEqual({ total: "3.00" });
    expect(r.targets?.projects[0]?.indicators).toEqual([
      { level1: "产出指标", name: "a", value: "1" },
    ]);
  });

  it.each([
    ["a 说明", "departmentTargets", "explanation", "按财政要求执行，据实统计"],
    ["a 评分标准", "departmentTargets", "standard", "每降低1个百分点扣1分"],
    ["a 中期指标值", "projectTargets", "indicator.midTermValue", "≥98%"],
    ["a 评分标准 of a project's indicator", "projectTargets", "indicator.standard", "未完成不得分"],
  ])(
    "a row printing only %s (no name, no value): kept as an unread cell, never dropped",
    (_, kind, column, raw) => {
      const department = kind === "departmentTargets";
      const [l1, name, value] = department
        ? ["level1", "level3", "value"]
        : ["indicator.level1", "indicator.name", "indicator.value"];
      const rows = [
        ind(0, { [l1]: "产出指标", [name]: "预算执行率", [value]: "≥95%", [column]: "" }),
        ind(1, { [l1]: "", [name]: "", [value]: "", [column]: raw }),
        ind(2, { [l1]: "", [name]: "完成率", [value]: "100%", [column]: "" }),
      ];
      const r = readTargets(
        [table(kind, department ? rows : [project("甲", { total: "3.00" }), ...rows])],
        henan2024,
      );
      expect(r.problems).toEqual([
        { code: "unread-cell", table: kind, row: "indicator:1", column, raw },
      ]);
      const read = department ? r.targets?.department : r.targets?.projects[0];
      expect(read?.indicators.map((i) => [i.name, i.value])).toEqual([
        ["预算执行率", "≥95%"],
        ["完成率", "100%"],
      ]);
    },
  );

  it("a value column printed under a header the template does not know: unread values, not blank ones", () => {
    // 年度指标值, 指标值（包含数字及文字描述）, 预期指标值: the readPrintedTable keeps such a column as
    // `extra:…`, so no row prints the layout's value column.
    for (const header of [
      "extra:年度指标值",
      "extra:指标值（包含数字及文字描述）",
      "extra:预期指标值",
    ]) {
      const t = table("projectTargets", [
        project("2024年通联值班费", {
          total: "10.00",
          "indicator.level1": "产出指标",
          "indicator.name": "每天值班次数",
          [header]: "≥2次/天",
        }),
        ind(0, {
          "indicator.level1": "满意度指标",
          "indicator.name": "服务对象满意度",
          [header]: "≥95%",
        }),
      ]);
      const r = readTargets([t], henan2024);
      expect(r.targets?.projects[0]?.indicators.map((i) => i.value)).toEqual(["", ""]);
      expect(r.problems.filter((p) => p.code === "unread-value")).toEqual([
        {
          code: "unread-value",
          table: "projectTargets",
          row: "project:2024年通联值班费",
          column: "indicator.value",
          path: ["projects", 0, "indicators", 0, "value"],
        },
        {
          code: "unread-value",
          table: "projectTargets",
          row: "indicator:0",
          column: "indicator.value",
          path: ["projects", 0, "indicators", 1, "value"],
        },
      ]);
      expect(r.problems.filter((p) => p.code === "unread-cell")).toHaveLength(2);
    }
    // Side by side: the 产出 group prints its names under a known header, its values under another.
    const side = table("projectTargets", [
      project("甲", { total: "1.00", "output.name": "人数", "extra:产出指标/年度指标值": "≤1人" }),
    ]);
    expect(readTargets([side], henan2024).problems.map((p) => p.code)).toEqual([
      "unread-value",
      "unread-cell",
    ]);
  });

  it("a value cell left blank (or left out of one row) where the table prints the column is blank, not unread", () => {
    const t = table("projectTargets", [
      project("甲", {
        total: "1.00",
        "indicator.level1": "产出指标",
        "indicator.name": "a",
        "indicator.value": "",
      }),
      ind(0, { "indicator.name": "b" }),
      ind(1, { "indicator.name": "c", "indicator.value": "≥1次" }),
    ]);
    const r = readTargets([t], henan2024);
    expect(r.problems).toEqual([]);
    expect(r.targets?.projects[0]?.indicators.map((i) => i.value)).toEqual(["", "", "≥1次"]);
  });

  it("states every money line in the first targets table's unit, converting exactly", () => {
    const a = table("projectTargets", [project("甲", { total: "1.50" })]);
    const b = table("projectTargets", [project("乙", { total: "12,345" })], { unit: "元" });
    const r = readTargets([a, b], henan2024);
    expect(r.targets?.unit).toBe("万元");
    expect(r.targets?.projects.map((p) => p.money.total)).toEqual(["1.50", "1.2345"]);
    expect(r.problems).toEqual([
      { code: "unit-differs", table: "projectTargets", unit: "元", used: "万元" },
    ]);
  });

  it("gives no targets when no table prints any", () => {
    const r = readTargets([table("sanGong", [])], henan2024);
    expect(r.targets).toBeUndefined();
    expect(r.problems).toEqual([]);
  });
});

describe("disclosureTargets", () => {
  const meta = {
    year: 2024,
    documentKind: "单位",
    template: "henan2024",
    department: { name: "x" },
    units: [],
  } as const;
  const printed = table("projectTargets", [project("印刷的", { total: "1.00" })]);

  it("reads the tables when no targets are given as data", () => {
    const d: Disclosure = { meta, tables: [printed], texts: [] };
    expect(disclosureTargets(d, henan2024).targets?.projects.map((p) => p.name)).toEqual([
      "印刷的",
    ]);
  });

  it("uses targets given as data, citing them as pseudo-cells", () => {
    const targets = {
      unit: "万元" as const,
      projects: [
        {
          name: "给定的",
          money: { total: "2.00" },
          indicators: [{ level1: "产出指标", name: "a", value: "≥1" }],
        },
      ],
    };
    const r = disclosureTargets({ meta, tables: [printed], texts: [], targets }, henan2024);
    expect(r.targets).toBe(targets);
    expect(r.source(["projects", 0, "indicators", 0, "value"])).toEqual({
      table: "targets",
      row: "projects/0",
      column: "indicators/0/value",
      raw: "≥1",
    });
    expect(r.source(["department", "budget", "total"])).toEqual({
      table: "targets",
      row: "department",
      column: "budget/total",
      raw: "",
    });
  });
});

describe("formatTargetReadProblem", () => {
  it("renders an unread value in both locales", () => {
    const p = {
      code: "unread-value",
      table: "projectTargets",
      row: "indicator:0",
      column: "indicator.value",
      path: ["projects", 0, "indicators", 1, "value"],
    } as const;
    expect(formatTargetReadProblem(p)).toBe(
      "projectTargets 表 indicator:0 行：指标值没有读入（表中没有模板认识的指标值列）",
    );
    expect(formatTargetReadProblem(p, "en")).toBe(
      "table projectTargets, row indicator:0: the indicator's value was not read (the table prints no value column the template knows)",
    );
  });

  it("renders every problem in both locales", () => {
    const problems = [
      { code: "unread-cell", table: "t", row: "r", column: "c", raw: "x" },
      { code: "orphan-row", table: "t", row: "indicator:0" },
      { code: "unit-differs", table: "t", unit: "元", used: "万元" },
    ] as const;
    expect(problems.map((p) => formatTargetReadProblem(p))).toEqual([
      "t 表 r 行「c」列的“x”没有读入任何绩效目标",
      "t 表 indicator:0 行：在任何项目之前的续行",
      "t 表的单位是元，绩效目标以万元计，其金额已换算",
    ]);
    expect(problems.map((p) => formatTargetReadProblem(p, "en"))).toEqual([
      'table t, row r, column "c": "x" was not read into any target',
      "table t, row indicator:0: a continuation row before any project",
      "table t is in 元, the targets in 万元: its money lines were converted",
    ]);
  });
});

describe("readTargets: the unit whatever the print order", () => {
  // The department's table prints money (a part printing none states no unit of the targets).
  const department: Table = {
    kind: "departmentTargets",
    unit: "万元",
    rows: [{ key: { kind: "line", line: "budget.total" }, cells: { amount: "1.00" } }],
  };
  const projects: Table = {
    kind: "projectTargets",
    unit: "元",
    rows: [
      { key: { kind: "economic", econ: "x" }, cells: { total: "-1.00", specialAccount: "-2.00" } },
    ],
  };
  it("is the unit of the targets table first in the template's order (found by a property)", () => {
    const a = readTargets([department, projects], henan2024);
    const b = readTargets([projects, department], henan2024);
    expect(a.targets?.unit).toBe("万元");
    expect(b.targets?.unit).toBe("万元");
    expect(b.targets?.projects).toEqual(a.targets?.projects);
    expect(b.problems.map((p) => p.code)).toEqual(["unit-differs"]);
  });
  it("a table without a unit line sets none", () => {
    const r = readTargets(
      [projects, { ...department, unit: undefined } as unknown as Table],
      henan2024,
    );
    expect(r.targets?.unit).toBe("元");
  });
});

describe("readTargets: a 一级 / 二级 name cut where its merged cell wraps", () => {
  it("the rest on the next indicator's row names the indicators above whole", () => {
    const t = table("departmentTargets", [
      ind(0, { level1: "产出指", level2: "数量指标", level3: "a", value: "≥1个" }),
      ind(1, { level1: "标", level2: "质量指标", level3: "b", value: "100%" }),
      ind(2, { level1: "满意度指", level2: "服务对象满意度", level3: "c", value: "≥90%" }),
      ind(3, { level1: "标", level2: "指标", level3: "d", value: "≥95%" }),
      ind(4, { level1: "效益指标", level2: "社会效益", level3: "e", value: "有效" }),
      ind(5, { level2: "生态效益指标", level3: "f", value: "有效" }),
    ]);
    const r = readTargets([t], henan2024);
    expect(
      r.targets?.department?.indicators.map((i) => `${i.level1}/${i.level2}/${i.name}`),
    ).toEqual([
      "产出指标/数量指标/a",
      "产出指标/质量指标/b",
      "满意度指标/服务对象满意度指标/c",
      "满意度指标/服务对象满意度指标/d",
      "效益指标/社会效益/e",
      "效益指标/生态效益指标/f",
    ]);
  });
});
