/**
 * Metamorphic: the marks printers set beside a name to flag it or point to a note under the
 * table (`行政运行*`, `※其他支出`, `公务接待费（注2）`, `其他支出①`). Every name cell of every table of
 * every fixture is marked: the findings above info must not change (a marked name is still the
 * catalog's name), and a truly wrong name, marked, is still reported.
 */
import { describe, expect, it } from "vitest";
import type { DisclosureFixture } from "../fixtures/types";
import {
  CASES,
  type Case,
  changedCells,
  checkFixture,
  columnRoles,
  mapTables,
  projection,
} from "./support";

const MARKS: readonly (readonly [string, (name: string) => string])[] = [
  ["a trailing asterisk", (s) => `${s}*`],
  ["a full-width asterisk", (s) => `${s}＊`],
  ["a note reference", (s) => `${s}（注1）`],
  ["a note reference in square brackets", (s) => `${s}【注2】`],
  ["a leading flag", (s) => `※${s}`],
  ["a triangle", (s) => `▲${s}`],
  ["a note number", (s) => `${s}①`],
  ["a superscript", (s) => `${s}¹`],
];

/** The fixture with every non-blank name cell marked. */
function marked(c: Case, mark: (name: string) => string): DisclosureFixture {
  const roles = columnRoles(c);
  return mapTables(c.fixture, (t, ti) => ({
    ...t,
    rows: t.rows.map((r) =>
      r.map((x, ci) => (roles[ti]?.[ci] === "name" && x.trim() !== "" ? mark(x) : x)),
    ),
  }));
}

describe.each(CASES.map((c) => [c.name, c] as const))("%s: names with marks", (_, c) => {
  const before = projection(checkFixture(c), { serious: true });
  it.each(MARKS)("gives the same findings with %s", (_m, mark) => {
    const after = marked(c, mark);
    expect(changedCells(c.fixture, after).length).toBeGreaterThan(0);
    expect(projection(checkFixture(c, after), { serious: true })).toEqual(before);
  });
});

describe("a wrong name stays wrong with a mark", () => {
  const c = CASES[0] as Case;
  it("reports 行政运行 printed as 事业运行*", () => {
    const roles = columnRoles(c);
    let changed = 0;
    const wrong = mapTables(c.fixture, (t, ti) => ({
      ...t,
      rows: t.rows.map((r) =>
        r.map((x, ci) => {
          if (roles[ti]?.[ci] !== "name" || x.trim() !== "行政运行") return x;
          changed++;
          return "事业运行*";
        }),
      ),
    }));
    expect(changed).toBeGreaterThan(0);
    const serious = checkFixture(c, wrong).findings.filter(
      (f) => f.ruleId === "code.name" && f.severity !== "info",
    );
    expect(serious.length).toBeGreaterThan(0);
  });
});
