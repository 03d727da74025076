/**
 * Henan's 部门收支预算表 printed one side above the other (`项目 | 金额`: the 收入 lines, then the
 * 支出 lines, under headings `收入` / `支出` or not), where a 支出 类 shares a 收入 line's words
 * (`二十三、国有资本经营预算`, the 收入 line `国有资本经营预算`): read as the side-by-side form, the
 * same report; a wrong figure still found.
 */
import { describe, expect, it } from "vitest";
import { henan2024Fixture as henan } from "./fixtures/henan-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { henanAlarms } from "./support/henan-alarms";

const [summary] = henan.tables;
if (summary === undefined) throw new Error("no 收支总表");
const half = summary.headers.length / 2;
const side = (from: number) =>
  summary.rows.map((r) => r.slice(from, from + half)).filter((r) => r.some((c) => c !== ""));
const INCOME = side(0);
const SPENDING = side(half);

/** The fixture with its 收支总表 stacked: `rows` under `项目 | 金额`. */
const stacked = (rows: readonly (readonly string[])[]): DisclosureFixture => ({
  ...henan,
  tables: henan.tables.map((t) => (t === summary ? { ...t, headers: ["项目", "金额"], rows } : t)),
});

describe("Henan 收支总表 printed one side above the other", () => {
  it.each([
    ["under headings 收入 / 支出", [["收入", ""], ...INCOME, ["支出", ""], ...SPENDING]],
    [
      "under headings 一、收入 / 二、支出",
      [["一、收入", ""], ...INCOME, ["二、支出", ""], ...SPENDING],
    ],
    ["without headings", [...INCOME, ...SPENDING]],
  ])("%s: read, no alarm", (_l, rows) => {
    expect(henanAlarms(stacked(rows))).toEqual([]);
  });

  it("a 支出总计 printed 1.00 more is found", () => {
    const rows = [...INCOME, ...SPENDING].map((r) =>
      r[0]?.replace(/\s/gu, "") === "支出总计" ? [r[0], "970.06"] : r,
    );
    // read on its side: 收入总计 ≠ 支出总计, and 支出总计 ≠ 本年支出合计 + 年终结转结余
    expect(henanAlarms(stacked(rows))).toEqual([
      "balance summary/line:revenue.total",
      "totals summary/line:spending.total",
    ]);
  });
});
