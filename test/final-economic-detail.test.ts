/**
 * A table by economic 科目 whose title reads like a table by function
 * (`一般公共预算财政拨款支出决算明细表` headed `经济分类科目编码/类`, as some provinces print it): its code
 * column names its rows, so it is no 一般公共预算财政拨款支出决算表. Printed before or after the real
 * one, the real one is read whole and its errors are still found; the 明细表 is left unread
 * (a gap of the library, not a problem of the document).
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { putuoFinanceFinal2024Fixture as FIN } from "./fixtures/putuo-finance-final-2024";
import { putuoSocialWorkFinal2024Fixture as SOC } from "./fixtures/putuo-social-work-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { added } from "./support/final-variants";

const detail = (title: string, code: string): PrintedTable => ({
  title,
  unit: "万元",
  headers: [`${code}/类`, `${code}/款`, "科目名称", "合计", "基本支出", "项目支出"],
  rows: [
    ["", "", "合计", "307.82", "105.58", "202.24"],
    ["301", "", "工资福利支出", "95.36", "95.36", ""],
    ["302", "", "商品和服务支出", "212.46", "10.22", "202.24"],
  ],
});

/** The fixture with `extra` printed just before (`0`) or after (`1`) its 一般公共预算 table. */
const around = (fx: DisclosureFixture, extra: PrintedTable, after: 0 | 1): DisclosureFixture => {
  const i = fx.tables.findIndex((t) => t.title === "一般公共预算财政拨款支出决算表") + after;
  return { ...fx, tables: [...fx.tables.slice(0, i), extra, ...fx.tables.slice(i)] };
};

const TITLES = ["一般公共预算财政拨款支出决算明细表", "一般公共预算财政拨款支出决算表（明细）"];
const CODES = ["经济分类科目编码", "部门预算支出经济分类科目编码", "支出经济分类科目"];

describe("a table by economic 科目 titled like the table by function", () => {
  for (const fx of [SOC, FIN])
    for (const title of TITLES)
      for (const code of CODES)
        for (const after of [0, 1] as const)
          it(`${fx.meta.department.name}: ${title} headed ${code}, ${after ? "after" : "before"}`, () => {
            const r = added(fx, around(fx, detail(title, code), after));
            expect(r.lost).toEqual([]);
            expect(r.added.filter((p) => !p.startsWith(`${title}:`))).toEqual([]);
            expect(r.varied.tables.map((t) => t.kind)).toEqual(r.base.tables.map((t) => t.kind));
          });

  it("a 明细表 headed by function is still the table by function", () => {
    const t = {
      ...detail("一般公共预算财政拨款支出决算明细表", "功能分类科目编码"),
      rows: [["", "", "合计", "307.82", "105.58", "202.24"]],
    };
    const varied = {
      ...SOC,
      tables: SOC.tables.map((x) => (x.title === "一般公共预算财政拨款支出决算表" ? t : x)),
    };
    expect(added(SOC, varied).varied.tables.map((x) => x.kind)).toContain("gpbExpenditure");
  });
});
