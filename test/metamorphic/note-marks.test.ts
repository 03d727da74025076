/**
 * Metamorphic: the marks printers set beside a name, a figure or a code to flag it or point to a
 * note under the table (`行政运行*`, `※其他支出`, `公务接待费（注2）`, `其他支出①`, `12.00*`,
 * `2013101※`). Every name cell, then every figure, then every code of every table of every
 * fixture is marked: the findings above info must not change (a marked name is still the
 * catalog's name, a marked figure the figure), and a truly wrong name or figure, marked, is still
 * reported.
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
  ["two note numbers", (s) => `${s}①②`],
  ["two superscripts", (s) => `${s}¹²`],
  ["a note number and a flag", (s) => `${s}①*`],
];

/** Marks after a figure (a leading one could be a minus, `△1.00`). */
const FIGURE_MARKS = MARKS.filter(([name]) => !["a leading flag", "a triangle"].includes(name));

type Role = "name" | "amount" | "code";

/**
 * The fixture with every cell of a role marked (names: every non-blank one; else with a digit),
 * the marks taken in turn, cell after cell, so one document mixes them as printers do; and how
 * many cells took each mark.
 */
function marked(
  c: Case,
  roles: readonly (readonly string[])[],
  role: Role,
  marks: typeof MARKS,
): { readonly fixture: DisclosureFixture; readonly used: readonly number[] } {
  const used = marks.map(() => 0);
  let next = 0;
  const takes = (x: string) => (role === "name" ? x.trim() !== "" : /[0-9]/u.test(x));
  const fixture = mapTables(c.fixture, (t, ti) => ({
    ...t,
    rows: t.rows.map((r) =>
      r.map((x, ci) => {
        if (roles[ti]?.[ci] !== role || !takes(x)) return x;
        const at = next++ % marks.length;
        used[at] = (used[at] as number) + 1;
        return (marks[at] as (typeof marks)[number])[1](x);
      }),
    ),
  }));
  return { fixture, used };
}

describe.each(CASES.map((c) => [c.name, c] as const))("%s: cells with marks", (_, c) => {
  const before = projection(checkFixture(c), { serious: true });
  const roles = columnRoles(c);
  it.each([
    ["name", MARKS],
    ["amount", FIGURE_MARKS],
    ["code", FIGURE_MARKS],
  ] as const)("gives the same findings with every %s marked, each mark in turn", (role, marks) => {
    const { fixture, used } = marked(c, roles, role, marks);
    const cells = used.reduce((n, k) => n + k, 0);
    // Every mark is printed once the role has as many cells as there are marks.
    if (role !== "code") expect(cells).toBeGreaterThanOrEqual(marks.length);
    if (cells >= marks.length) expect(used.every((k) => k > 0)).toBe(true);
    expect(changedCells(c.fixture, fixture).length).toBe(cells);
    expect(cells).toBeGreaterThan(0);
    expect(projection(checkFixture(c, fixture), { serious: true })).toEqual(before);
  });
});

describe("a wrong name or figure stays wrong with a mark", () => {
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

  it("reports a wrong 三公 total marked *", () => {
    const roles = columnRoles(c);
    const t = c.fixture.tables.findIndex((x) => x.title.includes("三公"));
    expect(t).toBeGreaterThanOrEqual(0);
    const before = checkFixture(c).findings.filter((f) => f.ruleId === "sanGong.sum");
    const wrong = mapTables(c.fixture, (x, ti) => {
      if (ti !== t) return x;
      const col = roles[ti]?.indexOf("amount") ?? -1;
      return {
        ...x,
        rows: x.rows.map((r, ri) =>
          ri === 0 ? r.map((v, ci) => (ci === col ? "9999.99*" : v)) : r,
        ),
      };
    });
    const after = checkFixture(c, wrong).findings.filter((f) => f.ruleId === "sanGong.sum");
    expect(after.length).toBeGreaterThan(before.length);
  });
});
