/**
 * The derivations alone against the oracle's: on every table of every fixture and of random
 * disclosures, `rollUpTable` and `decomposeTable` (src/rules, rewritten for speed with fast paths
 * that fall back to general ones) give the same derived facts, in the same order, as the
 * straightforward implementation they replaced (./derive.ts). The engine test compares whole
 * reports; this one is small enough to run for every mutant of the rules folder
 * (scripts/mutation.ts), where a fast path that gave up, or took the other branch, is otherwise
 * seldom told apart.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Disclosure, lowerDisclosure } from "../../src/disclosure";
import { type DerivedFact, decomposeTable, rollUpTable } from "../../src/rules";
import type { Template } from "../../src/templates";
import { FIXTURE_VARIANTS } from "../layouts/corpus";
import { generated, optionsFor, viaBuilders } from "../support/arbitraries";
import { fixtureDisclosure } from "../support/disclosures";
import * as oracle from "./derive";

/** A derived fact as plain data (its parts and sources by their cells). */
const plain = (d: DerivedFact | oracle.DerivedFact) => ({
  concept: d.concept,
  coords: d.coords,
  value: d.value,
  table: d.table,
  via: d.via,
  parts: d.parts.map((p) => ("via" in p ? { derived: p.concept, coords: p.coords } : p.source)),
  sources: d.sources,
  incomplete: d.incomplete === true,
});

function same(
  d: Disclosure,
  template: Template,
  decompositions = optionsFor(template.id).profile.definitions.decompositions,
): number {
  let derived = 0;
  for (const t of lowerDisclosure(d, template)) {
    const rolled = rollUpTable(t).map(plain);
    expect(rolled).toEqual(oracle.rollUpTable(t).map(plain));
    const decomposed = decomposeTable(t, decompositions).map(plain);
    expect(decomposed).toEqual(oracle.decomposeTable(t, decompositions).map(plain));
    derived += rolled.length + decomposed.length;
  }
  return derived;
}

describe("derivations, engine against oracle", () => {
  it.each(FIXTURE_VARIANTS.map((v) => [v.name, v] as const))("on %s", (_, v) => {
    const { disclosure } = fixtureDisclosure(v.fixture, v.template);
    expect(same(disclosure, v.template, v.profile.definitions.decompositions)).toBeGreaterThan(0);
  });

  it("on random disclosures (every template)", () => {
    fc.assert(
      fc.property(generated, (g) => {
        same(viaBuilders(g), optionsFor(g.template).template);
      }),
      { numRuns: 200 },
    );
  });
});
