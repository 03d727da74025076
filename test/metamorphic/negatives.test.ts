/**
 * Metamorphic: a negative amount as printers and spreadsheets spell it: `-1.00`, `－1.00`,
 * `−1.00` (U+2212), `△1.00` (the minus of Chinese financial statements), `(1.00)` or `（1.00）`
 * (an accountant's negative, as Excel exports of 财政 systems give it). The fixtures print no
 * negative, so a few nonzero amount cells the seed picks in each table are printed negative
 * (`-x`: a document with those errors); then each is respelled another way. The report must be
 * the report of `-x` (was: a bracketed or △ amount `malformed-amount`, its row's sums unread).
 */
import { describe, expect, it } from "vitest";
import type { DisclosureFixture } from "../fixtures/types";
import {
  CASES,
  type Case,
  changedCells,
  checkFixture,
  columnRoles,
  forSeeds,
  mapTables,
  pick,
  projection,
} from "./support";

const NONZERO = /^[0-9][0-9,]*(?:\.[0-9]+)?$/u;
const SPELLINGS = [
  (x: string) => `-${x}`,
  (x: string) => `－${x}`,
  (x: string) => `−${x}`,
  (x: string) => `△${x}`,
  (x: string) => `(${x})`,
  (x: string) => `（${x}）`,
  (x: string) => ` (${x}) `,
] as const;

/** The fixture with about one amount cell in twenty printed negative, spelled by `spelling`. */
function negated(c: Case, seed: number, spelling: (cell: number[]) => number): DisclosureFixture {
  const roles = columnRoles(c);
  return mapTables(c.fixture, (t, ti) => ({
    ...t,
    rows: t.rows.map((row, ri) =>
      row.map((cell, ci) => {
        const amount = roles[ti]?.[ci] === "amount" && NONZERO.test(cell) && /[1-9]/u.test(cell);
        if (!amount || pick(seed, 20, ti, ri, ci) !== 0) return cell;
        return SPELLINGS[spelling([ti, ri, ci])]?.(cell) ?? cell;
      }),
    ),
  }));
}

describe.each(CASES.map((c) => [c.name, c] as const))("%s: negatives respelled", (_, c) => {
  it("gives the report of the same amounts printed with a minus", () => {
    forSeeds((seed) => {
      const minus = projection(
        checkFixture(
          c,
          negated(c, seed, () => 0),
        ),
      );
      const mixed = negated(c, seed, (at) => pick(seed, SPELLINGS.length, ...at, 9));
      expect(projection(checkFixture(c, mixed))).toEqual(minus);
    }, 3);
  });

  it("prints some negatives, and they are caught (the property is not vacuous)", () => {
    const minus = negated(c, 5, () => 0);
    expect(changedCells(c.fixture, minus).length).toBeGreaterThan(2);
    const serious = (f: DisclosureFixture) => projection(checkFixture(c, f), { serious: true });
    expect(serious(minus).length).toBeGreaterThan(serious(c.fixture).length);
  });
});
