/**
 * Metamorphic: a table printed over two pages and bound as two tables. Where a table extractor
 * cuts a long table at a page break, the second part carries the title again, with a mark of
 * continuation (`…（续）`, `…(续表)`, `… 续上表`, `…（续表）`) or without one, the same header rows and
 * unit, and the rows after the break. Every table of every fixture with enough rows is cut at a row the run's
 * seed picks (any row boundary can be a page's end). The check's findings (notes included) and
 * outcomes must not change. (The 整体绩效目标表 is left whole: the fixtures give its budget lines apart from
 * its grid.)
 *
 * Notes (info) too: a 收支总表 cut inside its 年初结转和结余 block prints the block's lines
 * (`一、一般公共预算财政拨款`) on the next page under no heading; joined, they are read in the block
 * the first page leaves open (see `test/continued-line-blocks.test.ts`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../../src/printed/types";
import type { CheckReport } from "../../src/rules";
import type { DisclosureFixture } from "../fixtures/types";
import { CASES, type Case, checkFixture, FC_OPTIONS, pick, projection } from "./support";

const outcomes = (r: CheckReport) => r.outcomes.map((o) => `${o.ruleId} ${o.outcome}`).sort();

/** How printers mark the second part's title. */
const MARKS: readonly ((title: string) => string)[] = [
  (t) => t,
  (t) => `${t}（续）`,
  (t) => `${t}(续表)`,
  (t) => `${t} 续上表`,
  (t) => `${t}（续表）`,
];

/** A table the fixtures give whole for a reason of their own (see above). */
const keptWhole = (t: PrintedTable) => t.title.includes("整体");

/** The fixture with each table of four rows or more bound as two at a row the seed picks. */
function cutAtPageBreaks(c: Case, seed: number): DisclosureFixture {
  const tables = c.fixture.tables.flatMap((t, ti): PrintedTable[] => {
    if (t.rows.length < 4 || keptWhole(t)) return [t];
    const at = 1 + pick(seed, t.rows.length - 1, ti);
    const mark = MARKS[pick(seed, MARKS.length, ti, 1)] ?? MARKS[0];
    const second: PrintedTable = {
      ...t,
      title: mark?.(t.title) ?? t.title,
      rows: t.rows.slice(at),
    };
    const { note: _note, ...first } = { ...t, rows: t.rows.slice(0, at) };
    // A note printed under the table ends it: it goes with the second part.
    return [first, second];
  });
  return { ...c.fixture, tables };
}

describe.each(CASES.map((c) => [c.name, c] as const))("%s: tables cut at a page break", (_, c) => {
  const report = checkFixture(c);
  const before = projection(report);
  const beforeOutcomes = outcomes(report);

  it("gives the same findings and outcomes", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const after = checkFixture(c, cutAtPageBreaks(c, seed));
        expect(projection(after)).toEqual(before);
        expect(outcomes(after)).toEqual(beforeOutcomes);
      }),
      FC_OPTIONS,
    );
  });

  it("cuts most tables (the property is not vacuous)", () => {
    const after = cutAtPageBreaks(c, 5);
    expect((after.tables.length - c.fixture.tables.length) * 2).toBeGreaterThan(
      c.fixture.tables.length,
    );
  });
});
