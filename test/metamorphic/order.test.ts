/**
 * Metamorphic: order that carries no meaning. The tables of a disclosure in another order (other
 * districts bind them differently; the national list is a list, not a sequence), and the code rows
 * of a table in another order within their block. A block is a run of printed rows keyed by a
 * functional or economic code between rows of other kinds: a unit's row opens its block (lowering
 * puts the code rows after it under that unit, src/disclosure/lower.ts), a total or line row closes
 * it, and those rows stay where they are. Codes name their level and parent (`2013101` is under
 * `20131` under `201`), so a 项 printed before its 款 is the same table. And the 合计 row first
 * or last: the 普陀区 决算 print it last in the 一般公共预算表 and first elsewhere (fixture README),
 * the Shanghai budgets last. The check's findings and outcomes must not change.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../src/catalog/2024";
import type { Disclosure } from "../../src/disclosure";
import { readPrintedTable } from "../../src/printed";
import type { PrintedTable } from "../../src/printed/types";
import { type CheckOptions, checkDisclosure } from "../../src/rules";
import type { DisclosureFixture } from "../fixtures/types";
import { generated, optionsFor, viaBuilders } from "../support/arbitraries";
import { CASES, type Case, checkFixture, FC_OPTIONS, mapTables, projection } from "./support";

/** For each printed row: whether it is a code row (one functional or economic row read from it). */
function codeRows(c: Case, t: PrintedTable): boolean[] {
  const r = readPrintedTable(t, { template: c.template, catalog: catalog2024.functional });
  const count = t.rows.map(() => 0);
  const coded = t.rows.map(() => true);
  (r.table?.rows ?? []).forEach((row, i) => {
    const source = r.rowSources[i];
    if (source === undefined) return;
    count[source] = (count[source] ?? 0) + 1;
    if (row.key.kind !== "functional" && row.key.kind !== "economic") coded[source] = false;
  });
  return coded.map((x, i) => x && count[i] === 1);
}

/** The runs (start, end exclusive) of consecutive code rows. */
function blocks(coded: readonly boolean[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  coded.forEach((x, i) => {
    if (x && start < 0) start = i;
    if (!x && start >= 0) {
      runs.push([start, i]);
      start = -1;
    }
  });
  if (start >= 0) runs.push([start, coded.length]);
  return runs.filter(([a, b]) => b - a > 1);
}

/** A permutation of `n` from a list of random keys (fast-check gives the keys). */
function permutation(n: number, keys: readonly number[], offset: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  const key = (i: number) => keys[(offset + i) % Math.max(keys.length, 1)] ?? i;
  return idx.sort((a, b) => key(a) - key(b) || a - b);
}

function shuffleRows(c: Case, keys: readonly number[]): DisclosureFixture {
  return mapTables(c.fixture, (t, ti) => {
    const rows = [...t.rows];
    for (const [a, b] of blocks(codeRows(c, t))) {
      const order = permutation(b - a, keys, ti * 31 + a);
      const moved = order.map((i) => t.rows[a + i] ?? []);
      rows.splice(a, b - a, ...moved);
    }
    return { ...t, rows };
  });
}

/**
 * Each labelled 合计 row of a table of code rows moved to the other end (first ↔ last). Tables
 * with unit rows are left as they are (there the total opens the list of units' blocks), and so
 * are line tables (总表), whose 合计 / 总计 lines close their side.
 */
function moveTotals(c: Case, fixture: DisclosureFixture): DisclosureFixture {
  return mapTables(fixture, (t) => {
    const r = readPrintedTable(t, { template: c.template, catalog: catalog2024.functional });
    const rows = r.table?.rows ?? [];
    const kinds = new Set(rows.map((x) => x.key.kind));
    if (kinds.has("line") || kinds.has("org")) return t;
    if (!kinds.has("functional") && !kinds.has("economic")) return t;
    const at = rows.findIndex((x) => x.key.kind === "total");
    const source = r.rowSources[at];
    const total = source === undefined ? undefined : t.rows[source];
    if (source === undefined || total === undefined || !/合\s*计|总\s*计/u.test(total.join("")))
      return t;
    const rest = t.rows.filter((_, i) => i !== source);
    return { ...t, rows: source === 0 ? [...rest, total] : [total, ...rest] };
  });
}

describe.each(CASES.map((c) => [c.name, c] as const))("%s: order", (_, c) => {
  const before = projection(checkFixture(c));

  it("tables in any order give the same findings and outcomes", () => {
    const n = c.fixture.tables.length;
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: n, maxLength: n }), (keys) => {
        const order = permutation(n, keys, 0);
        const tables = order.map((i) => c.fixture.tables[i] as PrintedTable);
        const after = projection(checkFixture(c, { ...c.fixture, tables }));
        expect(after).toEqual(before);
      }),
      FC_OPTIONS,
    );
  });

  it("code rows in any order within their block, the 合计 first or last, give the same findings and outcomes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { minLength: 50, maxLength: 50 }),
        fc.boolean(),
        (keys, totals) => {
          const shuffled = shuffleRows(c, keys);
          const fixture = totals ? moveTotals(c, shuffled) : shuffled;
          expect(projection(checkFixture(c, fixture))).toEqual(before);
        },
      ),
      FC_OPTIONS,
    );
  });

  it("has totals to move (the property is not vacuous)", () => {
    const moved = moveTotals(c, c.fixture).tables.filter(
      (t, i) => t.rows[0] !== c.fixture.tables[i]?.rows[0],
    );
    expect(moved.length).toBeGreaterThanOrEqual(c.name === "Henan 2024" ? 1 : 3);
  });

  it("has blocks of code rows to move (the property is not vacuous)", () => {
    const moved = shuffleRows(
      c,
      Array.from({ length: 50 }, (_, i) => (i * 7919) % 101),
    ).tables.filter((t, i) => JSON.stringify(t.rows) !== JSON.stringify(c.fixture.tables[i]?.rows));
    expect(moved.length).toBeGreaterThanOrEqual(4);
  });
});

describe("random disclosures: order", () => {
  /** The report with its findings and outcomes as sorted JSON lines (their order follows the tables'). */
  const sorted = (d: Disclosure, o: CheckOptions) => {
    const r = checkDisclosure(d, o);
    return [
      ...r.findings.map((f) => JSON.stringify(f)).sort(),
      ...r.outcomes.map((x) => JSON.stringify(x)).sort(),
    ];
  };

  it("tables of distinct kinds in any order give the same findings and outcomes (random figures disagree across tables)", () => {
    let compared = 0;
    fc.assert(
      fc.property(generated, fc.array(fc.integer()), (g, keys) => {
        const d = viaBuilders(g);
        // One table per kind: two tables of one kind are told apart by their binding order.
        const seen = new Set<string>();
        const tables = d.tables.filter((t) => {
          if (seen.has(t.kind)) return false;
          seen.add(t.kind);
          return true;
        });
        if (tables.length < 2) return;
        compared++;
        const once = { ...d, tables };
        const order = permutation(tables.length, keys, 0);
        const permuted = {
          ...d,
          tables: order.map((i) => tables[i] as Disclosure["tables"][number]),
        };
        const o = optionsFor(g.template);
        expect(sorted(permuted, o)).toEqual(sorted(once, o));
      }),
      { numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(50);
  });
});
