import { describe, expect, it } from "vitest";
import { functional2024 } from "../catalog/2024";
import type { Table } from "../disclosure";
import { nameIndex, resolvePath } from "./paths";

const fn = (code: string, name: string) => ({
  key: { kind: "functional" as const, code },
  name,
  cells: {},
});
const table = (...rows: Table["rows"]): Table => ({ kind: "expenditure", unit: "万元", rows });
/** 一般行政管理事务 is a 项 of several 款: 201 31 02 (党委办公厅) and 212 01 02 (城乡社区管理事务). */
const both = nameIndex(
  [table(fn("2013102", "一般行政管理事务"), fn("2120102", "一般行政管理事务"))],
  functional2024,
  2024,
);
const path = (...names: readonly [level: "类" | "款" | "项", name: string][]) =>
  names.map(([level, name]) => ({ level, name }));

describe("nameIndex: the functional names the tables print", () => {
  it("indexes named functional rows only, codes as digits, each code once", () => {
    const idx = nameIndex(
      [
        table(fn("201 31 01", "行政运行"), {
          key: { kind: "economic", econ: "30101" },
          name: "基本工资",
          cells: {},
        }),
        table(fn("2013101", "行政运行"), {
          key: { kind: "functional", code: "2013102" },
          cells: {},
        }),
      ],
      undefined,
      undefined,
    );
    expect([...idx.tables.entries()]).toEqual([["行政运行", ["2013101"]]]);
  });
});

describe("resolvePath: a name printed under the wrong parent", () => {
  it("takes the code of the name in the parent's 类 when the name has several", () => {
    const p = resolvePath(
      path(
        ["类", "一般公共服务支出"],
        ["款", "政府办公厅（室）及相关机构事务"],
        ["项", "一般行政管理事务"],
      ),
      both,
    );
    expect([p?.code, p?.problems]).toEqual([
      "2013102",
      [{ kind: "wrong-parent", name: "一般行政管理事务", code: "2013102", expected: "20131" }],
    ]);
  });

  it("takes the one code of the name, even in another 类", () => {
    const one = nameIndex([table(fn("2120102", "一般行政管理事务"))], functional2024, 2024);
    const p = resolvePath(path(["类", "一般公共服务支出"], ["项", "一般行政管理事务"]), one);
    expect([p?.code, p?.problems]).toEqual([
      "2120102",
      [{ kind: "wrong-parent", name: "一般行政管理事务", code: "2120102", expected: "21201" }],
    ]);
  });

  it("guesses nothing when several codes of the name lie outside the parent's 类", () => {
    expect(resolvePath(path(["类", "教育支出"], ["项", "一般行政管理事务"]), both)).toBeUndefined();
  });

  it("guesses nothing for a first name of several codes", () => {
    expect(resolvePath(path(["项", "一般行政管理事务"]), both)).toBeUndefined();
  });
});

describe("resolvePath: what must resolve", () => {
  it("an unknown first level is not skipped, and an empty path is no path", () => {
    const idx = nameIndex([table(fn("2013101", "行政运行"))], functional2024, 2024);
    expect(resolvePath(path(["类", "不存在的类"], ["项", "行政运行"]), idx)).toBeUndefined();
    expect(resolvePath([], idx)).toBeUndefined();
  });

  it("works from the tables alone without a catalog, still reading 其它 as 其他", () => {
    const idx = nameIndex(
      [
        table(
          fn("201", "一般公共服务支出"),
          fn("20131", "党委办公厅（室）及相关机构事务"),
          fn("2299999", "其他支出"),
        ),
      ],
      undefined,
      2024,
    );
    const p = resolvePath(
      path(["类", "一般公共服务支出"], ["款", "党委办公厅（室）及相关机构事务"]),
      idx,
    );
    expect([p?.code, p?.problems]).toEqual(["20131", []]);
    expect(resolvePath(path(["项", "其它支出"]), idx)?.problems).toEqual([
      { kind: "variant", name: "其它支出", code: "2299999", expected: "其他支出" },
    ]);
    // a name only the catalog knows is not found
    expect(resolvePath(path(["类", "教育支出"]), idx)).toBeUndefined();
  });
});

describe("resolvePath: a 类 printed without the 支出 its name ends with", () => {
  const none = nameIndex([], functional2024, 2024);
  it.each([
    ["住房保障", "221"],
    ["城乡社区", "212"],
    ["农林水", "213"],
    ["自然资源海洋气象等", "220"],
    ["住房保障支出", "221"],
  ])("%s (类) is %s", (name, code) => {
    expect(resolvePath(path(["类", name]), none)).toEqual({
      names: [{ level: "类", name }],
      code,
      problems: [],
    });
  });

  it("a 款 or 项 is never given a 支出 it does not print; an unknown 类 stays unknown", () => {
    expect(resolvePath(path(["款", "住房改革"]), none)).toBeUndefined();
    expect(resolvePath(path(["类", "某某事务"]), none)).toBeUndefined();
  });
});
