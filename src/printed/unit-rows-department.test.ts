/**
 * A 三公 table by unit that prints the department's own row (Henan's `116 某局` over
 * `116001 某局本级`, `116002 某中心`; a Shanghai 部门 table `上海市某局` over its units), after a
 * `合计` or instead of one: the department's row is read as the department's (beside a 合计, the
 * same figures, compared with it; with no 合计, the table's one row), the units' rows as the
 * units' (was: every row `unplaced-row`, nothing read). The units then add up to the department
 * (`rollup`); a wrong unit figure, or a department row other than its 合计, is found.
 */
import { describe, expect, it } from "vitest";
import { type Disclosure, rowKeyId, type Table } from "../disclosure";
import { checkDisclosure, henan2024Profile, shanghaiProfile } from "../rules";
import { henan2024, shanghai } from "../templates";
import { type ReadOptions, readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const ITEMS = [
  "合计",
  "因公出国（境）费",
  "公务用车购置及运行费/小计",
  "公务用车购置及运行费/公务用车购置费",
  "公务用车购置及运行费/公务用车运行费",
  "公务接待费",
];
const TOTAL = ["6.50", "", "4.00", "", "4.00", "2.50"];
const OFFICE = ["4.00", "", "3.00", "", "3.00", "1.00"];
const CENTRE = ["2.50", "", "1.00", "", "1.00", "1.50"];
const DEPARTMENT = { code: "116", name: "某局" };
const UNITS = [
  { code: "116001", name: "某局本级", unitType: "行政" as const },
  { code: "116002", name: "某中心", unitType: "事业" as const },
];
const TITLE = "2024年一般公共预算“三公”经费预算表";

type Options = Pick<ReadOptions, "units" | "departmentCode">;
const NAMED: Options = { units: [DEPARTMENT, ...UNITS], departmentCode: "116" };
const CODE_ONLY: Options = { departmentCode: "116" };

/** Henan's layout: 单位编码 | 单位名称 | items, the 合计 (or not) then the department's row. */
const henan = (rows: readonly (readonly string[])[]): PrintedTable => ({
  title: TITLE,
  unit: "万元",
  headers: ["单位编码", "单位名称", ...ITEMS],
  rows: rows.map((r) => [...r]),
});
const WITH_TOTAL = [
  ["", "合计", ...TOTAL],
  ["116", "某局", ...TOTAL],
  ["116001", "某局本级", ...OFFICE],
  ["116002", "某中心", ...CENTRE],
];
const DEPARTMENT_FIRST = WITH_TOTAL.slice(1);
/** pdftotext's split: the code and the name in one cell (`[116]某局`, `116001 某局本级`). */
const ONE_CELL = (rows: readonly (readonly string[])[]): PrintedTable => ({
  title: TITLE,
  unit: "万元",
  headers: ["单位名称", ...ITEMS],
  rows: rows.map(([code, name, ...rest]) => [
    code === "" ? (name ?? "") : code === "116" ? `[116]${name}` : `${code} ${name}`,
    ...rest,
  ]),
});

const read = (t: PrintedTable, options: Options, template = henan2024) => {
  const r = readPrintedTable(t, { template, ...options });
  if (r.table === undefined) throw new Error("not read");
  return {
    table: r.table,
    keys: r.table.rows.map((x) => rowKeyId(x.key)),
    problems: r.problems.filter((p) => p.severity !== "info").map((p) => p.code),
  };
};

const check = (table: Table, template = henan2024) => {
  const d: Disclosure = {
    meta: {
      year: 2024,
      documentKind: "部门",
      template: template === henan2024 ? "henan2024" : "shanghai",
      department: DEPARTMENT,
      units: UNITS,
    },
    tables: [table],
    texts: [],
  };
  const profile = template === henan2024 ? henan2024Profile : shanghaiProfile;
  return checkDisclosure(d, { profile, template })
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId} ${f.path?.row}`);
};

const LAYOUTS: readonly (readonly [string, PrintedTable, Options, readonly string[]])[] = [
  ["合计, then the department (units named)", henan(WITH_TOTAL), NAMED, ["single", "org:116"]],
  [
    "合计, then the department (its code given)",
    henan(WITH_TOTAL),
    CODE_ONLY,
    ["single", "org:116"],
  ],
  ["the department, no 合计 (units named)", henan(DEPARTMENT_FIRST), NAMED, ["single"]],
  ["the department, no 合计 (its code given)", henan(DEPARTMENT_FIRST), CODE_ONLY, ["single"]],
  ["the department, no 合计 (nothing given)", henan(DEPARTMENT_FIRST), {}, ["single"]],
  ["code and name in one cell, 合计", ONE_CELL(WITH_TOTAL), NAMED, ["single", "org:116"]],
  ["code and name in one cell, no 合计", ONE_CELL(DEPARTMENT_FIRST), CODE_ONLY, ["single"]],
];

describe.each(LAYOUTS)("%s", (_, t, options, head) => {
  it("reads the department's row and each unit's: no warning", () => {
    const r = read(t, options);
    expect(r.problems).toEqual([]);
    expect(r.keys).toEqual([...head, "org:116001", "org:116002"]);
    expect(r.table.rows[0]?.cells.total).toBe("6.50");
  });

  it("a correct table: no finding", () => {
    expect(check(read(t, options).table)).toEqual([]);
  });

  it("a wrong unit figure is found (某中心 公务接待费 1.50 printed 1.60)", () => {
    const wrong = {
      ...t,
      rows: t.rows.map((r) =>
        r.some((c) => c.includes("某中心"))
          ? r.map((c, i) => (i === r.length - 1 ? "1.60" : c))
          : r,
      ),
    };
    const found = check(read(wrong, options).table);
    expect(found.some((f) => f.startsWith("rollup") || f.startsWith("sanGong.sum"))).toBe(true);
  });
});

describe("a wrong figure in the department's row", () => {
  const dept = (cells: readonly string[]) =>
    WITH_TOTAL.map((r) => (r[0] === "116" ? ["116", "某局", ...cells] : r));
  it.each([
    ["units named", NAMED],
    ["its code given", CODE_ONLY],
  ] as const)(
    "%s: an item other than the 合计's found (公务接待费 2.50 printed 2.60)",
    (_, options) => {
      const found = check(read(henan(dept([...TOTAL.slice(0, -1), "2.60"])), options).table);
      expect(found).toContain("same-fact org:116");
    },
  );

  it("its 合计 not the units' sum (6.60): no row read as the department's, no finding", () => {
    const r = read(henan(dept(["6.60", ...TOTAL.slice(1)])), CODE_ONLY);
    expect(r.keys.filter((k) => k.startsWith("org:"))).toEqual([]);
    expect(check(r.table)).toEqual([]);
  });

  it("a unit's row printed with the department's code (118 某部, the office's): no department", () => {
    const rows = [
      ["", "合计", ...TOTAL],
      ["116", "某局", ...OFFICE],
      ["116002", "某中心", ...CENTRE],
    ];
    const r = read(henan(rows), CODE_ONLY);
    expect(r.keys.filter((k) => k.startsWith("org:"))).toEqual([]);
    expect(check(r.table)).toEqual([]);
  });
});

describe("the department's code not given, beside a 合计", () => {
  it("its row heads the units' codes and restates the 合计: a heading (layout), the units read", () => {
    const r = readPrintedTable(henan(WITH_TOTAL), { template: henan2024 });
    expect(r.table?.rows.map((x) => rowKeyId(x.key))).toEqual([
      "single",
      "org:116001",
      "org:116002",
    ]);
    expect(r.problems).toContainEqual(
      expect.objectContaining({ code: "layout-row", path: { row: 1 }, what: "unit-heading" }),
    );
  });

  it("restating no 合计 (6.60): nothing read as it, as before", () => {
    const rows = WITH_TOTAL.map((r) =>
      r[0] === "116" ? ["116", "某局", "6.60", ...TOTAL.slice(1)] : r,
    );
    const r = read(henan(rows), {});
    expect(r.keys.filter((k) => k.startsWith("org:"))).toEqual([]);
  });
});

describe("no department's row told: as before", () => {
  it("a row of another department's code heads nothing (117 某局, units 116…): unplaced", () => {
    const rows = WITH_TOTAL.map((r) => (r[0] === "116" ? ["117", "某局", ...TOTAL] : r));
    const r = read(henan(rows), CODE_ONLY);
    expect(r.keys.filter((k) => k.startsWith("org:"))).toEqual([]);
  });

  it("nothing given, the department's figures not the units' sum: no row read as it", () => {
    const rows = DEPARTMENT_FIRST.map((r) =>
      r[0] === "116" ? ["116", "某局", "7.00", ...TOTAL.slice(1)] : r,
    );
    const r = read(henan(rows), {});
    expect(r.keys.filter((k) => k === "single")).toEqual([]);
  });
});

describe("Shanghai: a 部门 三公和机关运行经费 table by unit", () => {
  const SH = [
    "“三公”经费预算数/合计",
    "“三公”经费预算数/因公出国(境)费",
    "“三公”经费预算数/公务接待费",
  ];
  const sh = (rows: readonly (readonly string[])[]): PrintedTable => ({
    title: "2025年部门“三公”经费和机关运行经费预算表",
    unit: "万元",
    headers: [
      "单位名称",
      ...SH,
      "“三公”经费预算数/公务用车购置及运行费/小计",
      "机关运行经费预算数",
    ],
    rows: rows.map((r) => [...r]),
  });
  const rows = [
    ["合计", "6.50", "", "2.50", "4.00", "20.00"],
    ["某局", "6.50", "", "2.50", "4.00", "20.00"],
    ["某局本级", "4.00", "", "1.00", "3.00", "20.00"],
    ["某中心", "2.50", "", "1.50", "1.00", ""],
  ];
  it("reads the department's row and each unit's, no finding", () => {
    const r = read(sh(rows), NAMED, shanghai);
    expect(r.problems).toEqual([]);
    expect(r.keys).toEqual(["single", "org:116", "org:116001", "org:116002"]);
    expect(check(r.table, shanghai)).toEqual([]);
  });
});
