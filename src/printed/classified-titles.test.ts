/**
 * A table whose title states the classification its rows are by (`（按经济分类）`, `按功能科目`): read
 * as a kind with rows of that classification, or not read (`unknown-title`, coverage), never as a
 * table by function with its economic codes taken for units (which made a correct table's 合计
 * three `rollup` errors).
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import type { Disclosure, Table } from "../disclosure";
import { checkDisclosure, henan2024Profile, nationalProfile } from "../rules";
import { henan2024, nationalMinimum } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const BY_ECONOMIC_CODE = [
  ["", "合计", "150.00", "100.00", "50.00"],
  ["301", "工资福利支出", "80.00", "80.00", ""],
  ["30101", "基本工资", "50.00", "50.00", ""],
  ["30102", "津贴补贴", "30.00", "30.00", ""],
  ["302", "商品和服务支出", "70.00", "20.00", "50.00"],
  ["30201", "办公费", "70.00", "20.00", "50.00"],
];

const printed = (title: string, headers: readonly string[]): PrintedTable => ({
  title,
  unit: "万元",
  headers: [...headers],
  rows: BY_ECONOMIC_CODE.map((r) => [...r]),
});

const disclosure = (template: string, tables: Table[]): Disclosure => ({
  meta: {
    year: 2024,
    documentKind: "单位",
    template,
    department: { name: "某单位" },
    units: [{ name: "某单位", unitType: "行政" }],
  },
  tables,
  texts: [],
});

describe("titles stating the classification of their rows", () => {
  it.each([
    ["一般公共预算财政拨款支出表（按经济分类）"],
    ["部门支出总表（按部门预算经济分类）"],
    ["一般公共预算支出预算表（按经济科目）"],
  ])(
    "does not read %s (spending by economic 科目, 基本 and 项目) as a table by function",
    (title) => {
      for (const template of [nationalMinimum, henan2024]) {
        const r = readPrintedTable(
          printed(title, ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]),
          {
            template,
            catalog: catalog2024.functional,
          },
        );
        expect(r.table).toBeUndefined();
        expect(r.problems.map((p) => p.code)).toEqual(["unknown-title"]);
      }
    },
  );

  it("reads 一般公共预算基本支出表（按经济分类） as the 基本支出 table by economic 科目 and checks it clean", () => {
    const headers = ["科目编码", "科目名称", "合计", "人员经费", "公用经费"];
    const rows = [
      ["", "合计", "150.00", "80.00", "70.00"],
      ["301", "工资福利支出", "80.00", "80.00", ""],
      ["30101", "基本工资", "50.00", "50.00", ""],
      ["30102", "津贴补贴", "30.00", "30.00", ""],
      ["302", "商品和服务支出", "70.00", "", "70.00"],
      ["30201", "办公费", "70.00", "", "70.00"],
    ];
    for (const [template, profile] of [
      [nationalMinimum, nationalProfile],
      [henan2024, henan2024Profile],
    ] as const) {
      const r = readPrintedTable(
        {
          ...printed("一般公共预算基本支出表（按经济分类）", headers),
          rows: rows.map((x) => x.map(String)),
        },
        { template },
      );
      expect(r.kind).toBe("gpbBasic");
      expect(r.table?.rows[1]?.key).toEqual({ kind: "economic", econ: "301" });
      if (r.table === undefined) return;
      const report = checkDisclosure(disclosure(template.id, [r.table]), {
        profile,
        template,
        catalog: catalog2024,
      });
      expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    }
  });
});
