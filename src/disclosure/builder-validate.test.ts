import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { tableBuilder } from "./builder-table";
import { validateDisclosure, validateTable } from "./builder-validate";
import type { BuildProblem } from "./problems";
import type { Disclosure, Table } from "./types";

function only(problems: readonly BuildProblem[]): BuildProblem {
  expect(problems).toHaveLength(1);
  const [p] = problems;
  if (p === undefined) throw new Error("no problem");
  return p;
}

const META: Disclosure["meta"] = {
  year: 2024,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units: [],
};

describe("every build problem, once, with its path", () => {
  it("keeps a table's unknown unit line (`unknownUnit`)", () => {
    const table: Table = {
      kind: "sanGong",
      unit: "万元",
      unknownUnit: "单位：千元",
      rows: [{ key: { kind: "single" }, cells: { total: "6.50" } }],
    };
    expect(validateTable(table, henan2024).value.unknownUnit).toBe("单位：千元");
  });

  it("keeps a table's columns of another period (`otherPeriods`), frozen", () => {
    const otherPeriods = { "extra:上年预算数": "prior", "extra:增减额": "change" } as const;
    const table: Table = {
      kind: "sanGong",
      unit: "万元",
      rows: [
        {
          key: { kind: "single" },
          cells: { total: "6.50", "extra:上年预算数": "7.50", "extra:增减额": "-1.00" },
        },
      ],
      otherPeriods,
    };
    const kept = validateTable(table, henan2024).value.otherPeriods;
    expect(kept).toEqual(otherPeriods);
    expect(Object.isFrozen(kept)).toBe(true);
  });

  it("unknown-table-kind: the rows are kept, cells not checked", () => {
    const r = tableBuilder(henan2024, "balanceSheet").row("total", { assets: "x" }).build();
    expect(r.ok).toBe(false);
    expect(only(r.problems)).toEqual({
      code: "unknown-table-kind",
      severity: "error",
      path: ["kind"],
      table: "balanceSheet",
      template: "henan2024",
      suggestions: [],
    });
    expect(r.value.rows[0]?.cells).toEqual({ assets: "x" });
  });

  it("unknown-column: the cell is kept", () => {
    const r = tableBuilder(henan2024, "sanGong")
      .single({ total: "6.50", meetings: "3.00" })
      .build();
    expect(only(r.problems)).toEqual({
      code: "unknown-column",
      severity: "error",
      path: ["rows", 0, "cells", "meetings"],
      table: "sanGong",
      row: 0,
      rowKey: "single",
      column: "meetings",
      input: "3.00",
      suggestions: [],
    });
    expect(r.value.rows[0]?.cells.meetings).toBe("3.00");
  });

  it("unknown-column: keys that are Object.prototype properties are columns like any other", () => {
    const r = tableBuilder(henan2024, "sanGong")
      .single({ constructor: "1", toString: "2" })
      .build();
    expect(r.problems.map((p) => p.path)).toEqual([
      ["rows", 0, "cells", "constructor"],
      ["rows", 0, "cells", "toString"],
    ]);
  });

  it("malformed-amount carries the AmountError of its cell; blank and dashes are fine", () => {
    const r = tableBuilder(henan2024, "expenditure")
      .functional("2013101", "行政运行", {
        total: "558.07",
        basic: "",
        project: "-",
        "basic.goods": "49.6.8",
      })
      .build();
    expect(only(r.problems)).toEqual({
      code: "malformed-amount",
      severity: "error",
      path: ["rows", 0, "cells", "basic.goods"],
      table: "expenditure",
      row: 0,
      rowKey: "functional:2013101",
      column: "basic.goods",
      error: { code: "multiple-points", input: "49.6.8", position: 4 },
    });
  });

  it("malformed-code in the row key: kept as printed, with the CodeError", () => {
    const r = tableBuilder(henan2024, "expenditure").functional("2O13101", "行政运行", {}).build();
    expect(r.value.rows[0]?.key).toEqual({ kind: "functional", code: "2O13101" });
    expect(only(r.problems)).toEqual({
      code: "malformed-code",
      severity: "error",
      path: ["rows", 0, "key", "code"],
      table: "expenditure",
      row: 0,
      rowKey: "functional:2O13101",
      error: {
        code: "invalid-character",
        char: "O",
        input: "2O13101",
        position: 1,
        system: "functional",
      },
    });
  });

  it("malformed-code in the government code of an economic key", () => {
    const r = tableBuilder(henan2024, "gpbBasic")
      .economic("30107", "30107", "绩效工资", {})
      .build();
    const p = only(r.problems);
    expect(p.path).toEqual(["rows", 0, "key", "gov"]);
    expect(p.code === "malformed-code" && p.error.code).toBe("wrong-system");
  });

  it.each([
    // column, printed, expected error code and position
    ["code.class", "20", "bad-segment", 0],
    ["code.class", "20131", "bad-segment", 0],
    ["code.class", "301", "wrong-system", 0],
    ["code.section", "3", "bad-segment", 0],
    ["code.item", " 0l", "invalid-character", 2],
  ])("malformed-code in a code cell: %s %j", (column, printed, code, position) => {
    const r = tableBuilder(henan2024, "expenditure")
      .functional("2013101", "行政运行", { [column]: printed })
      .build();
    const p = only(r.problems);
    expect(p.path).toEqual(["rows", 0, "cells", column]);
    expect(p.code === "malformed-code" && [p.column, p.error.code, p.error.position]).toEqual([
      column,
      code,
      position,
    ]);
  });

  it("well-formed code cells, split and whole, pass", () => {
    const expenditure = tableBuilder(henan2024, "expenditure")
      .functional("2013101", "行政运行", {
        "code.class": "201",
        "code.section": "３１",
        "code.item": " 01 ",
      })
      .build();
    expect(expenditure.problems).toEqual([]);
    const basic = tableBuilder(henan2024, "gpbBasic")
      .economic("30107", "50501", "绩效工资", { econ: "301 07", gov: "50501" })
      .build();
    expect(basic.problems).toEqual([]);
  });

  it("row-kind-not-allowed: a functional row in the single-row 三公 table", () => {
    const r = tableBuilder(henan2024, "sanGong").functional("2013101", "行政运行", {}).build();
    expect(only(r.problems)).toEqual({
      code: "row-kind-not-allowed",
      severity: "error",
      path: ["rows", 0, "key", "kind"],
      table: "sanGong",
      row: 0,
      rowKey: "functional:2013101",
      rowKind: "functional",
      allowed: ["single"],
    });
  });

  it("unknown-line: a line id the 收支总表 does not have", () => {
    const r = tableBuilder(henan2024, "summary")
      .line("revenue.lottery", { "income.amount": "1.00" })
      .build();
    const p = only(r.problems);
    expect(p).toMatchObject({
      code: "unknown-line",
      path: ["rows", 0, "key", "line"],
      line: "revenue.lottery",
    });
  });

  it("duplicate-row: the same normalised code twice under one unit, an error when both print figures", () => {
    const r = tableBuilder(henan2024, "expenditure")
      .functional("2013101", "行政运行", { total: "1.00" })
      .functional("201 31 01", "行政运行", { total: "2.00" })
      .build();
    expect(only(r.problems)).toEqual({
      code: "duplicate-row",
      severity: "error",
      path: ["rows", 1, "key"],
      table: "expenditure",
      row: 1,
      rowKey: "functional:2013101",
      first: 0,
    });
  });

  it("duplicate-row is a warning when one of the two rows is blank (printed twice under an old and a current name)", () => {
    const r = tableBuilder(henan2024, "fiscalSummary")
      .functional("210", "医疗卫生与计划生育支出", { "spending.total": "" })
      .functional("210", "卫生健康支出", { "spending.total": "47.28" })
      .build();
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([["duplicate-row", "warning"]]);
    expect(r.ok).toBe(true);
  });

  it.each([
    ["207", "文化体育与传媒支出", "文化旅游体育与传媒支出"],
    ["210", "医疗卫生与计划生育支出", "卫生健康支出"],
    ["208", "社会保障和就业", "社会保障和就业支出"],
  ])(
    "duplicate-row is a warning when one row prints only zeros beside figures (%s %s 0.00)",
    (code, old, current) => {
      const r = tableBuilder(henan2024, "fiscalSummary")
        .functional(code, old, { "spending.total": "0.00", "spending.gpb": "0" })
        .functional(code, current, { "spending.total": "47.28", "spending.gpb": "47.28" })
        .build();
      expect(r.problems.map((p) => [p.code, p.severity])).toEqual([["duplicate-row", "warning"]]);
      expect(r.ok).toBe(true);
    },
  );

  it("duplicate-row stays an error where the zero row also prints a figure, or text that is no amount", () => {
    const severities = (first: Record<string, string>) =>
      tableBuilder(henan2024, "fiscalSummary")
        .functional("210", "医疗卫生与计划生育支出", first)
        .functional("210", "卫生健康支出", { "spending.total": "47.28" })
        .build()
        .problems.filter((p) => p.code === "duplicate-row")
        .map((p) => p.severity);
    expect(severities({ "spending.total": "0.00", "spending.gpb": "1.00" })).toEqual(["error"]);
    expect(severities({ "spending.total": "0.00x" })).toEqual(["error"]);
  });

  it("duplicate-row is scoped to a unit group: two units may list the same code, not the same unit", () => {
    const r = tableBuilder(henan2024, "expenditure")
      .org("116001", "甲单位", {})
      .functional("2013101", "行政运行", {})
      .org("116002", "乙单位", {})
      .functional("2013101", "行政运行", {})
      .org("116001", "甲单位", {})
      .build();
    expect(only(r.problems)).toMatchObject({
      code: "duplicate-row",
      row: 4,
      first: 0,
      rowKey: "org:116001",
    });
  });

  it("a unit's row printed again after its own rows (its 小计) is no duplicate-row", () => {
    const r = tableBuilder(henan2024, "expenditure")
      .org("116001", "甲单位", {})
      .functional("2013101", "行政运行", { total: "1.00" })
      .org("116001", "小计", { total: "1.00" })
      .org("116002", "乙单位", { total: "2.00" })
      .functional("2013101", "行政运行", { total: "2.00" })
      .org("116002", "小计", { total: "2.00" })
      .build();
    expect(r.problems).toEqual([]);
  });

  it("unknown-attribute-value is a warning and keeps the text", () => {
    const r = tableBuilder(henan2024, "projects")
      .project("2024年机关运行经费", { type: "其它运转类", total: "50.00" })
      .project("专项工作经费", { type: " 特定目标类 ", total: "73.50" })
      .build();
    expect(r.ok).toBe(true);
    expect(only(r.problems)).toEqual({
      code: "unknown-attribute-value",
      severity: "warning",
      path: ["rows", 0, "cells", "type"],
      table: "projects",
      row: 0,
      rowKey: "project:2024年机关运行经费",
      column: "type",
      input: "其它运转类",
      known: ["其他运转类", "特定目标类", "其他运转类项目", "特定目标类项目"],
    });
  });

  it("duplicate-table and template-mismatch in a disclosure, with table paths", () => {
    const sanGong: Table = {
      kind: "sanGong",
      unit: "万元",
      rows: [{ key: { kind: "single" }, cells: { total: "6.5x" } }],
    };
    const r = validateDisclosure(
      {
        meta: { ...META, template: "shanghai" },
        tables: [sanGong, sanGong],
        texts: [],
      },
      henan2024,
    );
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([
      ["template-mismatch", ["meta", "template"]],
      ["malformed-amount", ["tables", 0, "rows", 0, "cells", "total"]],
      ["malformed-amount", ["tables", 1, "rows", 0, "cells", "total"]],
      ["duplicate-table", ["tables", 1]],
    ]);
    expect(r.problems[0]).toMatchObject({ template: "shanghai", expected: "henan2024" });
    expect(r.problems[3]).toMatchObject({ table: "sanGong", first: 0 });
    expect(r.value.tables).toHaveLength(2);
  });
});

describe("validateTable", () => {
  it("normalises row-key codes of a table value and copies it frozen", () => {
    const table: Table = {
      kind: "gpbBasic",
      unit: "万元",
      rows: [
        {
          key: { kind: "economic", econ: "302 17", gov: "502 06" },
          name: "公务接待费",
          cells: { total: "1.50" },
        },
      ],
    };
    const r = validateTable(table, henan2024);
    expect(r.ok).toBe(true);
    expect(r.value.rows[0]?.key).toEqual({ kind: "economic", econ: "30217", gov: "50206" });
    expect(Object.isFrozen(r.value.rows[0]?.cells)).toBe(true);
    expect(Object.isFrozen(table.rows[0]?.cells)).toBe(false); // the input is not touched
  });
});
