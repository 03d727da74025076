/**
 * Blank columns and blank trailing cells a PDF or Excel extractor adds: a column with no header
 * text that prints nothing in any row (at the start, between columns, at the end), and rows one or
 * two blank cells wider than the headers. They carry nothing: kept (cells under `extra:#<index>`),
 * noted at info (`blank-column`, `row-width` at info), never a warning, and no rule finding
 * changes. Before, each such column was an `unknown-header` warning per table, and each wider row a
 * `row-width` warning. A blank-headed column that prints something, and a row whose surplus cells
 * print something, stay warnings; a wrong figure is still found.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { final2024, finalProfile } from "../src/final";
import { withNarrative } from "../src/narrative";
import type { PrintedTable } from "../src/printed";
import { formatReadProblem, readPrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile, shanghaiProfile } from "../src/rules";
import { henan2024, shanghai } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { putuoFinanceFinal2024Fixture } from "./fixtures/putuo-finance-final-2024";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";

const CASES = [
  { name: "Henan 2024", fixture: henan2024Fixture, template: henan2024, final: false },
  {
    name: "Shanghai finance 2025",
    fixture: shanghaiFinance2025Fixture,
    template: shanghai,
    final: false,
  },
  {
    name: "Putuo finance 决算 2024",
    fixture: putuoFinanceFinal2024Fixture,
    template: final2024,
    final: true,
  },
] as const;

type Case = (typeof CASES)[number];

/** Reader problems above info (as `title code`) and every finding (rule, path, figures). */
function outcome(c: Case, fixture: DisclosureFixture) {
  const { disclosure, problems } = fixtureDisclosure(fixture, c.template);
  const d = c.final
    ? { ...disclosure, meta: { ...disclosure.meta, stage: "决算" as const } }
    : disclosure;
  const profile = c.final
    ? finalProfile
    : withNarrative(c.template === henan2024 ? henan2024Profile : shanghaiProfile);
  const report = checkDisclosure(d, { profile, template: c.template, catalog: catalog2024 });
  const reads = [...problems].flatMap(([title, ps]) =>
    ps
      .filter((p) => p.severity !== "info")
      .map((p) => `${title} ${p.code} ${JSON.stringify(p.path)}`),
  );
  const infos = [...problems].flatMap(([title, ps]) =>
    ps.filter((p) => p.severity === "info").map((p) => ({ title, p })),
  );
  const findings = report.findings.map(
    (f) => `${f.ruleId} ${f.severity} ${JSON.stringify(f.path)} ${f.expected} ${f.actual}`,
  );
  return { reads, infos, findings };
}

const insert = (cells: readonly string[], at: number, n: number) => [
  ...cells.slice(0, at),
  ...Array.from({ length: n }, () => ""),
  ...cells.slice(at),
];

/** Every table with `n` blank columns at `where` (a middle one after the first column). */
function withBlankColumns(fixture: DisclosureFixture, where: "start" | "middle" | "end", n = 1) {
  const at = (t: PrintedTable) =>
    where === "start" ? 0 : where === "end" ? t.headers.length : Math.min(1, t.headers.length);
  return {
    ...fixture,
    tables: fixture.tables.map((t) => ({
      ...t,
      headers: insert(t.headers, at(t), n),
      rows: t.rows.map((r) => insert(r, Math.min(at(t), r.length), n)),
    })),
  };
}

/** Every row `n` blank cells wider than the headers. */
const withWiderRows = (fixture: DisclosureFixture, n: number): DisclosureFixture => ({
  ...fixture,
  tables: fixture.tables.map((t) => ({ ...t, rows: t.rows.map((r) => insert(r, r.length, n)) })),
});

/** Every row without its trailing blank cells (a spreadsheet reader's rows: SheetJS `sheet_to_json`). */
const withTrimmedRows = (fixture: DisclosureFixture): DisclosureFixture => ({
  ...fixture,
  tables: fixture.tables.map((t) => ({
    ...t,
    rows: t.rows.map((r) => {
      let end = r.length;
      while (end > 0 && (r[end - 1] ?? "").trim() === "") end--;
      return r.slice(0, end);
    }),
  })),
});

describe.each(CASES)("blank columns and cells an extractor adds: $name", (c) => {
  const base = outcome(c, c.fixture);

  it.each([
    ["start", 1],
    ["middle", 1],
    ["end", 1],
    ["end", 2],
  ] as const)("reads a blank column at the %s (%i) as nothing, noted at info", (where, n) => {
    const got = outcome(c, withBlankColumns(c.fixture, where, n));
    expect(got.reads).toEqual(base.reads);
    expect(got.findings).toEqual(base.findings);
    const blanks = got.infos.filter(({ p }) => p.code === "blank-column");
    expect(blanks.length).toBe(c.fixture.tables.length * n);
  });

  it.each([1, 2])("reads rows %i blank cells wider than the headers as no width problem", (n) => {
    const got = outcome(c, withWiderRows(c.fixture, n));
    expect(got.reads).toEqual(base.reads);
    expect(got.findings).toEqual(base.findings);
    expect(got.infos.some(({ p }) => p.code === "row-width")).toBe(true);
  });

  it("reads rows without their trailing blank cells as the full rows, noted at info", () => {
    const trimmed = withTrimmedRows(c.fixture);
    // the fixture has such rows: the case is not vacuous
    const short = trimmed.tables.flatMap((t) => t.rows.filter((r) => r.length < t.headers.length));
    expect(short.length).toBeGreaterThan(0);
    const got = outcome(c, trimmed);
    expect(got.reads).toEqual(base.reads);
    expect(got.findings).toEqual(base.findings);
    expect(got.infos.filter(({ p }) => p.code === "row-width").length).toBe(short.length);
  });
});

describe("what a blank column or a wider row prints is still read and warned", () => {
  const SANGONG: PrintedTable = {
    title: "2024年一般公共预算“三公”经费预算表",
    unit: "万元",
    headers: ["“三公”经费合计", "因公出国（境）费", "公务接待费"],
    rows: [["6.50", "", "2.50"]],
  };
  const read = (t: PrintedTable) => readPrintedTable(t, { template: henan2024 });

  it("keeps a blank column's cells and notes it at info", () => {
    const r = read({
      ...SANGONG,
      headers: ["", ...SANGONG.headers],
      rows: [["", "6.50", "", "2.50"]],
    });
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.problems).toContainEqual({
      code: "blank-column",
      severity: "info",
      path: { header: 0, text: "" },
    });
    expect(r.table?.rows[0]?.cells).toEqual({
      "extra:#0": "",
      total: "6.50",
      abroad: "",
      reception: "2.50",
    });
  });

  it("warns on a blank-headed column that prints something, its cells kept", () => {
    const r = read({
      ...SANGONG,
      headers: [...SANGONG.headers, ""],
      rows: [["6.50", "", "2.50", "1.00"]],
    });
    expect(r.problems.map((p) => [p.code, p.severity])).toContainEqual([
      "unknown-header",
      "warning",
    ]);
    expect(r.problems.some((p) => p.code === "blank-column")).toBe(false);
    expect(r.table?.rows[0]?.cells["extra:#3"]).toBe("1.00");
  });

  it("warns on a row whose surplus cells print something, and notes blank ones at info", () => {
    const r = read({
      ...SANGONG,
      rows: [
        ["6.50", "", "2.50", "", "多余"],
        ["6.50", "", "2.50", " "],
      ],
    });
    expect(r.problems.filter((p) => p.code === "row-width")).toEqual([
      { code: "row-width", severity: "warning", path: { row: 0 }, expected: 3, actual: 5 },
      { code: "row-width", severity: "info", path: { row: 1 }, expected: 3, actual: 4 },
    ]);
  });

  it("notes a short row ending in a printed cell at info, and still warns on one ending blank", () => {
    // ["6.50"]: a spreadsheet reader's row without its trailing blanks; ["6.50", ""] is no such row
    const r = read({ ...SANGONG, rows: [["6.50"], ["6.50", ""]] });
    expect(r.problems.filter((p) => p.code === "row-width").map((p) => p.severity)).toEqual([
      "info",
      "warning",
    ]);
    expect(r.table?.rows[0]?.cells).toEqual({ total: "6.50", abroad: "", reception: "" });
  });

  it("still finds a wrong figure in a short row", () => {
    // 行政运行 in the 部门支出预算表, without its trailing blanks, its total misprinted
    const trimmed = withTrimmedRows(henan2024Fixture);
    const wrong = {
      ...trimmed,
      tables: trimmed.tables.map((t) =>
        t.title === "2024年部门支出预算表"
          ? {
              ...t,
              rows: t.rows.map((r) =>
                r[4] === "行政运行" ? r.map((c, i) => (i === 5 ? "9.99" : c)) : r,
              ),
            }
          : t,
      ),
    };
    const row = wrong.tables
      .find((t) => t.title === "2024年部门支出预算表")
      ?.rows.find((r) => r[4] === "行政运行");
    expect(row?.[5]).toBe("9.99");
    expect(row?.length).toBeLessThan(14);
    const r = checkDisclosure(fixtureDisclosure(wrong, henan2024).disclosure, {
      profile: henan2024Profile,
      template: henan2024,
      catalog: catalog2024,
    });
    expect(r.findings.some((f) => f.severity === "error" && f.actual === "9.99")).toBe(true);
  });

  it("reads headers over several levels beside a blank column as without it", () => {
    const income = (blank: boolean): PrintedTable => {
      const extra = (cells: readonly string[]) => (blank ? ["", ...cells, ""] : cells);
      return {
        title: "2024年部门收入预算表",
        unit: "万元",
        headers: extra([
          "部门（单位）代码",
          "部门（单位）名称",
          "总计",
          "本年收入/合计",
          "/一般公共预算/小计",
          "//其中：财政拨款",
        ]),
        rows: [extra(["", "合计", "969.06", "969.06", "969.06", "969.06"])],
      };
    };
    const keys = (t: PrintedTable) =>
      read(t)
        .columns.map((col) => col.key)
        .filter((k) => !k.startsWith("extra:"));
    expect(keys(income(true))).toEqual(keys(income(false)));
    expect(read(income(true)).problems.filter((p) => p.severity !== "info")).toEqual(
      read(income(false)).problems.filter((p) => p.severity !== "info"),
    );
  });

  it("still finds a wrong figure in a table with blank columns", () => {
    const c = CASES[0];
    const wrong: DisclosureFixture = {
      ...c.fixture,
      tables: c.fixture.tables.map((t) =>
        t.title.includes("三公")
          ? {
              ...t,
              rows: t.rows.map((r, i) => (i === 0 ? r.map((x) => (x === "6.50" ? "7.50" : x)) : r)),
            }
          : t,
      ),
    };
    const plain = outcome(c, wrong);
    expect(plain.findings).not.toEqual(outcome(c, c.fixture).findings);
    expect(outcome(c, withBlankColumns(wrong, "start")).findings).toEqual(plain.findings);
    expect(outcome(c, withBlankColumns(wrong, "end", 2)).findings).toEqual(plain.findings);
  });
});

describe("messages", () => {
  it("says a blank column is read as no data, and a blank surplus is blank", () => {
    const blank = {
      code: "blank-column",
      severity: "info",
      path: { header: 0, text: "" },
    } as const;
    expect(formatReadProblem(blank)).toBe("第 1 列表头“”为空且各行均无内容（空列），不作数据读取");
    expect(formatReadProblem(blank, "en")).toBe(
      'header 1 "" is blank and nothing is printed under it in any row (a blank column); read as no data',
    );
    const wide = {
      code: "row-width",
      severity: "info",
      path: { row: 2 },
      expected: 3,
      actual: 4,
    } as const;
    expect(formatReadProblem(wide)).toBe("第 3 行有 4 个单元格，表有 3 列；多出的单元格为空");
  });
});
