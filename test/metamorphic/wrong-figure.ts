/**
 * A truly wrong figure written into a fixture, and the findings above info that show it: shared by
 * the metamorphic tests that check a transformation still catches it.
 */
import type { DisclosureFixture } from "../fixtures/types";
import { CASES, type Case, checkFixture, mapTables, projection } from "./support";

/** A fixture with the cell at `row`, `column` of its table `at` printed as `value`. */
export function withFixtureCell(
  fixture: DisclosureFixture,
  at: number,
  row: number,
  column: number,
  value: string,
): DisclosureFixture {
  return mapTables(fixture, (t, i) =>
    i !== at
      ? t
      : {
          ...t,
          rows: t.rows.map((r, ri) =>
            ri === row ? r.map((x, ci) => (ci === column ? value : x)) : r,
          ),
        },
  );
}

/** The findings above info of `c` checked with a fixture (its own by default), as {@link projection} gives them. */
export const seriousOf =
  (c: Case) =>
  (fixture: DisclosureFixture = c.fixture): string[] =>
    projection(checkFixture(c, fixture), { serious: true });

/**
 * The Henan case, its table printing `上年结转结余/一般公共预算` (`at`) and that column, and its
 * fixture with that table's last row printing 9999.99 there: a truly wrong figure.
 */
export function wrongHenanCarryover() {
  const henan = CASES[0] as Case;
  const at = henan.fixture.tables.findIndex((t) => t.headers.includes("上年结转结余/一般公共预算"));
  const table = henan.fixture.tables[at];
  const column = table?.headers.indexOf("上年结转结余/一般公共预算") ?? -1;
  const last = (table?.rows.length ?? 0) - 1;
  return { henan, at, column, wrong: withFixtureCell(henan.fixture, at, last, column, "9999.99") };
}
