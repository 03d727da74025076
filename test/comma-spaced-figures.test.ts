/**
 * Figures whose thousands commas a text layer spaced out: a PDF that sets its digits apart (a
 * justified or letter-spaced cell) gives `171, 915, 169` or `1 ,234.00` for `171,915,169` and
 * `1,234.00`. The commas still group the thousands: read as the figure (noted `dressed-amount`),
 * the report is the one of the figures printed tight, with no reader problem above info (each
 * was a `malformed-amount` error and a `cell.unreadable` finding). Groups of the wrong size stay
 * malformed, spaced or not.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { final2024, finalProfile } from "../src/final";
import { readPrintedTable } from "../src/printed";
import { type Profile, shanghaiProfile } from "../src/rules";
import { shanghai, type Template } from "../src/templates";
import { putuoFinanceFinal2024Fixture } from "./fixtures/putuo-finance-final-2024";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import type { DisclosureFixture } from "./fixtures/types";
import { reading } from "./metamorphic/support";

const CASES: readonly (readonly [string, DisclosureFixture, Template, Profile, boolean])[] = [
  ["上海市财政局 2025", shanghaiFinance2025Fixture, shanghai, shanghaiProfile, false],
  ["普陀区财政局 决算 2024", putuoFinanceFinal2024Fixture, final2024, finalProfile, true],
];

const check = reading;

/** The amount cells' commas spaced after (`1, 234`) or before (`1 ,234`). */
function spaced(fixture: DisclosureFixture, template: Template, how: string): DisclosureFixture {
  return {
    ...fixture,
    tables: fixture.tables.map((t) => {
      const r = readPrintedTable(t, { template, catalog: catalog2024.functional });
      const amount = new Set(
        r.columns.filter((c) => c.column?.role === "amount").map((c) => c.index),
      );
      return {
        ...t,
        rows: t.rows.map((row) =>
          row.map((cell, i) => (amount.has(i) ? cell.replace(/,/gu, how) : cell)),
        ),
      };
    }),
  };
}

describe.each(CASES)("%s: thousands commas spaced out", (_, fixture, template, profile, final) => {
  const before = check(fixture, template, profile, final);
  it.each([", ", " ,", " , ", "，"])("commas printed %j: the same report", (how) => {
    const changed = spaced(fixture, template, how);
    expect(
      changed.tables.flatMap((t) => t.rows.flat()).filter((c) => c.includes(how)).length,
    ).toBeGreaterThan(0);
    const after = check(changed, template, profile, final);
    expect(after.report).toEqual(before.report);
    expect(after.problems).toEqual(before.problems);
  });
});

describe("groups of the wrong size stay malformed", () => {
  it.each(["1, 23.00", "12, 3456", "1 , 2345"])("%s", (cell) => {
    const r = readPrintedTable(
      {
        title: "2024年预算单位支出预算总表",
        unit: "元",
        headers: ["科目编码", "科目名称", "合计"],
        rows: [["2013101", "行政运行", cell]],
      },
      { template: shanghai, catalog: catalog2024.functional },
    );
    expect(r.problems.map((p) => p.code)).toContain("malformed-amount");
  });
});
