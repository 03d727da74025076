/** The TSDoc examples of src/printed, run as written. */
import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { readRowCodes } from "./codes";
import { matchHeaders } from "./headers";
import { formatReadProblem } from "./messages";
import { readPrintedTable } from "./read";
import { normalizeTableTitle, recogniseTableKind } from "./title";

describe("TSDoc examples", () => {
  it("normalizeTableTitle and recogniseTableKind", () => {
    expect(normalizeTableTitle("2025年预算单位财务收支预算总表")).toBe("预算单位财务收支预算总表");
    expect(normalizeTableTitle(" 2024年一般公共预算“三公”经费预算表 预算08表")).toBe(
      "一般公共预算三公经费预算表",
    );
    expect(recogniseTableKind("2024年部门支出预算表", henan2024)?.kind.id).toBe("expenditure");
    expect(recogniseTableKind("2025年预算单位财务收支预算总表", henan2024)?.kind.id).toBe(
      "summary",
    );
    expect(recogniseTableKind("人员名单", henan2024)).toBeUndefined();
  });

  it("matchHeaders and readRowCodes", () => {
    const sanGong = henan2024.tables.find((t) => t.id === "sanGong");
    const expenditure = henan2024.tables.find((t) => t.id === "expenditure");
    if (sanGong === undefined || expenditure === undefined) throw new Error("template");
    expect(matchHeaders(["公务接待费"], sanGong).columns[0]?.key).toBe("reception");
    const { columns } = matchHeaders(
      ["科目编码/类", "基本支出/人员经费/工资福利支出", "备注"],
      expenditure,
    );
    expect(columns.map((c) => c.key)).toEqual(["code.class", "basic.salary", "extra:备注"]);
    const codes = matchHeaders(["科目编码/类", "科目编码/款", "科目编码/项"], expenditure).columns;
    const [c] = readRowCodes(["201", "31", "01"], codes);
    expect(c?.result.ok && c.result.value.value).toBe("2013101");
  });

  it("formatReadProblem", () => {
    const p = {
      code: "unknown-header",
      severity: "warning",
      path: { header: 4, text: "备注" },
      key: "extra:备注",
    } as const;
    expect(formatReadProblem(p)).toBe("第 5 列表头“备注”不是该表的列，单元格保留为“extra:备注”");
    expect(formatReadProblem(p, "en")).toBe(
      'header 5 "备注" is not a column of this table; its cells are kept as "extra:备注"',
    );
  });

  it("readPrintedTable", () => {
    const r = readPrintedTable(
      {
        title: "2024年部门支出预算表",
        unit: "万元",
        headers: ["科目编码/类", "科目编码/款", "科目编码/项", "单位（科目名称）", "合计"],
        rows: [
          ["", "", "", "合计", "77.00"],
          ["201", "31", "02", "一般行政管理事务", "77.00"],
        ],
      },
      { template: henan2024 },
    );
    expect(r.kind).toBe("expenditure");
    expect(r.table?.rows[1]?.key).toEqual({ kind: "functional", code: "2013102" });
    expect(r.table?.rows[1]?.cells).toEqual({ total: "77.00" });
  });
});
