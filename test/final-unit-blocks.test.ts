/**
 * A multi-unit 部门决算 printing its 科目 tables unit block by unit block (中共上海市普陀区委社会工作部:
 * 本级 296.02 + 社会工作发展服务中心 11.80 = 307.82): each unit's heading named by its name alone
 * (the caller's, without a code, or another wording: `一、…`, `1.…`, `其中：…`, `单位：…`, `本级`),
 * or by a subtotal heading its block (`某局（本级）小计`, `某中心合计`, `某中心（小计）`), or a
 * `单位名称` column naming each row's unit. Read as the units' rows (their blocks add up to the
 * total), the tables add nothing: before, the 小计 headings' blocks were read as the department's
 * (false `same-fact` / `rollup` errors) and the others left unplaced. A wrong figure in a block is
 * still found; blocks that do not add up stay unplaced (coverage).
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { putuoSocialWorkFinal2024Fixture as SOC } from "./fixtures/putuo-social-work-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { added, varyTables } from "./support/final-variants";

const A = "中共上海市普陀区委社会工作部（本级）";
const C = "上海市普陀区社会工作发展服务中心";

// biome-ignore format: one printed row per line
const OWN: string[][] = [
  ["201", "一般公共服务支出", "253.56", "51.32", "202.24"],
  ["20139", "社会工作事务", "253.56", "51.32", "202.24"],
  ["2013901", "行政运行", "51.32", "51.32", ""],
  ["2013999", "其他社会工作事务支出", "202.24", "", "202.24"],
  ["208", "社会保障和就业支出", "10.82", "10.82", ""],
  ["20805", "行政事业单位养老支出", "10.82", "10.82", ""],
  ["2080505", "机关事业单位基本养老保险缴费支出", "6.18", "6.18", ""],
  ["2080506", "机关事业单位职业年金缴费支出", "4.64", "4.64", ""],
  ["210", "卫生健康支出", "2.22", "2.22", ""],
  ["21011", "行政事业单位医疗", "2.22", "2.22", ""],
  ["2101101", "行政单位医疗", "2.22", "2.22", ""],
  ["221", "住房保障支出", "29.42", "29.42", ""],
  ["22102", "住房改革支出", "29.42", "29.42", ""],
  ["2210201", "住房公积金", "17.70", "17.70", ""],
  ["2210203", "购房补贴", "11.72", "11.72", ""],
];
// biome-ignore format: one printed row per line
const CENTRE: string[][] = [
  ["201", "一般公共服务支出", "11.31", "11.31", ""],
  ["20139", "社会工作事务", "11.31", "11.31", ""],
  ["2013950", "事业运行", "11.31", "11.31", ""],
  ["210", "卫生健康支出", "0.49", "0.49", ""],
  ["21011", "行政事业单位医疗", "0.49", "0.49", ""],
  ["2101102", "事业单位医疗", "0.49", "0.49", ""],
];
const TOTAL = ["", "合计", "307.82", "105.58", "202.24"];

const gpb = (t: PrintedTable) => t.title === "一般公共预算财政拨款支出决算表";

/** The 一般公共预算 table printed unit block by unit block, under headings `a` and `c`. */
const blocks = (
  a: string,
  c: string,
  figures = { a: ["296.02", "93.78", "202.24"], c: ["11.80", "11.80", ""] },
  own = OWN,
) =>
  varyTables(SOC, gpb, (t) => ({
    ...t,
    rows: [TOTAL, ["", a, ...figures.a], ...own, ["", c, ...figures.c], ...CENTRE],
  }));

const nothing = (varied: DisclosureFixture) => {
  const r = added(SOC, varied);
  expect(r.added).toEqual([]);
  expect(r.lost).toEqual([]);
};

describe("unit blocks headed by names alone: read as the units'", () => {
  it.each([
    [A, C],
    [`${A}小计`, `${C}小计`],
    [`${A}合计`, `${C}合计`],
    [`${A}（小计）`, `${C}（小计）`],
    [`一、${A}`, `二、${C}`],
    [`1.${A}`, `2.${C}`],
    [`（一）${A}`, `（二）${C}`],
    [`其中：${A}`, C],
    [`单位：${A}`, `单位：${C}`],
    ["本级", "社会工作发展服务中心"],
    ["中共上海市普陀区委社会工作部本级", C],
  ])("«%s» / «%s»: nothing added, nothing lost", (a, c) => nothing(blocks(a, c)));

  it("units the caller does not name (meta without units): nothing added", () => {
    const noUnits = { ...SOC, meta: { ...SOC.meta, units: [] } };
    const r = added(noUnits, { ...blocks(A, C), meta: noUnits.meta });
    expect(r.added).toEqual([]);
  });

  it("the 支出决算表: the department's rows, then each unit's block", () => {
    const varied = varyTables(
      SOC,
      (t) => t.title === "支出决算表",
      (t) => {
        const width = t.headers.length;
        const pad = (r: readonly string[]) => [...r, ...Array(width - r.length).fill("")];
        return {
          ...t,
          rows: [
            ...t.rows,
            pad(["", `${A}小计`, "296.02", "93.78", "202.24"]),
            ...OWN.map(pad),
            pad(["", `${C}小计`, "11.80", "11.80", ""]),
            ...CENTRE.map(pad),
          ],
        };
      },
    );
    nothing(varied);
  });

  it("a wrong figure in a unit's block is still found (行政运行 51.32 → 51.42)", () => {
    const wrong = OWN.map((r) =>
      r[0] === "2013901" ? ["2013901", "行政运行", "51.42", "51.42", ""] : r,
    );
    const r = added(SOC, blocks(`${A}小计`, `${C}小计`, undefined, wrong));
    expect(r.added).toEqual([
      `error rollup gpbExpenditure org:${A}/functional:20139 total: 253.56 vs 253.66`,
      `error rollup gpbExpenditure org:${A}/functional:20139 basic: 51.32 vs 51.42`,
    ]);
  });

  it("blocks not adding up to the total: left unplaced (coverage), no finding", () => {
    const off = { a: ["296.02", "93.78", "202.24"], c: ["12.80", "12.80", ""] };
    const r = added(SOC, blocks(A, C, off));
    expect(r.added.filter((f) => !f.endsWith("unplaced-row"))).toEqual([]);
  });
});

describe("a 单位名称 column naming each row's unit", () => {
  it.each([
    ["单位名称", A, C],
    ["预算单位名称", A, C],
    ["部门（单位）名称", A, C],
  ])("%s: nothing added, nothing lost", (header, a, c) => {
    const varied = varyTables(SOC, gpb, (t) => ({
      ...t,
      headers: [header, ...t.headers],
      rows: [["", ...TOTAL], ...OWN.map((r) => [a, ...r]), ...CENTRE.map((r) => [c, ...r])],
    }));
    nothing(varied);
  });
});
