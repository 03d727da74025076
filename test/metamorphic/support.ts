/**
 * Shared by the metamorphic tests (./*.test.ts): every fixture with the template and profile it is
 * checked with, a stable projection of a check report, the column roles of each printed table (as
 * the library's own reader places them), and a deterministic per-cell choice for fast-check.
 *
 * A metamorphic test applies a change that a real printer makes without changing what the
 * document says (an amount spelled `１，２３４.５６`, tables in another order, a code printed
 * `201 01 02`) and asserts the report's projection is unchanged: a new finding is a false alarm.
 *
 * Exports: {@link CASES}, {@link Case}, {@link checkFixture}, {@link baseCheck}, {@link projection},
 * {@link columnRoles}, {@link pick}, {@link mapTables}, {@link FC_OPTIONS}, {@link grouped},
 * {@link fullWidthDigits}, {@link changedCells}, {@link changedTitles}, {@link mergeTable},
 * {@link forSeeds}, {@link describeCases}.
 */
import fc from "fast-check";
import { describe, expect } from "vitest";
import { catalog2024 } from "../../src/catalog/2024";
import type { CodeSystem } from "../../src/codes";
import type { Disclosure } from "../../src/disclosure";
import { final2024, finalProfile } from "../../src/final";
import { withNarrative } from "../../src/narrative";
import { readPrintedTable } from "../../src/printed";
import type { PrintedTable } from "../../src/printed/types";
import {
  type CheckReport,
  checkDisclosure,
  type Finding,
  henan2024Profile,
  type Profile,
  shanghaiProfile,
} from "../../src/rules";
import { henan2024, shanghai, type Template } from "../../src/templates";
import { henan2024Fixture } from "../fixtures/henan-2024";
import { putuoFinanceFinal2024Fixture } from "../fixtures/putuo-finance-final-2024";
import { putuoPlanningFinal2024Fixture } from "../fixtures/putuo-planning-final-2024";
import { putuoSocialWorkFinal2024Fixture } from "../fixtures/putuo-social-work-final-2024";
import { shanghaiFinance2025Fixture } from "../fixtures/shanghai-finance-2025";
import { shanghaiWelfare2024Fixture } from "../fixtures/shanghai-welfare-2024";
import type { DisclosureFixture } from "../fixtures/types";
import { fixtureDisclosure } from "../support/disclosures";

/** A fixture and how it is checked (budgets with their 情况说明 rules, 决算 with the final profile). */
export interface Case {
  readonly name: string;
  readonly fixture: DisclosureFixture;
  readonly template: Template;
  readonly profile: Profile;
  readonly final: boolean;
}

export const CASES: readonly Case[] = [
  {
    name: "Henan 2024",
    fixture: henan2024Fixture,
    template: henan2024,
    profile: withNarrative(henan2024Profile),
    final: false,
  },
  {
    name: "上海市财政局 2025",
    fixture: shanghaiFinance2025Fixture,
    template: shanghai,
    profile: withNarrative(shanghaiProfile),
    final: false,
  },
  {
    name: "普陀区社会福利院 2024",
    fixture: shanghaiWelfare2024Fixture,
    template: shanghai,
    profile: withNarrative(shanghaiProfile),
    final: false,
  },
  ...[
    ["普陀区财政局 决算 2024", putuoFinanceFinal2024Fixture],
    ["普陀区规划和自然资源局 决算 2024", putuoPlanningFinal2024Fixture],
    ["普陀区委社会工作部 决算 2024", putuoSocialWorkFinal2024Fixture],
  ].map(
    ([name, fixture]): Case => ({
      name: name as string,
      fixture: fixture as DisclosureFixture,
      template: final2024,
      profile: finalProfile,
      final: true,
    }),
  ),
];

/** The disclosure a case's (possibly transformed) fixture reads as, through the printed reader. */
export function disclosureOf(c: Case, fixture: DisclosureFixture): Disclosure {
  const { disclosure } = fixtureDisclosure(fixture, c.template);
  return c.final ? { ...disclosure, meta: { ...disclosure.meta, stage: "决算" } } : disclosure;
}

/** The check of a case's (possibly transformed) fixture. */
export function checkFixture(c: Case, fixture: DisclosureFixture = c.fixture): CheckReport {
  return checkDisclosure(disclosureOf(c, fixture), {
    profile: c.profile,
    template: c.template,
    catalog: catalog2024,
  });
}

const baseChecks = new Map<Case, CheckReport>();

/**
 * {@link checkFixture} of the case's own fixture, made once (the checker is pure) for every file
 * comparing the case's variants with it. Read the report; never change it.
 */
export function baseCheck(c: Case): CheckReport {
  let report = baseChecks.get(c);
  if (report === undefined) {
    report = checkFixture(c);
    baseChecks.set(c, report);
  }
  return report;
}

/** Options of {@link projection}. */
export interface ProjectionOptions {
  /** Only findings above info (for changes that may add or remove info-level presentation notes). */
  readonly serious?: boolean;
  /** Maps a finding's row id (for changes that rename rows). */
  readonly row?: (row: string) => string;
  /** Leave the cell's column out (for changes that decide which cell of a row a finding cites). */
  readonly column?: false;
  /** Leave out where in a text a finding is (for changes of the text's length). */
  readonly textOffsets?: false;
}

const line = (f: Finding, o: ProjectionOptions) =>
  [
    f.ruleId,
    f.outcome,
    f.severity,
    f.path?.table ?? "",
    f.path?.row === undefined ? "" : (o.row?.(f.path.row) ?? f.path.row),
    o.column === false || (o.textOffsets === false && f.path?.table === "text")
      ? ""
      : (f.path?.column ?? ""),
    f.expected ?? "",
    f.actual ?? "",
  ].join(" | ");

/**
 * What a report says, stably: one line per finding (rule, outcome, severity, the cell's table, row
 * and column, the expected and actual amounts), sorted; then each rule's outcome. The printed text
 * of a cell (`raw`) is left out: the transformations change how it is spelled, not what it says.
 */
export function projection(report: CheckReport, o: ProjectionOptions = {}): string[] {
  const findings = report.findings
    .filter((f) => !o.serious || f.severity !== "info")
    .map((f) => line(f, o))
    .sort();
  const outcomes = o.serious ? [] : report.outcomes.map((r) => `outcome ${r.ruleId} ${r.outcome}`);
  return [...findings, ...outcomes.sort()];
}

/**
 * How a (possibly varied) fixture reads and checks under a template and a profile: the report's
 * {@link projection} and the reader's problems above info (`table code`), sorted. Files comparing
 * a printed variant with its fixture compare these two lists.
 */
export function reading(
  fixture: DisclosureFixture,
  template: Template,
  profile: Profile,
  final = false,
): { readonly report: string[]; readonly problems: string[] } {
  const { disclosure, problems } = fixtureDisclosure(fixture, template);
  const d = final
    ? { ...disclosure, meta: { ...disclosure.meta, stage: "决算" as const } }
    : disclosure;
  return {
    report: projection(checkDisclosure(d, { profile, template, catalog: catalog2024 })),
    problems: [...problems.entries()]
      .flatMap(([t, ps]) => ps.filter((p) => p.severity !== "info").map((p) => `${t} ${p.code}`))
      .sort(),
  };
}

/** What a printed column holds, as the library's reader places its header. */
export type ColumnRole = "amount" | "code" | "name" | "org" | "attribute" | "text" | "unknown";

/** The role of every column of every table of a fixture, as the reader places them. */
export function columnRoles(c: Case, fixture: DisclosureFixture = c.fixture): ColumnRole[][] {
  return fixture.tables.map((t) => {
    const r = readPrintedTable(t, { template: c.template, catalog: catalog2024.functional });
    const roles: ColumnRole[] = t.headers.map(() => "unknown");
    for (const m of r.columns) roles[m.index] = m.column?.role ?? "unknown";
    return roles;
  });
}

/** A fixture with each table replaced (`f` gets the table and its index). */
export function mapTables(
  fixture: DisclosureFixture,
  f: (t: PrintedTable, index: number) => PrintedTable,
): DisclosureFixture {
  return { ...fixture, tables: fixture.tables.map(f) };
}

/**
 * A deterministic choice among `n` for one cell, from the run's seed: the same seed and cell give
 * the same choice, so a failing run replays (FNV-1a over the seed and the cell's position).
 */
export function pick(seed: number, n: number, ...at: readonly number[]): number {
  let h = 0x811c9dc5 ^ seed;
  for (const x of at) {
    h = Math.imul(h ^ (x & 0xffff), 0x01000193);
    h = Math.imul(h ^ (x >>> 16), 0x01000193);
  }
  h ^= h >>> 15;
  return (h >>> 0) % n;
}

/** fast-check settings: a fixed seed and few runs (each run checks a whole document). */
export const FC_OPTIONS = { seed: 20_241_203, numRuns: 6 } as const;

/** Asserts `property` for each seed fast-check draws ({@link FC_OPTIONS}; `numRuns` runs). */
export function forSeeds(
  property: (seed: number) => void,
  numRuns: number = FC_OPTIONS.numRuns,
): void {
  fc.assert(
    fc.property(fc.integer(), (seed) => {
      property(seed);
    }),
    { ...FC_OPTIONS, numRuns },
  );
}

/** Asserts, for the seeds of {@link forSeeds}, that a change of the case's fixture keeps its report. */
export type SameReport = (change: (seed: number) => DisclosureFixture, numRuns?: number) => void;

/**
 * A `describe` per case, titled `<case>: <title>`: the case's own report is projected (with `o`)
 * once, and `body` gets the case and a {@link SameReport} that asserts the report of each changed
 * fixture projects (with `o`) the same.
 */
export function describeCases(
  title: string,
  body: (c: Case, same: SameReport) => void,
  o: ProjectionOptions = {},
): void {
  describe.each(CASES.map((c) => [c.name, c] as const))(`%s: ${title}`, (_, c) => {
    const before = projection(checkFixture(c), o);
    body(c, (change, numRuns) =>
      forSeeds((seed) => {
        expect(projection(checkFixture(c, change(seed)), o)).toEqual(before);
      }, numRuns),
    );
  });
}

/** Digits grouped by thousands with `,` (`1234567` → `1,234,567`). */
export function grouped(digits: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits.charAt(i);
  }
  return out;
}

const FULL_DIGITS = "０１２３４５６７８９";

/** ASCII digits printed full-width (`12` → `１２`). */
export const fullWidthDigits = (s: string): string =>
  s.replace(/[0-9]/gu, (d) => FULL_DIGITS[Number(d)] ?? d);

/** The cells of `after` that differ from the fixture's (so a property is known not vacuous). */
export function changedCells(before: DisclosureFixture, after: DisclosureFixture): string[] {
  return after.tables.flatMap((t, ti) =>
    t.rows.flatMap((r, ri) => r.filter((x, ci) => x !== before.tables[ti]?.rows[ri]?.[ci])),
  );
}

/** How many tables of `after` have a title that differs from the fixture's. */
export function changedTitles(before: DisclosureFixture, after: DisclosureFixture): number {
  return after.tables.filter((t, ti) => t.title !== before.tables[ti]?.title).length;
}

const DIGITS = /^\d+$/u;

/**
 * The table with leading code segments merged into the code row above (a 类 printed once over its
 * 款 and 项); how many cells blanked.
 */
export function mergeTable(c: Case, t: PrintedTable): { table: PrintedTable; blanked: number } {
  const r = readPrintedTable(t, { template: c.template, catalog: catalog2024.functional });
  const bySystem = new Map<CodeSystem, number[]>();
  for (const m of [...r.columns].sort(
    (a, b) => (a.column?.segment ?? 0) - (b.column?.segment ?? 0),
  )) {
    const col = m.column;
    if (col?.role !== "code" || col.segment === undefined || col.system === undefined) continue;
    bySystem.set(col.system, [...(bySystem.get(col.system) ?? []), m.index]);
  }
  let blanked = 0;
  const rows = t.rows.map((row) => [...row]);
  for (const indexes of bySystem.values()) {
    if (indexes.length < 2) continue;
    let above: string[] | undefined;
    for (const row of rows) {
      const parts = indexes.map((i) => (row[i] ?? "").trim());
      if (parts.every((p) => p === "")) {
        // A blank line is skipped by the reader; any other row without this code ends the run.
        if (row.some((x) => x.trim() !== "")) above = undefined;
        continue;
      }
      if (!parts.every((p) => p === "" || DIGITS.test(p))) {
        above = undefined;
        continue;
      }
      const lastFilled = parts.reduce((last, p, i) => (p === "" ? last : i), -1);
      let lead = 0;
      while (lead < lastFilled && above !== undefined && parts[lead] === above[lead]) lead++;
      for (let k = 0; k < lead; k++) {
        row[indexes[k] as number] = "";
        blanked++;
      }
      above = parts;
    }
  }
  return { table: { ...t, rows }, blanked };
}
