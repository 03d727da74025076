/**
 * Other printers' layouts of the budget (部门预算) 三公 table, read through the printed-table reader
 * and checked: the same report as the fixtures' own layout (one row, a column per item), or, where
 * the layout cannot be placed, the table unread and no new finding above info (a coverage gap,
 * never a false alarm).
 */
import { describe, expect, it } from "vitest";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import {
  baseCheck,
  CASES,
  type Case,
  checkFixture,
  mapTables,
  projection,
} from "./metamorphic/support";

const BUDGETS = CASES.filter((c) => !c.final);

const isSanGong = (t: PrintedTable) => t.title.includes("三公");

/** The fixture's 三公 table as read: its one row's cells by column key. */
function sanGongCells(c: Case): Readonly<Record<string, string>> {
  const t = c.fixture.tables.find(isSanGong);
  if (t === undefined) throw new Error(`${c.name}: no 三公 table`);
  const row = readPrintedTable(t, { template: c.template }).table?.rows[0];
  if (row === undefined) throw new Error(`${c.name}: 三公 table unread`);
  return row.cells;
}

/** Each item's label, one a row, the parts of 公务用车购置及运行费 after it. */
const LABELS: readonly (readonly [string, string])[] = [
  ["total", "合计"],
  ["abroad", "因公出国（境）费"],
  ["vehicles", "公务用车购置及运行费"],
  ["vehicles.purchase", "其中：公务用车购置费"],
  ["vehicles.operation", "公务用车运行费"],
  ["reception", "公务接待费"],
  ["operatingCost", "机关运行经费"],
];

/**
 * The case's fixture with its 三公 table printed one item a row: `headers`, and for each item
 * of the table (in `labels`' order) the row `row(label, amount, index)`.
 */
function itemRows(
  c: Case,
  headers: readonly string[],
  row: (label: string, amount: string, index: number) => string[],
  labels: readonly (readonly [string, string])[] = LABELS,
  after: readonly string[][] = [],
) {
  const cells = sanGongCells(c);
  const present = labels.filter(([key]) => cells[key] !== undefined);
  const rows = [...present.map(([key, label], i) => row(label, cells[key] ?? "", i)), ...after];
  // The title with the document's year, as a table printing two years' figures names it.
  const year = `${c.fixture.meta.year}年`;
  const title = (t: PrintedTable) => (t.title.startsWith(year) ? t.title : `${year}${t.title}`);
  return mapTables(c.fixture, (t) =>
    isSanGong(t) ? { ...t, title: title(t), headers: [...headers], rows } : t,
  );
}

/** The findings above info that the layout adds to the fixture's report. */
function added(c: Case, fixture: ReturnType<typeof itemRows>): string[] {
  const before = new Set(projection(baseCheck(c), { serious: true }));
  return projection(checkFixture(c, fixture), { serious: true }).filter((l) => !before.has(l));
}

/** The labels with the parts of 公务用车购置及运行费 named short, numbered in a 序号 column only. */
const SHORT: readonly (readonly [string, string])[] = LABELS.map(([key, label]) => [
  key,
  key.startsWith("vehicles.")
    ? label.replace(/^其中：公务用车/u, "").replace(/^公务用车/u, "")
    : label,
]);

describe.each(BUDGETS.map((c) => [c.name, c] as const))("%s: the 三公 table", (_, c) => {
  const base = projection(baseCheck(c));
  const same = (fixture: ReturnType<typeof itemRows>) =>
    expect(projection(checkFixture(c, fixture))).toEqual(base);

  it.each([
    ["1 / （1）", ["", "1", "2", "（1）", "（2）", "3", "4"]],
    ["一、 / 1.", ["", "一、", "二、", "1.", "2.", "三、", "四、"]],
    ["1 / 2.1", ["", "1", "2", "2.1", "2.2", "3", "4"]],
  ])(
    "one item a row after a 序号 column numbered %s, parts named short: the same report",
    (_n, numbers) => {
      same(itemRows(c, ["序号", "项目", "预算数"], (l, a, i) => [numbers[i] ?? "", l, a], SHORT));
    },
  );

  it("one item a row after a 序号 column, parts after 其中: the same report", () => {
    same(
      itemRows(c, ["序号", "项目名称", "金额"], (l, a, i) => [
        i === 0 || l.startsWith("其中") ? "" : `${i}`,
        l,
        a,
      ]),
    );
  });

  // Last year's figure: were it read as this year's, the items would no longer add up.
  const PRIOR = "9.99";
  const y = c.fixture.meta.year;

  it.each([
    ["项目", `${y - 1}年预算数`, `${y}年预算数`, "增减额", "增减率"],
    ["项目名称", "上年预算数", "本年预算数", "增减", "增长率（%）"],
    ["项目", `${y}年预算数`, `${y - 1}年预算数`, "比上年增减"],
    ["项目", `${y - 1}年`, `${y}年`, "增减变化情况/增减额", "增减变化情况/增减率"],
  ])(
    "one item a row, last year's budget beside this year's and the change (%s | %s | %s …): the same report",
    (...headers) => {
      const thisFirst = headers[1]?.startsWith(`${y}`) ?? false;
      same(
        itemRows(c, headers, (l, a) => {
          const years = thisFirst ? [a, PRIOR] : [PRIOR, a];
          return [l, ...years, "-1.00", "-10.00%"].slice(0, headers.length);
        }),
      );
    },
  );

  it.each([
    [
      ["项目", "预算数", "出国团组数（个）", "出国人次（人次）"],
      ["2", "8"],
    ],
    [
      ["项目", "金额（万元）", "数量", "备注"],
      ["3", "车辆编制内"],
    ],
    [
      [
        "项目",
        "2024年预算数",
        "公务用车保有量（辆）",
        "公务接待批次（批）",
        "公务接待人次（人次）",
      ],
      ["5", "12", "60"],
    ],
  ])(
    "one item a row with counts beside the money (%j): the counts never read, the same report",
    (headers, counts) => {
      const fixed = headers.map((h) => h.replace("2024年", `${y}年`));
      same(itemRows(c, fixed, (l, a) => [l, a, ...counts]));
    },
  );

  it("count lines among the items (保有量, 批次, 人次), 合计 last, blanks printed -: the same report", () => {
    const last = [...LABELS.slice(1), ...LABELS.slice(0, 1)];
    same(
      itemRows(c, ["项目", "预算数"], (l, a) => [l, a === "" ? "-" : a], last, [
        ["公务用车保有量（辆）", "3"],
        ["公务接待批次（批次）", "20"],
        ["国内公务接待人次（人次）", "150"],
      ]),
    );
  });

  it.each([
    [
      "费用, 购置费及运行维护费, 其中",
      [
        "“三公”经费合计",
        "因公出国(境)费用",
        "公务用车购置费及运行维护费",
        "其中：公务用车购置费",
        "公务用车运行维护费",
        "公务接待费用",
        "机关运行经费",
      ],
    ],
    [
      "经费, 购置费及运行费, 一、 / 1.",
      [
        "合  计",
        "一、因公出国（境）经费",
        "二、公务用车购置费及运行费",
        "1.公务用车购置费用",
        "2.公务用车运行维护费用",
        "三、公务接待经费",
        "四、机关运行经费",
      ],
    ],
    [
      "an item's 小计 in its label",
      [
        "合计",
        "1.因公出国(境)费",
        "2.公务用车购置及运行维护费小计",
        "其中：公务用车购置费",
        "公务用车运行维护费",
        "3.公务接待费",
        "4.机关运行经费",
      ],
    ],
  ])("one item a row in other wordings (%s): the same report", (_w, labels) => {
    const worded = LABELS.map(([key], i): readonly [string, string] => [key, labels[i] ?? ""]);
    same(itemRows(c, ["项目", "预算数"], (l, a) => [l, a], worded));
    same(itemRows(c, ["项目", "上年预算数", "本年预算数"], (l, a) => [l, PRIOR, a], worded));
  });

  /** The fixture with its 三公 table's items across (its own headers), a row per label. */
  const across = (
    first: string,
    rows: readonly (readonly [string, "this" | "prior" | "change"])[],
  ) =>
    mapTables(c.fixture, (t) => {
      if (!isSanGong(t)) return t;
      const own = t.rows[0] ?? [];
      const figures = {
        this: own,
        prior: own.map((x) => (x === "" ? "" : PRIOR)),
        change: own.map(() => "-1.00"),
      };
      const year = `${y}年`;
      return {
        ...t,
        title: t.title.startsWith(year) ? t.title : `${year}${t.title}`,
        headers: [first, ...t.headers],
        rows: rows.map(([label, which]) => [label, ...figures[which]]),
      };
    });

  it.each([
    [
      [`${y - 1}年预算数`, "prior"],
      [`${y}年预算数`, "this"],
    ],
    [
      [`${y}年预算数`, "this"],
      [`${y - 1}年预算数`, "prior"],
    ],
    [
      ["本年预算数", "this"],
      ["上年预算数", "prior"],
    ],
  ] as const)(
    "items across, a row per year (%j, %j): this year's row read, the same report",
    (...rows) => {
      same(across("项目", rows));
    },
  );

  it.each([
    [
      ["本年预算数", "this"],
      ["上年预算数", "prior"],
      ["增减额", "change"],
    ],
    [
      ["增减额", "change"],
      [`${y}年预算数`, "this"],
    ],
    [
      [`${y - 1}年`, "prior"],
      [`${y}年`, "this"],
      ["增减", "change"],
    ],
    [
      [`${y}年度`, "this"],
      [`${y - 1}年度`, "prior"],
      ["比上年增减", "change"],
    ],
  ] as const)(
    "items across, a row per year and the change (%j, %j …): this year's row read, the same report",
    (...rows) => {
      same(across("年度", rows));
    },
  );

  it.each([
    [
      "a row per unit, 合计 last",
      "单位名称",
      [
        ["某某单位", "prior"],
        ["某某中心", "prior"],
        ["合计", "this"],
      ],
    ],
    [
      "a row per unit, 合计 first",
      "单位名称",
      [
        ["合计", "this"],
        ["某某单位", "prior"],
        ["某某中心", "prior"],
      ],
    ],
  ] as const)(
    "items across, %s: the 合计 read as the table's row (the department's figures), the units' rows coverage, the same report",
    (_l, first, rows) => {
      // Changed in session 38: the 合计 of a row per unit is the department's figures, the
      // table's one row (it was left unread); the units' rows, no row of the kind, stay unplaced.
      const fixture = across(first, rows);
      const printed = fixture.tables.find(isSanGong);
      if (printed === undefined) throw new Error("no 三公 table");
      const r = readPrintedTable(printed, { template: c.template });
      const keys = r.table?.rows.map((x) => x.key.kind) ?? [];
      expect(keys.filter((k) => k === "single")).toEqual(["single"]);
      expect(keys.filter((k) => k === "unplaced")).toHaveLength(2);
      expect(r.problems.filter((p) => p.code === "duplicate-row")).toEqual([]);
      same(fixture);
    },
  );

  it("items across, one unit's row: read as the table's row, the same report", () => {
    same(across("单位名称", [["某某单位", "this"]]));
  });

  it("several rows no layout explains are read as no row: no duplicate rows, no new finding", () => {
    // A label that is no item's (a number), or none (merged with the row above): which row is
    // the table's one row is not guessed.
    const layouts = [
      itemRows(c, ["项目", "合计"], (l, a, i) => [i === 1 ? "1" : l, a]),
      itemRows(c, ["项目", "合计"], (l, a, i) => [i === 2 ? "" : l, a]),
    ];
    for (const fixture of layouts) {
      const printed = fixture.tables.find(isSanGong);
      if (printed === undefined) throw new Error("no 三公 table");
      const r = readPrintedTable(printed, { template: c.template });
      expect(r.table?.rows.some((x) => x.key.kind === "single") ?? false).toBe(false);
      expect(r.problems.filter((p) => p.code === "duplicate-row")).toEqual([]);
      expect(added(c, fixture)).toEqual([]);
    }
  });
});
