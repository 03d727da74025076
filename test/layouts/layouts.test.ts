/**
 * The layout corpus (./corpus.ts): every table of every variant reads like the fixture it comes
 * from (same kind, every header placed, the same row keys, no new problem), and every variant
 * checks with exactly the fixture's own findings (nothing new at warning or error).
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../src/catalog/2024";
import { type RowKey, rowKeyId } from "../../src/disclosure";
import { type ReadResult, readPrintedTable } from "../../src/printed";
import { checkDisclosure, type Finding } from "../../src/rules";
import type { Template } from "../../src/templates";
import type { DisclosureFixture } from "../fixtures/types";
import { fixtureDisclosure } from "../support/disclosures";
import { serious } from "./check";
import { FIXTURE_VARIANTS } from "./corpus";

function readAll(fixture: DisclosureFixture, template: Template): ReadResult[] {
  const code = fixture.meta.department.code;
  return fixture.tables.map((t) =>
    readPrintedTable(t, {
      template,
      catalog: catalog2024.functional,
      ...(code === undefined ? {} : { departmentCode: code }),
    }),
  );
}

/** A row key for comparison: an unplaced row's printed label depends on the layout. */
const keyOf = (k: RowKey) => (k.kind === "unplaced" ? "unplaced" : rowKeyId(k));

/** What a problem is about, without the printed text (which the layout changes). */
const problemOf = (r: ReadResult) =>
  r.problems
    .filter((p) => p.severity !== "info")
    .map((p) => [p.code, "path" in p ? JSON.stringify(p.path) : ""]);

const sortedSerious = (fs: readonly Finding[]) => serious(fs).sort();

describe.each(FIXTURE_VARIANTS.map((v) => [v.name, v] as const))("layout %s", (_, v) => {
  const base = readAll(v.base, v.template);
  const read = readAll(v.fixture, v.template);

  it("reads every table as the same kind, every header placed, every row with the fixture's key", () => {
    expect(read.map((r) => r.kind)).toEqual(base.map((r) => r.kind));
    read.forEach((r, i) => {
      const title = v.fixture.tables[i]?.title;
      expect(
        r.columns.filter((c) => c.column === undefined).map((c) => c.header),
        title,
      ).toEqual([]);
      expect(
        r.table?.rows.map((row) => keyOf(row.key)),
        title,
      ).toEqual(base[i]?.table?.rows.map((row) => keyOf(row.key)));
      expect(problemOf(r), title).toEqual(base[i] === undefined ? [] : problemOf(base[i]));
    });
  });

  it("checks with the fixture's own findings and nothing else at warning or error", () => {
    const options = { profile: v.profile, template: v.template, catalog: catalog2024 };
    const before = checkDisclosure(fixtureDisclosure(v.base, v.template).disclosure, options);
    const after = checkDisclosure(fixtureDisclosure(v.fixture, v.template).disclosure, options);
    expect(sortedSerious(after.findings)).toEqual(sortedSerious(before.findings));
    expect(after.coverage.notUnderstood).toBe(before.coverage.notUnderstood);
  });
});

describe("the national-minimum layouts (no fixture: written from the forms)", () => {
  const nationals = FIXTURE_VARIANTS.filter((v) => v.name.startsWith("national"));

  it("are at least six", () => {
    expect(nationals.length).toBeGreaterThanOrEqual(6);
  });

  it.each(nationals.map((v) => [v.name, v] as const))(
    "%s: read with nothing left over and check clean",
    (_, v) => {
      for (const r of readAll(v.fixture, v.template)) {
        expect(
          r.problems.filter((p) => p.severity !== "info"),
          r.kind,
        ).toEqual([]);
        expect(
          r.table?.rows.filter((row) => row.key.kind === "unplaced"),
          r.kind,
        ).toEqual([]);
      }
      const report = checkDisclosure(fixtureDisclosure(v.fixture, v.template).disclosure, {
        profile: v.profile,
        template: v.template,
        catalog: catalog2024,
      });
      expect(sortedSerious(report.findings)).toEqual([]);
      expect([report.coverage.notUnderstood, report.coverage.tables.length]).toEqual([0, 9]);
      expect(report.coverage.printed).toBeGreaterThan(100);
      const outcome = (id: string) => report.outcomes.find((o) => o.ruleId === id)?.outcome;
      for (const id of [
        "balance",
        "totals",
        "rollup",
        "nature",
        "same-fact",
        "sanGong.sum",
        "sanGong.bound",
      ])
        expect([id, outcome(id)]).toEqual([id, "pass"]);
    },
  );
});

describe("every fixture variant understands every printed cell (the welfare home's 7 11 02 rows aside)", () => {
  it.each(FIXTURE_VARIANTS.map((v) => [v.name, v] as const))("%s", (_, v) => {
    const report = checkDisclosure(fixtureDisclosure(v.fixture, v.template).disclosure, {
      profile: v.profile,
      template: v.template,
    });
    const gaps = report.coverage.tables.flatMap((t) => t.gaps.map((g) => `${g.code} ${g.table}`));
    expect(gaps).toEqual(
      v.name.includes("福利院") ? ["unplaced-row expenditure", "unplaced-row gpbExpenditure"] : [],
    );
  });
});
