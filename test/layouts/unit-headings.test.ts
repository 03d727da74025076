/**
 * A two-unit 部门 (./department.ts) whose tables by 科目 head each unit's rows with a row naming
 * the unit as other printers print it: the heading merged over the code and name columns (a
 * table extractor gives its text in the first code column: `301002 某区第一中学`,
 * `[301002]某区第一中学`, the name alone), or labelled (`单位名称：某区第一中学`,
 * `预算单位：[301002]某区第一中学`). Every layout reads with nothing unplaced and checks clean; a
 * wrong figure in a unit's section is still caught; a heading naming no unit the disclosure
 * gives stays coverage, never the rows of the unit above (false duplicates).
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../src/catalog/2024";
import type { Disclosure } from "../../src/disclosure";
import { readPrintedTable } from "../../src/printed";
import type { PrintedTable } from "../../src/printed/types";
import { checkDisclosure, henan2024Profile, nationalProfile } from "../../src/rules";
import { henan2024, nationalMinimum } from "../../src/templates";
import type { DisclosureFixture } from "../fixtures/types";
import { checkNational, serious } from "./check";
import { type DepartmentLayout, departmentFixture } from "./department";

const UNIT_CODE = /^301[0-9]{3}$/u;

/** A unit's heading row of the fixture: its code and its label as the fixture prints them. */
function heading(row: readonly string[]): { code: string; label: string } | undefined {
  const [code = "", section = "", item = "", label = ""] = row;
  if (UNIT_CODE.test(code) && section === "" && item === "") return { code, label };
  if (code === "" && /^\[?301[0-9]{3}|某区/u.test(label)) return { code: "", label };
  return undefined;
}

/** Each unit's heading row of a table by 科目 printed by `print` (its cells: 类, 款, 项, name). */
function headings(
  print: (code: string, label: string) => readonly [string, string, string, string],
): (t: PrintedTable) => PrintedTable {
  return (t) =>
    t.headers[0] !== "科目编码/类"
      ? t
      : {
          ...t,
          rows: t.rows.map((row) => {
            const h = heading(row);
            return h === undefined ? row : [...print(h.code, h.label), ...row.slice(4)];
          }),
        };
}

const codeAndName = (code: string, label: string) => (code === "" ? label : `${code} ${label}`);

const PRINTS = {
  "merged over the code and name columns, given in the first": headings((c, l) => [
    codeAndName(c, l),
    "",
    "",
    "",
  ]),
  "merged over the code and name columns, given in the first, bracketed": headings((c, l) => [
    c === "" ? l : `[${c}]${l}`,
    "",
    "",
    "",
  ]),
  "labelled 单位名称：": headings((c, l) => ["", "", "", `单位名称：${codeAndName(c, l)}`]),
  "labelled 预算单位： in the first column": headings((c, l) => [
    `预算单位：${c === "" ? l : `[${c}]${l}`}`,
    "",
    "",
    "",
  ]),
  "labelled 单位： (full-width colon and spaces)": headings((_c, l) => [
    "",
    "",
    "",
    `单位 ： ${l}`,
  ]),
} as const;

const LAYOUTS: readonly DepartmentLayout[] = [
  { units: "sections" },
  { units: "unitsFirst", totalLast: true },
  { units: "sections", unitRows: "codeInName" },
  { units: "unitsFirst", unitRows: "name" },
  { units: "unitsFirst", unitSubtotals: "only", totalLast: true },
  { units: "sections", unitSubtotals: "headingsOnly", unitRows: "name" },
  { units: "unitsFirst", unitSubtotals: "also", subtotalNamed: true },
];

function printed(layout: DepartmentLayout, print: (t: PrintedTable) => PrintedTable) {
  const base = departmentFixture(layout);
  return { ...base, tables: base.tables.map(print) };
}

const read = (fixture: DisclosureFixture, t: PrintedTable) =>
  readPrintedTable(t, {
    template: nationalMinimum,
    catalog: catalog2024.functional,
    departmentCode: "301",
    units: [fixture.meta.department, ...fixture.meta.units],
  });

const CASES = Object.entries(PRINTS).flatMap(([name, print]) =>
  LAYOUTS.map((layout) => [`${name}, ${JSON.stringify(layout)}`, layout, print] as const),
);

describe.each(CASES)("a unit's heading %s", (_, layout, print) => {
  it("reads every row of the unit under it, and checks clean", () => {
    const fixture = printed(layout, print);
    for (const t of fixture.tables) {
      const r = read(fixture, t);
      expect(
        r.problems.filter((p) => p.severity !== "info"),
        t.title,
      ).toEqual([]);
      expect(
        r.table?.rows.filter((row) => row.key.kind === "unplaced"),
        t.title,
      ).toEqual([]);
    }
    const report = checkNational(fixture);
    expect(serious(report.findings)).toEqual([]);
    expect(report.coverage.notUnderstood).toBe(0);
  });
});

describe("a unit's heading merged over the code and name columns", () => {
  const print = PRINTS["merged over the code and name columns, given in the first"];

  it("a wrong figure in the unit's rows is still caught, within the unit's rows", () => {
    const base = printed({ units: "sections" }, print);
    const tables = base.tables.map((t) =>
      t.title.includes("部门支出总表")
        ? {
            ...t,
            rows: t.rows.map((r, i, all) =>
              // the school's 初中教育 row (the second unit's rows)
              r[2] === "03" && all.slice(0, i).some((x) => x[0]?.startsWith("301002"))
                ? r.map((c) => (c === "770.00" ? "771.00" : c))
                : r,
            ),
          }
        : t,
    );
    expect(serious(checkNational({ ...base, tables }).findings)).toEqual(
      expect.arrayContaining([
        "rollup error expenditure org:301002/functional:20502 total",
        "nature error expenditure org:301002/functional:2050203 total",
      ]),
    );
  });

  it("naming a unit the disclosure does not give: its rows are coverage, never the unit above's", () => {
    const base = printed({ units: "sections" }, print);
    const units = base.meta.units.map((u) => ({ ...u, name: `${u.name}（汇总）` }));
    const tables = base.tables.map((t) => ({
      ...t,
      rows: t.rows.map((r) =>
        UNIT_CODE.test((r[0] ?? "").slice(0, 6)) ? [r[0]?.slice(7) ?? "", ...r.slice(1)] : r,
      ),
    }));
    const report = checkNational({ ...base, meta: { ...base.meta, units }, tables });
    expect(serious(report.findings)).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId === "rows.duplicate")).toEqual([]);
    expect(report.coverage.notUnderstood).toBeGreaterThan(0);
  });
});

describe("a 项目支出表 whose unit headings are merged over 类型 and 项目名称", () => {
  const UNITS = [
    { code: "305001", name: "某县农业农村局机关", unitType: "行政" as const },
    { code: "305002", name: "某县农业技术推广中心", unitType: "事业" as const },
  ];
  const p = (cells: string[], amount: string) => [...cells, amount, amount];
  const table = (second: string): PrintedTable => ({
    title: "2024年项目支出预算表",
    unit: "万元",
    headers: ["类型", "项目名称", "项目单位", "合计", "本年拨款/一般公共预算"],
    rows: [
      p(["", "合计", ""], "30.00"),
      p(["305001 某县农业农村局机关", "", ""], "10.00"),
      p(["其他运转类", "2024年机关运行经费", "某县农业农村局机关"], "10.00"),
      p(["[305002]某县农业技术推广中心", "", ""], "20.00"),
      p(["其他运转类", "2024年机关运行经费", "某县农业技术推广中心"], second),
    ],
  });
  const check = (second: string) => {
    const r = readPrintedTable(table(second), { template: henan2024, units: UNITS });
    const d: Disclosure = {
      meta: {
        year: 2024,
        documentKind: "部门",
        template: "henan2024",
        department: { code: "305", name: "某县农业农村局" },
        units: UNITS,
      },
      tables: r.table === undefined ? [] : [r.table],
      texts: [],
    };
    return serious(checkDisclosure(d, { profile: henan2024Profile, template: henan2024 }).findings);
  };

  it("the same project under both units is two projects: no duplicate, no same-fact", () => {
    expect(check("20.00")).toEqual([]);
  });

  it("a unit's project that disagrees with its unit's heading is still caught", () => {
    expect(check("21.00")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^rollup error projects org:305002 /u)]),
    );
  });
});

describe("a 项目支出表 heading its units by names given without codes", () => {
  const p = (cells: string[], amount: string) => [...cells, amount, amount];
  const UNITS = [
    { name: "某县农业农村局机关", unitType: "行政" as const },
    { name: "某县农业技术推广中心", unitType: "事业" as const },
  ];
  const table: PrintedTable = {
    title: "2024年项目支出预算表",
    unit: "万元",
    headers: ["类型", "项目名称", "项目单位", "合计", "本年拨款/一般公共预算"],
    rows: [
      p(["", "合计", ""], "30.00"),
      p(["", "某县农业农村局", ""], "30.00"),
      p(["", "某县农业农村局机关", ""], "10.00"),
      p(["其他运转类", "2024年机关运行经费", "某县农业农村局机关"], "10.00"),
      p(["", "某县农业技术推广中心", ""], "20.00"),
      p(["其他运转类", "2024年机关运行经费", "某县农业技术推广中心"], "20.00"),
    ],
  };

  it("no false duplicate, same-fact or rollup: the units' projects are coverage", () => {
    const department = { name: "某县农业农村局" };
    const r = readPrintedTable(table, { template: henan2024, units: [department, ...UNITS] });
    const d: Disclosure = {
      meta: { year: 2024, documentKind: "部门", template: "henan2024", department, units: UNITS },
      tables: r.table === undefined ? [] : [r.table],
      texts: [],
    };
    const report = checkDisclosure(d, { profile: henan2024Profile, template: henan2024 });
    expect(serious(report.findings)).toEqual([]);
    expect(report.coverage.notUnderstood).toBeGreaterThan(0);
  });
});

describe("a 项目支出表 with no 项目单位 column heading its units by names not given", () => {
  const department = { name: "某县农业农村局" };
  const check = (rows: string[][]) => {
    const t: PrintedTable = {
      title: "2024年项目支出预算表",
      headers: ["类型", "项目名称", "合计"],
      rows,
    };
    const r = readPrintedTable(t, { template: henan2024 });
    const d: Disclosure = {
      meta: { year: 2024, documentKind: "部门", template: "henan2024", department, units: [] },
      tables: r.table === undefined ? [] : [r.table],
      texts: [],
    };
    return checkDisclosure(d, { profile: henan2024Profile, template: henan2024 });
  };

  it("each heading the sum of its projects: no false duplicate, same-fact or rollup", () => {
    const report = check([
      ["", "某中心A", "10"],
      ["其他运转类", "2024年机关运行经费", "10"],
      ["", "某中心B", "20"],
      ["其他运转类", "2024年机关运行经费", "20"],
    ]);
    expect(serious(report.findings)).toEqual([]);
    expect(report.coverage.notUnderstood).toBeGreaterThan(0);
  });

  it("one heading restating the total: its projects checked, a wrong total caught", () => {
    const rows = (total: string) => [
      ["", "合计", total],
      ["", "某中心A", "15.00"],
      ["其他运转类", "2024年机关运行经费", "5.00"],
      ["特定目标类", "2024年农技推广", "10.00"],
    ];
    expect(serious(check(rows("15.00")).findings)).toEqual([]);
    // 16.00: the heading no longer restates the total, so it is read as a project: still caught.
    expect(serious(check(rows("16.00")).findings)).toContain("rollup error projects total total");
  });
});

describe("a 单位 document whose table prints the unit's name (no code) over all its rows", () => {
  const table = (pest: string): PrintedTable => ({
    title: "某县动物疫病预防控制中心2024年部门支出总表",
    unit: "万元",
    headers: [
      "科目编码/类",
      "科目编码/款",
      "科目编码/项",
      "科目名称",
      "合计",
      "基本支出",
      "项目支出",
    ],
    rows: [
      ["", "", "", "合计", "25.00", "20.00", "5.00"],
      ["某县动物疫病预防控制中心", "", "", "", "25.00", "20.00", "5.00"],
      ["213", "", "", "农林水支出", "25.00", "20.00", "5.00"],
      ["213", "01", "", "农业农村", "25.00", "20.00", "5.00"],
      ["213", "01", "04", "事业运行", "20.00", "20.00", ""],
      ["213", "01", "08", "病虫害控制", pest, "", pest],
    ],
  });
  const check = (pest: string) => {
    const unit = { name: "某县动物疫病预防控制中心", unitType: "事业" as const };
    const r = readPrintedTable(table(pest), {
      template: nationalMinimum,
      catalog: catalog2024.functional,
      units: [unit],
    });
    const d: Disclosure = {
      meta: {
        year: 2024,
        documentKind: "单位",
        template: "nationalMinimum",
        department: { name: unit.name },
        units: [unit],
      },
      tables: r.table === undefined ? [] : [r.table],
      texts: [],
    };
    return checkDisclosure(d, { profile: nationalProfile, template: nationalMinimum });
  };

  it("its rows are checked, clean, every cell understood", () => {
    const report = check("5.00");
    expect(serious(report.findings)).toEqual([]);
    expect(report.outcomes.find((o) => o.ruleId === "rollup")?.outcome).toBe("pass");
    expect(report.coverage.notUnderstood).toBe(0);
  });

  it("a wrong figure among its rows is caught", () => {
    expect(serious(check("6.00").findings)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(rollup|nature) error expenditure /u)]),
    );
  });
});
