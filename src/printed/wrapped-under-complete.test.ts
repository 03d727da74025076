import { describe, expect, it } from "vitest";
import type { Catalog } from "../catalog";
import { departmental2024, functional2024 } from "../catalog/2024";
import { henan2024 } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

/**
 * A row printing figures right under a 科目 row printing none: the rest of the 科目's name (its
 * figures printed level with the name's last line, in a tall cell) or a row of its own under a
 * 科目 whose name is whole. A row of its own joined in would give the 科目 its figures and lose a
 * row.
 */
const read = (t: PrintedTable, catalog?: Catalog) =>
  readPrintedTable(t, { template: henan2024, ...(catalog === undefined ? {} : { catalog }) });

const wrapped = (t: PrintedTable, catalog?: Catalog) =>
  read(t, catalog).problems.filter((p) => p.code === "wrapped-row");

/** A 一般公共预算基本支出表 by economic 科目: 合计 | 人员经费 | 公用经费. */
const basic = (rows: readonly (readonly string[])[]): PrintedTable => ({
  title: "2024年一般公共预算基本支出预算表",
  unit: "万元",
  headers: ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
  rows,
});

/** A 一般公共预算支出表 by functional 科目, one amount column. */
const functional = (rows: readonly (readonly string[])[]): PrintedTable => ({
  title: "2024年一般公共预算支出预算表",
  unit: "万元",
  headers: ["科目编码/类", "科目编码/款", "科目编码/项", "科目名称", "合计"],
  rows,
});

const CATALOGS = [undefined, functional2024] as const;

describe("a row of its own printing figures under a whole 科目 name printing none", () => {
  it("keeps a nature of spending or a kind of funds, whatever the table's columns", () => {
    for (const label of [
      "基本支出",
      "项目支出",
      "人员支出",
      "公用支出",
      "日常公用经费",
      "基 本 支 出",
    ]) {
      for (const catalog of CATALOGS) {
        const t = basic([
          ["30201", "办公费", "12.00", "", "12.00"],
          ["30299", "其他商品和服务支出", "", "", ""],
          ["", label, "50.00", "50.00", ""],
        ]);
        const r = read(t, catalog);
        expect(wrapped(t, catalog), label).toEqual([]);
        expect(r.table?.rows[1]?.name, label).toBe("其他商品和服务支出");
        expect(r.table?.rows[1]?.cells.total, label).toBe("");
        const f = functional([
          ["208", "05", "05", "机关事业单位基本养老保险缴费支出", ""],
          ["", "", "", label, "5.00"],
        ]);
        expect(wrapped(f, catalog), label).toEqual([]);
        expect(read(f, catalog).table?.rows[0]?.cells.total, label).toBe("");
      }
    }
  });

  it("keeps any label below a name ending as a 科目's does (…支出), catalog or not", () => {
    for (const [code, head] of [
      ["30299", "其他商品和服务支出"],
      ["30199", "其他工资福利支出"],
      ["302", "商品和服务支出"],
      ["310", "资本性支出"],
    ] as const) {
      for (const label of ["离退休费", "某某单位", "办公费"]) {
        const t = basic([
          [code, head, "", "", ""],
          ["", label, "3.00", "", "3.00"],
        ]);
        expect(wrapped(t), `${head} ${label}`).toEqual([]);
        expect(read(t).table?.rows[0]?.name).toBe(head);
      }
    }
  });

  it("keeps a label below a name the catalog gives whole for its code (current name or alias)", () => {
    for (const [codes, head] of [
      [["201", "01", "01"], "行政运行"],
      [["201", "01", "02"], "一般行政管理事务"],
      [["201", "", ""], "一般公共服务"],
      [["201", "", ""], "一、一般公共服务支出"],
      [["201", "01", "03"], "机关 服务"],
    ] as const) {
      for (const label of ["人大事务", "某某中心", "会议费"]) {
        const t = functional([
          [...codes, head, ""],
          ["", "", "", label, "8.00"],
        ]);
        expect(wrapped(t, functional2024), `${head} ${label}`).toEqual([]);
        expect(read(t, functional2024).table?.rows[0]?.cells.total).toBe("");
      }
    }
  });

  it("reads a departmental catalog for economic 科目 rows", () => {
    const t = basic([
      ["30201", "办公费", "", "", ""],
      ["", "印刷费", "3.00", "", "3.00"],
    ]);
    expect(wrapped(t, departmental2024)).toEqual([]);
    expect(read(t, departmental2024).table?.rows[0]?.cells.total).toBe("");
  });
});

describe("the rest of a 科目's name printed level with its figures still joins", () => {
  const joins = (t: PrintedTable, name: string, total: string, catalog?: Catalog) => {
    const r = read(t, catalog);
    expect(r.problems.filter((p) => p.code === "wrapped-row").length, name).toBe(1);
    expect(r.table?.rows[0]?.name?.replace(/\s+/gu, ""), name).toBe(name);
    expect(r.table?.rows[0]?.cells.total, name).toBe(total);
  };

  it("joins a functional 科目's name, with or without a catalog", () => {
    for (const catalog of CATALOGS) {
      for (const [codes, head, tail, whole] of [
        [["201", "", ""], "一般公共服务", "支出", "一般公共服务支出"],
        [["201", "", ""], "一、一般公共服务", "支出", "一、一般公共服务支出"],
        [
          ["208", "05", "05"],
          "机关事业单位基本养老保",
          "险缴费支出",
          "机关事业单位基本养老保险缴费支出",
        ],
        [
          ["208", "05", "05"],
          "机关事业单位",
          "基本养老保险缴费支出",
          "机关事业单位基本养老保险缴费支出",
        ],
        [["201", "99", "99"], "其他", "一般公共服务支出", "其他一般公共服务支出"],
        [["201", "01", "01"], "行政运", "行", "行政运行"],
        [["213", "", ""], "农林水", "支出", "农林水支出"],
      ] as const) {
        const t = functional([
          [...codes, head, ""],
          ["", "", "", tail, "52.59"],
        ]);
        joins(t, whole, "52.59", catalog);
      }
    }
  });

  it("joins an economic 科目's name, with or without a catalog", () => {
    for (const catalog of [undefined, departmental2024]) {
      for (const [code, head, tail, whole] of [
        ["30399", "其他对个人和家庭的", "补助", "其他对个人和家庭的补助"],
        ["309", "资本性支出", "（基本建设）", "资本性支出（基本建设）"],
        ["30299", "其他商品和服务", "支出", "其他商品和服务支出"],
        ["30299", "其他", "商品和服务支出", "其他商品和服务支出"],
        ["30217", "公务接", "待费", "公务接待费"],
      ] as const) {
        const t = basic([
          [code, head, "", "", ""],
          ["", tail, "3.00", "", "3.00"],
        ]);
        joins(t, whole, "3.00", catalog);
      }
    }
  });

  it("still joins a name's rest printed alone under a whole-looking head", () => {
    const t = functional([
      ["201", "", "", "一般公共服务", "635.07"],
      ["", "", "", "支出", ""],
    ]);
    joins(t, "一般公共服务支出", "635.07", functional2024);
  });
});
