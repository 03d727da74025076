/**
 * A 决算 table printing the budget beside the outcome (`年初预算数/…`, `全年预算数/…`, `预算数/…`,
 * `调整预算数/…`, `年初预算/…` then `决算数/…`): a column under a budget word is the budget's, never
 * the outcome. The kind's budget columns take it where it has them (the 一般公共预算 table); else it
 * is another period's column (`other-period-header`, coverage), and the 决算数 columns are read as
 * the outcome. A wrong outcome figure is still found.
 */
import { describe, expect, it } from "vitest";
import { final2024 } from "../src/final";
import { matchHeaders, type PrintedTable } from "../src/printed";
import { putuoSocialWorkFinal2024Fixture as SOC } from "./fixtures/putuo-social-work-final-2024";
import { added, varyTables } from "./support/final-variants";

const AMOUNT = /^[\d,]+\.\d+$/u;
/** Twice a figure (the budget in the variants): every identity of the budget holds too. */
const twice = (c: string) => (AMOUNT.test(c) ? (Number(c.replace(/,/gu, "")) * 2).toFixed(2) : c);

/** The table's amount columns from `from` printed twice: under `budget`, then under `outcome`. */
const withBudget =
  (from: number, budget: string, outcome = "决算数") =>
  (t: PrintedTable): PrintedTable => {
    const tail = t.headers.slice(from);
    return {
      ...t,
      headers: [
        ...t.headers.slice(0, from),
        ...tail.map((h) => `${budget}/${h}`),
        ...tail.map((h) => `${outcome}/${h}`),
      ],
      rows: t.rows.map((r) => [...r.slice(0, from), ...r.slice(from).map(twice), ...r.slice(from)]),
    };
  };

const byTitle = (title: string) => (t: PrintedTable) => t.title === title;
const BUDGETS = ["年初预算数", "全年预算数", "预算数", "调整预算数", "年初预算", "2024年预算数"];

describe("a budget column group beside the outcome in a 决算", () => {
  for (const title of ["收入决算表", "支出决算表"])
    for (const budget of BUDGETS)
      it(`${title}: ${budget}/… then 决算数/… adds no finding`, () => {
        const r = added(SOC, varyTables(SOC, byTitle(title), withBudget(2, budget)));
        expect(r.added).toEqual([]);
        expect(r.lost).toEqual([]);
      });

  it("财政拨款收入支出决算总表: 支出/年初预算数/合计 before 支出/决算数/… adds no finding", () => {
    for (const budget of ["年初预算数", "全年预算数", "调整预算数"]) {
      const varied = varyTables(SOC, byTitle("财政拨款收入支出决算总表"), (t) => ({
        ...t,
        headers: [
          "收入/项目",
          "收入/决算数",
          "支出/项目",
          `支出/${budget}/合计`,
          "支出/决算数/合计",
          "支出/决算数/一般公共预算财政拨款",
          "支出/决算数/政府性基金预算财政拨款",
          "支出/决算数/国有资本经营预算财政拨款",
        ],
        rows: t.rows.map((r) => [
          r[0] ?? "",
          r[1] ?? "",
          r[2] ?? "",
          twice(r[3] ?? ""),
          ...r.slice(3),
        ]),
      }));
      expect(added(SOC, varied).added).toEqual([]);
    }
  });

  it("reads the budget as another period's column, with no problem above info", () => {
    const kind = final2024.tables.find((t) => t.id === "income");
    if (kind === undefined) throw new Error("no income kind");
    const m = matchHeaders(["全年预算数/本年收入合计", "决算数/本年收入合计"], kind, {
      year: 2024,
    });
    expect(m.columns.map((c) => c.key)).toEqual(["extra:全年预算数/本年收入合计", "revenue"]);
    expect(m.problems.map((p) => [p.code, p.severity, "period" in p ? p.period : ""])).toEqual([
      ["other-period-header", "info", "budget"],
    ]);
  });

  it("still reads the 一般公共预算 table's budget columns as the budget", () => {
    const kind = final2024.tables.find((t) => t.id === "gpbExpenditure");
    if (kind === undefined) throw new Error("no gpbExpenditure kind");
    const m = matchHeaders(
      ["年初预算数/基本支出", "全年预算数/合计", "决算数/合计", "决算数/基本支出"],
      kind,
      { year: 2024 },
    );
    expect(m.columns.map((c) => c.key)).toEqual(["budget.basic", "adjusted", "total", "basic"]);
  });

  it("a budget year's budget (`2023年预算数`) stays last year's figures", () => {
    const kind = final2024.tables.find((t) => t.id === "expenditure");
    if (kind === undefined) throw new Error("no expenditure kind");
    const m = matchHeaders(["2023年预算数/基本支出", "基本支出"], kind, { year: 2024 });
    expect(m.problems.map((p) => ("period" in p ? p.period : p.code))).toEqual(["prior"]);
  });

  it("still finds a wrong outcome figure beside the budget", () => {
    const varied = varyTables(SOC, byTitle("支出决算表"), (t) => {
      const v = withBudget(2, "年初预算数")(t);
      // the 合计 row's 决算数/本年支出合计 off by 0.01
      const at = v.headers.indexOf("决算数/本年支出合计");
      return {
        ...v,
        rows: v.rows.map((r, i) =>
          i === 0 ? r.map((c, j) => (j === at ? (Number(c) + 0.01).toFixed(2) : c)) : r,
        ),
      };
    });
    const r = added(SOC, varied);
    expect(
      r.added.some((f) => f.startsWith("error") && f.includes("expenditure total total")),
    ).toBe(true);
  });
});
