import { describe, expect, it } from "vitest";
import {
  type Disclosure,
  disclosureBuilder,
  type Table,
  validateDisclosure,
} from "../src/disclosure";
import { checkDisclosure, henan2024Profile, RULES, renderFinding } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

/**
 * A 部门预算 that also binds a unit's own 单位预算 tables after the department's: a second table
 * of a kind already bound, with the unit's (smaller) figures. It is set aside, said so (usage,
 * insufficient data), counted in the coverage, and compared with nothing.
 */
const { disclosure } = fixtureDisclosure(henan2024Fixture, henan2024);
const check = (d: Disclosure) =>
  checkDisclosure(d, { profile: henan2024Profile, template: henan2024 });
const withTables = (...more: Table[]): Disclosure => ({
  ...disclosure,
  tables: [...disclosure.tables, ...more],
});
const kindOf = (kind: string) => disclosure.tables.find((t) => t.kind === kind) as Table;

/** A unit's 三公 table: all zeros. */
const unitSanGong: Table = {
  kind: "sanGong",
  unit: "万元",
  title: "中共洛阳市涧西区委政策研究中心2024年一般公共预算“三公”经费预算表",
  rows: [
    {
      key: { kind: "single" },
      cells: {
        total: "0.00",
        abroad: "0.00",
        vehicles: "0.00",
        "vehicles.purchase": "0.00",
        "vehicles.operation": "0.00",
        reception: "0.00",
      },
    },
  ],
};
/** A unit's 一般公共预算支出表: its own total and one 项 row (40.00). */
const unitGpb: Table = {
  kind: "gpbExpenditure",
  unit: "万元",
  title: "某事业单位2024年一般公共预算支出预算表",
  rows: [
    { key: { kind: "total" }, cells: { total: "40.00", basic: "40.00" } },
    { key: { kind: "functional", code: "2013150" }, cells: { total: "40.00", basic: "40.00" } },
  ],
};
/** A second 项目支出表 without a title, one project of 5.00. */
const unitProjects: Table = {
  kind: "projects",
  unit: "万元",
  rows: [
    { key: { kind: "total" }, cells: { total: "5.00", gpb: "5.00" } },
    {
      key: { kind: "project", name: "2024年政策研究经费" },
      cells: { type: "其他运转类", total: "5.00", gpb: "5.00" },
    },
  ],
};

/** The findings above info, and the tables set aside (tables.repeated, info: the library's gap). */
const notInfo = (d: Disclosure) =>
  check(d).findings.filter((f) => f.severity !== "info" || f.ruleId === "tables.repeated");

describe("a second table of a kind already bound", () => {
  it("the department alone: nothing set aside, tables.repeated passes", () => {
    const report = check(disclosure);
    expect(report.outcomes.find((o) => o.ruleId === "tables.repeated")?.outcome).toBe("pass");
    expect(
      report.coverage.tables.some((t) => t.gaps.some((g) => g.code === "repeated-table")),
    ).toBe(false);
  });

  it.each([
    ["a unit's 三公 table of zeros", unitSanGong, 6],
    ["a unit's 一般公共预算支出表", unitGpb, 4],
    ["a second 项目支出表 without a title", unitProjects, 5],
  ])("%s: set aside, said once, never compared", (_, table, cells) => {
    const report = check(withTables(table));
    // Nothing above info: a table set aside is the library's gap, not the document's fault.
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const found = report.findings.filter((f) => f.ruleId === "tables.repeated");
    expect(found.map((f) => f.severity)).toEqual(["info"]);
    const f = found[0];
    expect(f?.outcome).toBe("insufficient-data");
    expect(f?.path?.table).toBe(table.kind);
    expect(f?.params.index).toBe(disclosure.tables.length + 1);
    expect(f?.params.first).toBe(disclosure.tables.indexOf(kindOf(table.kind)) + 1);
    expect(report.outcomes.find((o) => o.ruleId === "tables.repeated")?.outcome).toBe(
      "insufficient-data",
    );
    const gaps = report.coverage.tables.flatMap((t) => t.gaps);
    expect(gaps.filter((g) => g.code === "repeated-table")).toEqual([
      {
        code: "repeated-table",
        table: table.kind,
        first: disclosure.tables.indexOf(kindOf(table.kind)),
        cells,
      },
    ]);
    // None of its cells is listed as unconstrained: it is not read at all.
    expect(report.unconstrained.some((c) => c.raw === "40.00" && c.table === table.kind)).toBe(
      false,
    );
  });

  it("names the table and its title in Chinese and English", () => {
    const f = notInfo(withTables(unitSanGong))[0];
    if (f === undefined) throw new Error("no finding");
    const zh = renderFinding(f, RULES, "zh-CN", henan2024);
    const en = renderFinding(f, RULES, "en", henan2024);
    expect(zh).toContain(`第 ${disclosure.tables.length + 1} 张表`);
    expect(zh).toContain(unitSanGong.title);
    expect(zh).toContain("未检查");
    expect(en).toContain(`Table ${disclosure.tables.length + 1}`);
    expect(en).toContain("not");
  });

  it("two repeats: each said, the first table still checked (a wrong 三公 total found)", () => {
    const sanGong = kindOf("sanGong");
    const wrong: Table = {
      ...sanGong,
      rows: sanGong.rows.map((r) => ({ ...r, cells: { ...r.cells, total: "6.60" } })),
    };
    const d: Disclosure = {
      ...disclosure,
      tables: [...disclosure.tables.map((t) => (t === sanGong ? wrong : t)), unitSanGong, unitGpb],
    };
    const ids = notInfo(d).map((f) => f.ruleId);
    expect(ids.filter((id) => id === "tables.repeated")).toHaveLength(2);
    expect(ids).toContain("sanGong.sum");
    // No error cites the set-aside tables' zeros.
    expect(
      notInfo(d).some((f) => f.evidence.some((e) => e.sources.some((s) => s.raw === "0.00"))),
    ).toBe(false);
  });
});

describe("validateDisclosure agrees: a unit's table after the department's is no error", () => {
  it.each([
    ["a unit's 三公 table of zeros", [unitSanGong]],
    ["a unit's 一般公共预算支出表 and 项目支出表", [unitGpb, unitProjects]],
  ])("%s: a duplicate-table warning per repeat, the document valid", (_, more) => {
    const r = validateDisclosure(withTables(...more), henan2024);
    expect(r.ok).toBe(true);
    expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
    const repeats = r.problems.filter((p) => p.code === "duplicate-table");
    expect(repeats.map((p) => p.severity)).toEqual(more.map(() => "warning"));
    expect(repeats.map((p) => p.path)).toEqual(
      more.map((_, i) => ["tables", disclosure.tables.length + i]),
    );
  });

  it("a builder binds such a table and builds", () => {
    let b = disclosureBuilder(henan2024, disclosure.meta);
    for (const t of [...disclosure.tables, unitSanGong]) b = b.table(t);
    const r = b.build();
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => [p.code, p.severity])).toContainEqual([
      "duplicate-table",
      "warning",
    ]);
  });
});
