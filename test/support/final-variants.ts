/**
 * The three 普陀区 部门决算 fixtures varied as other printers print them, read through the printed
 * reader and checked with `finalProfile`: what a variant adds to the fixture's own findings, and
 * the reader's problems above info. A correct variant adds nothing; a variant with a wrong figure
 * adds its finding.
 */
import { catalog2024 } from "../../src/catalog/2024";
import type { Disclosure, Table } from "../../src/disclosure";
import { final2024, finalProfile } from "../../src/final";
import { type PrintedTable, readPrintedTable } from "../../src/printed";
import { checkDisclosure, type Finding } from "../../src/rules";
import type { DisclosureFixture } from "../fixtures/types";
import { fixtureMeta } from "./disclosures";

/** A finding as `severity rule table row column: actual vs expected`. */
const line = (f: Finding) =>
  `${f.severity} ${f.ruleId} ${f.path?.table} ${f.path?.row} ${f.path?.column}: ${f.actual} vs ${f.expected}`;

/** The fixture read and checked: findings above info, reader problems above info (`title: code`). */
export function checkFinal(fixture: DisclosureFixture) {
  const problems: string[] = [];
  const tables: Table[] = [];
  for (const printed of fixture.tables) {
    const previous = tables.at(-1);
    const r = readPrintedTable(printed, {
      template: final2024,
      catalog: catalog2024.functional,
      year: fixture.meta.year,
      ...(fixture.meta.department.code === undefined
        ? {}
        : { departmentCode: fixture.meta.department.code }),
      units: [fixture.meta.department, ...fixture.meta.units],
      ...(previous === undefined ? {} : { continues: previous.kind, previous }),
    });
    for (const p of r.problems)
      if (p.severity !== "info") problems.push(`${printed.title}: ${p.code}`);
    if (r.table === undefined) problems.push(`${printed.title}: not read`);
    else tables.push(r.table);
  }
  const disclosure: Disclosure = {
    meta: { ...fixtureMeta(fixture, final2024.id), stage: "决算" },
    tables,
    texts: [
      ...(fixture.heading === undefined ? [] : [{ title: fixture.heading, body: "" }]),
      { title: "情况说明", body: fixture.narrative },
    ],
  };
  const report = checkDisclosure(disclosure, {
    profile: finalProfile,
    template: final2024,
    catalog: catalog2024,
  });
  const findings = report.findings.filter((f) => f.severity !== "info").map(line);
  return { findings, problems, report, tables };
}

/** A fixture's own check, made once per fixture for every variant compared with it. */
const baseChecks = new WeakMap<DisclosureFixture, ReturnType<typeof checkFinal>>();
function baseCheck(base: DisclosureFixture): ReturnType<typeof checkFinal> {
  let checked = baseChecks.get(base);
  if (checked === undefined) {
    checked = checkFinal(base);
    baseChecks.set(base, checked);
  }
  return checked;
}

/** What the varied fixture adds to the fixture's findings and reader problems, and what it loses. */
export function added(base: DisclosureFixture, varied: DisclosureFixture) {
  const a = baseCheck(base);
  const b = checkFinal(varied);
  const was = new Set([...a.findings, ...a.problems]);
  const now = new Set([...b.findings, ...b.problems]);
  return {
    added: [...now].filter((x) => !was.has(x)),
    lost: [...was].filter((x) => !now.has(x)),
    base: a,
    varied: b,
  };
}

/** The fixture with the tables `pick` selects replaced by `vary` of them. */
export const varyTables = (
  fixture: DisclosureFixture,
  pick: (t: PrintedTable) => boolean,
  vary: (t: PrintedTable) => PrintedTable,
): DisclosureFixture => ({
  ...fixture,
  tables: fixture.tables.map((t) => (pick(t) ? vary(t) : t)),
});

/**
 * A finding as its rule and figures, without the cell it is cited on (`error rollup …: 1 vs 2`); a
 * reader problem as it is.
 */
const ruleAndFigures = (x: string) => x.replace(/^(\S+ \S+) .*?: /u, "$1: ");

/**
 * What the varied fixture adds to the fixture's report (see {@link added}), a finding of the
 * fixture's own cited on another cell (a line now read states the figure it was found on) not
 * counted: findings compared by rule and figures.
 */
export function addedByFigures(base: DisclosureFixture, varied: DisclosureFixture): string[] {
  const r = added(base, varied);
  const lost = new Set(r.lost.map(ruleAndFigures));
  return r.added.filter((x) => !lost.has(ruleAndFigures(x)));
}
