/**
 * Metamorphic: a header cell merged over two printed columns. Table extractors give a merged
 * cell's text once per column it spans, and the column's cells under one of the two (the other
 * blank on every row), on either side; or a blank column with no header at all (a spacer, a
 * rule the extractor read as a column). In every table of every fixture one column the seed picks
 * is given so. The check's findings and outcomes must not change.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../../src/printed/types";
import type { DisclosureFixture } from "../fixtures/types";
import { CASES, type Case, checkFixture, FC_OPTIONS, mapTables, pick, projection } from "./support";

/**
 * Table `t` with a blank column beside column `at`: headed as `at` (`how` 0: after it, 1: before
 * it, so the data sits under the second of the two) or unheaded (`how` 2).
 */
function spanned(t: PrintedTable, at: number, how: number): PrintedTable {
  const header = how === 2 ? "" : (t.headers[at] ?? "");
  const where = how === 1 ? at : at + 1;
  const insert = <T>(xs: readonly T[], x: T) => [...xs.slice(0, where), x, ...xs.slice(where)];
  return { ...t, headers: insert(t.headers, header), rows: t.rows.map((r) => insert(r, "")) };
}

function spanColumns(c: Case, seed: number): DisclosureFixture {
  return mapTables(c.fixture, (t, ti) =>
    t.headers.length === 0 ? t : spanned(t, pick(seed, t.headers.length, ti), pick(seed, 3, ti, 1)),
  );
}

describe("the spanning itself", () => {
  it("puts a blank column after or before a column, headed as it, or unheaded", () => {
    const t: PrintedTable = { title: "t", headers: ["a", "b"], rows: [["1", "2"]] };
    expect(spanned(t, 0, 0)).toEqual({
      title: "t",
      headers: ["a", "a", "b"],
      rows: [["1", "", "2"]],
    });
    expect(spanned(t, 1, 1)).toEqual({
      title: "t",
      headers: ["a", "b", "b"],
      rows: [["1", "", "2"]],
    });
    expect(spanned(t, 0, 2).headers).toEqual(["a", "", "b"]);
  });
});

describe.each(CASES.map((c) => [c.name, c] as const))("%s: a header over two columns", (_, c) => {
  const before = projection(checkFixture(c));

  it("gives the same findings and outcomes", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(projection(checkFixture(c, spanColumns(c, seed)))).toEqual(before);
      }),
      FC_OPTIONS,
    );
  });
});
