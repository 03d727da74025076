/**
 * Metamorphic: code cells merged down a table. Many printers print a 类 (and a 款) once, over the
 * rows of its 款 and 项; the text layer then gives those rows blank leading code cells. Blanking,
 * in every fixture table printed with 类 | 款 | 项 columns, each code row's leading segments that
 * repeat the code row right above must leave the report unchanged.
 */
import { describe, expect, it } from "vitest";
import type { DisclosureFixture } from "../fixtures/types";
import { CASES, type Case, checkFixture, mapTables, mergeTable, projection } from "./support";

function merged(c: Case): { fixture: DisclosureFixture; blanked: number } {
  let blanked = 0;
  const fixture = mapTables(c.fixture, (t) => {
    const m = mergeTable(c, t);
    blanked += m.blanked;
    return m.table;
  });
  return { fixture, blanked };
}

describe.each(CASES.map((c) => [c.name, c] as const))("%s: code cells merged down", (_, c) => {
  it("gives the same findings and outcomes", () => {
    const before = projection(checkFixture(c));
    const after = projection(checkFixture(c, merged(c).fixture));
    expect(after).toEqual(before);
  });
});

describe("the merging itself", () => {
  it("blanks repeated leading segments in the fixtures printed with 类 | 款 | 项 columns", () => {
    const total = CASES.reduce((n, c) => n + merged(c).blanked, 0);
    expect(total).toBeGreaterThan(50);
  });
});
