/**
 * Growth rates (增长率 / 增减率 / 比上年增减%) printed in a 决算's tables without last year's figure
 * beside them, and in its text without the change's amount: nothing can recompute them, so they
 * are coverage (the reader's `other-period-header` note, an unread column), never a finding. The
 * figures beside them are read and checked as before: a wrong 决算数 is still found.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { putuoFinanceFinal2024Fixture as FIN } from "./fixtures/putuo-finance-final-2024";
import { putuoPlanningFinal2024Fixture as PLAN } from "./fixtures/putuo-planning-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { added, checkFinal, varyTables } from "./support/final-variants";

const sanGong = (t: PrintedTable) => t.title.includes("三公");
const byTitle = (title: string) => (t: PrintedTable) => t.title === title;

/** A rate column after each column whose header ends with `after`, its cells from `rate(cell)`. */
const rateAfter =
  (after: string, word: string, rate: (cell: string) => string) =>
  (t: PrintedTable): PrintedTable => {
    const at = new Set(t.headers.flatMap((h, i) => (h.endsWith(after) ? [i] : [])));
    const grow = <T>(xs: readonly T[], extra: (x: T) => T) =>
      xs.flatMap((x, i) => (at.has(i) ? [x, extra(x)] : [x]));
    return {
      ...t,
      headers: grow(t.headers, (h) => `${h.slice(0, h.length - after.length)}${word}`),
      rows: t.rows.map((r) => grow(r, rate)),
    };
  };

/** An invented rate: what a printer would print against a prior year the document never gives. */
const someRate = (cell: string) => (cell === "" ? "" : cell === "0.00" ? "0.00%" : "-86.32%");
const bareRate = (cell: string) => (cell === "" ? "" : "12.50");

const RATE_WORDS = ["增减率", "增长率", "增减率(%)", "增减率（%）", "比上年增减%", "增减幅度"];

/** The 三公 table printed one item a row: 项目 | 预算数 | 决算数 | `word` (as other printers print it). */
const itemRows =
  (word: string, reception: string) =>
  (t: PrintedTable): PrintedTable => ({
    ...t,
    headers: ["项目", "预算数", "决算数", word],
    rows: [
      ["合计", "2.85", "0.39", "-27.78%"],
      ["因公出国（境）费", "0.00", "0.00", ""],
      ["公务用车购置及运行维护费", "0.00", "0.00", ""],
      ["其中：公务用车购置费", "0.00", "0.00", ""],
      ["公务用车运行维护费", "0.00", "0.00", ""],
      ["公务接待费", "2.85", reception, "-27.78%"],
    ],
  });

describe("决算 三公 table with a rate beside each 决算数 and no 上年决算数 (规划和自然资源局)", () => {
  it.each(RATE_WORDS)("%s with %%: nothing added, nothing lost", (word) => {
    const r = added(PLAN, varyTables(PLAN, sanGong, rateAfter("决算数", word, someRate)));
    expect(r.added).toEqual([]);
    expect(r.lost).toEqual([]);
  });

  it.each(RATE_WORDS)("%s printed without %%: nothing added, nothing lost", (word) => {
    const r = added(PLAN, varyTables(PLAN, sanGong, rateAfter("决算数", word, bareRate)));
    expect(r.added).toEqual([]);
    expect(r.lost).toEqual([]);
  });

  it("the rates are coverage: read as no figure (no fact stands on them)", () => {
    const varied = checkFinal(varyTables(PLAN, sanGong, rateAfter("决算数", "增减率", someRate)));
    const t = varied.tables.find((x) => x.kind === "sanGong");
    const rates = Object.entries(t?.rows[0]?.cells ?? {}).filter(([k]) => k.includes("增减率"));
    expect(rates.length).toBeGreaterThan(0);
    const facts = varied.report.findings.flatMap((f) => f.evidence ?? []);
    expect(facts.some((e) => JSON.stringify(e).includes("增减率"))).toBe(false);
  });

  it("a wrong 决算数 beside the rates is still found", () => {
    const wrong = (t: PrintedTable): PrintedTable => {
      const r = rateAfter("决算数", "增减率", someRate)(t);
      // 公务接待费/决算数 0.39 → 0.49: 三公 合计 0.39 ≠ 0 + 0 + 0.49
      const k = r.headers.findIndex((h) => h.endsWith("公务接待费/决算数"));
      return { ...r, rows: r.rows.map((row) => row.map((c, i) => (i === k ? "0.49" : c))) };
    };
    const r = added(PLAN, varyTables(PLAN, sanGong, wrong));
    // 三公 合计 0.39 ≠ 0 + 0 + 0.49, and 七's 0.39 no longer the table's
    expect(r.added).toEqual([
      "error sanGong.sum sanGong single total.final: 0.39 vs 0.49",
      "warning final.narrative.amount sanGong single reception.final: 0.39 vs 0.49",
    ]);
  });
});

describe("决算 三公 table one item a row, with a rate column", () => {
  it.each(["增减率", "增长率(%)", "比上年增减%"])("%s: no finding beyond the fixture's", (word) => {
    const r = added(PLAN, varyTables(PLAN, sanGong, itemRows(word, "0.39")));
    expect(r.added.filter((l) => l.startsWith("error") || l.startsWith("warning"))).toEqual([]);
  });

  it("a wrong 公务接待费 决算数 is still found", () => {
    const r = added(PLAN, varyTables(PLAN, sanGong, itemRows("增减率", "0.49")));
    expect(r.added).toEqual([
      "error sanGong.sum sanGong single total.final: 0.39 vs 0.49",
      "warning final.narrative.amount sanGong single reception.final: 0.39 vs 0.49",
    ]);
  });
});

describe("决算 tables by 科目 with a rate column and no prior year (财政局)", () => {
  const cases: readonly (readonly [string, string])[] = [
    ["支出决算表", "本年支出合计"],
    ["收入决算表", "本年收入合计"],
    ["一般公共预算财政拨款支出决算表", "项目支出"],
  ];
  for (const [title, after] of cases)
    it.each(RATE_WORDS)(`${title}: %s after ${after}: nothing added, nothing lost`, (word) => {
      const r = added(FIN, varyTables(FIN, byTitle(title), rateAfter(after, word, someRate)));
      expect(r.added).toEqual([]);
      expect(r.lost).toEqual([]);
    });

  it("收入支出决算总表 with a rate beside each side's 决算数: nothing added, nothing lost", () => {
    const r = added(
      FIN,
      varyTables(FIN, byTitle("收入支出决算总表"), rateAfter("/决算数", "/增减率", someRate)),
    );
    expect(r.added).toEqual([]);
    expect(r.lost).toEqual([]);
  });

  it("a wrong figure beside the rate column is still found", () => {
    const wrong = (t: PrintedTable): PrintedTable => {
      const r = rateAfter("本年支出合计", "增减率", someRate)(t);
      return {
        ...r,
        rows: r.rows.map((row) =>
          row.includes("行政运行") ? row.map((c) => (c === "1,511.89" ? "1,521.89" : c)) : row,
        ),
      };
    };
    const r = added(FIN, varyTables(FIN, byTitle("支出决算表"), wrong));
    expect(r.added.length).toBeGreaterThan(0);
    expect(r.added.every((l) => l.startsWith("error "))).toBe(true);
  });
});

describe("情况说明 七: a change given as a rate alone (no amount, no 2023 figure)", () => {
  /** 七's change sentence replaced by one giving rates only (not the true 27.78%). */
  const rateOnly = (fixture: DisclosureFixture, sentence: string): DisclosureFixture => ({
    ...fixture,
    narrative: fixture.narrative
      .split("\n")
      .map((l) => (l.startsWith("2024 年度“三公”经费财政拨款支出决算数比") ? sentence : l))
      .join("\n"),
  });

  it.each([
    "2024 年度“三公”经费财政拨款支出决算数比 2023 年度下降 12.50%，其中：公务接待费支出决算下降 12.50%。",
    "2024 年度“三公”经费财政拨款支出决算数比上年增长 12.50%，其中：公务接待费比上年增长12.50%。",
    "与 2023 年度相比，“三公”经费财政拨款支出决算增减率为 -12.50%。",
  ])("%s: nothing can recompute it, no finding", (sentence) => {
    expect(PLAN.narrative).toContain("2024 年度“三公”经费财政拨款支出决算数比");
    const r = added(PLAN, rateOnly(PLAN, sentence));
    expect(r.added.filter((l) => !l.startsWith("info"))).toEqual([]);
  });

  it("with the amount printed (减少 0.15, the prior is 0.39 + 0.15) a wrong rate is still found", () => {
    const r = added(
      PLAN,
      rateOnly(
        PLAN,
        "2024 年度“三公”经费财政拨款支出决算数比 2023 年度减少 0.15 万元，下降 12.50%。",
      ),
    );
    expect(r.added.length).toBeGreaterThan(0);
  });
});
