/**
 * 决算 收入决算表 / 支出决算表 / 一般公共预算财政拨款支出决算表 whose year's total column is headed
 * with 本年 and 总计 (`本年收入总计`, `本年度收入总计`, `本年收入/总计`, `本年支出总计`), as some
 * printers head it instead of `本年收入合计`: the year's total, not the grand 总计 (which adds the
 * balance carried over from last year, never a 本年 figure). On the three 普陀区 决算 the report
 * is unchanged and every header is read (was: `本年收入总计` read as 总计, so 收入决算表's 合计 row
 * 2,946.25 against the 总表's 总计 2,995.39, two false errors; `本年支出总计` unknown; the 总表's
 * lines `本年收入总计` / `本年支出总计` unread, so their figures went unchecked). Beside a
 * printed 年初结转和结余 and 总计 the columns keep their meaning, and a wrong figure under the
 * renamed header is still found. The same for the year's total worded otherwise: `本年收入小计`,
 * bare `本年收入` / `本年支出`, 当年 for 本年 (`当年收入合计`, `当年支出总计`), as headers and as
 * 总表 lines, and the 政府性基金 table's `本年支出合计` printed flat beside `基本支出 | 项目支出`
 * (all were unread: coverage lost, no figure checked).
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { putuoPlanningFinal2024Fixture as PLAN } from "./fixtures/putuo-planning-final-2024";
import { CASES } from "./metamorphic/support";
import { socialWithGovFund } from "./support/final-gov-fund";
import { added, varyTables } from "./support/final-variants";

const FINALS = CASES.filter((c) => c.final);

/** The table titled `title` with its header `from` printed `to`. */
const rename = (title: string, from: string, to: string) => (f: typeof PLAN) =>
  varyTables(
    f,
    (t) => t.title === title,
    (t): PrintedTable => ({ ...t, headers: t.headers.map((h) => (h === from ? to : h)) }),
  );

/** The line labels `to` names printed as its values in the table titled `title`. */
const relabel = (title: string, to: Readonly<Record<string, string>>) => (f: typeof PLAN) =>
  varyTables(
    f,
    (t) => t.title === title,
    (t): PrintedTable => ({ ...t, rows: t.rows.map((r) => r.map((x) => to[x] ?? x)) }),
  );
const YEARS_LINES = { 本年收入合计: "本年收入总计", 本年支出合计: "本年支出总计" };

const VARIANTS = [
  ["收入决算表 本年收入总计", rename("收入决算表", "本年收入合计", "本年收入总计")],
  ["收入决算表 本年度收入总计", rename("收入决算表", "本年收入合计", "本年度收入总计")],
  ["收入决算表 本年收入/总计", rename("收入决算表", "本年收入合计", "本年收入/总计")],
  ["收入决算表 本年收入小计", rename("收入决算表", "本年收入合计", "本年收入小计")],
  ["收入决算表 本年收入", rename("收入决算表", "本年收入合计", "本年收入")],
  ["收入决算表 当年收入合计", rename("收入决算表", "本年收入合计", "当年收入合计")],
  ["支出决算表 本年支出总计", rename("支出决算表", "本年支出合计", "本年支出总计")],
  ["支出决算表 本年支出小计", rename("支出决算表", "本年支出合计", "本年支出小计")],
  ["支出决算表 本年支出", rename("支出决算表", "本年支出合计", "本年支出")],
  ["支出决算表 当年支出总计", rename("支出决算表", "本年支出合计", "当年支出总计")],
  [
    "一般公共预算财政拨款支出决算表 本年支出总计",
    rename("一般公共预算财政拨款支出决算表", "合计", "本年支出总计"),
  ],
  ["收入支出决算总表 lines 本年收入总计 / 本年支出总计", relabel("收入支出决算总表", YEARS_LINES)],
  [
    "收入支出决算总表 lines 本年收入 / 本年支出",
    relabel("收入支出决算总表", { 本年收入合计: "本年收入", 本年支出合计: "本年支出" }),
  ],
  [
    "收入支出决算总表 lines 当年收入合计 / 本年度支出合计",
    relabel("收入支出决算总表", { 本年收入合计: "当年收入合计", 本年支出合计: "本年度支出合计" }),
  ],
  [
    "财政拨款收入支出决算总表 lines 本年收入总计 / 本年支出总计",
    relabel("财政拨款收入支出决算总表", YEARS_LINES),
  ],
] as const;

describe.each(FINALS.map((c) => [c.name, c] as const))("%s: 本年…总计 headers", (_, c) => {
  it.each(VARIANTS)("%s: the same report, every header read", (_name, vary) => {
    const varied = vary(c.fixture);
    expect(varied).not.toEqual(c.fixture);
    const r = added(c.fixture, varied);
    expect(r.added).toEqual([]);
    expect(r.lost).toEqual([]);
  });
});

/** Cents of a printed amount, and back. */
const cents = (x: string) => BigInt(x.replace(/[,.]/gu, "") || "0");
const fmt = (v: bigint) => `${v / 100n}.${(v % 100n).toString().padStart(2, "0")}`;
/** The 合计 row and the 科目 above 2120101 行政运行, which hold the planning bureau's 112.88. */
const holds = (r: readonly string[]) => r[0] === "" || "2120101".startsWith(r[0] ?? "-");

/** 总计 | 年初结转和结余 | 本年收入总计 …: the grand total, the balance, and the year's total. */
const withBalances = (grandBump: bigint) =>
  varyTables(
    PLAN,
    (t) => t.title === "收入决算表",
    (t): PrintedTable => {
      const i = t.headers.indexOf("本年收入合计");
      return {
        ...t,
        headers: [
          ...t.headers.slice(0, i),
          "总计",
          "年初结转和结余",
          "本年收入总计",
          ...t.headers.slice(i + 1),
        ],
        rows: t.rows.map((r) => [
          ...r.slice(0, i),
          fmt(cents(r[i] ?? "") + (holds(r) ? 11288n : 0n) + (r[0] === "" ? grandBump : 0n)),
          holds(r) ? "112.88" : "",
          ...r.slice(i),
        ]),
      };
    },
  );

describe("本年收入总计 beside 总计 and 年初结转和结余 (规划局, balances 112.88 by 科目)", () => {
  it("the fixture prints whole codes (the 合计 row's code blank) and 本年收入合计", () => {
    const t = PLAN.tables.find((x) => x.title === "收入决算表");
    expect(t?.headers).toContain("本年收入合计");
    expect(t?.rows[0]?.[0]).toBe("");
    expect(t?.rows.some((r) => r[0] === "2120101")).toBe(true);
  });

  it("the same report: 总计 is the grand total, 本年收入总计 the year's", () => {
    const r = added(PLAN, withBalances(0n));
    expect(r.added).toEqual([]);
  });

  it("a 总计 one cent more than 年初结转和结余 + 本年收入总计 is found", () => {
    const r = added(PLAN, withBalances(1n));
    expect(r.added.some((l) => l.startsWith("error ") && l.includes("9859.39"))).toBe(true);
  });
});

describe("a wrong figure under 本年收入总计 is found", () => {
  it("the 收入决算表's 合计 one cent more than its sources", () => {
    const c = FINALS[0];
    if (c === undefined) throw new Error("no 决算 fixture");
    const varied = varyTables(
      rename("收入决算表", "本年收入合计", "本年收入总计")(c.fixture),
      (t) => t.title === "收入决算表",
      (t): PrintedTable => ({
        ...t,
        rows: t.rows.map((r, i) =>
          i === 0 ? r.map((x, j) => (t.headers[j] === "本年收入总计" ? fmt(cents(x) + 1n) : x)) : r,
        ),
      }),
    );
    expect(added(c.fixture, varied).added.some((l) => l.startsWith("error "))).toBe(true);
  });
});

describe("政府性基金 table with the year's spending headed flat (社会工作部 with a 政府性基金 of 50.00)", () => {
  const GF = "政府性基金预算财政拨款收入支出决算表";
  const base = socialWithGovFund();
  /** `本年支出/小计 | 本年支出/基本支出 | 本年支出/项目支出` printed as `total | 基本支出 | 项目支出`. */
  const flat = (total: string) =>
    varyTables(
      base,
      (t) => t.title === GF,
      (t): PrintedTable => ({
        ...t,
        headers: t.headers.map((h) =>
          h === "本年支出/小计" ? total : h.replace(/^本年支出\//u, ""),
        ),
      }),
    );

  it("the fixture heads them under 本年支出 and prints 50.00 spent", () => {
    const t = base.tables.find((x) => x.title === GF);
    expect(t?.headers).toContain("本年支出/小计");
    expect(t?.rows[0]?.[t.headers.indexOf("本年支出/小计")]).toBe("50.00");
  });

  it.each(["本年支出合计", "本年支出总计", "本年支出"])(
    "%s: the same report, every header read",
    (w) => {
      const r = added(base, flat(w));
      expect(r.added).toEqual([]);
      expect(r.lost).toEqual([]);
    },
  );
});
