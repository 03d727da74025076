/**
 * Turns the hand-encoded fixtures (printed tables) into library disclosures through the library's
 * own printed-table reader, so tests exercise the path a user takes; and printed targets tables
 * read into targets the same way ({@link readPrintedTargets}).
 */
import { catalog2024 } from "../../src/catalog/2024";
import { normalizeName } from "../../src/codes";
import type { Disclosure, Row, Table } from "../../src/disclosure";
import { readTargets } from "../../src/performance";
import { type PrintedTable, type ReadProblem, readPrintedTable } from "../../src/printed";
import type { Template } from "../../src/templates";
import type { DisclosureFixture } from "../fixtures/types";

export interface FixtureDisclosure {
  readonly disclosure: Disclosure;
  /** Reader problems per printed table title. */
  readonly problems: ReadonlyMap<string, readonly ReadProblem[]>;
}

/** The 预算情况 lines of an 整体绩效目标表 as line rows (their label's last segment names the line). */
function budgetRows(fixture: DisclosureFixture, table: Table, template: Template): Row[] {
  const kind = template.tables.find((k) => k.id === table.kind);
  const rows: Row[] = [];
  for (const line of fixture.departmentTargets?.budget ?? []) {
    const label = normalizeName(line.label.split("/").at(-1) ?? "");
    const spec = kind?.lines?.find((l) => l.labels.some((x) => normalizeName(x) === label));
    if (spec === undefined) throw new Error(`no line for ${line.label}`);
    rows.push({
      key: { kind: "line", line: spec.id },
      name: line.label,
      cells: { amount: line.amount },
    });
  }
  return rows;
}

export function fixtureDisclosure(
  fixture: DisclosureFixture,
  template: Template,
): FixtureDisclosure {
  const problems = new Map<string, readonly ReadProblem[]>();
  const tables: Table[] = [];
  for (const printed of fixture.tables) {
    const r = readPrintedTable(printed, {
      template,
      catalog: catalog2024.functional,
      // the document's year, as a reader of the document knows it (most titles print none)
      year: fixture.meta.year,
      ...(fixture.meta.department.code === undefined
        ? {}
        : { departmentCode: fixture.meta.department.code }),
      units: [fixture.meta.department, ...fixture.meta.units],
      // …and the department's name, which a caption at a table's top may print (`单位名称：某局`).
      departmentName: fixture.meta.department.name,
      // Pages in order: a page titled `续表` alone continues the table before it.
      ...(tables.length === 0 ? {} : { continues: tables[tables.length - 1]?.kind ?? "" }),
      // …and a code merged over the page break goes on from the page before's last code row.
      ...(tables.length === 0 ? {} : { previous: tables[tables.length - 1] }),
    });
    problems.set(printed.title, r.problems);
    if (r.table === undefined) throw new Error(`not recognised: ${printed.title}`);
    let table = r.table;
    if (table.kind === "departmentTargets" && fixture.departmentTargets !== undefined) {
      const t = fixture.departmentTargets;
      table = {
        ...table,
        rows: [...budgetRows(fixture, table, template), ...table.rows],
        texts: {
          goal: t.annualGoal,
          ...Object.fromEntries(t.mainTasks.map((m) => [`task:${m.name}`, m.content])),
        },
      };
    }
    tables.push(table);
  }
  const disclosure: Disclosure = {
    meta: fixtureMeta(fixture, template.id),
    tables,
    texts: [
      ...(fixture.heading === undefined ? [] : [{ title: fixture.heading, body: "" }]),
      { title: "情况说明", body: fixture.narrative },
    ],
  };
  return { disclosure, problems };
}

/** A fixture's document meta, its template named by `template` (the fixture's units as given). */
export function fixtureMeta(fixture: DisclosureFixture, template: string): Disclosure["meta"] {
  const { meta } = fixture;
  return {
    year: meta.year,
    documentKind: meta.kind,
    template,
    department: meta.department,
    units: meta.units.map((u) => ({
      ...(u.code === undefined ? {} : { code: u.code }),
      name: u.name,
      unitType: u.unitKind,
    })),
    ...(meta.regionCode === undefined ? {} : { regionCode: meta.regionCode }),
  };
}

/**
 * Reads printed tables (department 116) and then the targets of the tables read; every reader
 * problem above info and every targets problem is returned.
 */
export function readPrintedTargets(printed: readonly PrintedTable[], template: Template) {
  const tables: Table[] = [];
  const left: string[] = [];
  for (const p of printed) {
    const r = readPrintedTable(p, { template, departmentCode: "116" });
    for (const problem of r.problems)
      if (problem.severity !== "info") left.push(`${p.title}: ${JSON.stringify(problem)}`);
    if (r.table !== undefined) tables.push(r.table);
  }
  const reading = readTargets(tables, template);
  left.push(...reading.problems.map((p) => JSON.stringify(p)));
  return { targets: reading.targets, left };
}

/** A 单位's 2024 budget (某单位, the henan2024 template) whose one table is a 支出总表 in 万元 of `rows`. */
export const expenditureOnly = (rows: Row[]): Disclosure => ({
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
