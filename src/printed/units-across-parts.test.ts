/**
 * A 部门's table by 科目 printing its units across with several amounts each under a two-level
 * header (`合计/合计 | 合计/基本支出 | 合计/项目支出 | 某县自然资源局机关/合计 | …/基本支出 | …/项目支出`),
 * the caller naming the units: each unit's columns read as its section's, their keys the ones the
 * department's columns print. Before, each unit column was a `duplicate-header` and its figures
 * unread (a wrong one went unseen). A unit printing fewer parts than the department stays
 * unread (coverage): its section's blank parts would be held against the department's.
 */
import { describe, expect, it } from "vitest";
import type { Profile } from "../rules";
import type { Template } from "../templates";
import { ACROSS_TEMPLATES, checkInDepartment } from "./test-support";
import type { PrintedTable } from "./types";

const UNITS = [
  { code: "208001", name: "某市人力资源和社会保障局机关" },
  { code: "208002", name: "某市就业服务中心" },
];

const PARTS = ["合计", "基本支出", "项目支出"];

/** In 万元: the department's 合计 / 基本 / 项目, then each unit's. */
const ROWS = [
  [
    "",
    "合计",
    "960.00",
    "560.00",
    "400.00",
    "620.00",
    "420.00",
    "200.00",
    "340.00",
    "140.00",
    "200.00",
  ],
  [
    "208",
    "社会保障和就业支出",
    "960.00",
    "560.00",
    "400.00",
    "620.00",
    "420.00",
    "200.00",
    "340.00",
    "140.00",
    "200.00",
  ],
  [
    "20801",
    "人力资源和社会保障管理事务",
    "960.00",
    "560.00",
    "400.00",
    "620.00",
    "420.00",
    "200.00",
    "340.00",
    "140.00",
    "200.00",
  ],
  ["2080101", "行政运行", "420.00", "420.00", "", "420.00", "420.00", "", "", "", ""],
  ["2080109", "社会保险经办机构", "140.00", "140.00", "", "", "", "", "140.00", "140.00", ""],
  [
    "2080199",
    "其他人力资源和社会保障管理事务支出",
    "400.00",
    "",
    "400.00",
    "200.00",
    "",
    "200.00",
    "200.00",
    "",
    "200.00",
  ],
];

type Heads = (unit: string) => string[];
const LAYOUTS: readonly (readonly [string, string[], Heads])[] = [
  [
    "two levels, the department under 合计",
    PARTS.map((p) => `合计/${p}`),
    (u) => PARTS.map((p) => `${u}/${p}`),
  ],
  ["the department's parts on one level", PARTS, (u) => PARTS.map((p) => `${u}/${p}`)],
  [
    "coded unit headers, 小计 for the unit's total",
    PARTS.map((p) => `合计/${p}`),
    (u) => ["小计", "基本支出", "项目支出"].map((p) => `${u}/${p}`),
  ],
];

const unitHead = (u: (typeof UNITS)[number], coded: boolean) =>
  coded ? `${u.code} ${u.name}` : u.name;

const table = (dept: string[], heads: Heads, coded: boolean, rows = ROWS): PrintedTable => ({
  title: "2025年部门支出总表",
  unit: "单位：万元",
  headers: ["科目编码", "科目名称", ...dept, ...UNITS.flatMap((u) => heads(unitHead(u, coded)))],
  rows,
});

const TEMPLATES = ACROSS_TEMPLATES;

const check = (
  p: PrintedTable,
  template: Template,
  profile: Profile,
  units: typeof UNITS | null = UNITS,
) =>
  checkInDepartment(
    p,
    template,
    profile,
    { name: "某市人力资源和社会保障局", code: "208" },
    UNITS,
    units,
  );

const edit = (row: number, cell: number, value: string) =>
  ROWS.map((r, i) => (i === row ? r.map((c, j) => (j === cell ? value : c)) : r));

describe.each(TEMPLATES)("%s: units across, several amounts each", (_, template, profile) => {
  describe.each(LAYOUTS)("%s", (layout, dept, heads) => {
    const coded = layout.startsWith("coded");
    it("each unit's columns read as its section, no warning, no finding", () => {
      const { r, findings } = check(table(dept, heads, coded), template, profile);
      expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
      const orgs = r.table?.rows.filter((row) => row.key.kind === "org") ?? [];
      expect(orgs.map((o) => [o.key, o.cells.total, o.cells.basic, o.cells.project])).toEqual([
        [{ kind: "org", code: "208001" }, "620.00", "420.00", "200.00"],
        [{ kind: "org", code: "208002" }, "340.00", "140.00", "200.00"],
      ]);
      expect(findings).toEqual([]);
    });

    it.each([
      ["a unit's 基本支出 on a 科目 row", 4, 9, "150.00"],
      ["a unit's total", 0, 8, "350.00"],
      ["a unit's 项目支出 against the department's", 5, 7, "210.00"],
    ])("a wrong figure is caught: %s", (_what, row, cell, value) => {
      const p = table(dept, heads, coded, edit(row as number, cell as number, value as string));
      expect(check(p, template, profile).findings.length).toBeGreaterThan(0);
    });
  });
});

describe("units across printing fewer parts than the department: coverage", () => {
  const two = ["合计", "基本支出"];
  const rows = ROWS.map((r) => [...r.slice(0, 5), r[5] ?? "", r[6] ?? "", r[8] ?? "", r[9] ?? ""]);
  const p: PrintedTable = {
    ...table(PARTS, () => [], false),
    headers: [
      "科目编码",
      "科目名称",
      ...PARTS,
      ...UNITS.flatMap((u) => two.map((x) => `${u.name}/${x}`)),
    ],
    rows,
  };
  it.each(TEMPLATES)("%s: the units' columns unread, no finding", (_, template, profile) => {
    const { r, findings } = check(p, template, profile);
    expect(r.table?.rows.some((row) => row.key.kind === "org")).toBe(false);
    expect(r.problems.filter((x) => x.severity !== "info").length).toBeGreaterThan(0);
    expect(findings).toEqual([]);
  });
});

describe("without the caller's units: coverage, no finding", () => {
  it.each(TEMPLATES)("%s", (_, template, profile) => {
    const [, dept, heads] = LAYOUTS[0] as (typeof LAYOUTS)[number];
    const { r, findings } = check(table(dept, heads, false), template, profile, null);
    expect(r.table?.rows.some((row) => row.key.kind === "org")).toBe(false);
    expect(r.problems.filter((x) => x.severity !== "info").length).toBeGreaterThan(0);
    expect(findings).toEqual([]);
  });
});
