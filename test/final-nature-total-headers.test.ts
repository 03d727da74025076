/**
 * 决算 tables whose nature columns are headed as the sum they are (`基本支出合计`, `项目支出合计`,
 * `基本支出小计`), as some printers head them, instead of `基本支出` / `项目支出`: the same columns.
 * On the three 普陀区 决算 the report is unchanged (no new finding, no lost one: the real
 * problems of the planning bureau's tables are still found); a wrong figure under the renamed
 * header is found; the same words under a budget (`年初预算数/基本支出合计`) stay the budget's.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { putuoSocialWorkFinal2024Fixture as SOC } from "./fixtures/putuo-social-work-final-2024";
import { baseCheck, CASES, checkFixture, mapTables, projection } from "./metamorphic/support";
import { added, varyTables } from "./support/final-variants";

const FINALS = CASES.filter((c) => c.final);

/** Every header level equal to a key of `to` replaced by its value. */
const renameLevels = (t: PrintedTable, to: Readonly<Record<string, string>>): PrintedTable => ({
  ...t,
  headers: t.headers.map((h) =>
    h
      .split("/")
      .map((level) => to[level] ?? level)
      .join("/"),
  ),
});

const VARIANTS: readonly (readonly [string, Readonly<Record<string, string>>])[] = [
  ["基本支出合计", { 基本支出: "基本支出合计" }],
  ["项目支出合计", { 项目支出: "项目支出合计" }],
  ["基本支出合计 and 项目支出合计", { 基本支出: "基本支出合计", 项目支出: "项目支出合计" }],
  ["基本支出小计 and 项目支出小计", { 基本支出: "基本支出小计", 项目支出: "项目支出小计" }],
];

describe.each(FINALS.map((c) => [c.name, c] as const))(
  "%s: nature columns headed as sums",
  (_, c) => {
    it("the fixture heads them 基本支出 / 项目支出 (tables 3, 5, 8, 9)", () => {
      const heads = c.fixture.tables.flatMap((t) => t.headers).join("|");
      expect(heads).toContain("基本支出");
      expect(heads).toContain("项目支出");
    });

    it.each(VARIANTS)("%s: the same report", (_name, to) => {
      const varied = mapTables(c.fixture, (t) => renameLevels(t, to));
      expect(projection(checkFixture(c, varied))).toEqual(projection(baseCheck(c)));
    });
  },
);

/** 支出决算表 headed by sums, with 行政运行's 基本支出 one more than printed. */
const wrongBasic = (t: PrintedTable): PrintedTable => {
  const at = t.headers.findIndex((h) => h.endsWith("基本支出"));
  return {
    ...renameLevels(t, { 基本支出: "基本支出合计", 项目支出: "项目支出合计" }),
    rows: t.rows.map((r) =>
      r.includes("行政运行") ? r.map((x, i) => (i === at ? bump(x) : x)) : r,
    ),
  };
};
const bump = (x: string) => (Number(x.replace(/,/gu, "")) + 1).toFixed(2);

describe("支出决算表 headed 基本支出合计 / 项目支出合计 (社会工作部)", () => {
  const isExpenditure = (t: PrintedTable) => t.title === "支出决算表";

  it("reads the columns: nothing added, nothing lost", () => {
    const r = added(
      SOC,
      varyTables(SOC, isExpenditure, (t) =>
        renameLevels(t, { 基本支出: "基本支出合计", 项目支出: "项目支出合计" }),
      ),
    );
    expect(r.added).toEqual([]);
    expect(r.lost).toEqual([]);
  });

  it("a wrong 基本支出合计 on a row is found", () => {
    const table = SOC.tables.find(isExpenditure) as PrintedTable;
    const row = table.rows.find((r) => r.includes("行政运行")) as string[];
    const at = table.headers.findIndex((h) => h.endsWith("基本支出"));
    expect(row[at]).toBe("51.32");
    const r = added(SOC, varyTables(SOC, isExpenditure, wrongBasic));
    expect(r.added.length).toBeGreaterThan(0);
    expect(r.added.every((l) => l.startsWith("error "))).toBe(true);
    expect(r.added).toEqual([
      "error rollup expenditure functional:20139 basic: 62.63 vs 63.63",
      "error nature expenditure functional:2013901 total: 51.32 vs 52.32",
    ]);
  });
});

const AMOUNT = /^[\d,]+\.\d+$/u;
const twice = (c: string) => (AMOUNT.test(c) ? (Number(c.replace(/,/gu, "")) * 2).toFixed(2) : c);

describe("一般公共预算财政拨款支出决算表 with its budget beside, headed by sums (社会工作部)", () => {
  const isGpb = (t: PrintedTable) => t.title === "一般公共预算财政拨款支出决算表";
  /** The amount columns (合计, 基本支出合计, 项目支出合计) under `budget` (doubled), then 决算数. */
  const beside =
    (budget: string, outcome = (x: string) => x) =>
    (t: PrintedTable): PrintedTable => {
      const from = t.headers.findIndex((h) => h === "合计");
      const tail = renameLevels(t, {
        基本支出: "基本支出合计",
        项目支出: "项目支出合计",
      }).headers.slice(from);
      return {
        ...t,
        headers: [
          ...t.headers.slice(0, from),
          ...tail.map((h) => `${budget}/${h}`),
          ...tail.map((h) => `决算数/${h}`),
        ],
        rows: t.rows.map((r) => [
          ...r.slice(0, from),
          ...r.slice(from).map(twice),
          ...r.slice(from).map(outcome),
        ]),
      };
    };

  it.each(["年初预算数", "全年预算数", "调整预算数"])(
    "%s/基本支出合计 is the budget's, 决算数/基本支出合计 the outcome: nothing added",
    (budget) => {
      const r = added(SOC, varyTables(SOC, isGpb, beside(budget)));
      expect(r.added).toEqual([]);
      expect(r.lost).toEqual([]);
    },
  );
});

describe("基本支出决算表 with a 基本支出合计 column beside 人员经费 / 公用经费", () => {
  it("the amount column headed 基本支出合计 reads as the basic total: the same findings", () => {
    const isBasic = (t: PrintedTable) => t.title === "一般公共预算财政拨款基本支出决算表";
    const r = added(
      SOC,
      varyTables(SOC, isBasic, (t) => ({
        ...t,
        headers: t.headers.map((h) => (h === "决算数" ? "基本支出合计" : h)),
      })),
    );
    // The same findings, citing the column by its new key (the fixture's real 302 problem).
    expect(r.added).toEqual(["error rollup gpbBasic economic:302 total: 10.23 vs 10.22"]);
    expect(r.lost).toEqual(["error rollup gpbBasic economic:302 amount: 10.23 vs 10.22"]);
  });
});
