/**
 * A 部门 disclosure in the national-minimum layout for a department with two units: its 本级 (a
 * 行政 unit) and a 事业单位 (a school) that has 事业收入 and 事业单位经营收入 and spends 经营支出.
 * Written as such a department prints it, in 万元, every identity holding: the 收入总表 a row per
 * unit under the 合计 and the department's row, the 支出总表 with the national form's columns
 * (合计 = 基本支出 + 项目支出 + 上缴上级支出 + 事业单位经营支出 + 对附属单位补助支出), the unit
 * sections laid out as the options say. No fixture has this layout: it is invented from the forms.
 *
 * Exports: {@link departmentFixture}, {@link DepartmentLayout}.
 */
import type { PrintedTable } from "../../src/printed/types";
import type { DisclosureFixture } from "../fixtures/types";
import { sumCents } from "../support/cents";
import { gpbBasic, projects, sanGong } from "./department-whole";

const DEPARTMENT = { code: "301", name: "某区教育局" };
const UNITS = [
  { code: "301001", name: "某区教育局本级", unitKind: "行政" as const },
  { code: "301002", name: "某区第一中学", unitKind: "事业" as const },
];

/** A 项 row of one unit: code, name, personnel, public, project (gpb), project (事业收入), 经营支出. */
type Item = readonly [string, string, string, string, string, string, string];

const ITEMS: readonly (readonly Item[])[] = [
  [
    ["2050101", "行政运行", "200.00", "40.00", "", "", ""],
    ["2050102", "一般行政管理事务", "", "", "60.00", "", ""],
    ["2080505", "机关事业单位基本养老保险缴费支出", "30.00", "", "", "", ""],
    ["2210201", "住房公积金", "20.00", "", "", "", ""],
  ],
  [
    ["2050203", "初中教育", "500.00", "100.00", "100.00", "50.00", "20.00"],
    ["2080505", "机关事业单位基本养老保险缴费支出", "60.00", "", "", "", ""],
    ["2210201", "住房公积金", "40.00", "", "", "", ""],
  ],
];

const NAMES: Readonly<Record<string, string>> = {
  "205": "教育支出",
  "20501": "教育管理事务",
  "20502": "普通教育",
  "208": "社会保障和就业支出",
  "20805": "行政事业单位养老支出",
  "221": "住房保障支出",
  "22102": "住房改革支出",
};

/** Σ of printed amounts, printed (blank when zero). */
const add = (...xs: string[]) => {
  const total = sumCents(xs);
  return total === 0n ? "" : `${total / 100n}.${String(total % 100n).padStart(2, "0")}`;
};

/** Every 类, 款 and 项 row of `items`, summed, in code order. */
function withParents(items: readonly Item[]): Item[] {
  const byCode = new Map<string, Item>();
  for (const it of items) {
    const [code, name, ...amounts] = it;
    for (const c of [code.slice(0, 3), code.slice(0, 5), code]) {
      const prev = byCode.get(c);
      const label = c === code ? name : (NAMES[c] ?? "");
      const summed = amounts.map((a, i) => add(a, prev?.[i + 2] ?? ""));
      byCode.set(c, [c, label, ...summed] as unknown as Item);
    }
  }
  return [...byCode.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** How the department lays its units out. */
export interface DepartmentLayout {
  /**
   * `none`: the department's rows only; `sections`: under the department's rows, each unit's
   * row (its code in the code column) followed by its own rows; `unitsFirst`: each unit's
   * section, then the department's rows under a 合计.
   */
  readonly units: "none" | "sections" | "unitsFirst";
  /**
   * How a unit's row names the unit: its code in the code column (`code`), its code before its
   * name in the name column (`[301001]某区第一中学`: `codeInName`), or its name alone (`name`).
   */
  readonly unitRows?: "code" | "codeInName" | "name";
  /**
   * Each unit's rows closed by a subtotal row (its figures): `only` (the unit's row above its
   * rows prints none, a heading) or `also` (the unit's row prints them too); `headingsOnly`: no
   * subtotal, the unit's row a heading printing no figure (the unit's figures nowhere).
   */
  readonly unitSubtotals?: "only" | "also" | "headingsOnly";
  /** The subtotal labelled with the unit's name (`某区第一中学小计`), not `小计` alone. */
  readonly subtotalNamed?: boolean;
  /**
   * The tables by 科目 code print each row's unit in columns of their own before the codes:
   * `code` (单位编码 | 单位名称) or `name` (单位名称 alone); the units' rows kept as rows naming
   * only their unit (`unitRows` not `none`), or dropped (`unitColumnRows: false`).
   */
  readonly unitColumns?: "code" | "name";
  /** With `unitColumns`: the units' own rows left out (each row by 科目 names its unit). */
  readonly unitColumnRowsDropped?: boolean;
  /** With `unitColumns`: the rows sorted by 科目 code, the units' rows of one code together. */
  readonly interleaved?: boolean;
  /** The 合计 row printed last instead of first. */
  readonly totalLast?: boolean;
  /** The 收支总表 sums up spending by nature (基本支出, 项目支出, 经营支出 …), not by 类. */
  readonly summaryByNature?: boolean;
  /** The 收入总表 by 功能分类 code (its units as the other tables lay them out), not by unit. */
  readonly incomeByFunction?: boolean;
}

/** The code and name columns every table by 功能分类 code prints first (see {@link codeRows}). */
const CODE_HEADERS = ["科目编码/类", "科目编码/款", "科目编码/项", "科目名称"];
/** A spending table by code: its total, 基本支出 and 项目支出 (the 政府性基金 and 国有资本经营 tables). */
const SPENDING_HEADERS = [...CODE_HEADERS, "合计", "基本支出", "项目支出"];
/** The 支出总表 with the national form's columns. */
const EXPENDITURE_HEADERS = [
  ...SPENDING_HEADERS,
  "上缴上级支出",
  "事业单位经营支出",
  "对附属单位补助支出",
];

/** The rows of a 支出总表 or 一般公共预算支出表 for `items`, `cells` printing a row's amounts. */
function codeRows(items: readonly Item[], cells: (it: Item) => string[]): string[][] {
  return withParents(items).map((it) => [
    it[0].slice(0, 3),
    it[0].slice(3, 5),
    it[0].slice(5, 7),
    it[1],
    ...cells(it),
  ]);
}

function sectioned(
  layout: DepartmentLayout,
  totalRow: (items: readonly Item[]) => string[],
  rowsOf: (items: readonly Item[]) => string[][],
): string[][] {
  const all = ITEMS.flat();
  const total = ["", "", "", "合计", ...totalRow(all).slice(4)];
  const unitRow = (i: number) => {
    const { code, name } = UNITS[i] ?? { code: "", name: "" };
    const printed = totalRow(ITEMS[i] ?? []).slice(4);
    const heading = layout.unitSubtotals === "only" || layout.unitSubtotals === "headingsOnly";
    const amounts = heading ? printed.map(() => "") : printed;
    if (layout.unitRows === "codeInName") return ["", "", "", `[${code}]${name}`, ...amounts];
    if (layout.unitRows === "name") return ["", "", "", name, ...amounts];
    return [code, "", "", name, ...amounts];
  };
  const subtotal = (i: number) => {
    const label = layout.subtotalNamed === true ? `${UNITS[i]?.name ?? ""}小计` : "小计";
    return layout.unitSubtotals === undefined || layout.unitSubtotals === "headingsOnly"
      ? []
      : [["", "", "", label, ...totalRow(ITEMS[i] ?? []).slice(4)]];
  };
  const department = rowsOf(all);
  const units = UNITS.flatMap((_, i) => [unitRow(i), ...rowsOf(ITEMS[i] ?? []), ...subtotal(i)]);
  const body =
    layout.units === "none"
      ? department
      : layout.units === "sections"
        ? [...department, ...units]
        : units;
  return layout.totalLast === true ? [...body, total] : [total, ...body];
}

function expenditure(layout: DepartmentLayout): PrintedTable {
  const cells = (it: Item) => {
    const [, , p, u, proj, projBiz, ops] = it;
    return [add(p, u, proj, projBiz, ops), add(p, u), add(proj, projBiz), "", ops, ""];
  };
  const sum = (items: readonly Item[]) => ["", "", "", "", ...cells(sumItems(items))];
  return {
    title: "2024年部门支出总表",
    unit: "单位：万元",
    headers: EXPENDITURE_HEADERS,
    rows: sectioned(layout, sum, (items) => codeRows(items, cells)),
  };
}

function gpbExpenditure(layout: DepartmentLayout): PrintedTable {
  const cells = (it: Item) => {
    const [, , p, u, proj] = it;
    return [add(p, u, proj), add(p, u), p, u, proj];
  };
  const gpb = (items: readonly Item[]) => items.filter((it) => cells(it)[0] !== "");
  const sum = (items: readonly Item[]) => ["", "", "", "", ...cells(sumItems(items))];
  return {
    title: "2024年一般公共预算支出表",
    unit: "万元",
    headers: [
      ...CODE_HEADERS,
      "合计",
      "基本支出/小计",
      "基本支出/人员经费",
      "基本支出/公用经费",
      "项目支出",
    ],
    rows: sectioned(layout, sum, (items) => codeRows(gpb(items), cells)),
  };
}

function sumItems(items: readonly Item[]): Item {
  const column = (i: number) => add(...items.map((it) => it[i] ?? ""));
  return ["", "", column(2), column(3), column(4), column(5), column(6)];
}

/** The spending side by 功能分类 类, or by nature (基本支出 with its parts, 项目支出, 经营支出 …). */
const SPENDING_BY_FUNCTION = [
  ["一、一般公共服务支出", ""],
  ["五、教育支出", "1070.00"],
  ["八、社会保障和就业支出", "90.00"],
  ["二十一、住房保障支出", "60.00"],
  ["", ""],
  ["", ""],
];
const SPENDING_BY_NATURE = [
  ["一、基本支出", "990.00"],
  ["    人员经费", "850.00"],
  ["    公用经费", "140.00"],
  ["二、项目支出", "210.00"],
  ["三、事业单位经营支出", "20.00"],
  ["四、上缴上级支出", ""],
  ["五、对附属单位补助支出", ""],
];

function summary(layout: DepartmentLayout): PrintedTable {
  const income = [
    ["一、一般公共预算拨款收入", "1150.00"],
    ["二、政府性基金预算拨款收入", ""],
    ["三、国有资本经营预算拨款收入", ""],
    ["四、事业收入", "50.00"],
    ["五、事业单位经营收入", "20.00"],
    ["六、其他收入", ""],
  ];
  const spending = layout.summaryByNature === true ? SPENDING_BY_NATURE : SPENDING_BY_FUNCTION;
  const length = Math.max(income.length, spending.length);
  const sides = Array.from({ length }, (_, i) => [
    ...(income[i] ?? ["", ""]),
    ...(spending[i] ?? ["", ""]),
  ]);
  return {
    title: "2024年部门收支总表",
    unit: "万元",
    headers: ["收入/项目", "收入/预算数", "支出/项目", "支出/预算数"],
    rows: [
      ...sides,
      ["本年收入合计", "1220.00", "本年支出合计", "1220.00"],
      ["上年结转结余", "", "年终结转结余", ""],
      ["收入总计", "1220.00", "支出总计", "1220.00"],
    ],
  };
}

const INCOME_HEADERS = [
  "单位代码",
  "单位名称",
  "总计",
  "上年结转",
  "一般公共预算拨款收入",
  "政府性基金预算拨款收入",
  "国有资本经营预算拨款收入",
  "事业收入",
  "事业单位经营收入",
  "其他收入",
];

function income(layout: DepartmentLayout): PrintedTable {
  if (layout.incomeByFunction === true) return incomeByFunction(layout);
  const total = ["", "合计", "1220.00", "", "1150.00", "", "", "50.00", "20.00", ""];
  const department = [DEPARTMENT.code, DEPARTMENT.name, ...total.slice(2)];
  const units = [
    ["301001", "某区教育局本级", "350.00", "", "350.00", "", "", "", "", ""],
    ["301002", "某区第一中学", "870.00", "", "800.00", "", "", "50.00", "20.00", ""],
  ];
  const body = layout.units === "unitsFirst" ? units : [department, ...units];
  return {
    title: "2024年部门收入总表",
    unit: "万元",
    headers: INCOME_HEADERS,
    rows: layout.totalLast === true ? [...body, total] : [total, ...body],
  };
}

/** The 收入总表 by 功能分类 code (as the 支出总表 lays its rows out), income by fund source. */
function incomeByFunction(layout: DepartmentLayout): PrintedTable {
  const cells = (it: Item) => {
    const [, , p, u, proj, projBiz, ops] = it;
    return [add(p, u, proj, projBiz, ops), "", add(p, u, proj), "", "", projBiz, ops, ""];
  };
  const sum = (items: readonly Item[]) => ["", "", "", "", ...cells(sumItems(items))];
  return {
    title: "2024年部门收入总表",
    unit: "万元",
    headers: [...CODE_HEADERS, ...INCOME_HEADERS.slice(2)],
    rows: sectioned(layout, sum, (items) => codeRows(items, cells)),
  };
}

function fiscalSummary(layout: DepartmentLayout): PrintedTable {
  const byNature = layout.summaryByNature === true;
  const spending = (label: string, amount: string) => [label, amount, amount, "", ""];
  const lines = byNature
    ? [
        spending("（一）基本支出", "990.00"),
        spending("人员经费", "850.00"),
        spending("公用经费", "140.00"),
        spending("（二）项目支出", "160.00"),
      ]
    : [
        spending("（五）教育支出", "1000.00"),
        spending("（八）社会保障和就业支出", "90.00"),
        spending("（二十一）住房保障支出", "60.00"),
        ["", "", "", "", ""],
      ];
  const income = [
    ["（一）一般公共预算拨款", "1150.00"],
    ["（二）政府性基金预算拨款", ""],
    ["（三）国有资本经营预算拨款", ""],
    ["", ""],
  ];
  return {
    title: "2024年财政拨款收支总表",
    unit: "万元",
    headers: [
      "收入/项目",
      "收入/预算数",
      "支出/项目",
      "支出/合计",
      "支出/一般公共预算",
      "支出/政府性基金预算",
      "支出/国有资本经营预算",
    ],
    rows: [
      ["一、本年收入", "1150.00", ...spending("一、本年支出", "1150.00")],
      ...lines.map((l, i) => [...(income[i] ?? ["", ""]), ...l]),
      ["二、上年结转", "", ...spending("二、年终结转结余", "")],
      ["收入总计", "1150.00", ...spending("支出总计", "1150.00")],
    ],
  };
}

const emptyTable = (title: string, note: string): PrintedTable => ({
  title,
  unit: "万元",
  headers: SPENDING_HEADERS,
  rows: [],
  note,
});

/**
 * A table by 科目 code printing each row's unit in columns of its own (`layout.unitColumns`):
 * the rows of the department and of each unit naming it, the 合计 naming none.
 */
function withUnitColumns(t: PrintedTable, layout: DepartmentLayout): PrintedTable {
  if (layout.unitColumns === undefined || t.headers[0] !== CODE_HEADERS[0]) return t;
  let unit: readonly string[] = [DEPARTMENT.code, DEPARTMENT.name];
  const total: string[][] = [];
  const unitRows: string[][] = [];
  const rows: string[][] = [];
  for (const r of t.rows) {
    const own = UNITS.find((u) => r[0] === u.code || (r[3] ?? "").includes(u.name));
    if (r[3] === "合计") total.push(["", "", ...r]);
    else if (own !== undefined) {
      unit = [own.code, own.name];
      if (layout.unitColumnRowsDropped !== true)
        unitRows.push([...unit, "", "", "", "", ...r.slice(4)]);
    } else rows.push([...unit, ...r]);
  }
  const byCode = (r: readonly string[]) => `${r[2]}${r[3]}${r[4]}#${r[0]}`;
  const sorted =
    layout.interleaved === true
      ? [...unitRows, ...rows.sort((a, b) => (byCode(a) < byCode(b) ? -1 : 1))]
      : [...rows.filter((r) => r[0] === DEPARTMENT.code), ...interleave(unitRows, rows)];
  const body = layout.totalLast === true ? [...sorted, ...total] : [...total, ...sorted];
  const cut = (r: readonly string[]) => (layout.unitColumns === "code" ? [...r] : r.slice(1));
  return { ...t, headers: cut(["单位编码", "单位名称", ...t.headers]), rows: body.map(cut) };
}

/** Each unit's row, then the rows naming that unit. */
function interleave(unitRows: readonly string[][], rows: readonly string[][]): string[][] {
  return UNITS.flatMap((u) => [
    ...unitRows.filter((r) => r[0] === u.code),
    ...rows.filter((r) => r[0] === u.code),
  ]);
}

/** The two-unit department's disclosure, its units laid out as `layout` says. */
export function departmentFixture(layout: DepartmentLayout): DisclosureFixture {
  const fixture = departmentTables(layout);
  if (layout.unitColumns === undefined) return fixture;
  return { ...fixture, tables: fixture.tables.map((t) => withUnitColumns(t, layout)) };
}

function departmentTables(layout: DepartmentLayout): DisclosureFixture {
  return {
    meta: { year: 2024, kind: "部门", department: DEPARTMENT, units: UNITS },
    tables: [
      summary(layout),
      income(layout),
      expenditure(layout),
      fiscalSummary(layout),
      gpbExpenditure(layout),
      gpbBasic,
      sanGong,
      projects,
      emptyTable(
        "2024年政府性基金预算支出表",
        "本部门无政府性基金预算拨款安排的支出，故本表为空表。",
      ),
      emptyTable(
        "2024年国有资本经营预算支出表",
        "本部门无国有资本经营预算拨款安排的支出，故本表为空表。",
      ),
    ],
    narrative: "",
  };
}
