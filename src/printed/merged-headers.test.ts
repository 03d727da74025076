import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { carryGroupHeadings, unheadBlankTwins } from "./merged-headers";
import { formatReadProblem } from "./messages";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const table = (headers: readonly string[], rows: readonly (readonly string[])[]): PrintedTable => ({
  title: "2024年项目支出预算表",
  unit: "万元",
  headers,
  rows,
});

describe("a header merged over two columns, given twice", () => {
  it("names the column printing the cells, whichever side the blank twin is on", () => {
    for (const [headers, rows] of [
      [["项目名称", "项目名称", "合计"], [["", "2024年通联值班费", "5.00"]]],
      [["项目名称", "项目名称", "合计"], [["2024年通联值班费", "", "5.00"]]],
      [["项目名称", "合计", " 合计 "], [["2024年通联值班费", "", "5.00"]]],
    ] as const) {
      const r = readPrintedTable(table(headers, rows), { template: henan2024 });
      expect(r.table?.rows.map((x) => [x.key, x.cells.total])).toEqual([
        [{ kind: "project", name: "2024年通联值班费" }, "5.00"],
      ]);
      expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    }
  });

  it("says which column is read as unheaded, in Chinese and English", () => {
    const { problems, table: t } = unheadBlankTwins(
      table(["项目名称", "项目名称", "合计"], [["", "某项目", "5.00"]]),
    );
    expect(t.headers).toEqual(["", "项目名称", "合计"]);
    expect(problems).toEqual([
      { code: "merged-header", severity: "info", path: { header: 0, text: "项目名称" }, into: 1 },
    ]);
    const [p] = problems;
    if (p === undefined) throw new Error("no problem");
    expect(formatReadProblem(p)).toBe(
      "第 1 列表头“项目名称”与第 2 列表头相同且没有内容（合并单元格），按无表头的空列读取",
    );
    expect(formatReadProblem(p, "en")).toContain("repeats the header of column 2");
  });

  it("leaves twins that both print something, and twins apart, as printed", () => {
    const both = table(["合计", "合计"], [["5.00", "6.00"]]);
    expect(unheadBlankTwins(both).table).toBe(both);
    const apart = table(["合计", "项目名称", "合计"], [["", "某项目", "5.00"]]);
    expect(unheadBlankTwins(apart).table).toBe(apart);
  });
});

describe("group headings given over the first of their columns only", () => {
  it("carries a heading to the sibling paths blank at its level", () => {
    expect(
      carryGroupHeadings([
        "总计",
        "本年收入/合计",
        "/一般公共预算/小计",
        "//其中：财政拨款",
        "/事业收入",
        "上年结转结余/合计",
        "/单位资金",
      ]),
    ).toEqual([
      "总计",
      "本年收入/合计",
      "本年收入/一般公共预算/小计",
      "本年收入/一般公共预算/其中：财政拨款",
      "本年收入/事业收入",
      "上年结转结余/合计",
      "上年结转结余/单位资金",
    ]);
  });

  it("leaves paths with nothing to carry from as printed (after a blank or shallower column)", () => {
    const h = ["项目", "/合计", "", "/小计"];
    expect(carryGroupHeadings(h)).toBe(h);
  });

  const income = (headers: readonly string[], total = "969.06"): PrintedTable => ({
    title: "2024年部门收入预算表",
    unit: "万元",
    headers: ["部门（单位）代码", "部门（单位）名称", "总计", ...headers],
    rows: [["", "合计", total, "969.06", "969.06", "969.06"]],
  });
  const keys = (t: PrintedTable) =>
    readPrintedTable(t, { template: henan2024 }).columns.map((c) => c.key);
  const cells = (t: PrintedTable) =>
    readPrintedTable(t, { template: henan2024 }).table?.rows[0]?.cells;
  const FULL = [
    "本年收入/合计",
    "本年收入/一般公共预算/小计",
    "本年收入/一般公共预算/其中：财政拨款",
  ];

  it("reads the carried paths as the printed ones, and a wrong total as printed", () => {
    const given = ["本年收入/合计", "/一般公共预算/小计", "//其中：财政拨款"];
    expect(keys(income(given))).toEqual(keys(income(FULL)));
    expect(cells(income(given, "970.06"))).toEqual(cells(income(FULL, "970.06")));
  });

  it("reads each group's 指标值 under its own group", () => {
    const targets = (headers: readonly string[]): PrintedTable => ({
      title: "本级部门预算项目绩效目标汇总表",
      headers: ["项目单位（项目名称）", ...headers],
      rows: [["机要设备购置", "成本", "≤5万元", "数量", "2台"]],
    });
    const full = [
      "绩效目标/成本指标/三级指标",
      "绩效目标/成本指标/指标值",
      "绩效目标/产出指标/三级指标",
      "绩效目标/产出指标/指标值",
    ];
    const given = ["绩效目标/成本指标/三级指标", "//指标值", "/产出指标/三级指标", "//指标值"];
    expect(keys(targets(given))).toEqual(keys(targets(full)));
    expect(keys(targets(full))).toContain("output.value");
  });

  it("keeps a column's own heading given in the lower row as its own", () => {
    const t: PrintedTable = {
      title: "2024年部门支出预算表",
      unit: "万元",
      headers: ["单位（科目名称）", "合计", "基本支出/小计", "/项目支出"],
      rows: [["合计", "3.00", "1.00", "2.00"]],
    };
    const plain = { ...t, headers: ["单位（科目名称）", "合计", "基本支出/小计", "项目支出"] };
    expect(keys(t)).toEqual(keys(plain));
  });
});
