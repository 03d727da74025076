/**
 * A 收支总表 (either kind, budget and 决算) cut at a page break *inside* a block of lines under a
 * heading (`二、上年结转` / `年初财政拨款结转和结余` and its fund lines on the income side,
 * `年末财政拨款结转和结余` and its fund lines on the spending side), the next page titled the same
 * with no mark or with `（续）`. The next page prints the block's lines under no heading
 * (`一、一般公共预算财政拨款`), and the printed reader, reading the page alone, takes them for the
 * income lines of that name (or leaves them unplaced where two blocks name them). The pages are
 * joined carrying each side's open block over the break: the report is the table's printed whole.
 * Was: the lines' keys repeated the first page's, the unmarked page was set aside as another table
 * (the first checked alone) and the marked one joined with `rows.duplicate` and `same-fact` errors.
 *
 * Every cut of every line table of every fixture, and of variants printing figures in the blocks
 * (the budget 财政拨款收支预算表 with a 上年结转, the 决算 财政拨款总表 with its spending side in
 * one column and the 年末 balance as lines); a wrong figure on the second page is still found, and
 * a unit's own table of the same title bound after the department's is still not joined. A cut
 * between a 类 under its former name and under its new one (`（九）医疗卫生与计划生育支出` blank,
 * `（十）卫生健康支出` on the next page: template residue, both 210) is a next page too (was: the
 * 类 printed again, the page set aside and its figures lost to the 类 sums).
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import type { CheckReport } from "../src/rules";
import type { DisclosureFixture } from "./fixtures/types";
import { CASES, type Case, checkFixture, projection } from "./metamorphic/support";

/** Every finding (notes included) and every rule's outcome. */
const full = (r: CheckReport) => projection(r);

const MARKS: readonly [string, (t: string) => string][] = [
  ["no mark", (t) => t],
  ["（续）", (t) => `${t}（续）`],
];

/** Whether a printed table is read as a table of lines (a 收支总表 of either kind). */
function isLineTable(c: Case, t: PrintedTable): boolean {
  const r = readPrintedTable(t, { template: c.template, catalog: catalog2024.functional });
  const kind = c.template.tables.find((k) => k.id === r.kind);
  return kind?.id === "summary" || kind?.id === "fiscalSummary";
}

/** The fixture with its table `index` printed as two pages, cut before row `at`. */
function cut(
  fixture: DisclosureFixture,
  index: number,
  at: number,
  mark: (t: string) => string,
  edit: (rows: PrintedTable["rows"]) => PrintedTable["rows"] = (rows) => rows,
): DisclosureFixture {
  const tables = fixture.tables.flatMap((t, i): PrintedTable[] => {
    if (i !== index) return [t];
    const { note: _note, ...first } = { ...t, rows: t.rows.slice(0, at) };
    return [first, { ...t, title: mark(t.title), rows: edit(t.rows.slice(at)) }];
  });
  return { ...fixture, tables };
}

const replaceTable = (
  fixture: DisclosureFixture,
  title: string,
  f: (t: PrintedTable) => PrintedTable,
): DisclosureFixture => ({
  ...fixture,
  tables: fixture.tables.map((t) => (t.title === title ? f(t) : t)),
});

const setCells = (
  rows: PrintedTable["rows"],
  edits: readonly [row: number, column: number, value: string][],
): PrintedTable["rows"] =>
  rows.map((r, i) =>
    r.map((cell, j) => edits.find(([ri, ci]) => ri === i && ci === j)?.[2] ?? cell),
  );

const henan = CASES.find((c) => c.name === "Henan 2024") as Case;
const HENAN_FISCAL = "2024年财政拨款收支预算表";
/** The budget 财政拨款收支预算表 with 10.00 carried over (二、上年结转 / （一）一般公共预算拨款). */
const henanCarryover = replaceTable(henan.fixture, HENAN_FISCAL, (t) => ({
  ...t,
  rows: setCells(t.rows, [
    [5, 1, "10.00"],
    [6, 1, "10.00"],
    [32, 1, "979.06"],
    [31, 3, "10.00"],
    [31, 4, "10.00"],
    [31, 5, "10.00"],
    [32, 3, "979.06"],
    [32, 4, "979.06"],
    [32, 5, "979.06"],
  ]),
}));

const FINAL_FISCAL = "财政拨款收入支出决算总表";
const FUNDS = [
  "一、一般公共预算财政拨款",
  "二、政府性基金预算财政拨款",
  "三、国有资本经营预算财政拨款",
];
/** The 决算 财政拨款总表 with its spending side in one column, the 年末 balance as fund lines. */
function oneColumn(t: PrintedTable): PrintedTable {
  const rows = t.rows.map((r) => [r[0] ?? "", r[1] ?? "", r[2] ?? "", r[3] ?? ""]);
  const at = rows.findIndex((r) => r[2] === "年末财政拨款结转和结余");
  const printed = t.rows[at] ?? [];
  FUNDS.forEach((f, i) => {
    const r = rows[at + 1 + i];
    if (r === undefined) return;
    r[2] = f;
    r[3] = printed[4 + i] ?? "";
  });
  return { ...t, headers: ["收入/项目", "收入/决算数", "支出/项目", "支出/决算数"], rows };
}

interface Shape {
  readonly name: string;
  readonly c: Case;
  readonly fixture: DisclosureFixture;
  /** The one table a variant changes, the only one it cuts (its other tables are the case's own, cut above). */
  readonly changed?: string;
}
const SHAPES: readonly Shape[] = [
  ...CASES.map((c) => ({ name: c.name, c, fixture: c.fixture })),
  {
    name: "Henan 2024, 10.00 carried over",
    c: henan,
    fixture: henanCarryover,
    changed: HENAN_FISCAL,
  },
  ...CASES.filter((c) => c.final).map((c) => ({
    name: `${c.name}, spending side in one column`,
    c,
    fixture: replaceTable(c.fixture, FINAL_FISCAL, oneColumn),
    changed: FINAL_FISCAL,
  })),
];

/**
 * The shape's 收支总表 with the narrative and none of the other tables: what a cut may change (a
 * page set aside, lines read as others, rows repeated) shows in these tables' own sums and in the
 * narrative's figures of them, at a tenth of the cost of the whole document per cut.
 */
const lineTablesOf = (s: Shape): DisclosureFixture => ({
  ...s.fixture,
  tables: s.fixture.tables.filter((t) => isLineTable(s.c, t)),
});

describe.each(SHAPES.map((s) => [s.name, s] as const))("%s: a 收支总表 cut at any line", (_, s) => {
  const fixture = lineTablesOf(s);
  const whole = full(checkFixture(s.c, fixture));
  const tables = fixture.tables.flatMap((t, i) =>
    s.changed === undefined || t.title === s.changed ? [i] : [],
  );

  it("has line tables to cut", () => {
    expect(tables.length).toBeGreaterThan(0);
  });

  it.each(MARKS)("the next page with %s: the report of the table printed whole", (_m, mark) => {
    const changed: string[] = [];
    for (const index of tables) {
      const rows = fixture.tables[index]?.rows ?? [];
      for (let at = 1; at < rows.length; at++) {
        const after = full(checkFixture(s.c, cut(fixture, index, at, mark)));
        const added = after.filter((l) => !whole.includes(l));
        const lost = whole.filter((l) => !after.includes(l));
        if (added.length + lost.length > 0)
          changed.push(`${fixture.tables[index]?.title} at ${at}: +${added} -${lost}`);
      }
    }
    expect(changed).toEqual([]);
  });
});

describe("cut inside a block, the joined table is still checked", () => {
  const c = CASES.find((x) => x.name.startsWith("普陀区财政局")) as Case;
  const index = c.fixture.tables.findIndex((t) => t.title === FINAL_FISCAL);
  const rows = c.fixture.tables[index]?.rows ?? [];
  // Right after 年初财政拨款结转和结余: its three fund lines and 总计 on the next page.
  const at = rows.findIndex((r) => r[0] === "年初财政拨款结转和结余") + 1;
  const whole = full(checkFixture(c));

  it.each(MARKS)(
    "a wrong fund line on the next page (%s) is found as printed whole",
    (_m, mark) => {
      // 一、一般公共预算财政拨款 21.63 → 21.73: its block's head and 总计 say otherwise.
      const wrong = cut(c.fixture, index, at, mark, (r) => setCells(r, [[0, 1, "21.73"]]));
      const after = full(checkFixture(c, wrong));
      expect(after.filter((l) => !whole.includes(l)).length).toBeGreaterThan(0);
      const printedWhole = replaceTable(c.fixture, FINAL_FISCAL, (t) => ({
        ...t,
        rows: setCells(t.rows, [[at, 1, "21.73"]]),
      }));
      expect(after).toEqual(full(checkFixture(c, printedWhole)));
    },
  );

  it("a unit's own table of the same title bound after the department's is not joined", () => {
    // The department's table cut inside its block, then a unit's own (here, the same figures
    // again: the reading must not take it for a third page).
    const department = cut(c.fixture, index, at, (t) => t);
    const own = c.fixture.tables[index] as PrintedTable;
    const withOwn = {
      ...department,
      tables: [
        ...department.tables.slice(0, index + 2),
        own,
        ...department.tables.slice(index + 2),
      ],
    };
    const report = checkFixture(c, withOwn);
    const repeated = report.findings.filter((f) => f.ruleId === "tables.repeated");
    expect(repeated.length).toBeGreaterThan(0);
    const uncut = {
      ...c.fixture,
      tables: [...c.fixture.tables.slice(0, index + 1), own, ...c.fixture.tables.slice(index + 1)],
    };
    expect(full(report)).toEqual(full(checkFixture(c, uncut)));
  });
});
