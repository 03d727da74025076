/**
 * Codes in a column without a header of its own, right left of the names (unheaded, or under the
 * names' header given twice): read as the kind's column of whole codes when it prints nothing but
 * codes and the kind has one such column unprinted; anything else stays as printed.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import { final2024 } from "../final";
import { henan2024 } from "../templates";
import { codeColumns } from "./code-columns";
import { formatReadProblem } from "./messages";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const TABLE: PrintedTable = {
  title: "一般公共预算财政拨款支出决算表",
  unit: "万元",
  headers: ["", "项目/科目名称", "合计", "基本支出", "项目支出"],
  rows: [
    ["", "合计", "30.00", "10.00", "20.00"],
    ["201", "一般公共服务支出", "30.00", "10.00", "20.00"],
    ["201 01", "人大事务", "30.00", "10.00", "20.00"],
    ["２０１０１０１", "行政运行", "30.00", "10.00", "20.00"],
  ],
};

const read = (t: PrintedTable) =>
  readPrintedTable(t, { template: final2024, catalog: catalog2024.functional, year: 2024 });
const keys = (t: PrintedTable) => read(t).table?.rows.map((r) => r.key);

const BY_CODE = [
  { kind: "total" },
  { kind: "functional", code: "201" },
  { kind: "functional", code: "20101" },
  { kind: "functional", code: "2010101" },
];

describe("codes in a column without a header", () => {
  it("reads an unheaded column of codes left of the names as the code column", () => {
    expect(keys(TABLE)).toEqual(BY_CODE);
    const problem = read(TABLE).problems.find((p) => p.code === "code-column");
    expect(problem).toEqual({
      code: "code-column",
      severity: "info",
      path: { header: 0, text: "" },
      column: "code",
    });
    expect(problem && formatReadProblem(problem, "zh-CN")).toContain("编码列");
    expect(problem && formatReadProblem(problem, "en")).toContain("code column");
  });

  it("reads the names' header given over the codes too", () => {
    const twice = { ...TABLE, headers: ["项目/科目名称", ...TABLE.headers.slice(1)] };
    expect(keys(twice)).toEqual(BY_CODE);
    expect(read(twice).problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("reads the figures of each row as printed, a wrong one as printed", () => {
    const wrong = {
      ...TABLE,
      rows: TABLE.rows.map((r, i) =>
        i === 3 ? [r[0] ?? "", "行政运行", "31.00", "10.00", "20.00"] : r,
      ),
    };
    expect(read(wrong).table?.rows[3]?.cells).toMatchObject({ total: "31.00" });
  });

  it("leaves a column that prints anything but codes, or unit codes, as printed", () => {
    const kind = final2024.tables.find((k) => k.id === "gpbExpenditure");
    if (kind === undefined) throw new Error("no kind");
    const mixed = {
      ...TABLE,
      rows: TABLE.rows.map((r, i) => (i === 2 ? ["见附表", ...r.slice(1)] : r)),
    };
    expect(codeColumns(mixed, kind, 2024)).toEqual({ table: mixed, problems: [] });
    const units = {
      ...TABLE,
      rows: TABLE.rows.map((r) => (r[0] === "" ? r : ["116001", ...r.slice(1)])),
    };
    expect(codeColumns(units, kind, 2024).problems).toEqual([]);
    const headed = { ...TABLE, headers: ["资金来源", ...TABLE.headers.slice(1)] };
    expect(codeColumns(headed, kind, 2024).problems).toEqual([]);
  });

  it("does not guess the system when the kind has two code columns unprinted", () => {
    const kind = henan2024.tables.find((k) => k.id === "gpbBasic");
    if (kind === undefined) throw new Error("no kind");
    const t: PrintedTable = {
      title: "2024年一般公共预算基本支出预算表",
      headers: ["", "科目名称", "合计"],
      rows: [["301", "工资福利支出", "1.00"]],
    };
    expect(codeColumns(t, kind, 2024).problems).toEqual([]);
  });
});
