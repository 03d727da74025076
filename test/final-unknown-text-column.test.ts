/**
 * An unknown column printing only text in the 支出决算表 (`资金性质` =
 * 财政 on every row, `单位类型`): it prints no figure, so it can be no missing part of a sum, and
 * the checks between the tables stay on: the fixture's errors (类 210: 236.63 vs 236.64, 212:
 * 3845.25 vs 3845.24) are still found. An unknown column printing figures still stands them aside
 * (it may be a part they miss): no false alarm.
 */
import { describe, expect, it } from "vitest";
import { putuoPlanningFinal2024Fixture as PLAN } from "./fixtures/putuo-planning-final-2024";
import { added, varyTables } from "./support/final-variants";

const column = (header: string, cell: (i: number) => string) =>
  varyTables(
    PLAN,
    (t) => t.title === "支出决算表",
    (t) => ({
      ...t,
      headers: [header, ...t.headers],
      rows: t.rows.map((r, i) => [cell(i), ...r]),
    }),
  );

const TEXT: readonly (readonly [string, (i: number) => string])[] = [
  ["资金性质", () => "财政"],
  ["单位类型", () => "行政单位"],
];

describe("an unknown text column in the 支出决算表", () => {
  for (const [header, cell] of TEXT)
    it(`${header}: the errors between the tables are still found`, () => {
      const r = added(PLAN, column(header, cell));
      expect(r.lost).toEqual([]);
      expect(r.added).toEqual([`支出决算表: unknown-header`]);
    });

  it("单位名称 (the department's name on the 合计 row) is the units' column: nothing added, nothing lost", () => {
    const r = added(
      PLAN,
      column("单位名称", (i) => (i === 0 ? "上海市普陀区规划和自然资源局" : "")),
    );
    expect(r.added).toEqual([]);
    expect(r.lost).toEqual([]);
  });

  it("an unknown column printing figures adds no finding", () => {
    const r = added(
      PLAN,
      column("其他资金", (i) => (i === 0 ? "1.00" : "")),
    );
    expect(r.added.filter((f) => !f.startsWith("支出决算表:"))).toEqual([]);
  });
});
