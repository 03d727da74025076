import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Disclosure, lowerTable, type Row } from "../disclosure";
import { type Decomposition, factKey } from "../facts";
import { FactIds } from "../facts/intern";
import { parseDisclosureJson } from "../schema";
import { henan2024 } from "../templates";
import { buildContext } from "./context";
import { type AnyFact, decomposeTable, rollUpTable } from "./derive";
import { groupFacts } from "./group-facts";
import { allGroups, groupOf, groupWithoutFund, identityOf, sharedGroups } from "./groups";
import { henan2024Profile } from "./profiles";

/**
 * A check's facts by identity: `groupOf` and `allGroups` on a context `buildContext` made (the
 * integer index) and on a plain `groups` map (the narrative's scope), which must agree. A roll-up
 * that is the only statement of its identity is made a fact only when something reads it
 * (group-facts.ts); whatever reads the context sees the same facts as if all had been made.
 */

const disclosure = (rows: Row[]): Disclosure => ({
  meta: {
    year: 2024,
    documentKind: "单位",
    template: "henan2024",
    department: { name: "某单位" },
    units: [],
  },
  tables: [{ kind: "expenditure", unit: "万元", rows }],
  texts: [],
});

const ctxOf = (rows: Row[]) =>
  buildContext(disclosure(rows), henan2024, undefined, henan2024Profile.definitions);

// A printed 合计 and two 项: the total is compared with its roll-up; the 款 20101 and the 类 201
// are stated by their roll-ups alone.
const rows: Row[] = [
  { key: { kind: "total" }, cells: { total: "3.00" } },
  { key: { kind: "functional", code: "2010101" }, cells: { total: "1.00" } },
  { key: { kind: "functional", code: "2010102" }, cells: { total: "2.00" } },
];

describe("groupOf", () => {
  it("finds a printed total with the sums derived for it (printed first)", () => {
    const ctx = ctxOf(rows);
    const g = groupOf(ctx, "spending", {});
    // 合计 3.00 as printed, and the total rolled up from the two 项 (1.00 + 2.00)
    expect(g?.map((f) => f.value?.value)).toEqual(["3.00", "3.00"]);
    expect(g?.map((f) => "via" in f)).toEqual([false, true]);
    expect(g).toBe(ctx.groups.get(factKey("spending", {})));
  });

  it("finds the 款 and 类 only derived, and nothing where no fact is", () => {
    const ctx = ctxOf(rows);
    expect(groupOf(ctx, "spending", { functional: "20101" })?.map((f) => f.value?.value)).toEqual([
      "3.00",
    ]);
    expect(groupOf(ctx, "spending", { functional: "208" })).toBeUndefined();
    expect(groupOf(ctx, "sanGong", {})).toBeUndefined();
  });

  it("reads a plain map of groups by key where no index was made", () => {
    const f = ctxOf(rows).tables[0]?.rows[1]?.facts[0] as AnyFact;
    const plain = { groups: new Map([[factKey("spending", { functional: "2010101" }), [f]]]) };
    expect(groupOf(plain, "spending", { functional: "2010101" })).toEqual([f]);
    expect(groupOf(plain, "spending", {})).toBeUndefined();
    expect([...allGroups(plain)]).toEqual([[f]]);
    expect(sharedGroups(plain)).toEqual([[f]]);
  });
});

describe("sharedGroups", () => {
  it("is a list of the groups, read by index, with or without an integer index", () => {
    const ctx = ctxOf(rows);
    const shared = sharedGroups(ctx);
    expect(Array.isArray(shared)).toBe(true);
    ctx.groups; // makes every roll-up: each group is then its fact's list
    expect(shared.filter((g) => g.length > 0)).toEqual([...ctx.groups.values()]);
  });

  it("leaves out the facts of a table of no known unit", () => {
    // A total and its one 项: each table's total is compared with its roll-up (a group of one
    // fact is listed empty until read, group-facts.ts).
    const table = (kind: string, total: string) => ({
      kind,
      unit: "万元" as const,
      rows: [
        { key: { kind: "total" } as const, cells: { total } },
        { key: { kind: "functional" as const, code: "2010101" }, cells: { total } },
      ],
    });
    const d: Disclosure = {
      ...disclosure([]),
      tables: [
        table("expenditure", "3.00"),
        { ...table("gpbExpenditure", "3000.00"), unknownUnit: "千元" },
      ],
    };
    const ctx = buildContext(d, henan2024, undefined, henan2024Profile.definitions);
    const shared = sharedGroups(ctx);
    expect(Array.isArray(shared)).toBe(true);
    const tablesOf = shared.flatMap((g) => g.map((f) => ("via" in f ? f.table : f.source.table)));
    expect(tablesOf).toContain("expenditure");
    expect(tablesOf).not.toContain("gpbExpenditure");
  });
});

describe("allGroups", () => {
  it("lists every identity once, in the order of ctx.groups", () => {
    const ctx = ctxOf(rows);
    const all = [...allGroups(ctx)];
    expect(all).toEqual([...ctx.groups.values()]);
    // the total, the two 项, then the derived 款 20101 and 类 201
    expect(all.map((g) => g[0]?.coords.functional)).toEqual([
      undefined,
      "2010101",
      "2010102",
      "20101",
      "201",
    ]);
  });
});

describe("groupWithoutFund and identityOf", () => {
  // The Henan example: many tables, decompositions and roll-ups, so the order groups are first
  // met in differs from the order their identities were given ids.
  const parsed = parseDisclosureJson(readFileSync("examples/henan-2024.json", "utf8"));
  if (!parsed.ok) throw new Error("the Henan example does not parse");
  const ctx = buildContext(parsed.value, henan2024, undefined, henan2024Profile.definitions);
  const facts = ctx.tables.flatMap((t) => t.rows.flatMap((r) => r.facts));

  it("finds, for every printed fact with a fund, the group of its coordinates without it", () => {
    const funded = facts.filter((f) => f.coords.fund !== undefined);
    expect(funded.length).toBeGreaterThan(100);
    for (const f of funded) {
      const { fund: _, ...rest } = f.coords;
      expect(groupWithoutFund(ctx, f.concept, f.coords)).toBe(
        ctx.groups.get(factKey(f.concept, rest)),
      );
    }
  });

  it("gives two facts the same identity exactly when their keys are equal", () => {
    const byIdentity = new Map<number | string, string>();
    for (const f of facts) {
      const key = factKey(f.concept, f.coords);
      const identity = identityOf(ctx, f.concept, f.coords);
      expect(byIdentity.get(identity) ?? key).toBe(key);
      byIdentity.set(identity, key);
    }
    expect(new Set(byIdentity.values()).size).toBe(byIdentity.size);
  });
});

describe("the order within a group", () => {
  it("lists the printed facts before the derived ones, in every group of the Henan example", () => {
    const parsed = parseDisclosureJson(readFileSync("examples/henan-2024.json", "utf8"));
    if (!parsed.ok) throw new Error("the Henan example does not parse");
    const ctx = buildContext(parsed.value, henan2024, undefined, henan2024Profile.definitions);
    let mixed = 0;
    for (const g of allGroups(ctx)) {
      const firstDerived = g.findIndex((f) => "via" in f);
      if (firstDerived < 0) continue;
      if (firstDerived > 0) mixed++;
      expect(g.slice(firstDerived).every((f) => "via" in f)).toBe(true);
    }
    // Groups with both a printed and a derived statement exist (the comparisons), so the order
    // was put to the test.
    expect(mixed).toBeGreaterThan(50);
  });
});

describe("roll-ups made when read", () => {
  it("leaves the two lone roll-ups unmade until a look-up makes one", () => {
    const ctx = ctxOf(rows);
    // The two lone roll-ups, and the two 项 each printed alone in its group.
    const empty = () => [...sharedGroups(ctx)].filter((g) => g.length === 0).length;
    expect(empty()).toBe(4);
    // The total's group was compared at once: 3.00 printed, 1.00 + 2.00 rolled up.
    expect(groupOf(ctx, "spending", {})?.map((f) => f.value?.value)).toEqual(["3.00", "3.00"]);
    const kuan = groupOf(ctx, "spending", { functional: "20101" });
    expect(kuan?.map((f) => [f.value?.value, "via" in f])).toEqual([["3.00", true]]);
    expect(empty()).toBe(3);
    // The made group stands in the list of groups in its place; the one still waiting stays
    // empty (waiting groups share one list, never written).
    expect([...sharedGroups(ctx)]).toContain(kuan);
    const lei = groupOf(ctx, "spending", { functional: "201" });
    expect(lei?.map((f) => f.value?.value)).toEqual(["3.00"]);
    expect(lei).not.toBe(kuan);
    expect(kuan?.length).toBe(1);
    expect(empty()).toBe(2);
    // The same group object, already made (not made again), on a second look-up.
    expect(groupOf(ctx, "spending", { functional: "20101" })).toBe(kuan);
    expect(kuan?.length).toBe(1);
    expect(ctx.derived.filter((f) => f.coords.functional === "20101")).toHaveLength(1);
  });

  it("makes every group when all are read, and derived lists the table's roll-ups in order", () => {
    const ctx = ctxOf(rows);
    expect([...allGroups(ctx)].every((g) => g.length > 0)).toBe(true);
    const lowered = ctx.tables[0];
    if (lowered === undefined) throw new Error("no table");
    expect(ctx.derived).toEqual([...rollUpTable(lowered), ...decomposeTable(lowered)]);
    const sums = ctx.derived.map((f) => `${f.coords.functional ?? "合计"} ${f.value?.value}`);
    expect(sums.sort()).toEqual(["201 3.00", "20101 3.00", "合计 3.00"]);
  });

  it("gives the Henan example's derived facts exactly as the tables' own derivations", () => {
    const parsed = parseDisclosureJson(readFileSync("examples/henan-2024.json", "utf8"));
    if (!parsed.ok) throw new Error("the Henan example does not parse");
    const ctx = buildContext(parsed.value, henan2024, undefined, henan2024Profile.definitions);
    // Read before anything made the lone roll-ups: derived makes them. A blank row repeating
    // another row's key states nothing (it is left out of derivations).
    const stating = ctx.tables.map((t) => {
      const count = new Map<string, number>();
      for (const r of t.rows) count.set(r.id, (count.get(r.id) ?? 0) + 1);
      const states = (r: (typeof t.rows)[number]) =>
        (count.get(r.id) ?? 0) < 2 || r.facts.some((f) => f.value !== null);
      return { ...t, rows: t.rows.filter(states) };
    });
    expect(stating.some((t, i) => t.rows.length < (ctx.tables[i]?.rows.length ?? 0))).toBe(true);
    const expected = stating.flatMap((t) => [...rollUpTable(t), ...decomposeTable(t)]);
    expect(expected.length).toBeGreaterThan(2000);
    expect(ctx.derived).toEqual(expected);
    const lone = [...allGroups(ctx)].filter((g) => g.length === 1 && "via" in (g[0] ?? {}));
    expect(lone.length).toBeGreaterThan(1000);
  });
});

describe("a table kind whose column list is replaced", () => {
  it("rolls up with the new columns' coordinates, as lowering reads them", () => {
    const base = henan2024.tables.find((k) => k.id === "expenditure");
    if (base === undefined) throw new Error("no 支出表 kind");
    const kind = { ...base, columns: [...base.columns] };
    const template = { ...henan2024, tables: [kind] };
    const table = { kind: "expenditure", unit: "万元", rows: rows.slice(1) } as const;
    const before = rollUpTable(lowerTable(table, template));
    // The same kind object, its `total` column now stating a fund (a kind built by hand, changed).
    (kind as { columns: typeof base.columns }).columns = base.columns.map((c) =>
      c.key === "total" ? { ...c, coords: { ...c.coords, fund: "gpb" } } : c,
    );
    const after = rollUpTable(lowerTable(table, template));
    expect(before.map((f) => f.coords.fund)).toEqual([undefined, undefined, undefined]);
    expect(after.map((f) => f.coords.fund)).toEqual(["gpb", "gpb", "gpb"]);
  });
});

describe("an id that states no fact", () => {
  it("has no group: the groups list every identity some fact states, and only those", () => {
    // The parent sets the 项 its children keep, so the first anchor met (2010102, without its
    // 项目支出) claims it and derives nothing: the id given to that parent states no fact.
    const overriding: Decomposition = {
      id: "test.overriding",
      rule: "nature",
      parent: { coords: { nature: null, functional: "2010101" } },
      children: [{ coords: { nature: "basic" } }, { coords: { nature: "project" } }],
    };
    const table = lowerTable(
      {
        kind: "expenditure",
        unit: "万元",
        rows: [
          { key: { kind: "functional", code: "2010102" }, cells: { basic: "1.00" } },
          {
            key: { kind: "functional", code: "2010103" },
            cells: { basic: "2.00", project: "3.00" },
          },
        ],
      },
      henan2024,
    );
    const ids = new FactIds();
    const grouping = groupFacts([table], [overriding], ids);
    expect(ids.find("spending", { functional: "2010101" })).toBeDefined();
    expect(grouping.members.length).toBe(ids.size - 1);
    expect(Array.from(grouping.members).every((g) => Array.isArray(g))).toBe(true);
  });
});
