/**
 * A table printed over pages, given page by page (a table extractor's tables), each page opening
 * with the headings the first printed again: the 合计 row, the unit's row the page's rows are
 * under, or both, with the same figures (printers repeat them as they repeat the header). Under
 * the same title or a continuation mark, the pages are one table: the report must not change
 * (was: the page read as another table and set aside, the first page's sums wrong by its rows,
 * or the 合计 twice, `rows.duplicate`). A heading printed with other figures is another table's.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed/types";
import type { DisclosureFixture } from "./fixtures/types";
import { CASES, checkFixture, projection } from "./metamorphic/support";

const found = CASES.find((c) => c.name === "Henan 2024");
if (found === undefined) throw new Error("no Henan case");
const henan = found;
const before = projection(checkFixture(henan));

/** Henan's tables by unit: 合计 first, then the department's row (116), its units' below. */
const paged = henan.fixture.tables.filter(
  (t) => t.rows.length >= 6 && t.rows[0]?.includes("合计") && t.rows[1]?.includes("116"),
);

type Heads = "total" | "unit" | "both";

/** The fixture with `title`'s table cut before row `at`, the second page opening with `heads`. */
function split(title: string, at: number, heads: Heads, mark: boolean): DisclosureFixture {
  return {
    ...henan.fixture,
    tables: henan.fixture.tables.flatMap((t): PrintedTable[] => {
      if (t.title !== title) return [t];
      const total = t.rows[0] ?? [];
      // The unit the cut rows are under: the last unit's row (a code 116…) before the cut.
      const units = t.rows.slice(0, at).filter((r) => r.some((c) => /^116[0-9]*$/u.test(c)));
      const unit = units[units.length - 1] ?? [];
      const repeated = heads === "total" ? [total] : heads === "unit" ? [unit] : [total, unit];
      const rest = { ...t, rows: [...repeated, ...t.rows.slice(at)] };
      return [
        { ...t, rows: t.rows.slice(0, at) },
        mark ? { ...rest, title: `${t.title}（续）` } : rest,
      ];
    }),
  };
}

describe("pages opening with the headings printed again", () => {
  it("finds Henan's tables by unit (the test is not vacuous)", () => {
    expect(paged.map((t) => t.title)).toEqual(
      expect.arrayContaining(["2024年部门支出预算表", "2024年支出经济分类汇总表"]),
    );
  });

  describe.each(paged.map((t) => [t.title, t] as const))("%s", (title, t) => {
    const cuts = [3, Math.max(4, t.rows.length - 2)];
    it.each(
      (["total", "unit", "both"] as const).flatMap((heads) =>
        cuts.flatMap((at) => [false, true].map((mark) => ({ heads, at, mark }))),
      ),
    )(
      "cut before row $at, page 2 repeating $heads (continuation mark: $mark): the same report",
      ({ heads, at, mark }) => {
        expect(projection(checkFixture(henan, split(title, at, heads, mark)))).toEqual(before);
      },
    );
  });

  it("still finds a wrong figure on the second page", () => {
    const title = "2024年部门支出预算表";
    const fixture = split(title, 3, "both", false);
    const wrong = {
      ...fixture,
      tables: fixture.tables.map((t, i) =>
        t.title === title && fixture.tables[i - 1]?.title === title
          ? {
              ...t,
              rows: t.rows.map((r) =>
                r.includes("行政单位离退休") ? r.map((c) => (c === "21.10" ? "21.20" : c)) : r,
              ),
            }
          : t,
      ),
    };
    expect(wrong.tables.flatMap((t) => t.rows).some((r) => r.includes("21.20"))).toBe(true);
    expect(projection(checkFixture(henan, wrong))).not.toEqual(before);
  });

  it("reads a page opening with a 合计 of other figures as another table (set aside, as before)", () => {
    const title = "2024年部门支出预算表";
    const fixture = split(title, 3, "total", false);
    const other = {
      ...fixture,
      tables: fixture.tables.map((t, i) =>
        t.title === title && fixture.tables[i - 1]?.title === title
          ? {
              ...t,
              rows: t.rows.map((r, j) =>
                j === 0 ? r.map((c) => (c === "969.06" ? "500.00" : c)) : r,
              ),
            }
          : t,
      ),
    };
    const report = checkFixture(henan, other);
    const gaps = report.coverage.tables.flatMap((t) => t.gaps);
    expect(gaps.some((g) => g.code === "repeated-table")).toBe(true);
  });
});
