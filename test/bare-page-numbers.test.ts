/**
 * A page's number printed bare (`13`), which a text layer leaves as a row of its own where a page
 * broke inside a table. Under an amount column (or in a last column no column of the kind placed),
 * between two rows of the table, in a table printing its figures with their decimals (`12.00`;
 * where no figure shows a trailing zero, only under a row printing a figure), it can be no figure
 * of the table: it is layout (`layout-row`, `page`) and the report is the one
 * of the table printed without it, with no reader problem above info. Read as a row it had been
 * an unplaced row and the table's sums lost (a `rollup` error gone, `final.narrative.basicItems`
 * warnings on correct items).
 *
 * Left as it is, where it may be data: in the code or name column (a 类's code cut off its row),
 * in a table printing its figures whole (an 元 table: `13` may be a figure), under a row printing
 * no figure where the table may print as a general format does (`12.5`, a round `13`), as the table's first
 * or last row, beside any other text.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { final2024, finalProfile } from "../src/final";
import { type PrintedTable, readPrintedTable } from "../src/printed";
import { henan2024Profile, type Profile } from "../src/rules";
import { henan2024, type Template } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { putuoFinanceFinal2024Fixture } from "./fixtures/putuo-finance-final-2024";
import { putuoPlanningFinal2024Fixture } from "./fixtures/putuo-planning-final-2024";
import { putuoSocialWorkFinal2024Fixture } from "./fixtures/putuo-social-work-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { reading } from "./metamorphic/support";

/**
 * The fixtures, and whether every page number is read (in 普陀区财政局's and 社会工作部's 总表 no
 * figure shows a trailing zero and some lines print none: a number under such a line is left a
 * row, `unplaced-row`, a gap of the library; the report is the same).
 */
const CASES: readonly (readonly [
  string,
  DisclosureFixture,
  Template,
  Profile,
  boolean,
  boolean,
])[] = [
  ["Henan 2024", henan2024Fixture, henan2024, henan2024Profile, false, true],
  ["普陀区财政局 决算 2024", putuoFinanceFinal2024Fixture, final2024, finalProfile, true, false],
  [
    "普陀区规划资源局 决算 2024",
    putuoPlanningFinal2024Fixture,
    final2024,
    finalProfile,
    true,
    true,
  ],
  [
    "普陀区委社会工作部 决算 2024",
    putuoSocialWorkFinal2024Fixture,
    final2024,
    finalProfile,
    true,
    false,
  ],
];

const check = reading;

/** The indices of a table's amount columns, as the reader places them. */
const amountColumns = (t: PrintedTable, template: Template): number[] =>
  readPrintedTable(t, { template, catalog: catalog2024.functional }).columns.flatMap((c) =>
    c.column?.role === "amount" ? [c.index] : [],
  );

/**
 * Every table with a page's number (`11`, `12`, …) alone on a row after every third row, under
 * the amount column `pick` chooses (tables with no amount column as they are).
 */
function paged(
  fixture: DisclosureFixture,
  template: Template,
  pick: (amounts: number[]) => number | undefined,
): DisclosureFixture {
  return {
    ...fixture,
    tables: fixture.tables.map((t) => {
      const at = pick(amountColumns(t, template));
      if (at === undefined) return t;
      return {
        ...t,
        rows: t.rows.flatMap((row, i) => {
          if (i === 0 || i % 3 !== 0) return [row];
          const line = t.headers.map(() => "");
          line[at] = String(10 + i / 3);
          return [line, row];
        }),
      };
    }),
  };
}

const COLUMNS: readonly (readonly [string, (amounts: number[]) => number | undefined])[] = [
  ["the first amount column", (a) => a[0]],
  ["the last amount column", (a) => a.at(-1)],
];

describe.each(CASES)(
  "%s: a page's number printed bare among the rows",
  (_, fx, tpl, pf, fin, all) => {
    const before = check(fx, tpl, pf, fin);

    it.each(COLUMNS)("under %s: the same report, no reader problem above info", (_c, pick) => {
      const after = check(paged(fx, tpl, pick), tpl, pf, fin);
      expect(after.report).toEqual(before.report);
      if (all) expect(after.problems).toEqual(before.problems);
      else {
        // the numbers left are rows not placed (a gap), nothing else
        const added = after.problems.filter((p) => !before.problems.includes(p));
        expect(added.filter((p) => !p.endsWith(" unplaced-row"))).toEqual([]);
      }
    });
  },
);

describe("a wrong figure after a bare page number is still caught", () => {
  it("普陀区财政局 决算: 行政运行 printed 0.01 more: the same findings as without the page numbers", () => {
    const wrong = (f: DisclosureFixture): DisclosureFixture => ({
      ...f,
      tables: f.tables.map((t) =>
        t.title === "一般公共预算财政拨款支出决算表"
          ? { ...t, rows: t.rows.map((r) => (r.some((c) => c.includes("行政运行")) ? bump(r) : r)) }
          : t,
      ),
    });
    /** The row's first figure 0.01 more. */
    const bump = (r: readonly string[]): string[] => {
      let done = false;
      return r.map((c) => {
        if (done || !/^[0-9]+\.[0-9]{2}$/u.test(c.trim())) return c;
        done = true;
        const [whole = "0", cents = "0"] = c.trim().split(".");
        const n = Number(whole) * 100 + Number(cents) + 1;
        return `${Math.floor(n / 100)}.${String(n % 100).padStart(2, "0")}`;
      });
    };
    const f = putuoFinanceFinal2024Fixture;
    const plain = check(wrong(f), final2024, finalProfile, true);
    expect(plain.report).not.toEqual(check(f, final2024, finalProfile, true).report);
    const paged1 = paged(f, final2024, (a) => a[0]);
    expect(check(wrong(paged1), final2024, finalProfile, true).report).toEqual(plain.report);
  });
});

describe("what stays a row of the table", () => {
  const table = (rows: string[][], unit = "万元"): PrintedTable => ({
    title: "2024年部门支出预算表",
    unit,
    headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    rows,
  });
  const pages = (rows: string[][], unit?: string) =>
    readPrintedTable(table(rows, unit), {
      template: henan2024,
      catalog: catalog2024.functional,
    }).problems.filter((p) => p.code === "layout-row" && p.what === "page");
  const total = ["", "合计", "15.00", "10.00", "5.00"];
  const a = ["2130101", "行政运行", "10.00", "10.00", ""];
  const b = ["2130104", "事业运行", "5.00", "", "5.00"];

  it("reads `13` (padded, full-width) under an amount column between two rows as a page's number", () => {
    for (const [at, cell] of [
      [2, "13"],
      [3, " 13 "],
      [4, "１３"],
    ] as const) {
      const page = ["", "", "", "", ""];
      page[at] = cell;
      const r = readPrintedTable(table([total, a, page, b]), {
        template: henan2024,
        catalog: catalog2024.functional,
      });
      expect(r.problems.filter((p) => p.code === "layout-row")).toEqual([
        { code: "layout-row", severity: "info", path: { row: 2 }, what: "page" },
      ]);
      expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
      expect(r.table?.rows.map((row) => row.key.kind)).toEqual([
        "total",
        "functional",
        "functional",
      ]);
    }
  });

  it("leaves it in the code or name column, beside other text, or at the table's edge", () => {
    expect(pages([total, a, ["13", "", "", "", ""], b])).toEqual([]);
    expect(pages([total, a, ["", "13", "", "", ""], b])).toEqual([]);
    expect(pages([total, a, ["", "注", "", "", "13"], b])).toEqual([]);
    expect(pages([total, a, b, ["", "", "", "", "13"]])).toEqual([]);
    expect(pages([["", "", "", "", "13"], total, a, b])).toEqual([]);
  });

  it("leaves a figure with decimals, a signed or grouped one, and zero", () => {
    for (const cell of ["13.00", "-13", "1,300", "0", "13000"])
      expect(pages([total, a, ["", "", "", "", cell], b]), cell).toEqual([]);
  });

  it("under a row printing no figure: taken where the figures show fixed places (`15.00`)", () => {
    const heading = ["2130101", "行政运行", "", "", ""];
    expect(pages([total, heading, ["", "", "13", "", ""], b])).toHaveLength(1);
  });

  it("leaves it under a row printing no figure where the figures may print as a general format does", () => {
    // no trailing zero shown (`15.25`, not `15.50`): a round figure may print `13`, so `13` may be
    // the figure of the row above, printed level with its name's second line
    const general = [
      ["", "合计", "15.25", "2.25", "13.75"],
      ["2130101", "行政运行", "", "", ""],
      ["", "", "", "", "13"],
      ["2130104", "事业运行", "2.25", "2.25", ""],
    ];
    expect(pages(general)).toEqual([]);
    // …under a row printing its figures, it can be none of them
    const under = [general[0], ["2130104", "事业运行", "2.25", "2.25", ""], general[2], general[1]];
    expect(pages(under as string[][])).toHaveLength(1);
  });

  it("leaves it in a table printing its figures whole (元: `13` may be a figure)", () => {
    const whole = (r: string[]) => r.map((c) => c.replace(".00", ""));
    expect(pages([whole(total), whole(a), ["", "", "", "", "13"], whole(b)], "元")).toEqual([]);
  });
});
