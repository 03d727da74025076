import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { disclosureBuilder } from "./builder-disclosure";
import { type TableBuilder, tableBuilder } from "./builder-table";
import { validateDisclosure, validateTable } from "./builder-validate";

const KINDS = [...henan2024.tables.map((t) => t.id), "balanceSheet"];
const COLUMNS = [...new Set(henan2024.tables.flatMap((t) => t.columns.map((c) => c.key)))];

/** Arbitrary text, biased towards strings the template and the parsers care about. */
const text = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "",
    " ",
    "-",
    "total",
    "single",
    "201 31 01",
    "2O13101",
    "30107/50501",
    "116",
    "indicator:2",
  ),
  fc.constantFrom(
    "969.06",
    "1,212.12",
    "1.2.3",
    "1e5",
    "其他运转类",
    "revenue.gpb",
    "__proto__",
    "constructor",
  ),
);
const cells = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...COLUMNS), text), text), { maxLength: 6 })
  .map((entries) => Object.fromEntries(entries));
const call = fc.oneof(
  fc.record({
    op: fc.constant("row" as const),
    key: text,
    cells,
    name: fc.option(text, { nil: undefined }),
  }),
  fc.record({ op: fc.constant("total" as const), cells }),
  fc.record({ op: fc.constant("single" as const), cells }),
  fc.record({ op: fc.constant("org" as const), key: text, name: text, cells }),
  fc.record({ op: fc.constant("functional" as const), key: text, name: text, cells }),
  fc.record({
    op: fc.constant("economic" as const),
    key: text,
    gov: fc.option(text, { nil: undefined }),
    name: text,
    cells,
  }),
  fc.record({
    op: fc.constant("project" as const),
    name: text,
    cells,
    key: fc.option(text, { nil: undefined }),
  }),
  fc.record({ op: fc.constant("line" as const), key: text, cells }),
  fc.record({
    op: fc.constant("indicator" as const),
    index: fc.integer({ min: 0, max: 99 }),
    cells,
  }),
  fc.record({ op: fc.constant("note" as const), name: text }),
  fc.record({ op: fc.constant("text" as const), key: text, name: text }),
);
type Call = typeof call extends fc.Arbitrary<infer C> ? C : never;

function apply(b: TableBuilder, c: Call): TableBuilder {
  switch (c.op) {
    case "row":
      return b.row(c.key, c.cells, c.name);
    case "total":
      return b.total(c.cells);
    case "single":
      return b.single(c.cells);
    case "org":
      return b.org(c.key, c.name, c.cells);
    case "functional":
      return b.functional(c.key, c.name, c.cells);
    case "economic":
      return b.economic(c.key, c.gov, c.name, c.cells);
    case "project":
      return b.project(c.name, c.cells, c.key);
    case "line":
      return b.line(c.key, c.cells);
    case "indicator":
      return b.indicator(c.index, c.cells);
    case "note":
      return b.note(c.name);
    case "text":
      return b.text(c.key, c.name);
  }
}

/** The value at `path` inside `root`, own properties only. */
function at(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment))
      return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

const tables = fc.array(fc.tuple(fc.constantFrom(...KINDS), fc.array(call, { maxLength: 12 })), {
  maxLength: 4,
});

describe("builders: property tests", () => {
  it("any sequence of calls never throws; every problem points into the built value", () => {
    fc.assert(
      fc.property(tables, (specs) => {
        let d = disclosureBuilder(henan2024, {
          year: 2024,
          documentKind: "单位",
          department: { name: "x" },
          units: [],
        });
        for (const [kind, calls] of specs) {
          const built = calls.reduce(apply, tableBuilder(henan2024, kind));
          const r = built.build();
          expect(r.ok).toBe(r.problems.every((p) => p.severity !== "error"));
          for (const p of r.problems) expect(at(r.value, p.path)).toBeDefined();
          d = d.table(built);
        }
        const r = d.build();
        for (const p of r.problems) expect(at(r.value, p.path)).toBeDefined();
        expect(r.value.tables).toHaveLength(specs.length);
      }),
      { numRuns: 300 },
    );
  });

  it("validation is idempotent: checking a built value again finds the same problems", () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.array(call, { maxLength: 12 }), (kind, calls) => {
        const r = calls.reduce(apply, tableBuilder(henan2024, kind)).build();
        const again = validateTable(r.value, henan2024);
        expect(again.value).toEqual(r.value);
        expect(again.problems).toEqual(r.problems);
        const d = validateDisclosure(
          {
            meta: {
              year: 2024,
              documentKind: "单位",
              template: "henan2024",
              department: { name: "x" },
              units: [],
            },
            tables: [r.value],
            texts: [],
          },
          henan2024,
        );
        expect(d.problems.map((p) => p.path)).toEqual(
          r.problems.map((p) => ["tables", 0, ...p.path]),
        );
      }),
      { numRuns: 300 },
    );
  });
});
