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
import { readPrintedTable } from "../../src/printed";
import type { PrintedTable } from "../../src/printed/types";
import { nationalMinimum } from "../../src/templates";
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
