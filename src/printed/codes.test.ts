import { describe, expect, it } from "vitest";
import { henan2024, type TableKind } from "../templates";
import { readRowCodes } from "./codes";
import { matchHeaders } from "./headers";

function columnsOf(id: string, headers: readonly string[]) {
  const kind: TableKind | undefined = henan2024.tables.find((t) => t.id === id);
  if (kind === undefined) throw new Error(`no kind ${id}`);
  return matchHeaders(headers, kind).columns;
}

const functional = columnsOf("expenditure", [
  "科目编码/类",
  "科目编码/款",
  "科目编码/项",
  "单位（科目名称）",
]);
const values = (row: readonly string[]) =>
  readRowCodes(row, functional).map((c) =>
    c.result.ok ? c.result.value.value : c.result.error.code,
  );

describe("readRowCodes", () => {
  it("joins a functional code printed across 类 | 款 | 项", () => {
    expect(values(["201", "31", "01", "行政运行"])).toEqual(["2013101"]);
    expect(values(["201", "", "", "一般公共服务支出"])).toEqual(["201"]);
    expect(values(["208", "05", "", "行政事业单位养老支出"])).toEqual(["20805"]);
    expect(values([" 229 ", "99", "99", "其他支出"])).toEqual(["2299999"]);
  });

  it("reads nothing from blank code cells", () => {
    expect(readRowCodes(["", "", "", "合计"], functional)).toEqual([]);
    expect(readRowCodes([], functional)).toEqual([]);
  });

  it("reads nothing from code cells printing a dash or a slash (a total's)", () => {
    expect(readRowCodes(["—", "—", "—", "合计"], functional)).toEqual([]);
    expect(readRowCodes(["-", "", "", "合计"], functional)).toEqual([]);
    expect(readRowCodes(["/", "/", "/", "合计"], functional)).toEqual([]);
    // A dash between printed segments is no code: still a gap.
    expect(values(["201", "—", "01", "行政运行"])).toEqual(["bad-segment"]);
  });

  it("reports a one-digit 类 as a bad segment at the 类 cell", () => {
    const [c] = readRowCodes(["7", "11", "02", "事业单位医疗"], functional);
    expect(c?.cell).toBe(0);
    expect(c?.raw).toBe("7 11 02");
    expect(c?.result.ok).toBe(false);
    if (c !== undefined && !c.result.ok && c.result.error.code === "bad-segment") {
      expect(c.result.error.segment).toBe("7");
      expect(c.result.error.expectedLength).toBe(3);
    }
  });

  it("reports a blank segment between filled ones instead of skipping it", () => {
    const [c] = readRowCodes(["201", "", "01", "行政运行"], functional);
    expect(c?.cell).toBe(1);
    expect(c?.result).toEqual({
      ok: false,
      error: {
        code: "bad-segment",
        segment: "",
        expectedLength: 2,
        input: "201 |  | 01",
        position: 6,
        system: "functional",
      },
    });
  });

  it("reads departmental and government codes of one row (支出经济分类汇总表)", () => {
    const cols = columnsOf("economicSummary", [
      "部门预算经济分类/类",
      "部门预算经济分类/款",
      "部门预算经济分类/科目名称",
      "政府预算经济分类/类",
      "政府预算经济分类/款",
    ]);
    const codes = readRowCodes(["301", "07", "绩效工资", "505", "01"], cols);
    expect(
      codes.map((c) => [c.system, c.result.ok ? c.result.value.value : "?", c.cell, c.filled]),
    ).toEqual([
      ["departmental", "30107", 0, 2],
      ["government", "50501", 3, 2],
    ]);
  });

  it("reads whole codes printed in one column (基本支出表)", () => {
    const cols = columnsOf("gpbBasic", [
      "部门预算支出经济分类科目/科目编码",
      "部门预算支出经济分类科目/科目名称",
      "政府预算支出经济分类科目/科目编码",
    ]);
    const codes = readRowCodes(["30107", "绩效工资", "50501"], cols);
    expect(codes.map((c) => (c.result.ok ? c.result.value.value : "?"))).toEqual([
      "30107",
      "50501",
    ]);
    expect(codes.map((c) => c.filled)).toEqual([1, 1]);
  });
});
