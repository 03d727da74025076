/**
 * Tables cut at a page break between rows that are read together, the next page titled the same
 * with no mark or with `（续）`: the report is the table's printed whole.
 *
 * - A unit's heading row at the end of the page in a table listing two units (`116002 乙单位`,
 *   its 科目 on the next page): the next page's 科目 start again from the unit's first. Was: the
 *   unmarked page was set aside (its first 科目 went back in the codes' order from the first
 *   unit's last) and the first checked alone.
 * - A 三公 table printed one item a row (`项目 | 预算数`) cut between any two items (the
 *   公务用车 lines among them): each page is read as the one row, the other page's items blank, and
 *   joined into one. Was: the marked page a second row (`rows.duplicate` error), the unmarked one
 *   set aside (the items on it lost to the sums).
 *
 * - A table by code printing a 类 (and a 款) once over its rows (merged cells), cut below a 类
 *   or 款 row: the next page's first rows print their 款 and 项 only, read from the page before's
 *   last code row (`previous`). Was: left unplaced, the sums of the table insufficient data.
 *
 * A wrong figure on the next page is found as printed whole; a second table printing an item
 * the first printed is not joined.
 */
import { describe, expect, it } from "vitest";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import type { CheckReport } from "../src/rules";
import type { DisclosureFixture } from "./fixtures/types";
import {
  CASES,
  type Case,
  checkFixture,
  mapTables,
  mergeTable,
  projection,
} from "./metamorphic/support";
import { cents } from "./support/cents";

const full = (r: CheckReport) => projection(r);

const MARKS: readonly [string, (t: string) => string][] = [
  ["no mark", (t) => t],
  ["（续）", (t) => `${t}（续）`],
];

/** The fixture with the table titled `title` printed as two pages, cut before row `at`. */
function cut(
  fixture: DisclosureFixture,
  title: string,
  at: number,
  mark: (t: string) => string,
  edit: (rows: PrintedTable["rows"]) => PrintedTable["rows"] = (rows) => rows,
): DisclosureFixture {
  const tables = fixture.tables.flatMap((t): PrintedTable[] => {
    if (t.title !== title) return [t];
    const { note: _note, ...first } = { ...t, rows: t.rows.slice(0, at) };
    return [first, { ...t, title: mark(t.title), rows: edit(t.rows.slice(at)) }];
  });
  return { ...fixture, tables };
}

/** Every cut of the table titled `title`, with each mark, that changes the report. */
function changedCuts(c: Case, fixture: DisclosureFixture, title: string): string[] {
  const whole = full(checkFixture(c, fixture));
  const rows = fixture.tables.find((t) => t.title === title)?.rows ?? [];
  const changed: string[] = [];
  for (const [name, mark] of MARKS)
    for (let at = 1; at < rows.length; at++) {
      const after = full(checkFixture(c, cut(fixture, title, at, mark)));
      const added = after.filter((l) => !whole.includes(l));
      const lost = whole.filter((l) => !after.includes(l));
      if (added.length + lost.length > 0) changed.push(`${name} at ${at}: +${added} -${lost}`);
    }
  return changed;
}

const henan = CASES.find((c) => c.name === "Henan 2024") as Case;
const EXPENDITURE = "2024年部门支出预算表";

/**
 * Henan's 部门支出预算表 listing two units: 116001 over its 208 and 210 项, 116002 over its 201,
 * 221 and 229 项.
 */
function twoUnits(): DisclosureFixture {
  const unitRow = (code: string, name: string, rows: PrintedTable["rows"]) => [
    "",
    "",
    "",
    code,
    name,
    ...(rows[0] ?? []).slice(5).map((_, j) => {
      const sum = rows.reduce((s, r) => s + cents(r[5 + j] ?? ""), 0n);
      return sum === 0n ? "" : `${sum / 100n}.${String(sum % 100n).padStart(2, "0")}`;
    }),
  ];
  const fixture = mapTables(henan.fixture, (t) => {
    if (t.title !== EXPENDITURE) return t;
    const [total, department, ...items] = t.rows;
    // Each unit's 科目 in the codes' order, the second's starting again from 201.
    const first = items.slice(2, 5);
    const second = [...items.slice(0, 2), ...items.slice(5)];
    return {
      ...t,
      rows: [
        total ?? [],
        department ?? [],
        unitRow("116001", "中国共产党洛阳市涧西区委员会办公室本级", first),
        ...first,
        unitRow("116002", "洛阳市涧西区委办公室保障中心", second),
        ...second,
      ],
    };
  });
  const meta = fixture.meta;
  const units = [
    ...meta.units,
    { code: "116002", name: "洛阳市涧西区委办公室保障中心", unitKind: "事业" as const },
  ];
  return { ...fixture, meta: { ...meta, units } };
}

describe("a unit's heading row at the end of the page", () => {
  const fixture = twoUnits();

  it("the variant lists both units, each over its 科目", () => {
    const t = fixture.tables.find((x) => x.title === EXPENDITURE) as PrintedTable;
    const keys = readPrintedTable(t, { template: henan.template }).table?.rows.map((r) => r.key);
    expect(keys?.filter((k) => k.kind === "org")).toHaveLength(3);
    expect(keys?.filter((k) => k.kind === "functional")).toHaveLength(7);
  });

  it("cut at every row, with or without a mark: the report of the table printed whole", () => {
    expect(changedCuts(henan, fixture, EXPENDITURE)).toEqual([]);
  });
});

const BUDGETS = CASES.filter((c) => !c.final);
const isSanGong = (t: PrintedTable) => t.title.includes("三公");
const ITEMS: readonly (readonly [string, string])[] = [
  ["total", "合计"],
  ["abroad", "因公出国（境）费"],
  ["vehicles", "公务用车购置及运行费"],
  ["vehicles.purchase", "其中：公务用车购置费"],
  ["vehicles.operation", "公务用车运行费"],
  ["reception", "公务接待费"],
  ["operatingCost", "机关运行经费"],
];

/** The case's 三公 table printed one item a row (`项目 | 预算数`); its title. */
function itemRows(c: Case): { fixture: DisclosureFixture; title: string } {
  const t = c.fixture.tables.find(isSanGong) as PrintedTable;
  const cells = readPrintedTable(t, { template: c.template }).table?.rows[0]?.cells ?? {};
  const rows = ITEMS.filter(([k]) => cells[k] !== undefined).map(([k, l]) => [l, cells[k] ?? ""]);
  // The title with the document's year, as a table printing one year's figures names it.
  const year = `${c.fixture.meta.year}年`;
  const title = t.title.startsWith(year) ? t.title : `${year}${t.title}`;
  const fixture = mapTables(c.fixture, (x) =>
    x === t ? { ...x, title, headers: ["项目", "预算数"], rows } : x,
  );
  return { fixture, title };
}

describe.each(BUDGETS.map((c) => [c.name, c] as const))(
  "%s: a 三公 table one item a row",
  (_, c) => {
    const { fixture, title } = itemRows(c);

    it("cut between any two items, with or without a mark: the report of the table printed whole", () => {
      expect(fixture.tables.find((t) => t.title === title)?.rows.length).toBeGreaterThan(4);
      expect(changedCuts(c, fixture, title)).toEqual([]);
    });

    it.each(MARKS)("a wrong item on the next page (%s) is found as printed whole", (_m, mark) => {
      const rows = fixture.tables.find((t) => t.title === title)?.rows ?? [];
      // Cut before the 公务用车 lines; 公务接待费 one cent more.
      const at = rows.findIndex((r) => (r[0] ?? "").startsWith("公务用车"));
      const reception = rows.findIndex((r) => r[0] === "公务接待费");
      const wrong = (r: PrintedTable["rows"], i: number) =>
        r.map((x, j) => (j === i ? [x[0] ?? "", "99.99"] : x));
      const printedWhole = mapTables(fixture, (t) =>
        t.title === title ? { ...t, rows: wrong(t.rows, reception) } : t,
      );
      const whole = full(checkFixture(c, printedWhole));
      expect(whole).not.toEqual(full(checkFixture(c, fixture)));
      const after = full(
        checkFixture(
          c,
          cut(fixture, title, at, mark, (r) => wrong(r, reception - at)),
        ),
      );
      expect(after).toEqual(whole);
    });

    it("a second table printing an item the first printed is not joined", () => {
      const rows = fixture.tables.find((t) => t.title === title)?.rows ?? [];
      // The first page's items again, then the rest: a unit's own table, set aside.
      const again = cut(
        fixture,
        title,
        2,
        (t) => t,
        () => rows,
      );
      const report = checkFixture(c, again);
      expect(report.findings.filter((f) => f.ruleId === "tables.repeated").length).toBeGreaterThan(
        0,
      );
    });
  },
);

describe("a table printing its 类 once over its rows, cut below it", () => {
  const c = henan;
  const fixture = mapTables(c.fixture, (t) => mergeTable(c, t).table);
  const TABLES = [
    "2024年部门支出预算表",
    "2024年一般公共预算支出预算表",
    "2024年支出经济分类汇总表",
  ];

  it.each(TABLES)("%s: every cut, with or without a mark, the report printed whole", (title) => {
    const rows = fixture.tables.find((t) => t.title === title)?.rows ?? [];
    // The merging is not vacuous: some row prints its 项 (or 款) alone.
    expect(
      rows.some(
        (r) => (r[0] === "" && /\d/u.test(r[1] ?? "")) || (r[0] === "" && /\d/u.test(r[2] ?? "")),
      ),
    ).toBe(true);
    expect(changedCuts(c, fixture, title)).toEqual([]);
  });

  it("a wrong figure on the next page's first row is found as printed whole", () => {
    const title = "2024年部门支出预算表";
    const rows = fixture.tables.find((t) => t.title === title)?.rows ?? [];
    const at = rows.findIndex((r, i) => i > 0 && (r[0] ?? "") === "" && (r[2] ?? "") !== "");
    const wrong = (r: PrintedTable["rows"], i: number) =>
      r.map((x, j) => (j === i ? x.map((v, k) => (k === 5 ? "99.99" : v)) : x));
    const printedWhole = mapTables(fixture, (t) =>
      t.title === title ? { ...t, rows: wrong(t.rows, at) } : t,
    );
    const whole = full(checkFixture(c, printedWhole));
    expect(whole).not.toEqual(full(checkFixture(c, fixture)));
    expect(
      full(
        checkFixture(
          c,
          cut(
            fixture,
            title,
            at,
            (t) => t,
            (r) => wrong(r, 0),
          ),
        ),
      ),
    ).toEqual(whole);
  });
});
