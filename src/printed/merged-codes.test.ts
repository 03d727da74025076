import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { type CarriedSegments, readRowCodes } from "./codes";
import { matchHeaders } from "./headers";
import { readPrintedTable } from "./read";

/**
 * Code cells merged down a table: a printer prints the 类 (and the 款) once, over the rows of its
 * 款 and 项, and the text layer gives those rows a blank 类 (or 类 and 款) cell. Each row's code
 * is its own segments after those of the code row above.
 */
const HEADERS = ["科目编码/类", "科目编码/款", "科目编码/项", "科目名称", "合计"];

function expenditureColumns() {
  const kind = henan2024.tables.find((t) => t.id === "expenditure");
  if (kind === undefined) throw new Error("no 支出表 in the template");
  return matchHeaders(HEADERS, kind).columns;
}

const keysOf = (rows: readonly (readonly string[])[]) => {
  const r = readPrintedTable(
    { title: "部门支出预算表", headers: HEADERS, rows },
    { template: henan2024 },
  );
  return {
    keys: (r.table?.rows ?? []).map((x) => (x.key.kind === "functional" ? x.key.code : x.key.kind)),
    problems: r.problems.map((p) => p.code),
  };
};

describe("code cells merged with the rows above", () => {
  it("reads 款 and 项 rows whose 类 (and 款) cells are blank from the code row above", () => {
    const r = keysOf([
      ["", "", "", "合计", "100.00"],
      ["201", "", "", "一般公共服务支出", "60.00"],
      ["", "31", "", "党委办公厅（室）及相关机构事务", "60.00"],
      ["", "", "01", "行政运行", "50.00"],
      ["", "", "02", "一般行政管理事务", "10.00"],
      ["208", "", "", "社会保障和就业支出", "40.00"],
      ["", "05", "", "行政事业单位养老支出", "40.00"],
      ["", "", "05", "机关事业单位基本养老保险缴费支出", "40.00"],
    ]);
    expect(r.keys).toEqual([
      "total",
      "201",
      "20131",
      "2013101",
      "2013102",
      "208",
      "20805",
      "2080505",
    ]);
    expect(r.problems).not.toContain("bad-segment");
    expect(r.problems).not.toContain("malformed-code");
  });

  it("reads the same table with only the 类 merged (款 printed on every 项 row), in 元 spacing", () => {
    const r = keysOf([
      ["201", "", "", "一般公共服务支出", "60"],
      ["", "31", "", "党委办公厅（室）及相关机构事务", "60"],
      ["", " 31 ", " 01 ", "行政运行", "50"],
      ["", "31", "02", "一般行政管理事务", "10"],
    ]);
    expect(r.keys).toEqual(["201", "20131", "2013101", "2013102"]);
  });

  it("gives the first code row nothing to take: a blank 类 there is still a bad segment", () => {
    const columns = expenditureColumns();
    const carried: CarriedSegments = new Map();
    const [c] = readRowCodes(["", "31", "01", "行政运行"], columns, carried);
    expect(c?.result.ok === false && c.result.error.code).toBe("bad-segment");
  });

  it("never fills a blank between printed segments (201 | | 01 stays a bad segment)", () => {
    const columns = expenditureColumns();
    const carried: CarriedSegments = new Map();
    readRowCodes(["201", "31", "", "x"], columns, carried);
    const [c] = readRowCodes(["201", "", "01", "行政运行"], columns, carried);
    expect(c?.result.ok === false && c.result.error.code).toBe("bad-segment");
    // And a row above that is unreadable gives nothing to the row below.
    readRowCodes(["7", "11", "", "x"], columns, carried);
    const [d] = readRowCodes(["", "", "02", "x"], columns, carried);
    expect(d?.result.ok === false && d.result.error.code).toBe("bad-segment");
  });

  it("takes nothing across a row that is no code row (a unit's row or a total starts afresh)", () => {
    const r = keysOf([
      ["201", "31", "", "党委办公厅（室）及相关机构事务", "60.00"],
      ["", "", "", "合计", "60.00"],
      ["", "", "01", "行政运行", "50.00"],
    ]);
    expect(r.keys.slice(0, 2)).toEqual(["20131", "total"]);
    expect(r.keys[2]).not.toBe("2013101");
  });

  it("keeps the printed text of a merged row's code as printed", () => {
    const columns = expenditureColumns();
    const carried: CarriedSegments = new Map();
    readRowCodes(["201", "31", "", "x"], columns, carried);
    const [c] = readRowCodes(["", "", "01", "行政运行"], columns, carried);
    expect(c?.raw).toBe("01");
    expect(c?.result.ok && c.result.value.value).toBe("2013101");
  });
});

describe("code cells merged over a page break (`previous`)", () => {
  const page = (title: string, rows: string[][]) => ({ title, headers: HEADERS, rows });
  const read = (rows: string[][], previous?: Parameters<typeof readPrintedTable>[1]["previous"]) =>
    readPrintedTable(page("部门支出预算表", rows), {
      template: henan2024,
      ...(previous === undefined ? {} : { previous }),
    }).table?.rows.map((x) => (x.key.kind === "functional" ? x.key.code : x.key.kind));
  const first = readPrintedTable(
    page("部门支出预算表", [
      ["201", "", "", "一般公共服务支出", "635.07"],
      ["", "31", "", "党委办公厅（室）及相关机构事务", "635.07"],
      ["", "", "01", "行政运行", "558.07"],
    ]),
    { template: henan2024 },
  ).table;
  const next = [
    ["", "", "02", "一般行政管理事务", "77.00"],
    ["208", "", "", "社会保障和就业支出", "73.69"],
    ["", "05", "", "行政事业单位养老支出", "73.69"],
  ];

  it("reads the next page's first rows under the page before's last code", () => {
    expect(read(next, first)).toEqual(["2013102", "208", "20805"]);
    // 款 and 项 cut apart, or a 类 row ending the page.
    const kuan = [["", "32", "01", "行政运行", "1.00"]];
    expect(read(kuan, first)).toEqual(["2013201"]);
    const lei = { ...(first as NonNullable<typeof first>), rows: first?.rows.slice(0, 1) ?? [] };
    expect(read([["", "31", "", "党委办公厅（室）及相关机构事务", "1.00"]], lei)).toEqual([
      "20131",
    ]);
  });

  it("reads nothing of a page before of another kind, ending without a code, or not given", () => {
    expect(read(next)).not.toContain("2013102");
    const other = { ...(first as NonNullable<typeof first>), kind: "gpbExpenditure" };
    expect(read(next, other)).not.toContain("2013102");
    const total = {
      ...(first as NonNullable<typeof first>),
      rows: [{ key: { kind: "total" as const }, cells: {} }],
    };
    expect(read(next, total)).not.toContain("2013102");
    // A page printing its codes whole reads them as printed.
    expect(read([["201", "31", "02", "一般行政管理事务", "77.00"]], first)).toEqual(["2013102"]);
  });
});
