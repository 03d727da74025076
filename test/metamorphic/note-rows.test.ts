/**
 * Metamorphic: a table's note printed as a row inside the table's frame. Table extractors give
 * the `注：本表反映…` / `说明：…` line under a table as one more row (in its first column, or
 * under the name column); appended to every table of every fixture (and, for a table printed
 * with its note, moving the note into the rows), the report must not change: a note is no data.
 */
import { describe, expect, it } from "vitest";
import { CASES, checkFixture, mapTables, projection } from "./support";

const NOTES = ["注：本表反映本年度部门预算情况。", "说明：本表金额均保留两位小数。"] as const;

describe.each(CASES.map((c) => [c.name, c] as const))("%s: a note printed as a row", (_, c) => {
  it.each([0, 1] as const)("gives the same findings and outcomes (column %i)", (at) => {
    // Every table with a note (its own, or one of NOTES): printed under the table, or as a row.
    const noted = mapTables(c.fixture, (t, i) => ({ ...t, note: t.note ?? NOTES[i % 2] ?? "" }));
    const asRow = mapTables(noted, (t) => {
      const col = Math.min(at, t.headers.length - 1);
      const { note, ...rest } = t;
      return {
        ...rest,
        rows: [...t.rows, t.headers.map((_h, j) => (j === col ? (note ?? "") : ""))],
      };
    });
    const before = projection(checkFixture(c, noted), { serious: true });
    expect(projection(checkFixture(c, asRow), { serious: true })).toEqual(before);
  });
});
