/**
 * A 决算 总表's totals printed bare, `收入合计` / `支出合计`, as older forms and other printers do:
 * - above the carry-over lines (`年初结转和结余`, `年末结转和结余`) with `总计` below, where no
 *   `本年收入合计` / `本年支出合计` is printed on its side: the year's total (本年收入合计 /
 *   本年支出合计), read and checked;
 * - beside a printed `本年收入合计` (which of the two is it?), or above the carry-over with no
 *   `总计` below: unread (coverage, `ambiguous-line`), never compared as the grand total;
 * - below the carry-over with no `总计`: the grand total, read and checked.
 * Figures: 普陀区财政局's 决算 (本年收入合计 2,946.25 + 年初结转和结余 49.14 = 总计 2,995.39;
 * 本年支出合计 2,940.05 + 年末结转和结余 55.34 = 2,995.39).
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { putuoFinanceFinal2024Fixture as FIN } from "./fixtures/putuo-finance-final-2024";
import { addedByFigures, varyTables } from "./support/final-variants";

type Row = readonly string[];
const SUMMARY = "收入支出决算总表";

/** The fixture with the 总表's footer (from 本年收入合计 down) printed as `footer`. */
const footer = (rows: readonly Row[]) =>
  varyTables(
    FIN,
    (t: PrintedTable) => t.title === SUMMARY,
    (t) => {
      const at = t.rows.findIndex((r) => r[0] === "本年收入合计");
      expect(at).toBeGreaterThan(0);
      return {
        ...t,
        rows: [...t.rows.slice(0, at).map((r) => [...r]), ...rows.map((r) => [...r])],
      };
    },
  );

/** The fixture's own footer, as printed. */
const FORM: readonly Row[] = [
  ["本年收入合计", "2,946.25", "本年支出合计", "2,940.05"],
  ["使用非财政拨款结余（含专用结余）", "", "结余分配", ""],
  ["年初结转和结余", "49.14", "年末结转和结余", "55.34"],
  ["总计", "2,995.39", "总计", "2,995.39"],
];

/** The footer with a row's label and figures replaced, the other rows as printed. */
const relabel = (from: string, to: Row, rows: readonly Row[] = FORM): Row[] =>
  rows.map((r) => (r[0] === from ? to : r));

/** What a variant adds to the fixture's report (findings by rule and figures, reader problems). */
const news = (rows: readonly Row[]) => addedByFigures(FIN, footer(rows));

describe("收入合计 / 支出合计 above the carry-over, 总计 below", () => {
  const older = (income = "2,946.25", spending = "2,940.05") =>
    relabel("本年收入合计", ["收入合计", income, "支出合计", spending]);

  it("are the year's totals: nothing new", () => {
    expect(news(FORM)).toEqual([]);
    expect(news(older())).toEqual([]);
  });

  it("a wrong figure on either is found on its cell", () => {
    // Σ sources = 2,946.25 ≠ 2,956.25 on the 合计's cell (read as 本年收入合计)
    expect(news(older("2,956.25"))).toContain(
      "error funds summary line:revenue income.amount: 2956.25 vs 2946.25",
    );
    // Σ 类 = 2,940.05 ≠ 2,930.05 on the 合计's cell (read as 本年支出合计)
    expect(news(older("2,946.25", "2,930.05"))).toContain(
      "error rollup summary line:spending spending.amount: 2930.05 vs 2940.05",
    );
  });
});

describe("a bare 收入合计 / 支出合计 beside 本年收入合计 / 本年支出合计 (which is it?)", () => {
  const beside = (income: string, spending: string) => [
    FORM[0] as Row,
    ["收入合计", income, "支出合计", spending],
    ...FORM.slice(1),
  ];

  it.each([
    ["the year's figures", "2,946.25", "2,940.05"],
    ["the grand totals' figures", "2,995.39", "2,995.39"],
  ])("printing %s: unread (coverage), no finding", (_, income, spending) => {
    const got = news(beside(income, spending));
    expect(got.filter((x) => !x.endsWith("ambiguous-line"))).toEqual([]);
    expect(got).toContain(`${SUMMARY}: ambiguous-line`);
  });
});

describe("收入合计 / 支出合计 with no 总计", () => {
  it("above the carry-over: unread (coverage), never compared as the grand total", () => {
    const rows = FORM.slice(0, 3).map((r) =>
      r[0] === "本年收入合计" ? ["收入合计", r[1] ?? "", "支出合计", r[3] ?? ""] : r,
    );
    const got = news(rows);
    expect(got.filter((x) => !x.endsWith("ambiguous-line"))).toEqual([]);
    expect(got).toContain(`${SUMMARY}: ambiguous-line`);
  });

  it("below the carry-over: the grand totals, read and checked", () => {
    const grand = (income: string) => relabel("总计", ["收入合计", income, "支出合计", "2,995.39"]);
    expect(news(grand("2,995.39"))).toEqual([]);
    expect(news(grand("2,985.39")).join("\n")).toContain(
      "summary line:revenue.total income.amount: 2985.39",
    );
  });
});

describe("财政拨款收入支出决算总表: 收入合计 / 支出合计 above the carry-over, 总计 below", () => {
  const FISCAL = "财政拨款收入支出决算总表";
  const older = (income: string) =>
    varyTables(
      FIN,
      (t: PrintedTable) => t.title === FISCAL,
      (t) => ({
        ...t,
        rows: t.rows.map((r) =>
          r[0] === "本年收入合计" ? ["收入合计", income, "支出合计", ...r.slice(3)] : [...r],
        ),
      }),
    );

  it("are the year's totals: nothing new", () => {
    expect(addedByFigures(FIN, older("2,940.05"))).toEqual([]);
  });

  it("a wrong figure is found on its cell", () => {
    // 收入合计 read as 本年收入合计 (fund 财政拨款): Σ funds 2,940.05 ≠ 2,950.05
    expect(addedByFigures(FIN, older("2,950.05")).join("\n")).toContain(
      "fiscalSummary line:revenue income.amount: 2950.05",
    );
  });
});
