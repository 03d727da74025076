import { describe, expect, it } from "vitest";
import { type Disclosure, type Row, tableBuilder } from "../src/disclosure";
import { governmentOperatingCost } from "../src/measures";
import { checkDisclosure, henan2024Profile, shanghaiProfile } from "../src/rules";
import { henan2024, shanghai } from "../src/templates";

/** A 部门 document with two units, each listing 2013101: rows belong to the unit printed above. */
const row = (key: Row["key"], total: string, basic: string, project: string): Row => ({
  key,
  cells: { total, basic, project },
});
const disclosure = (unitBTotal: string): Disclosure => ({
  meta: {
    year: 2024,
    documentKind: "部门",
    template: "henan2024",
    department: { code: "116", name: "某部门" },
    units: [
      { code: "116001", name: "甲", unitType: "行政" },
      { code: "116002", name: "乙", unitType: "事业" },
    ],
  },
  tables: [
    {
      kind: "expenditure",
      unit: "万元",
      rows: [
        row({ kind: "total" }, "30.00", "20.00", "10.00"),
        row({ kind: "org", code: "116" }, "30.00", "20.00", "10.00"),
        row({ kind: "org", code: "116001" }, "10.00", "10.00", ""),
        row({ kind: "functional", code: "2013101" }, "10.00", "10.00", ""),
        row({ kind: "org", code: "116002" }, unitBTotal, "10.00", "10.00"),
        row({ kind: "functional", code: "2013101" }, "20.00", "10.00", "10.00"),
      ],
    },
  ],
  texts: [],
});
const check = (d: Disclosure) =>
  checkDisclosure(d, { profile: henan2024Profile, template: henan2024 });

describe("a department with several units", () => {
  it("keeps the same code under two units apart: no duplicate, sums per unit and for the department", () => {
    const report = check(disclosure("20.00"));
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(report.outcomes.find((o) => o.ruleId === "rollup")?.outcome).toBe("pass");
  });

  it("finds a unit row that disagrees with its own rows, citing the unit's row", () => {
    const report = check(disclosure("21.00"));
    const rollups = report.findings.filter((f) => f.ruleId === "rollup" && f.severity === "error");
    expect(rollups.some((f) => f.path?.row === "org:116002")).toBe(true);
    expect(
      rollups.some((f) =>
        f.evidence.some((e) => e.sources.some((s) => s.row === "org:116002/functional:2013101")),
      ),
    ).toBe(true);
  });
});

describe("a unit's row printed again", () => {
  const withRows = (extra: Row[]): Disclosure => {
    const d = disclosure("20.00");
    const [t] = d.tables;
    return {
      ...d,
      tables: [{ ...(t as Disclosure["tables"][number]), rows: [...(t?.rows ?? []), ...extra] }],
    };
  };
  const duplicates = (d: Disclosure) =>
    check(d)
      .findings.filter((f) => f.ruleId === "rows.duplicate")
      .map((f) => f.path?.row);

  it("after its own rows (its 小计): no duplicate, counted once in the department's sums", () => {
    const report = check(
      withRows([row({ kind: "org", code: "116002" }, "20.00", "10.00", "10.00")]),
    );
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(
      duplicates(withRows([row({ kind: "org", code: "116002" }, "20.00", "10.00", "10.00")])),
    ).toEqual([]);
  });

  it("after another unit's rows: still a duplicate", () => {
    expect(
      duplicates(withRows([row({ kind: "org", code: "116001" }, "10.00", "10.00", "")])),
    ).toEqual(["org:116001"]);
  });

  it("after its own rows with another figure: the two disagree", () => {
    const report = check(
      withRows([row({ kind: "org", code: "116002" }, "21.00", "10.00", "10.00")]),
    );
    expect(
      report.findings.some((f) => f.severity === "error" && f.path?.row === "org:116002"),
    ).toBe(true);
  });
});

/**
 * Issue 10 point 2 / issue 7 point 5: a 部门 of 6 units (1 行政, 1 参公, 4 事业). It prints 公用经费
 * for all units but 机关运行经费 only for the 行政 and 参公 ones, so the check is an upper bound,
 * exact only where each unit's figures are printed, and insufficient data where kinds are unknown.
 *
 * Figures (元): 公用经费 by unit 行政 80,000, 参公 40,000, 事业 4 × 45,000 = 180,000: 300,000 in all;
 * 机关运行经费 = 80,000 + 40,000 = 120,000 = 12.00万元.
 */
describe("a 6-unit department: 机关运行经费 by unit kind", () => {
  const KINDS = ["行政", "参公", "事业", "事业", "事业", "事业"] as const;
  const units = KINDS.map((unitType, i) => ({
    code: `20000${i + 1}`,
    name: `单位${i + 1}`,
    unitType,
  }));
  const department = { code: "200", name: "某局" };
  const shMeta = (u: Disclosure["meta"]["units"], extra: Partial<Disclosure["meta"]> = {}) => ({
    year: 2025,
    documentKind: "部门" as const,
    template: "shanghai",
    department,
    units: u,
    ...extra,
  });
  /** Shanghai prints the department's 基本支出 by code and the 机关运行经费 in 万元. */
  const shanghaiTables = (operating: string): Disclosure["tables"] => [
    tableBuilder(shanghai, "gpbBasic")
      .total({ total: "300,000", public: "300,000" })
      .row("302", { total: "300,000", public: "300,000" }, "商品和服务支出")
      .row("30201", { total: "300,000", public: "300,000" }, "办公费")
      .build().value,
    tableBuilder(shanghai, "sanGongAndOperating").single({ operatingCost: operating }).build()
      .value,
  ];
  const checkShanghai = (meta: Disclosure["meta"], operating = "12.00") =>
    checkDisclosure(
      { meta, tables: shanghaiTables(operating), texts: [] },
      { profile: shanghaiProfile, template: shanghai },
    );
  const oc = (r: ReturnType<typeof checkShanghai>) =>
    r.outcomes.find((o) => o.ruleId === "operatingCost.definition")?.outcome;
  const serious = (r: ReturnType<typeof checkShanghai>) =>
    r.findings.filter((f) => f.severity !== "info");

  it("kinds known, department figures only: an upper bound (12.00万元 ≤ 300,000元), no error", () => {
    const r = checkShanghai(shMeta(units));
    expect(serious(r)).toEqual([]);
    expect(oc(r)).toBe("pass");
  });

  it("counts only (行政 1, 参公 1, 事业 4): the same upper bound, no error", () => {
    const unnamed = units.map(({ unitType: _k, ...u }) => u);
    const r = checkShanghai(shMeta(unnamed, { unitCounts: { 行政: 1, 参公: 1, 事业: 4 } }));
    expect(serious(r)).toEqual([]);
    expect(oc(r)).toBe("pass");
  });

  it("kinds unknown: insufficient data, not a guess; yet above all units' 公用经费 is certainly wrong", () => {
    const unnamed = units.map(({ unitType: _k, ...u }) => u);
    const r = checkShanghai(shMeta(unnamed));
    expect(serious(r)).toEqual([]);
    expect(oc(r)).toBe("insufficient-data");
    expect(r.findings.find((f) => f.ruleId === "operatingCost.definition")?.params).toEqual({
      relation: "atMost",
      reason: "unit-kinds-unknown",
    });
    const over = checkShanghai(shMeta(unnamed), "35.00");
    const f = over.findings.find((x) => x.ruleId === "operatingCost.definition");
    expect([f?.severity, f?.params.relation, f?.expected, f?.actual]).toEqual([
      "error",
      "atMost",
      "300000",
      "350000",
    ]);
  });

  it("before the fix this department was a false error; a 行政-only department is still exact", () => {
    // all six units 行政: 机关运行经费 must equal the 300,000 元, and 12.00万元 does not
    const allAdmin = units.map((u) => ({ ...u, unitType: "行政" as const }));
    const r = checkShanghai(shMeta(allAdmin));
    const f = r.findings.find((x) => x.ruleId === "operatingCost.definition");
    expect([f?.severity, f?.params.relation]).toEqual(["error", "equals"]);
  });

  /**
   * The Henan shapes print 一般公共预算 公用经费 per unit (预算05表: 商品和服务支出 and 资本性支出,
   * here blank): with Shanghai's definition, exact. A column not printed at all would be no zero.
   */
  const perUnitTables = (operating: string): Disclosure["tables"] => {
    const goods = ["80,000", "40,000", "45,000", "45,000", "45,000", "45,000"];
    const cells = (g: string) => ({ "basic.goods": g, "basic.capital": "" });
    const b = units.reduce(
      (t, u, i) => t.org(u.code, u.name, cells(goods[i] as string)),
      tableBuilder(henan2024, "gpbExpenditure", { unit: "元" })
        .total(cells("300,000"))
        .org(department.code, department.name, cells("300,000")),
    );
    return [
      b.build().value,
      tableBuilder(henan2024, "operatingCost").total({ total: operating }).build().value,
    ];
  };
  const exactProfile = {
    ...henan2024Profile,
    definitions: { ...henan2024Profile.definitions, operatingCost: governmentOperatingCost },
  };
  const checkPerUnit = (operating: string) =>
    checkDisclosure(
      {
        meta: { ...shMeta(units), template: "henan2024" },
        tables: perUnitTables(operating),
        texts: [],
      },
      { profile: exactProfile, template: henan2024 },
    );

  it("per-unit figures printed: exact, 12.00万元 = 80,000 + 40,000元", () => {
    const r = checkPerUnit("12.00");
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(r.outcomes.find((o) => o.ruleId === "operatingCost.definition")?.outcome).toBe("pass");
  });

  it("per-unit figures printed: 13.00万元 is an error against the exact 120,000元", () => {
    const f = checkPerUnit("13.00").findings.find((x) => x.ruleId === "operatingCost.definition");
    expect([f?.severity, f?.params.relation, f?.expected, f?.actual]).toEqual([
      "error",
      "equals",
      "120000",
      "130000",
    ]);
    // the 行政 and 参公 units' 302 and their blank 310
    expect(f?.evidence[1]?.sources.map((s) => `${s.row} ${s.column}`).sort()).toEqual([
      "org:200001 basic.capital",
      "org:200001 basic.goods",
      "org:200002 basic.capital",
      "org:200002 basic.goods",
    ]);
  });
});
