/**
 * A table of project targets cut at a page break inside a project, the next page opening with the
 * project's merged cells printed again (its code, name, type and money: a table extractor gives a
 * merged cell's text on every page it spans). Under the same title or a continuation mark, the
 * project goes on: the report must not change (was: the page read as another table and set
 * aside, its projects "without targets", or, marked, the project read twice, its money summed
 * twice). A project printed again with other figures is still another project.
 */
import { describe, expect, it } from "vitest";
import { readTargets } from "../src/performance";
import type { PrintedTable } from "../src/printed/types";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { CASES, checkFixture, projection } from "./metamorphic/support";
import { fixtureDisclosure } from "./support/disclosures";

const found = CASES.find((c) => c.name === "Henan 2024");
if (found === undefined) throw new Error("no Henan case");
const henan = found;
const before = projection(checkFixture(henan));
const TITLE = "本级部门预算项目绩效目标汇总表";
const table = henan2024Fixture.tables.find((t) => t.title === TITLE);
if (table === undefined) throw new Error("no table 14");
const t14: PrintedTable = table;
/** The project's own columns (code, name, type, money): the rest are its indicators'. */
const PROJECT_COLUMNS = 7;

/** The rows that go on a project (no code and no name printed). */
const continuing = t14.rows.flatMap((r, i) => (r[0] === "" && r[1] === "" ? [i] : []));

/** The row of the project row `at` goes on. */
function projectOf(at: number): readonly string[] {
  for (let i = at; i >= 0; i--) if (t14.rows[i]?.[1] !== "") return t14.rows[i] ?? [];
  throw new Error("no project");
}

/** Table 14 cut before row `at`, the next page's first row printing its project's cells again. */
function cut(at: number, title: string, edit = (cells: string[]) => cells): DisclosureFixture {
  const project = projectOf(at);
  const first = t14.rows[at] ?? [];
  const reprinted = edit([...project.slice(0, PROJECT_COLUMNS), ...first.slice(PROJECT_COLUMNS)]);
  const pages: PrintedTable[] = [
    { ...t14, rows: t14.rows.slice(0, at) },
    { ...t14, title, rows: [reprinted, ...t14.rows.slice(at + 1)] },
  ];
  return {
    ...henan2024Fixture,
    tables: henan2024Fixture.tables.flatMap((t) => (t.title === TITLE ? pages : [t])),
  };
}

const projectsOf = (fixture: DisclosureFixture) => {
  const { disclosure } = fixtureDisclosure(fixture, henan2024);
  return readTargets(disclosure.tables, henan2024).targets?.projects ?? [];
};

describe("a project's cells printed again at the top of the next page", () => {
  const cuts = [continuing[0], continuing[Math.floor(continuing.length / 2)], continuing.at(-1)];

  it("has rows going on a project to cut at (the test is not vacuous)", () => {
    expect(continuing.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(cuts.map((at) => [at ?? 0] as const))("cut before row %i", (at) => {
    it.each([TITLE, `${TITLE}（续）`, "续表"])("page 2 titled %s: the same report", (title) => {
      expect(projection(checkFixture(henan, cut(at, title)))).toEqual(before);
    });

    it("reads the same projects, each once with all its indicators", () => {
      const base = projectsOf(henan2024Fixture);
      const paged = projectsOf(cut(at, TITLE));
      expect(paged.map((p) => [p.name, p.money.total, p.indicators.length])).toEqual(
        base.map((p) => [p.name, p.money.total, p.indicators.length]),
      );
    });

    it("the project's money printed blank on the reprint: the same report", () => {
      const blankMoney = (cells: string[]) => cells.map((c, i) => (i >= 3 && i < 7 ? "" : c));
      expect(projection(checkFixture(henan, cut(at, TITLE, blankMoney)))).toEqual(before);
    });
  });

  it("reads a project printed again with other money as another project", () => {
    const at = cuts[0] ?? 0;
    const other = (cells: string[]) => cells.map((c, i) => (i === 3 ? "1.00" : c));
    const projects = projectsOf(cut(at, `${TITLE}（续）`, other));
    const name = projectOf(at)[1];
    expect(projects.filter((p) => p.name === name)).toHaveLength(2);
    expect(projection(checkFixture(henan, cut(at, `${TITLE}（续）`, other)))).not.toEqual(before);
  });
});
