import { describe, expect, it } from "vitest";
import { type Catalog, defineCatalog } from "../catalog";
import { rowKeyId } from "../disclosure";
import { henan2024, nationalMinimum, shanghai } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

/** A small functional catalog, so the tests do not depend on the built-in data's aliases. */
function testCatalog(): Catalog {
  const r = defineCatalog({
    system: "functional",
    year: 2024,
    coverage: { 类: "partial" },
    entries: [
      { code: "201", name: "一般公共服务支出" },
      { code: "207", name: "文化旅游体育与传媒支出" },
      { code: "208", name: "社会保障和就业支出" },
      {
        code: "210",
        name: "卫生健康支出",
        aliases: [{ name: "卫生健康" }, { name: "医疗卫生与计划生育支出", to: 2018 }],
      },
      { code: "212", name: "城乡社区支出", aliases: [{ name: "城乡社区事务" }] },
      { code: "221", name: "住房保障支出" },
    ],
  });
  if (!r.ok) throw new Error("test catalog");
  return r.value;
}
const catalog = testCatalog();

const FISCAL = ["收入/项目", "收入/金额", "支出/项目", "支出/合计"];
const SUMMARY = ["收入/项目", "收入/金额", "支出/项目", "支出/金额"];

const ids = (t: PrintedTable, withCatalog = true) => {
  const r = readPrintedTable(
    t,
    withCatalog ? { template: henan2024, catalog } : { template: henan2024 },
  );
  return { r, ids: r.table?.rows.map((row) => rowKeyId(row.key)) ?? [] };
};

describe("line tables", () => {
  it("splits each printed row into an income row and a spending row", () => {
    const { r, ids: keys } = ids({
      title: "2024年部门收支预算表",
      headers: SUMMARY,
      rows: [
        ["一、一般公共预算", "969.06", "一、一般公共服务", "635.07"],
        ["", "", "十、卫生健康", "47.28"],
        ["本 年 收 入 合 计", "969.06", "本 年 支 出 合 计", "969.06"],
      ],
    });
    expect(keys).toEqual([
      "line:revenue.gpb",
      "functional:201",
      "functional:210",
      "line:revenue",
      "line:spending",
    ]);
    expect(r.rowSources).toEqual([0, 0, 1, 2, 2]);
    expect(r.table?.rows[0]).toEqual({
      key: { kind: "line", line: "revenue.gpb" },
      name: "一、一般公共预算",
      cells: { "income.amount": "969.06" },
    });
    expect(r.table?.rows[2]?.cells).toEqual({ "spending.amount": "47.28" });
  });

  it.each(["年终结转结余", "年末结转结余", "结转下年", "二、结转下年度"])(
    "reads %s on the spending side as the carry-forward line",
    (label) => {
      for (const template of [henan2024, nationalMinimum]) {
        const r = readPrintedTable(
          {
            title: "2024年部门收支总表",
            headers: SUMMARY,
            rows: [
              ["本年收入合计", "969.06", "本年支出合计", "900.00"],
              ["", "", label, "69.06"],
            ],
          },
          { template },
        );
        const rows = r.table?.rows ?? [];
        expect(rows.map((row) => rowKeyId(row.key))).toContain("line:spending.carryforward");
        expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
      }
    },
  );

  it("tracks the section: （一） under 二、上年结转 is the carried-over line", () => {
    const { ids: keys } = ids({
      title: "2024年财政拨款收支预算表",
      headers: FISCAL,
      rows: [
        ["一、本年收入", "969.06", "", ""],
        ["（一）一般公共预算拨款", "969.06", "", ""],
        ["二、上年结转", "", "", ""],
        ["（一）一般公共预算拨款", "", "", ""],
        ["（二）政府性基金预算拨款", "", "", ""],
        ["收入合计", "969.06", "", ""],
      ],
    });
    expect(keys).toEqual([
      "line:revenue",
      "line:revenue.gpb",
      "line:revenue.carryover",
      "line:revenue.carryover.gpb",
      "line:revenue.carryover.govFund",
      "line:revenue.total",
    ]);
  });

  it("reads a label a 结转结余 block shares as 本年收入's line outside that block (no heading before it)", () => {
    const { r } = ids({
      title: "2024年财政拨款收支预算表",
      headers: FISCAL,
      rows: [["一般公共预算拨款", "1.00", "", ""]],
    });
    expect(r.problems.filter((p) => p.code === "ambiguous-line")).toEqual([]);
    expect(r.table?.rows).toEqual([
      {
        key: { kind: "line", line: "revenue.gpb" },
        name: "一般公共预算拨款",
        cells: { "income.amount": "1.00" },
      },
    ]);
  });

  it("resolves 类 labels by catalog name, with or without 支出, and by alias", () => {
    const { ids: keys } = ids({
      title: "2024年财政拨款收支预算表",
      headers: FISCAL,
      rows: [
        ["", "", "（一）一般公共服务支出", "635.07"],
        ["", "", "（十二）城乡社区事务支出", ""],
        ["", "", "二十一、住房保障", ""],
      ],
    });
    expect(keys).toEqual(["functional:201", "functional:212", "functional:221"]);
  });

  it.each([true, false])(
    "reads a 类 label printing its code (201 一般公共服务支出) by the code, named by the rest (catalog: %s)",
    (withCatalog) => {
      const { r, ids: keys } = ids(
        {
          title: "2024年财政拨款收支预算表",
          headers: FISCAL,
          rows: [
            ["", "", "201 一般公共服务支出", "635.07"],
            ["", "", "212城乡社区支出", ""],
            ["", "", "２２１　住房保障支出", ""],
          ],
        },
        withCatalog,
      );
      expect(keys).toEqual(["functional:201", "functional:212", "functional:221"]);
      expect(r.table?.rows.map((x) => x.name)).toEqual([
        "一般公共服务支出",
        "城乡社区支出",
        "住房保障支出",
      ]);
      expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    },
  );

  it("falls back to the ordinal (code − 200) when a later label proves the table numbers by code", () => {
    const { r, ids: keys } = ids({
      title: "2024年财政拨款收支预算表",
      headers: FISCAL,
      rows: [
        ["", "", "（一）一般公共服务支出", ""],
        ["", "", "（七）文化体育旅游与传媒支出", ""],
        ["", "", "（二十一）住房保障支出", ""],
      ],
    });
    expect(keys).toEqual(["functional:201", "functional:207", "functional:221"]);
    expect(r.problems.filter((p) => p.code === "functional-by-ordinal")).toEqual([
      {
        code: "functional-by-ordinal",
        severity: "info",
        path: { row: 1, cell: 2 },
        label: "（七）文化体育旅游与传媒支出",
        functional: "207",
      },
    ]);
  });

  it.each(["二、结余分配", "三、结转下年使用", "二、预留结转"])(
    "takes no ordinal numbered otherwise than the 类 labels, %j, for a 类",
    (label) => {
      // The 类 are numbered （一）…（二十一）; a line numbered 二、 is of the form's outline.
      const { r, ids: keys } = ids({
        title: "2024年财政拨款收支预算表",
        headers: FISCAL,
        rows: [
          ["", "", "一、本年支出", "10.00"],
          ["", "", "（一）一般公共服务支出", ""],
          ["", "", "（七）文化体育旅游与传媒支出", ""],
          ["", "", "（二十一）住房保障支出", ""],
          ["", "", label, "10.00"],
        ],
      });
      expect(keys).toEqual([
        "line:spending",
        "functional:201",
        "functional:207",
        "functional:221",
        `unplaced:${label}`,
      ]);
      expect(r.problems.at(-1)).toMatchObject({ code: "unknown-line-label", label });
    },
  );

  it.each([
    ["the only labels named are before it", [["", "", "一、一般公共服务支出", "1.00"]]],
    [
      "a label before it is not its code − 200 (the 决算 form numbers by position)",
      [
        ["", "", "八、社会保障和就业支出", "1.00"],
        ["", "", "九、卫生健康支出", "1.00"],
        ["", "", "二十一、住房保障支出", "1.00"],
      ],
    ],
    ["nothing is named (no catalog)", []],
  ])("leaves an ordinal unplaced when %s", (_, before) => {
    const rows = [...before, ["", "", "十、某某改名后的支出", "47.28"]];
    const { r, ids: keys } = ids(
      { title: "2024年部门收支预算表", headers: SUMMARY, rows },
      before.length > 0,
    );
    expect(keys.at(-1)).toBe("unplaced:十、某某改名后的支出");
    expect(keys.filter((k) => k === "functional:210")).toEqual(
      before.length === 3 ? ["functional:210"] : [],
    );
    expect(r.problems.filter((p) => p.code === "functional-by-ordinal")).toEqual([]);
    expect(r.problems.at(-1)).toMatchObject({ code: "unknown-line-label", severity: "warning" });
  });

  it.each([
    "八、社会保障和就业支出（类）",
    "八、社会保障和就业支出(类)",
    "八、社会保障和就业支出 （ 类 ）",
    "（八）社会保障和就业【类】",
  ])("reads a 类 label printed with its level mark, %j, by name", (label) => {
    const { r, ids: keys } = ids({
      title: "2024年部门收支预算表",
      headers: SUMMARY,
      rows: [
        ["", "", label, "1.00"],
        ["", "", "十、卫生健康支出（类）", "2.00"],
      ],
    });
    expect(keys).toEqual(["functional:208", "functional:210"]);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("does not use ordinals when the catalog shows the table numbers its rows in sequence", () => {
    const r = readPrintedTable(
      {
        title: "2024年预算单位财政拨款收支预算总表",
        headers: [
          "财政拨款收入/项目",
          "财政拨款收入/预算数",
          "财政拨款支出/项目",
          "财政拨款支出/合计",
        ],
        rows: [
          ["", "", "一、一般公共服务支出", ""],
          ["", "", "二、社会保障和就业支出", "8,661,624"],
          ["", "", "三、医疗卫生与计划生育支出", "503,724"],
          ["", "", "四、某某专项支出", "1"],
        ],
      },
      { template: shanghai, catalog },
    );
    expect(r.table?.rows.map((row) => rowKeyId(row.key))).toEqual([
      "functional:201",
      "functional:208",
      "functional:210",
      "unplaced:四、某某专项支出",
    ]);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([
      {
        code: "unknown-line-label",
        severity: "warning",
        path: { row: 3, cell: 2 },
        label: "四、某某专项支出",
        candidates: [],
      },
    ]);
  });

  it("keeps both rows of a duplicated 类 and reports it: info when one is blank, warning otherwise", () => {
    const rows = (second: string): PrintedTable => ({
      title: "2024年财政拨款收支预算表",
      headers: FISCAL,
      rows: [
        ["", "", "（九）医疗卫生与计划生育支出", second],
        ["", "", "（十）卫生健康支出", "47.28"],
      ],
    });
    const blank = ids(rows(""));
    expect(blank.ids).toEqual(["functional:210", "functional:210"]);
    expect(blank.r.problems.filter((p) => p.code === "duplicate-row")).toEqual([
      {
        code: "duplicate-row",
        severity: "info",
        path: { row: 1 },
        key: "functional:210",
        rows: [0, 1],
      },
    ]);
    expect(blank.r.ok).toBe(true);
    const filled = ids(rows("1.00"));
    expect(filled.r.problems.find((p) => p.code === "duplicate-row")?.severity).toBe("warning");
    expect(filled.r.ok).toBe(true);
  });

  it("keeps and reports an amount printed without a label", () => {
    const { r, ids: keys } = ids({
      title: "2024年部门收支预算表",
      headers: SUMMARY,
      rows: [["", "5.00", "", ""]],
    });
    expect(keys).toEqual(["unplaced:"]);
    expect(r.table?.rows[0]?.cells).toEqual({ "income.amount": "5.00" });
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([
      { code: "unplaced-row", severity: "warning", path: { row: 0 }, cells: ["", "5.00", "", ""] },
    ]);
  });

  it("reads the indicator lines of the 整体绩效目标表", () => {
    const { r, ids: keys } = ids({
      title: "部门（单位）整体绩效目标表",
      headers: ["项目", "金额", "一级指标", "三级指标", "指标值"],
      rows: [
        ["部门预算总额", "969.06", "", "", ""],
        ["", "", "投入管理指标", "预算执行率", "≥90%"],
        ["", "", "投入管理指标", "预算调整率", "≤20%"],
      ],
    });
    expect(keys).toEqual(["line:budget.total", "indicator:0", "indicator:1"]);
    expect(r.table?.rows[2]?.cells).toEqual({
      amount: "",
      level1: "投入管理指标",
      level3: "预算调整率",
      value: "≤20%",
    });
  });
});
