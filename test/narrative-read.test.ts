/**
 * The fixture narratives read without the checker: every figure of the Henan 2024 情况说明 (and of
 * the same figures in other districts' words, and of the two Shanghai documents) placed on its
 * fact, and the Henan text written back by `renderNarrative`. Fast enough to run per mutant of
 * src/narrative (`npm run mutation:narrative`); the whole-check tests of these documents are in
 * test/narrative-fixtures.test.ts.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import { factKey } from "../src/facts";
import { extractClaims, renderNarrative } from "../src/narrative";
import { henan2024, shanghai } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import { shanghaiWelfare2024Fixture } from "./fixtures/shanghai-welfare-2024";
import { fixtureDisclosure } from "./support/disclosures";
import { HENAN_INPUTS, VARIANT } from "./support/narrative-henan";

const henan = fixtureDisclosure(henan2024Fixture, henan2024).disclosure;
const welfare = fixtureDisclosure(shanghaiWelfare2024Fixture, shanghai).disclosure;
const finance = fixtureDisclosure(shanghaiFinance2025Fixture, shanghai).disclosure;

const readings = new Map<Disclosure, ReturnType<typeof extractClaims>>();
/** Each document read once, on first use, shared by the tests that look at it. */
const read = (d: Disclosure) => {
  const known = readings.get(d);
  if (known !== undefined) return known;
  const r = extractClaims(d.texts[0]?.body ?? "", {
    year: d.meta.year,
    catalog: catalog2024.functional,
    tables: d.tables,
  });
  readings.set(d, r);
  return r;
};

describe("Henan 2024: every claim placed", () => {
  it("places every number that carries an amount (nothing unplaced at all)", () => {
    expect(read(henan).unplaced).toEqual([]);
  });

  it("reads the figures of DOMAIN §7 and the fixture README", () => {
    const r = read(henan);
    const amounts = new Map(
      r.claims.flatMap((c) =>
        c.kind === "amount" ? [[factKey(c.subject.concept, c.subject.coords), c.value.value]] : [],
      ),
    );
    expect(Object.fromEntries(amounts)).toMatchObject({
      "revenue.total": "969.06",
      "spending.total": "969.06",
      "revenue|fund=gpb": "969.06",
      "spending|nature=basic": "682.06",
      "spending|nature=project": "287.00",
      "spending|fund=gpb|nature=basic.personnel": "630.38",
      "spending|fund=gpb|nature=basic.public": "51.68",
      sanGong: "6.50",
      "sanGong|item=reception": "2.50",
      "sanGong|item=vehicles.operation": "4.00",
      operatingCost: "49.68",
    });
    const changes = r.claims.flatMap((c) =>
      c.kind === "change"
        ? [`${factKey(c.subject.concept, c.subject.coords)} ${c.direction} ${c.delta?.value ?? ""}`]
        : [],
    );
    expect(changes).toEqual([
      "revenue.total up 134.22",
      "spending.total up 134.22",
      "revenue|fund=gpb up 134.22",
      "spending|fund=gpb up 134.22",
      "sanGong down -1.00",
      "sanGong|item=abroad flat ",
      "sanGong|item=reception down -1.00",
      "sanGong|item=vehicles.purchase flat ",
      "sanGong|item=vehicles.operation flat ",
      "operatingCost up 6.13",
    ]);
    const percents = r.claims.flatMap((c) => (c.kind === "percent" ? [c.percent] : []));
    expect(percents).toEqual([
      "16.08",
      "16.08",
      "70.38",
      "29.62",
      "16.08",
      "16.08",
      "70.38",
      "29.62",
      "92.42",
      "7.58",
    ]);
    const counts = r.claims.flatMap((c) => (c.kind === "count" ? [`${c.what} ${c.value}`] : []));
    expect(counts).toEqual([
      "projects 11",
      "vehicles 2",
      "vehicles 2",
      "equipment 0",
      "equipment 0",
    ]);
  });
});

describe("the Henan figures in other districts' words", () => {
  it("places the figures, and returns the ones it has no word for (工会经费, 职工福利费) as unplaced", () => {
    const r = extractClaims(VARIANT, {
      year: 2024,
      catalog: catalog2024.functional,
      tables: henan.tables,
    });
    expect(r.claims.filter((c) => c.kind === "amount").length).toBeGreaterThanOrEqual(24);
    expect(r.unplaced.map((u) => u.span.text)).toEqual(["5.65万元", "7.07万元"]);
  });
});

describe("Shanghai Putuo welfare home 2024", () => {
  it("places every number that carries an amount", () => {
    expect(read(welfare).unplaced).toEqual([]);
  });
});

describe("Shanghai municipal finance bureau 2025", () => {
  it("reads its whole-万元 figures as rounded restatements of the 元 tables (17,192 for 171,915,169)", () => {
    const r = read(finance);
    expect(r.unplaced).toEqual([]);
    const total = r.claims.find((c) => c.kind === "amount" && c.subject.concept === "revenue");
    expect(total?.kind === "amount" && [total.value.value, total.value.decimals]).toEqual([
      "17192",
      0,
    ]);
  });
});

describe("renderNarrative writes the Henan 情况说明", () => {
  const squeeze = (s: string) => s.replace(/\s+/gu, "");

  it("equals the fixture's text after whitespace normalisation", () => {
    const text = renderNarrative(henan, HENAN_INPUTS);
    expect(squeeze(text)).toBe(squeeze(henan2024Fixture.narrative));
    // and line by line (one paragraph a line, as the fixture)
    expect(text.split("\n").map(squeeze)).toEqual(
      henan2024Fixture.narrative.split("\n").map(squeeze),
    );
  });
});
