/**
 * A 决算 table printed in 千元 (`单位：千元`, its figures ten times the 万元 ones): the library has no
 * 千元 unit, so the table's amounts are of no known unit. That is coverage, never a finding about
 * the document: the reader says `unknown-unit` (its reading, the unit kept as printed), the check
 * report lists the table's cells as an `unknown-unit` coverage gap, and no figure of it is compared
 * with another table's or the text's (the text's 万元 figures, read against the 千元 table, would all
 * differ tenfold). Its own sums are still checked, so a wrong figure in it is still found.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { putuoFinanceFinal2024Fixture as FIN } from "./fixtures/putuo-finance-final-2024";
import { added, varyTables } from "./support/final-variants";

/** A cell in 万元 to two decimals restated in 千元 to one (`2,940.05` → `29400.5`). */
const inQian = (c: string) => {
  const m = /^([\d,]+)\.(\d)(\d)$/u.exec(c);
  return m === null
    ? c
    : `${(m[1] ?? "").replace(/,/gu, "")}${m[2]}.${m[3]}`.replace(/^0+(?=\d)/u, "");
};

const inThousands = (title: string, vary: (t: PrintedTable) => PrintedTable = (t) => t) =>
  varyTables(
    FIN,
    (t) => t.title === title,
    (t) => vary({ ...t, unit: "单位：千元", rows: t.rows.map((r) => r.map(inQian)) }),
  );

/** The findings about other tables or the text that the variant adds (none may be). */
const elsewhere = (title: string, kind: string) =>
  added(FIN, inThousands(title)).added.filter(
    (f) => !f.startsWith(`${title}: unknown-unit`) && !f.includes(` ${kind} `),
  );

describe("a 决算 table printed in 千元", () => {
  it.each([
    ["收入决算表", "income", []],
    ["支出决算表", "expenditure", []],
    // the fixture's own error (208 is 326.71 in the 总表, 326.72 = its 款 elsewhere: README), found
    // on the 总表 before, is found on the 收入 / 支出决算表's totals once the 总表's figures are not
    // compared: nothing of the 千元 table's
    [
      "收入支出决算总表",
      "summary",
      [
        "error rollup income total revenue: 2946.25 vs 2946.26",
        "error rollup expenditure total total: 2940.05 vs 2940.06",
      ],
    ],
    ["一般公共预算财政拨款基本支出决算表", "gpbBasic", []],
    ["财政拨款“三公”经费支出决算表", "sanGong", []],
  ] as const)(
    "%s: a coverage gap and the reader's note, no finding elsewhere",
    (title, kind, own) => {
      const r = added(FIN, inThousands(title));
      expect(r.added).toContain(`${title}: unknown-unit`);
      expect(elsewhere(title, kind)).toEqual(own);
      const gaps = r.varied.report.coverage.tables.find((t) => t.table === kind)?.gaps ?? [];
      expect(gaps.map((g) => [g.code, "unit" in g ? g.unit : undefined])).toEqual([
        ["unknown-unit", "单位：千元"],
      ]);
    },
  );

  it("still finds a figure that breaks the table's own sums", () => {
    // 人员经费合计 21522.6 千元 (2,152.26 万元) printed 21532.6
    const r = added(
      FIN,
      inThousands("一般公共预算财政拨款基本支出决算表", (t) => ({
        ...t,
        rows: t.rows.map((row: readonly string[]) =>
          row.map((c: string) => (c === "21522.6" ? "21532.6" : c)),
        ),
      })),
    );
    expect(r.added.filter((f) => f.includes("gpbBasic"))).not.toEqual([]);
  });
});
