/**
 * A 部门's table by 科目 printing its units across with each unit's code in its column's header
 * (`116001 某县自然资源局机关`, `[116001]…`, `116001-…`, `…（116001）`), the caller naming the units:
 * read as each unit's section, as with plain names (`units-across.test.ts`); the caller naming no
 * units, by the printed codes, where the units' totals add up to the department's (none left
 * out). Before, each such column was an `unknown-header` and its figures unread (a wrong one
 * went unseen).
 */
import { describe, expect, it } from "vitest";
import { nationalProfile, type Profile } from "../rules";
import { nationalMinimum, type Template } from "../templates";
import { ACROSS_TEMPLATES, checkInDepartment } from "./test-support";
import type { PrintedTable } from "./types";

const UNITS = [
  { code: "116001", name: "某县自然资源局机关" },
  { code: "116002", name: "某县不动产登记中心" },
];

/** In 元. */
const ROWS = [
  ["", "合计", "1,100,000.00", "700,000.00", "400,000.00"],
  ["220", "自然资源海洋气象等支出", "1,100,000.00", "700,000.00", "400,000.00"],
  ["22001", "自然资源事务", "1,100,000.00", "700,000.00", "400,000.00"],
  ["2200101", "行政运行", "300,000.00", "300,000.00", ""],
  ["2200150", "事业运行", "800,000.00", "400,000.00", "400,000.00"],
];

const HEADS: readonly (readonly [string, (u: (typeof UNITS)[number]) => string])[] = [
  ["code, space, name", (u) => `${u.code} ${u.name}`],
  ["code in brackets", (u) => `[${u.code}]${u.name}`],
  ["code, dash, name", (u) => `${u.code}-${u.name}`],
  ["name, code in brackets after", (u) => `${u.name}（${u.code}）`],
];

const table = (heads: readonly string[], rows = ROWS): PrintedTable => ({
  title: "2025年部门支出总表",
  unit: "单位：元",
  headers: ["科目编码", "科目名称", "合计", ...heads],
  rows,
});

const TEMPLATES = ACROSS_TEMPLATES;

const check = (p: PrintedTable, template: Template, profile: Profile) =>
  checkInDepartment(p, template, profile, { name: "某县自然资源局", code: "116" }, UNITS);

const edit = (row: number, cell: number, value: string) =>
  ROWS.map((r, i) => (i === row ? r.map((c, j) => (j === cell ? value : c)) : r));

describe.each(TEMPLATES)("%s: units across under coded headers", (_, template, profile) => {
  describe.each(HEADS)("%s", (_h, head) => {
    const heads = UNITS.map(head);
    it("each unit's column read as its section, no warning, no finding", () => {
      const { r, findings } = check(table(heads), template, profile);
      expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
      const orgs = r.table?.rows.filter((row) => row.key.kind === "org") ?? [];
      expect(orgs.map((o) => [o.key, o.cells.total])).toEqual([
        [{ kind: "org", code: "116001" }, "700,000.00"],
        [{ kind: "org", code: "116002" }, "400,000.00"],
      ]);
      expect(findings).toEqual([]);
    });

    it.each([
      ["a unit's 科目 figure", 3, 3, "310,000.00"],
      ["a unit's total", 0, 4, "410,000.00"],
    ])("a wrong figure is caught: %s", (_what, row, cell, value) => {
      const p = table(heads, edit(row as number, cell as number, value as string));
      expect(check(p, template, profile).findings.length).toBeGreaterThan(0);
    });
  });
});

describe("a coded header naming no unit the caller gave is not read", () => {
  it.each([
    ["a code not given", ["116001 某县自然资源局机关", "116009 某县不动产登记中心"]],
    ["a name's code another unit's", ["116002 某县自然资源局机关", "116001 某县不动产登记中心"]],
  ])("%s: the columns stay unknown (coverage), no finding", (_what, heads) => {
    const { r, findings } = check(table(heads), nationalMinimum, nationalProfile);
    expect(r.problems.map((x) => x.code)).toContain("unknown-header");
    expect(r.table?.rows.some((row) => row.key.kind === "org")).toBe(false);
    expect(findings).toEqual([]);
  });
});

describe.each(TEMPLATES)("%s: coded headers, no units given", (_, template, profile) => {
  const read = (p: PrintedTable) =>
    checkInDepartment(p, template, profile, { name: "某县自然资源局" }, [], null);

  const coded = UNITS.map((u) => `[${u.code}]${u.name}`);

  it("read as each unit's section by its printed code, no warning, no finding", () => {
    const { r, findings } = read(table(coded));
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    const orgs = r.table?.rows.filter((row) => row.key.kind === "org") ?? [];
    expect(orgs.map((o) => [o.key, o.cells.total])).toEqual([
      [{ kind: "org", code: "116001" }, "700,000.00"],
      [{ kind: "org", code: "116002" }, "400,000.00"],
    ]);
    expect(findings).toEqual([]);
  });

  it("a unit's wrong 科目 figure is caught", () => {
    expect(read(table(coded, edit(3, 3, "310,000.00"))).findings.length).toBeGreaterThan(0);
  });

  it.each([
    ["a unit left out (the units' totals short of the department's)", [coded[0] as string]],
    ["a unit's name without its code", [coded[0] as string, "某县不动产登记中心"]],
    ["one code twice", [coded[0] as string, "[116001]某县不动产登记中心"]],
    ["the department's code heading its units'", ["116 某县自然资源局", coded[1] as string]],
  ])("%s: the columns stay unknown (coverage), no finding", (_what, heads) => {
    const rows = ROWS.map((r) => r.slice(0, 3 + heads.length));
    const { r, findings } = read(table(heads, rows));
    expect(r.problems.map((x) => x.code)).toContain("unknown-header");
    expect(r.table?.rows.some((row) => row.key.kind === "org")).toBe(false);
    expect(findings).toEqual([]);
  });

  it("a unit's total not adding up with the others': coverage (which is wrong is not told)", () => {
    const { r, findings } = read(table(coded, edit(0, 4, "410,000.00")));
    expect(r.table?.rows.some((row) => row.key.kind === "org")).toBe(false);
    expect(findings).toEqual([]);
  });
});
