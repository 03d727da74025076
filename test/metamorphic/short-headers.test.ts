/**
 * Metamorphic: header paths an extractor or printer gives shorter. A table extractor that reads
 * only the header row nearest the figures, or a printer who heads each column by its own cell,
 * gives a column's last level (`小计`, `其中：财政拨款`, `一般公共预算` with no `本年收入` or
 * `上年结转结余` above it), or its last two (`一般公共预算/小计`). In every table of every fixture
 * the headers the seed picks are cut to their last level (or last two, by table) where the cut
 * header is still unique in the table. A header that could then be several columns of the kind is
 * placed where its neighbours put it within one group heading, or left unread (coverage), never
 * guessed: no finding above info may appear or go (was: `一般公共预算` of 上年结转结余 read as this
 * year's 一般公共预算 income, false `same-fact` and `rollup` errors on Henan's 收入表).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../../src/printed/types";
import type { DisclosureFixture } from "../fixtures/types";
import { CASES, type Case, checkFixture, FC_OPTIONS, mapTables, pick, projection } from "./support";
import { seriousOf, wrongHenanCarryover } from "./wrong-figure";

const SERIOUS = { serious: true } as const;

/** A header path cut to its last `keep` printed levels. */
const cut = (header: string, keep: number): string =>
  header
    .split("/")
    .filter((level) => level.trim() !== "")
    .slice(-keep)
    .join("/");

/**
 * The headers with those the seed picks (all of them for `seed` 0) cut to their last level, or
 * their last two (by table), wherever the cut header is the only one of its text in the table.
 */
function shortened(headers: readonly string[], seed: number, table: number): string[] {
  const keep = seed === 0 ? 1 : 1 + pick(seed, 2, table);
  const cuts = headers.map((h, i) =>
    seed === 0 || pick(seed, 3, table, i) > 0 ? cut(h, keep) : h,
  );
  const count = new Map<string, number>();
  for (const h of [...headers, ...cuts]) count.set(h, (count.get(h) ?? 0) + 1);
  return headers.map((h, i) => {
    const short = cuts[i] ?? h;
    return short === h || count.get(short) !== 1 ? h : short;
  });
}

const shortTables = (fixture: DisclosureFixture, seed: number): DisclosureFixture =>
  mapTables(fixture, (t: PrintedTable, ti) => ({ ...t, headers: shortened(t.headers, seed, ti) }));

describe("the cut headers themselves", () => {
  const h = [
    "部门（单位）名称",
    "本年收入/合计",
    "本年收入/一般公共预算/小计",
    "本年收入/一般公共预算/其中：财政拨款",
    "上年结转结余/合计",
    "上年结转结余/一般公共预算",
  ];

  it("cuts to the last level where it stays unique, and keeps the rest as printed", () => {
    expect(shortened(h, 0, 0)).toEqual([
      "部门（单位）名称",
      "本年收入/合计",
      "小计",
      "其中：财政拨款",
      "上年结转结余/合计",
      "一般公共预算",
    ]);
  });

  it("cuts to the last two levels for some seed", () => {
    const outs = [1, 2, 3, 4, 5, 6, 7, 8].map((s) => shortened(h, s, 0));
    expect(outs.some((o) => o[2] === "一般公共预算/小计")).toBe(true);
  });
});

describe.each(CASES.map((c) => [c.name, c] as const))("%s: headers cut short", (_, c: Case) => {
  const before = projection(checkFixture(c), SERIOUS);

  it("gives no finding above info that the full headers do not, with every header cut", () => {
    expect(projection(checkFixture(c, shortTables(c.fixture, 0)), SERIOUS)).toEqual(before);
  });

  it("gives no new finding above info, with the headers the seed picks cut", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(projection(checkFixture(c, shortTables(c.fixture, seed)), SERIOUS)).toEqual(before);
      }),
      { ...FC_OPTIONS, numRuns: 4 },
    );
  });

  it("cuts headers in most tables (the property is not vacuous)", () => {
    const after = shortTables(c.fixture, 0);
    const changed = after.tables.filter((t, i) => t.headers !== c.fixture.tables[i]?.headers);
    const cutOnes = after.tables.filter((t, i) =>
      t.headers.some((x, k) => x !== c.fixture.tables[i]?.headers[k]),
    );
    expect(changed.length).toBe(c.fixture.tables.length);
    expect(cutOnes.length * 2).toBeGreaterThan(c.fixture.tables.length);
  });
});

describe("a wrong figure under cut headers is still caught", () => {
  // The income table's last row printing 9999.99 as its balance of 一般公共预算 carried over.
  const { henan, at, column, wrong } = wrongHenanCarryover();
  const serious = seriousOf(henan);

  it("gives the findings of the wrong figure under the full headers", () => {
    const short = shortTables(wrong, 0);
    expect(short.tables[at]?.headers[column]).toBe("一般公共预算");
    expect(serious(short)).toEqual(serious(wrong));
    expect(serious(wrong).length).toBeGreaterThan(serious(henan.fixture).length);
  });
});
