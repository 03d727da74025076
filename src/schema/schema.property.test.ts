import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UNITS } from "../amount";
import type { Disclosure, RowKey } from "../disclosure";
import { TARGET_MONEY_LINES } from "../templates/targets";
import type { SchemaPath } from "./issues";
import { formatSchemaIssue } from "./messages";
import { parseDisclosure } from "./parse";
import { serializeDisclosure } from "./serialize";

const text = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.constantFrom("", "969.06", "合计"),
);
/** A record of strings; `__proto__` keys are excluded (they have their own test). */
const strings = fc
  .array(fc.tuple(text, text), { maxLength: 5 })
  .map((entries) => Object.fromEntries(entries.filter(([k]) => k !== "__proto__")));
/** Records with Object.prototype, as JSON.parse makes them. */
const plain = { noNullPrototype: true } as const;

const rowKey: fc.Arbitrary<RowKey> = fc.oneof(
  fc.constant({ kind: "total" as const }),
  fc.constant({ kind: "single" as const }),
  fc.record({ kind: fc.constant("org" as const), code: text }, plain),
  fc.record({ kind: fc.constant("functional" as const), code: text }, plain),
  fc.record(
    { kind: fc.constant("economic" as const), econ: text, gov: text },
    { noNullPrototype: true, requiredKeys: ["kind", "econ"] },
  ),
  fc.record(
    { kind: fc.constant("project" as const), name: text, code: text },
    { noNullPrototype: true, requiredKeys: ["kind", "name"] },
  ),
  fc.record({ kind: fc.constant("line" as const), line: text }, plain),
  fc.record({ kind: fc.constant("indicator" as const), index: fc.nat() }, plain),
);
const row = fc.record(
  { key: rowKey, name: text, cells: strings },
  { noNullPrototype: true, requiredKeys: ["key", "cells"] },
);
const table = fc.record(
  {
    kind: text,
    title: text,
    number: text,
    unit: fc.constantFrom(...UNITS),
    rows: fc.array(row, { maxLength: 4 }),
    note: text,
    texts: strings,
  },
  { noNullPrototype: true, requiredKeys: ["kind", "unit", "rows"] },
);
const meta = fc.record(
  {
    year: fc.integer(),
    documentKind: fc.constantFrom("部门" as const, "单位" as const),
    template: text,
    department: fc.record(
      { code: text, name: text },
      { noNullPrototype: true, requiredKeys: ["name"] },
    ),
    units: fc.array(
      fc.record(
        {
          code: text,
          name: text,
          unitType: fc.constantFrom("行政" as const, "参公" as const, "事业" as const),
        },
        { noNullPrototype: true, requiredKeys: ["name"] },
      ),
      { maxLength: 3 },
    ),
    unitCounts: fc.record(
      { 行政: fc.nat(9), 参公: fc.nat(9), 事业: fc.nat(9) },
      { noNullPrototype: true, requiredKeys: [] },
    ),
    regionCode: text,
  },
  {
    noNullPrototype: true,
    requiredKeys: ["year", "documentKind", "template", "department", "units"],
  },
);
const indicator = fc.record(
  { level1: text, level2: text, name: text, value: text, explanation: text },
  { noNullPrototype: true, requiredKeys: ["level1", "name", "value"] },
);
const money = fc.record(Object.fromEntries(TARGET_MONEY_LINES.map((line) => [line, text])), {
  noNullPrototype: true,
  requiredKeys: [],
});
const project = fc.record(
  {
    name: text,
    code: text,
    type: text,
    implementer: text,
    department: text,
    goal: text,
    money,
    indicators: fc.array(indicator, { maxLength: 3 }),
  },
  { noNullPrototype: true, requiredKeys: ["name", "money", "indicators"] },
);
const targets = fc.record(
  {
    unit: fc.constantFrom(...UNITS),
    projects: fc.array(project, { maxLength: 3 }),
    department: fc.record(
      {
        goal: text,
        tasks: fc.array(fc.record({ name: text, content: text }, plain), { maxLength: 2 }),
        budget: money,
        indicators: fc.array(indicator, { maxLength: 3 }),
      },
      { noNullPrototype: true, requiredKeys: ["tasks", "budget", "indicators"] },
    ),
  },
  { noNullPrototype: true, requiredKeys: ["unit", "projects"] },
);
const disclosure: fc.Arbitrary<Disclosure> = fc.record(
  {
    meta,
    tables: fc.array(table, { maxLength: 4 }),
    texts: fc.array(fc.record({ title: text, body: text }, plain), { maxLength: 3 }),
    targets,
  },
  { noNullPrototype: true, requiredKeys: ["meta", "tables", "texts"] },
);

/** Every path in a JSON tree, the root excluded. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
}

function parentOf(root: unknown, path: SchemaPath): Record<string, unknown> | unknown[] {
  return path
    .slice(0, -1)
    .reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], root) as
    | Record<string, unknown>
    | unknown[];
}

/** The optional properties of the object at `path` (by the format, written out independently). */
function optionalKeys(path: SchemaPath, node: Record<string, unknown>): readonly string[] | "all" {
  const shape = path.map((p) => (typeof p === "number" ? "#" : p)).join(".");
  switch (shape) {
    case "":
      return ["$schema", "targets"];
    case "targets":
      return ["department"];
    case "targets.department":
      return ["goal"];
    case "targets.projects.#":
      return ["code", "type", "implementer", "department", "goal"];
    case "targets.projects.#.money":
    case "targets.department.budget":
      return "all";
    case "targets.projects.#.indicators.#":
    case "targets.department.indicators.#":
      return ["level2", "explanation"];
    case "meta":
      return ["regionCode", "unitCounts"];
    case "meta.department":
      return ["code"];
    case "meta.units.#":
      return ["code", "unitType"];
    case "meta.unitCounts":
      return "all";
    case "tables.#":
      return ["title", "number", "note", "texts"];
    case "tables.#.rows.#":
      return ["name"];
    case "tables.#.rows.#.key":
      return node.kind === "economic" ? ["gov"] : node.kind === "project" ? ["code"] : [];
    case "tables.#.rows.#.cells":
    case "tables.#.texts":
      return "all";
    default:
      return [];
  }
}

const startsWith = (path: SchemaPath, prefix: SchemaPath) => prefix.every((p, i) => path[i] === p);

describe("the JSON interchange format: property tests", () => {
  it("serialize → JSON text → parse gives back an equal disclosure (lossless)", () => {
    fc.assert(
      fc.property(disclosure, (d) => {
        const r = parseDisclosure(JSON.parse(JSON.stringify(serializeDisclosure(d))));
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value).toStrictEqual(d);
      }),
      { numRuns: 500 },
    );
  });

  it("1,000 arbitrary JSON values: no throw, issues with paths that render in both locales", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseDisclosure(value);
        if (r.ok) return;
        expect(r.error.length).toBeGreaterThan(0);
        for (const issue of r.error) {
          expect(Array.isArray(issue.path)).toBe(true);
          expect(issue.path.every((p) => typeof p === "string" || typeof p === "number")).toBe(
            true,
          );
          expect(formatSchemaIssue(issue).length).toBeGreaterThan(0);
          expect(formatSchemaIssue(issue, "en").length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("1,000 mutated documents: issues point at the mutated place; deleting a required property fails there", () => {
    const mutation = fc.tuple(disclosure, fc.nat(), fc.boolean(), fc.jsonValue());
    fc.assert(
      fc.property(mutation, ([d, pick, remove, replacement]) => {
        const doc: unknown = JSON.parse(JSON.stringify(serializeDisclosure(d)));
        const all = paths(doc);
        const path = all[pick % all.length];
        if (path === undefined) return;
        const key = path.at(-1) as string | number;
        const parent = parentOf(doc, path);
        const deleting = remove && !Array.isArray(parent);
        let required = false;
        if (deleting) {
          const optional = optionalKeys(path.slice(0, -1), parent);
          required = optional !== "all" && !optional.includes(String(key));
          delete parent[key as string];
        } else {
          (parent as Record<string | number, unknown>)[key] = replacement;
        }
        const r = parseDisclosure(doc);
        if (required) {
          expect(r.ok).toBe(false);
          if (!r.ok)
            expect(
              r.error.some((i) => i.path.length === path.length && startsWith(i.path, path)),
            ).toBe(true);
        }
        if (r.ok) return;
        // Changing a row key's kind may make its other properties wrong: those are under the key.
        const shape = path.map((p) => (typeof p === "number" ? "#" : p)).join(".");
        const place = shape === "tables.#.rows.#.key.kind" ? path.slice(0, -1) : path;
        for (const issue of r.error) expect(startsWith(issue.path, place)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
