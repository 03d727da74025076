import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UNITS } from "../amount";
import { disclosureDocumentSchema } from "./document";
import { readFast } from "./fast";
import { parseDisclosure } from "./parse";
import { snapshot } from "./snapshot";

const example = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), "utf8"));
const EXAMPLES = ["henan-2024", "shanghai-finance-2025", "putuo-planning-final-2024"];

/**
 * The invariant: the hand reader either stands aside or gives exactly what zod gives (same
 * values, same key order), and zod accepts the document (without a `__proto__` record key).
 */
function agrees(input: unknown): "fast" | "zod" {
  const copy = snapshot(input).value;
  const fast = readFast(copy);
  const zod = disclosureDocumentSchema().safeParse(copy);
  if (fast === undefined) return "zod";
  expect(zod.success).toBe(true);
  if (!zod.success) return "zod";
  const { meta, tables, texts } = zod.data;
  // JSON text compares values and the order of keys.
  expect(JSON.stringify(fast)).toBe(JSON.stringify({ meta, tables, texts }));
  expect(fast).toEqual({ meta, tables, texts });
  expect(zod.data.targets).toBeUndefined();
  return "fast";
}

describe("readFast", () => {
  it("reads the examples by hand, as zod reads them", () => {
    for (const name of EXAMPLES) expect(agrees(example(name))).toBe("fast");
  });

  it("stands aside for targets, a __proto__ cell, an unknown key, a float year", () => {
    const base = example("henan-2024") as Record<string, unknown> & {
      meta: Record<string, unknown>;
      tables: { rows: { cells: Record<string, string> }[] }[];
    };
    const cells = JSON.parse('{"__proto__": "1.00"}') as Record<string, string>;
    const variants: unknown[] = [
      { ...base, targets: { unit: "万元", projects: [] } },
      { ...base, tables: [{ ...base.tables[0], rows: [{ key: { kind: "total" }, cells }] }] },
      { ...base, meta: { ...base.meta, color: "red" } },
      { ...base, meta: { ...base.meta, year: 2024.5 } },
      { ...base, meta: { ...base.meta, department: { name: 1 } } },
      // A hole in an array (a sparse array given to parseDisclosure): zod reads it as undefined.
      // biome-ignore lint/suspicious/noSparseArray: the hole is the point
      { ...base, texts: [, { title: "说明", body: "" }] },
    ];
    for (const v of variants) expect(readFast(snapshot(v).value)).toBeUndefined();
    // …and the zod path still decides: targets with no projects read, the others are issues.
    expect(parseDisclosure(variants[0]).ok).toBe(true);
    for (const v of variants.slice(1)) expect(parseDisclosure(v).ok).toBe(false);
  });

  const text = fc.oneof(
    { arbitrary: fc.string(), weight: 20 },
    { arbitrary: fc.constantFrom("", "969.06", "合计"), weight: 4 },
    { arbitrary: fc.constant("__proto__"), weight: 1 },
  );
  const anyValue = fc.oneof(
    text,
    fc.integer(),
    fc.double(),
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.constantFrom(...UNITS, "部门", "单位", "行政", "预算", "决算"),
    fc.dictionary(text, text, { maxKeys: 3 }),
    fc.array(text, { maxLength: 2 }),
  );
  /** Mostly valid, sometimes not. */
  const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
    fc.oneof({ arbitrary: valid, weight: 19 }, { arbitrary: invalid, weight: 1 });
  const rowKey = fc.oneof(
    fc.record({
      kind: mostly(fc.constantFrom("total", "single"), fc.constantFrom("org", "line", "x")),
    }),
    fc.record({ kind: fc.constant("economic"), econ: text, gov: text }, { requiredKeys: ["kind"] }),
    fc.record({ kind: fc.constant("project"), name: text, code: text }, { requiredKeys: ["kind"] }),
    fc.record({ kind: fc.constant("indicator"), index: fc.integer({ min: -2, max: 9 }) }),
    fc.record({ kind: fc.constantFrom("org", "functional"), code: text }),
    fc.record({ kind: fc.constant("line"), line: text }),
  );
  const document = fc.record(
    {
      $schema: text,
      format: mostly(fc.constant("yusuan.disclosure"), fc.constant("other")),
      version: mostly(fc.constant(1), fc.constant(2)),
      meta: fc.record(
        {
          year: mostly(fc.integer(), fc.constant(2024.5)),
          documentKind: mostly(fc.constantFrom("部门", "单位"), fc.constant("x")),
          template: text,
          department: fc.record({ code: text, name: text }, { requiredKeys: ["name"] }),
          units: fc.array(
            fc.record(
              {
                code: text,
                name: text,
                unitType: mostly(fc.constantFrom("行政", "参公", "事业"), fc.constant("x")),
              },
              { requiredKeys: ["name"] },
            ),
            { maxLength: 2 },
          ),
          unitCounts: fc.record(
            { 行政: mostly(fc.nat(5), fc.constant(-1)), 参公: fc.nat(3), 事业: fc.nat(3) },
            { requiredKeys: [] },
          ),
          regionCode: text,
          stage: mostly(fc.constantFrom("预算", "决算"), fc.constant("x")),
        },
        { requiredKeys: ["year", "documentKind", "template", "department", "units"] },
      ),
      tables: fc.array(
        fc.record(
          {
            kind: text,
            title: text,
            number: text,
            unit: mostly(fc.constantFrom(...UNITS), fc.constant("千元")),
            rows: fc.array(
              fc.record(
                {
                  key: rowKey,
                  name: text,
                  cells: fc.dictionary(text, mostly(text, fc.integer()), { maxKeys: 4 }),
                },
                { requiredKeys: ["key", "cells"] },
              ),
              { maxLength: 4 },
            ),
            note: text,
            texts: fc.dictionary(text, text, { maxKeys: 2 }),
          },
          { requiredKeys: ["kind", "unit", "rows"] },
        ),
        { maxLength: 3 },
      ),
      texts: fc.array(fc.record({ title: text, body: text }), { maxLength: 2 }),
    },
    { requiredKeys: ["format", "version", "meta", "tables", "texts"] },
  );

  it("500 random documents (valid and not): the same result as zod", () => {
    let fast = 0;
    fc.assert(
      fc.property(document, (d) => {
        if (agrees(d) === "fast") fast++;
      }),
      { numRuns: 500 },
    );
    // The generator makes valid documents often enough that the hand reader is exercised.
    expect(fast).toBeGreaterThan(50);
  });

  /** A path into a value and a change there: a new value, a deletion, an added key. */
  function mutate(doc: unknown, choices: readonly number[], change: unknown, how: number): unknown {
    const copy = structuredClone(doc) as Record<string, unknown>;
    let at: Record<string, unknown> = copy;
    for (const c of choices) {
      const ks = Object.keys(at);
      const k = ks[c % Math.max(ks.length, 1)];
      const next = k === undefined ? undefined : at[k];
      if (typeof next !== "object" || next === null || ks.length === 0) {
        if (k === undefined) break;
        if (how === 0) at[k] = change;
        else if (how === 1) delete at[k];
        else at.xtra = change;
        return copy;
      }
      at = next as Record<string, unknown>;
    }
    if (how === 1) at.extra = change;
    else Object.defineProperty(at, "__proto__", { value: change, enumerable: true });
    return copy;
  }

  it("2,000 mutated examples: the same result as zod", () => {
    const docs = EXAMPLES.map(example);
    fc.assert(
      fc.property(
        fc.nat(docs.length - 1),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        anyValue,
        fc.nat(2),
        (d, choices, change, how) => {
          agrees(mutate(docs[d], choices, change, how));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
