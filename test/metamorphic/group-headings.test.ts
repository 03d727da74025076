/**
 * Metamorphic: header rows as a table extractor reads them. A group heading merged over several
 * columns (`本年收入`, `一般公共预算` over `小计 | 其中：财政拨款`, `绩效目标` / `产出指标` over
 * `三级指标 | 指标值`) is given over the first of its columns only, the others' header paths blank
 * at that level (`本年收入/一般公共预算/小计`, `//其中：财政拨款`); and a column's own heading that
 * spans the header rows may be given in the lower row (`/本年收入合计`). In every table of every
 * fixture, each run of sibling columns the seed picks loses its repeated headings, and some
 * one-level headings after a deeper one are lowered. The check's findings and outcomes must not
 * change (was: `其中：财政拨款` read as any 财政拨款 column, every `指标值` as the first group's).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../../src/printed/types";
import type { DisclosureFixture } from "../fixtures/types";
import { CASES, type Case, checkFixture, FC_OPTIONS, mapTables, pick, projection } from "./support";

/**
 * The header paths as an extractor gives them: a level the column before prints too, under the
 * same headings, is blank where the seed says so (per table and level); a one-level header after
 * a deeper one is lowered to `/heading` where the seed says so.
 */
function extracted(headers: readonly string[], seed: number, table: number): string[] {
  return headers.map((header, i) => {
    const levels = header.split("/");
    const previous = (headers[i - 1] ?? "").split("/");
    if (levels.length === 1)
      return previous.length > 1 && pick(seed, 3, table, i) === 0 ? `/${header}` : header;
    let same = 0;
    while (same < levels.length - 1 && levels[same] === previous[same]) same++;
    if (same === 0 || pick(seed, 4, table, same) === 0) return header;
    return [...levels.slice(0, same).map(() => ""), ...levels.slice(same)].join("/");
  });
}

function extractHeaders(c: Case, seed: number): DisclosureFixture {
  return mapTables(c.fixture, (t: PrintedTable, ti) => ({
    ...t,
    headers: extracted(t.headers, seed, ti),
  }));
}

describe("the header paths themselves", () => {
  const h = [
    "项目",
    "本年收入/一般公共预算/小计",
    "本年收入/一般公共预算/其中：财政拨款",
    "本年收入/事业收入",
    "其他收入",
  ];

  it("blank only headings the column before prints, or lower a one-level heading", () => {
    for (const seed of [0, 1, 2, 3, 4, 5, 6, 7]) {
      const out = extracted(h, seed, 0);
      out.forEach((x, i) => {
        const levels = x.split("/");
        const original = (h[i] ?? "").split("/");
        const previous = (h[i - 1] ?? "").split("/");
        if (x === `/${h[i]}`) return;
        expect(levels.length).toBe(original.length);
        levels.forEach((l, k) => {
          expect(l === original[k] || (l === "" && previous[k] === original[k])).toBe(true);
        });
      });
    }
  });

  it("gives a sub-heading under its group's first column only, for some seed", () => {
    const outs = [0, 1, 2, 3, 4, 5, 6, 7].map((s) => extracted(h, s, 0));
    expect(outs.some((o) => o[2] === "//其中：财政拨款")).toBe(true);
    expect(outs.some((o) => o[4] === "/其他收入")).toBe(true);
  });
});

describe.each(CASES.map((c) => [c.name, c] as const))(
  "%s: headings of merged header cells",
  (_, c) => {
    const before = projection(checkFixture(c));

    it("gives the same findings and outcomes", () => {
      fc.assert(
        fc.property(fc.integer(), (seed) => {
          expect(projection(checkFixture(c, extractHeaders(c, seed)))).toEqual(before);
        }),
        { ...FC_OPTIONS, numRuns: 4 },
      );
    });

    it("blanks headings in most tables (the property is not vacuous)", () => {
      const after = extractHeaders(c, 5);
      const changed = after.tables.filter((t) => t.headers.some((h) => h.startsWith("/")));
      expect(changed.length * 2).toBeGreaterThan(c.fixture.tables.length);
    });
  },
);
