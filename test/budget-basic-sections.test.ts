/**
 * The 部门预算 一般公共预算基本支出表 (`合计 | 人员经费 | 公用经费` by economic 科目) printed as one list
 * cut into two sections by nature, each under (or over) its subtotal row: `人员经费` (or
 * `人员经费合计`, `人员经费小计`, `一、人员经费`) with 301 / 303 and their 款, `公用经费` with 302 / 310,
 * in either order, with or without the footers printed again below, with the table's 合计 kept,
 * each subtotal printed across its columns or under 合计 (or its nature's column) alone, its label
 * in the name column or merged over the code and name columns —
 * as the Henan and the Shanghai fixtures print their own table, and in a department's table by
 * unit blocks or with a unit column. Read: no reader warning, no new finding, every subtotal
 * checked against its rows. Was: the subtotal rows unplaced (a reader warning each, the table's
 * sums left unchecked: a wrong row's rollup error lost on the 上海市财政局 fixture). A wrong
 * subtotal, a wrong row and a wrong 合计 are each still caught.
 */
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Table } from "../src/disclosure";
import { readPrintedTable } from "../src/printed";
import { readNational, serious } from "../src/printed/test-support";
import type { PrintedTable } from "../src/printed/types";
import { checkDisclosure, nationalProfile } from "../src/rules";
import { henan2024, nationalMinimum, type Template } from "../src/templates";
import { CASES, checkFixture, mapTables, projection } from "./metamorphic/support";

const BUDGETS = CASES.filter((c) => !c.final);
type Case = (typeof BUDGETS)[number];
type Row = readonly string[];

const isBasic = (t: PrintedTable) =>
  /一般公共预算基本支出.*表$/u.test(t.title) && t.headers.some((h) => h.endsWith("人员经费"));

/** A number as printed (`98,950,260`, `51.17`) plus `by`, printed alike. */
function plus(cell: string, by: string): string {
  const v = cell.replace(/,/gu, "").trim();
  const places = v.split(".")[1]?.length ?? 0;
  const sum = new Decimal(v === "" ? 0 : v).plus(by).toFixed(places);
  return cell.includes(",") ? sum.replace(/\B(?=(?:\d{3})+(?!\d))/gu, ",") : sum;
}

/** The table's economic rows, the name column, the amount columns, and its rows' codes. */
function partsOf(t: PrintedTable) {
  const amounts = t.headers.flatMap((h, i) => (/(?:合计|人员经费|公用经费)$/u.test(h) ? [i] : []));
  const name = t.headers.findIndex((h) => h.endsWith("科目名称"));
  const code = (r: Row) => r.slice(0, name).join("").replace(/\s/gu, "");
  const items = t.rows.filter((r) => /^3\d{2,4}$/u.test(code(r)));
  const shallowest = Math.min(...items.map((r) => code(r).length));
  const personnel = (r: Row) => ["301", "303"].includes(code(r).slice(0, 3));
  /**
   * A subtotal row labelled `label`: the sum of the shallowest rows `pick` gives, its first
   * figure `by` off; under 合计 alone, or under its nature's column (`nature`) alone, if `only`.
   */
  const subtotal = (label: string, pick: (r: Row) => boolean, o: Only = {}): string[] => {
    const rows = items.filter((r) => code(r).length === shallowest && pick(r));
    const first = o.only === "nature" ? o.nature : amounts[0];
    return t.headers.map((_, i) => {
      if (i === (o.merged === true ? 0 : name)) return label;
      if (!amounts.includes(i)) return "";
      if (o.only !== undefined && i !== first) return "";
      const cells = rows.map((r) => (r[i] ?? "").replace(/,/gu, "").trim());
      if (cells.every((c) => c === "")) return "";
      const sum = cells.reduce((a, c) => a.plus(c === "" ? 0 : c), new Decimal(0)).toFixed();
      // printed as the rows print (thousands separators, places)
      const like = rows.find((r) => (r[i] ?? "").trim() !== "")?.[i] ?? "0";
      const shaped = plus(like.replace(/[0-9]/gu, "0"), sum);
      return i === first ? plus(shaped, o.by ?? "0") : shaped;
    });
  };
  return { items, personnel, subtotal, amounts, name, code };
}

interface Only {
  readonly by?: string | undefined;
  /** The subtotal printed under 合计 alone (`total`), or under its nature's column alone. */
  readonly only?: "total" | "nature" | undefined;
  /** Its nature's column. */
  readonly nature?: number | undefined;
  /** The label merged over the code and name columns: printed in the first. */
  readonly merged?: boolean | undefined;
}

interface Sections {
  /** The subtotals' labels: personnel's, public's. */
  readonly labels: readonly [string, string];
  /** The subtotal after its rows (else before). */
  readonly last?: boolean;
  /** 公用经费's section first. */
  readonly publicFirst?: boolean;
  /** The footers `人员经费合计` / `公用经费合计` printed again below. */
  readonly footer?: boolean;
  /** What the 人员经费 subtotal's first figure is off by. */
  readonly wrong?: string;
  /** The subtotals printed under 合计 alone, or under their nature's column alone. */
  readonly only?: Only["only"];
  /** Their labels merged over the code and name columns. */
  readonly merged?: boolean;
}

type Layout = (t: PrintedTable) => PrintedTable;

/** The table's rows cut into two sections by nature (its other rows, the 合计, kept in place). */
const sections =
  (s: Sections): Layout =>
  (t) => {
    const x = partsOf(t);
    const section = (rows: Row[], sub: Row) => (s.last ? [...rows, sub] : [sub, ...rows]);
    const [, p, q] = x.amounts;
    const mine = section(
      x.items.filter(x.personnel),
      x.subtotal(s.labels[0], x.personnel, {
        by: s.wrong,
        only: s.only,
        nature: p,
        merged: s.merged,
      }),
    );
    const other = section(
      x.items.filter((r) => !x.personnel(r)),
      x.subtotal(s.labels[1], (r) => !x.personnel(r), {
        only: s.only,
        nature: q,
        merged: s.merged,
      }),
    );
    const body = s.publicFirst ? [...other, ...mine] : [...mine, ...other];
    const footers = s.footer
      ? [
          x.subtotal("人员经费合计", x.personnel),
          x.subtotal("公用经费合计", (r) => !x.personnel(r)),
        ]
      : [];
    // the 合计 where the table prints it: before its first economic row, or after its last
    const at = t.rows.findIndex((r) => x.items.includes(r));
    const before = t.rows.slice(0, at).filter((r) => !x.items.includes(r));
    const after = t.rows.slice(at).filter((r) => !x.items.includes(r));
    return { ...t, rows: [...before, ...body, ...footers, ...after] };
  };

const LABELS: Record<string, readonly [string, string]> = {
  bare: ["人员经费", "公用经费"],
  合计: ["人员经费合计", "公用经费合计"],
  小计: ["人员经费小计", "公用经费小计"],
  numbered: ["一、人员经费", "二、公用经费"],
};

const LAYOUTS: Record<string, Sections> = {};
for (const [name, labels] of Object.entries(LABELS))
  for (const last of [false, true])
    LAYOUTS[`${name}, ${last ? "closing" : "heading"} its section`] = { labels, last };
LAYOUTS["bare, 公用经费 first"] = { labels: LABELS.bare as Sections["labels"], publicFirst: true };
LAYOUTS["小计 closing, 公用经费 first"] = {
  labels: LABELS.小计 as Sections["labels"],
  last: true,
  publicFirst: true,
};
LAYOUTS["bare, the footer again"] = { labels: LABELS.bare as Sections["labels"], footer: true };
LAYOUTS["合计, merged over the code and name columns"] = {
  labels: LABELS.合计 as Sections["labels"],
  merged: true,
};
LAYOUTS["bare, printed under 合计 alone"] = {
  labels: LABELS.bare as Sections["labels"],
  only: "total",
};
LAYOUTS["小计 closing, printed under its nature's column alone"] = {
  labels: LABELS.小计 as Sections["labels"],
  last: true,
  only: "nature",
};
LAYOUTS["numbered closing, 公用经费 first, the footer again"] = {
  labels: ["二、人员经费", "一、公用经费"],
  last: true,
  publicFirst: true,
  footer: true,
};

const findings = (c: Case, layout?: Layout) => {
  const fixture =
    layout === undefined ? c.fixture : mapTables(c.fixture, (t) => (isBasic(t) ? layout(t) : t));
  return projection(checkFixture(c, fixture), { serious: true, column: false });
};

/** The fixture's basic table's cells no check constrains, by row label and column. */
const unchecked = (c: Case, layout: Layout) => {
  const fixture = mapTables(c.fixture, (t) => (isBasic(t) ? layout(t) : t));
  const report = checkFixture(c, fixture);
  return report.unconstrained
    .filter((s) => s.table === "gpbBasic")
    .map((s) => `${s.row}/${s.column}`)
    .sort();
};

/** The first personnel 款 row changed by `by` in every amount it prints. */
const rowOff =
  (by: string): Layout =>
  (t) => {
    const x = partsOf(t);
    const target = x.items.find((r) => x.personnel(r) && x.code(r).length > 3) ?? x.items[0];
    const rows = t.rows.map((r) =>
      r === target
        ? r.map((cell, i) => (x.amounts.includes(i) && cell.trim() !== "" ? plus(cell, by) : cell))
        : r,
    );
    return { ...t, rows };
  };

/** The 合计 row's 合计 cell changed by `by`. */
const totalOff =
  (by: string): Layout =>
  (t) => {
    const x = partsOf(t);
    const rows = t.rows.map((r) =>
      r.includes("合计") ? r.map((cell, i) => (i === x.amounts[0] ? plus(cell, by) : cell)) : r,
    );
    return { ...t, rows };
  };

const WITH = BUDGETS.filter((c) => c.fixture.tables.some(isBasic));
const then =
  (...fs: Layout[]): Layout =>
  (t) =>
    fs.reduce((a, f) => f(a), t);

describe.each(WITH.map((c) => [c.name, c] as const))("%s: 基本支出表 in sections", (_, c) => {
  const base = findings(c);
  const table = c.fixture.tables.find(isBasic) as PrintedTable;

  it.each(Object.entries(LAYOUTS))("%s: read, no false alarm, every check kept", (_, s) => {
    const layout = sections(s);
    const read = readPrintedTable(layout(table), { template: c.template });
    expect(read.problems.filter((p) => p.severity !== "info")).toEqual([]);
    const lines = read.table?.rows.filter((r) => r.key.kind === "line") ?? [];
    expect(lines.map((r) => r.key)).toContainEqual({ kind: "line", line: "personnel" });
    expect(lines.map((r) => r.key)).toContainEqual({ kind: "line", line: "public" });
    const after = findings(c, layout);
    expect(base.filter((l) => !after.includes(l))).toEqual([]);
    expect(after.filter((l) => !base.includes(l))).toEqual([]);
    // every subtotal's figure is checked (against the rows it totals, or the 合计's)
    expect(unchecked(c, layout).filter((u) => u.startsWith("line:"))).toEqual([]);
  });

  const heading: Sections = { labels: ["人员经费", "公用经费"] };
  const closing: Sections = { labels: ["人员经费小计", "公用经费小计"], last: true, footer: true };

  it.each([
    ["heading", heading],
    ["closing, the footer again", closing],
    ["under 合计 alone", { ...heading, only: "total" } as Sections],
    ["under 人员经费 alone", { ...closing, only: "nature" } as Sections],
  ])("bites: a wrong 人员经费 subtotal is an error (%s)", (_, s) => {
    const right = findings(c, sections(s));
    const added = findings(c, sections({ ...s, wrong: "100" })).filter((l) => !right.includes(l));
    expect(added.some((l) => l.includes("line:personnel") && l.includes("| error |"))).toBe(true);
  });

  /** What `wrong` adds to the fixture as printed, and to it in sections. */
  const compare = (wrong: Layout, s: Sections) => {
    const plain = findings(c, wrong).filter((l) => !base.includes(l));
    const right = findings(c, sections(s));
    const cut = findings(c, then(sections(s), wrong)).filter((l) => !right.includes(l));
    return { plain, cut };
  };

  it.each([
    ["heading", heading],
    ["closing, the footer again", closing],
  ])("bites: a wrong row is found as in the table printed whole (%s)", (_, s) => {
    const { plain, cut } = compare(rowOff("100"), s);
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.filter((l) => !cut.includes(l))).toEqual([]);
  });

  it.each([
    ["heading", heading],
    ["closing, the footer again", closing],
  ])("bites: a wrong 合计 is found as in the table printed whole (%s)", (_, s) => {
    const { plain, cut } = compare(totalOff("100"), s);
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.filter((l) => !cut.includes(l))).toEqual([]);
  });
});

it("the budget fixtures print a 基本支出表 by nature", () => {
  expect(WITH.map((c) => c.name)).toEqual([
    "Henan 2024",
    "上海市财政局 2025",
    "普陀区社会福利院 2024",
  ]);
});

// ---- a department's table, by unit blocks or with a unit column ----

const UNITS = [
  { code: "105001", name: "宁波市鄞州区教育局机关" },
  { code: "105002", name: "宁波市鄞州区钟公庙中学" },
];

/** The findings above info of a 部门 document of the table, read by `template`. */
function check(p: PrintedTable, template: Template) {
  const read = readNational(p, { template, units: UNITS, departmentCode: "105" });
  const report = checkDisclosure(
    {
      meta: {
        year: 2025,
        documentKind: "部门",
        template: template.id,
        department: { name: "宁波市鄞州区教育局", code: "105" },
        units: UNITS.map((u) => ({ ...u, unitType: "事业" as const })),
      },
      tables: [read.table as Table],
      texts: [],
    },
    { profile: nationalProfile, template, catalog: catalog2024 },
  );
  const found = serious(report).map((f) => `${f.ruleId} ${f.path?.row}/${f.path?.column}`);
  return { found, read };
}

const HEADERS = ["经济分类科目编码", "经济分类科目名称", "合计", "人员经费", "公用经费"];
const basic = (rows: string[][], headers = HEADERS): PrintedTable => ({
  title: "2025年一般公共预算基本支出表",
  unit: "单位：万元",
  headers,
  rows,
});

/** A unit's rows in two sections: `[人员经费, 301, 30101, 30102, 公用经费, 302, 30201]`. */
const unitSections = (p: string, q: string, k: number): string[][] => [
  ["", p, `${150 * k}.00`, `${150 * k}.00`, ""],
  ["301", "工资福利支出", `${150 * k}.00`, `${150 * k}.00`, ""],
  ["30101", "基本工资", `${90 * k}.00`, `${90 * k}.00`, ""],
  ["30102", "津贴补贴", `${60 * k}.00`, `${60 * k}.00`, ""],
  ["", q, `${20 * k}.00`, "", `${20 * k}.00`],
  ["302", "商品和服务支出", `${20 * k}.00`, "", `${20 * k}.00`],
  ["30201", "办公费", `${20 * k}.00`, "", `${20 * k}.00`],
];

const TEMPLATES = [
  ["nationalMinimum", nationalMinimum],
  ["henan2024", henan2024],
] as const;

describe.each(TEMPLATES)("%s: a department's 基本支出表 in sections", (_, template) => {
  it.each([
    ["bare", "人员经费", "公用经费"],
    ["小计", "人员经费小计", "公用经费小计"],
    ["numbered", "一、人员经费", "二、公用经费"],
  ])("one list (%s): no finding above info, every row placed", (_, p, q) => {
    const { found, read } = check(
      basic([["", "合计", "170.00", "150.00", "20.00"], ...unitSections(p, q, 1)]),
      template,
    );
    expect(found).toEqual([]);
    expect(read.problems.filter((x) => x.severity !== "info")).toEqual([]);
    expect(read.table?.rows.filter((r) => r.key.kind === "unplaced")).toEqual([]);
  });

  it.each([
    ["a wrong subtotal", 0, 2, "160.00", "line:personnel/total"],
    ["a wrong row", 2, 2, "100.00", "rollup economic:301/total"],
    ["a wrong 合计", -1, 2, "180.00", "total/total"],
  ])("bites: %s is still found", (_, at, column, value, where) => {
    const rows = [
      ["", "合计", "170.00", "150.00", "20.00"],
      ...unitSections("人员经费", "公用经费", 1),
    ];
    const row = rows[at + 1] as string[];
    row[column] = value;
    const { found } = check(basic(rows), template);
    expect(found.some((f) => f.endsWith(where))).toBe(true);
  });

  it.each([
    [
      "浙江: `[105001]…` headings with figures",
      "[105001]宁波市鄞州区教育局机关",
      "[105002]宁波市鄞州区钟公庙中学",
    ],
    ["山东: headings by name alone", "一、机关本级", "二、钟公庙中学"],
  ])("by unit blocks, each in sections (%s): no finding above info", (_, a, b) => {
    const head = (name: string, k: number) => [
      "",
      name,
      `${170 * k}.00`,
      `${150 * k}.00`,
      `${20 * k}.00`,
    ];
    const rows = [
      ["", "合计", "510.00", "450.00", "60.00"],
      head(a, 1),
      ...unitSections("人员经费", "公用经费", 1),
      head(b, 2),
      ...unitSections("人员经费", "公用经费", 2),
    ];
    const { found, read } = check(basic(rows), template);
    expect(found).toEqual([]);
    expect(read.problems.filter((x) => x.code === "duplicate-row")).toEqual([]);
  });

  it("bites: by unit blocks in sections, a wrong 合计 is still found (人员 + 公用 ≠ 合计)", () => {
    const head = (name: string, k: number) => [
      "",
      name,
      `${170 * k}.00`,
      `${150 * k}.00`,
      `${20 * k}.00`,
    ];
    const rows = [
      ["", "合计", "500.00", "450.00", "60.00"],
      head(UNITS[0]?.name as string, 1),
      ...unitSections("人员经费", "公用经费", 1),
      head(UNITS[1]?.name as string, 2),
      ...unitSections("人员经费", "公用经费", 2),
    ];
    expect(check(basic(rows), template).found).toContain("nature total/total");
  });

  it("with a unit column, each unit in sections: no finding above info", () => {
    const rows = [
      ["", "", "合计", "510.00", "450.00", "60.00"],
      ...unitSections("人员经费", "公用经费", 1).map((r) => [UNITS[0]?.name as string, ...r]),
      ...unitSections("人员经费", "公用经费", 2).map((r) => [UNITS[1]?.name as string, ...r]),
    ];
    const { found } = check(basic(rows, ["单位名称", ...HEADERS]), template);
    expect(found).toEqual([]);
  });
});

it("bites: a 基本支出表 by unit blocks, the kind holding no units: a wrong 合计 is still found", () => {
  // told-apart.test's case: the blocks unplaced, the 合计 row's own sum (人员 + 公用) still checked
  const block = (k: number) => [
    ["301", "工资福利支出", `${150 * k}.00`, `${150 * k}.00`, ""],
    ["30101", "基本工资", `${150 * k}.00`, `${150 * k}.00`, ""],
    ["302", "商品和服务支出", `${20 * k}.00`, "", `${20 * k}.00`],
  ];
  for (const [, template] of TEMPLATES) {
    const p = basic([
      ["", "合计", "500.00", "450.00", "60.00"],
      ["", "[105001]宁波市鄞州区教育局机关", "170.00", "150.00", "20.00"],
      ...block(1),
      ["", "[105002]宁波市鄞州区钟公庙中学", "340.00", "300.00", "40.00"],
      ...block(2),
    ]);
    expect(check(p, template).found).toContain("nature total/total");
  }
});
