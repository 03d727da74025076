import { describe, expect, it } from "vitest";
import type { SchemaIssue } from "./issues";
import { parseLedger, parseLedgerJson } from "./ledger";
import { formatSchemaIssue } from "./messages";
import { parseDisclosure, parseDisclosureJson } from "./parse";
import { readDisclosureJson } from "./read";

/**
 * Past zod's stack (it gathers a property's issues with `push(...issues)`): on Node 20 with the
 * default stack, `push(...a)` overflows from ≈ 1.3·10⁵ items.
 */
const N = 150_000;
/** Past the cap, for the readers' own issues. */
const M = 20_000;
const ledgerMeta = {
  year: 2024,
  documentKind: "单位",
  department: { name: "某局" },
  units: [{ code: "1", name: "某局", unitType: "行政" }],
};
const entry = {
  unit: "1",
  fund: "gpb.grant",
  functional: "2013101",
  econ: "30201",
  nature: "basic",
  amount: "1.00",
};
const ledger = (over: object, n = N) => ({
  format: "yusuan.ledger",
  version: 1,
  meta: ledgerMeta,
  scale: { unit: "万元", decimals: 2 },
  entries: Array.from({ length: n }, () => ({ ...entry, ...over })),
});
const disclosure = (cell: unknown, n = N, extra: object = {}) => ({
  format: "yusuan.disclosure",
  version: 1,
  meta: {
    year: 2024,
    documentKind: "单位",
    template: "henan2024",
    department: { name: "某单位" },
    units: [],
  },
  tables: [
    {
      kind: "expenditure",
      unit: "万元",
      rows: Array.from({ length: n }, () => ({
        key: { kind: "functional", code: "2013101" },
        cells: { total: cell },
        ...extra,
      })),
    },
  ],
  texts: [],
});

/** The issues, capped: at most 1000 with paths, then one `too-many-issues` with the rest's count. */
function expectCapped(
  issues: readonly { code: string; path: readonly (string | number)[] }[],
  total: number,
) {
  expect(issues.length).toBe(1001);
  const last = issues.at(-1) as SchemaIssue;
  expect(last).toEqual({ code: "too-many-issues", path: [], maximum: 1000, omitted: total - 1000 });
  for (const i of issues.slice(0, -1)) expect(i.path.length).toBeGreaterThan(0);
}

describe("many issues: typed and capped, never a crash", () => {
  it("N is past the stack here: a push(...issues) of N items overflows", () => {
    const into: number[] = [];
    expect(() => into.push(...new Array<number>(N).fill(0))).toThrow(RangeError);
  });
  it("parseLedger: 150,000 entries each with a wrong fund", () => {
    const r = parseLedger(ledger({ fund: 1 }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expectCapped(r.error, N);
    expect(r.error[0]).toMatchObject({ code: "invalid-value", path: ["entries", 0, "fund"] });
    expect(r.error[999]?.path).toEqual(["entries", 999, "fund"]);
  });
  it("parseLedger: 20,000 codes that are no codes (302.01)", () => {
    const r = parseLedger(ledger({ econ: 302.01 }, M));
    expect(r.ok).toBe(false);
    if (!r.ok) expectCapped(r.error, M);
  });
  // The JSON readers reach the same zod call as parseLedger / parseDisclosure (parseOwn,
  // validate): past the cap is enough here; the 150,000 cases above and below take the fallback.
  it("parseLedgerJson: 20,000 bad entries, and 20,000 amounts with an exponent", () => {
    const bad = parseLedgerJson(JSON.stringify(ledger({ fund: 1 }, M)));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expectCapped(bad.error, M);
    const exp = parseLedgerJson(
      JSON.stringify(ledger({}, M)).replaceAll('"amount":"1.00"', '"amount":1e3'),
    );
    expect(exp.ok).toBe(false);
    if (!exp.ok) {
      expectCapped(exp.error, M);
      expect(exp.error[0]).toEqual({
        code: "number-exponent",
        path: ["entries", 0, "amount"],
        input: "1e3",
      });
    }
  });
  it("parseDisclosure (150,000 rows) and parseDisclosureJson (20,000) each with a bad cell", () => {
    for (const [r, n] of [
      [parseDisclosure(disclosure(true)), N],
      [parseDisclosureJson(JSON.stringify(disclosure(true, M))), M],
    ] as const) {
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expectCapped(r.error, n);
      expect(r.error[0]).toMatchObject({
        code: "invalid-type",
        path: ["tables", 0, "rows", 0, "cells", "total"],
      });
    }
  });
  it("one row with 150,000 bad cells", () => {
    const cells = Object.fromEntries(Array.from({ length: N }, (_, i) => [`c${i}`, 1]));
    const doc = disclosure("1", 1);
    const row = doc.tables[0]?.rows[0];
    if (row) row.cells = cells as never;
    const r = parseDisclosure(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expectCapped(r.error, N);
  });
  it("parseDisclosureJson: 20,000 cells with an exponent, 20,000 codes with a fraction", () => {
    const exp = parseDisclosureJson(
      JSON.stringify(disclosure("1", M)).replaceAll('"total":"1"', '"total":1e3'),
    );
    expect(exp.ok).toBe(false);
    if (!exp.ok) expectCapped(exp.error, M);
    const code = parseDisclosureJson(
      JSON.stringify(disclosure("1", M)).replaceAll('"code":"2013101"', '"code":201.5'),
    );
    expect(code.ok).toBe(false);
    if (!code.ok) expectCapped(code.error, M);
  });
  it("readDisclosureJson keeps 150,000 unknown keys as notes, and caps 20,000 bad cells", () => {
    const kept = readDisclosureJson(JSON.stringify(disclosure("1", N, { page: 7 })));
    expect(kept.ok).toBe(true);
    if (kept.ok) expect(kept.value.notes.length).toBe(N);
    const bad = readDisclosureJson(JSON.stringify(disclosure(true, M, { page: 7 })));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expectCapped(bad.error, M);
  });
  it("a few issues are all reported, as before", () => {
    const r = parseLedger(ledger({ fund: 1 }, 3));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.map((i) => i.path)).toEqual([0, 1, 2].map((i) => ["entries", i, "fund"]));
    const good = parseDisclosure(disclosure("1", 3000));
    expect(good.ok).toBe(true);
  });
  it("words the note", () => {
    const issue: SchemaIssue = { code: "too-many-issues", path: [], maximum: 1000, omitted: 5 };
    expect(formatSchemaIssue(issue, "en")).toContain("5 more issues");
    expect(formatSchemaIssue(issue)).toContain("另有 5 个问题");
  });
});
