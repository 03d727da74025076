import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const read = (t: PrintedTable) => readPrintedTable(t, { template: henan2024 });

const gpb = (header: string, cells: readonly (readonly [string, string])[]): PrintedTable => ({
  title: "2024年一般公共预算支出表",
  headers: [header, "合计", "基本支出", "项目支出"],
  rows: cells.map(([label, total]) => [label, total, "", total]),
});

describe("a code and its name in one cell", () => {
  it.each([
    ["项目", "2013101 行政运行"],
    ["科目编码及名称", "2013101行政运行"],
    ["功能分类科目", "201 31 01 行政运行"],
    ["科目名称", "201.31.01、行政运行"],
    ["项目", "２０１３１０１　行政运行"],
    // joined by a dash of any width, once or twice
    ["项目", "2013101-行政运行"],
    ["科目名称", "2013101 - 行政运行"],
    ["项目", "2013101—行政运行"],
    ["科目编码及名称", "2013101——行政运行"],
    ["项目", "2013101－行政运行"],
    ["项目", "2013101～行政运行"],
    // the code in brackets
    ["科目编码及名称", "[2013101]行政运行"],
    ["项目", "【2013101】行政运行"],
    ["项目", "［2013101］ 行政运行"],
  ])("under %s (%s) is read as the code and the name", (header, label) => {
    const r = read(
      gpb(header, [
        ["合计", "77.00"],
        ["201 一般公共服务支出", "77.00"],
        ["20131 党委办公厅（室）及相关机构事务", "77.00"],
        [label, "77.00"],
      ]),
    );
    expect(r.table?.rows.map((x) => [x.key, x.name])).toEqual([
      [{ kind: "total" }, "合计"],
      [{ kind: "functional", code: "201" }, "一般公共服务支出"],
      [{ kind: "functional", code: "20131" }, "党委办公厅（室）及相关机构事务"],
      [{ kind: "functional", code: "2013101" }, "行政运行"],
    ]);
    // Nothing reported about the column: it is placed (as the name, its codes read from it).
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.columns.map((c) => [c.index, c.header, c.column?.role])).toEqual([
      [0, header, "name"],
      [1, "合计", "amount"],
      [2, "基本支出", "amount"],
      [3, "项目支出", "amount"],
    ]);
  });

  it("in an economic table: the code of the system its cells print", () => {
    const r = read({
      title: "2024年一般公共预算基本支出表",
      headers: ["项目", "合计", "人员经费", "公用经费"],
      rows: [
        ["301 工资福利支出", "10.00", "10.00", ""],
        ["30101 基本工资", "10.00", "10.00", ""],
      ],
    });
    expect(r.table?.rows.map((x) => x.key)).toEqual([
      { kind: "economic", econ: "301" },
      { kind: "economic", econ: "30101" },
    ]);
  });

  it("a problem of a later cell names the printed cell", () => {
    const r = read(gpb("项目", [["2013101 行政运行", "7O.00"]]));
    expect(r.problems).toContainEqual(
      expect.objectContaining({ code: "malformed-amount", path: { row: 0, cell: 1 } }),
    );
  });

  it("a cell of the column that prints no code stays its name; an unknown name is reported, not lost", () => {
    const r = read(
      gpb("项目", [
        ["2013101 行政运行", "7.00"],
        ["20131 党委办公厅（室）及相关机构事务", "7.00"],
        ["其他", "1.00"],
      ]),
    );
    const last = r.table?.rows.at(-1);
    expect(last).toMatchObject({ key: { kind: "unplaced" }, cells: { total: "1.00" } });
    expect(r.problems).toContainEqual(
      expect.objectContaining({ code: "unplaced-row", path: { row: 2 } }),
    );
  });

  it("is not read so where the code columns are printed, or where few labels open with a code", () => {
    const printed = read({
      title: "2024年一般公共预算支出表",
      headers: ["科目编码", "科目名称", "合计"],
      rows: [["2013101", "2024年行政运行", "7.00"]],
    });
    expect(printed.table?.rows[0]?.name).toBe("2024年行政运行");
    const few = read(
      gpb("项目", [
        ["一般公共服务支出", "7.00"],
        ["行政运行", "7.00"],
        ["2013101 行政运行", "7.00"],
      ]),
    );
    expect(few.table?.rows[2]?.key.kind).toBe("unplaced");
  });
});
