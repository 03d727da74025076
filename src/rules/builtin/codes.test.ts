import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../catalog/2024";
import { type DisclosureMeta, type Table, tableBuilder, type UnitType } from "../../disclosure";
import { henan2024 } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile, RULES } from "../profiles";
import { renderFinding } from "../render";
import { findings, one, only, outcome } from "../test-support";

/** The rules this file checks: each check runs these alone. */
const IDS = ["code.known", "code.name", "code.nameConsistent", "econ.mapping"] as const;

/**
 * The catalog rules (code.known, code.name, code.nameConsistent, econ.mapping) against the
 * built-in 2024 catalogs: 支出功能分类 (类 complete, 款 / 项 partial), 部门 and 政府 经济分类 (complete)
 * and the 部门 → 政府 mapping by unit kind.
 */

const meta = (unitType: UnitType = "行政"): DisclosureMeta => ({
  year: 2024,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units: [{ name: "某单位", unitType }],
});

const check = (tables: Table[], options: { catalog?: boolean; unitType?: UnitType } = {}) =>
  checkDisclosure(
    { meta: meta(options.unitType), tables, texts: [] },
    {
      profile: only(henan2024Profile, ...IDS),
      template: henan2024,
      ...(options.catalog === false ? {} : { catalog: catalog2024 }),
    },
  );

const functional = (rows: [string, string][], kind = "expenditure"): Table =>
  rows
    .reduce(
      (b, [code, name]) => b.functional(code, name, { total: "1.00" }),
      tableBuilder(henan2024, kind),
    )
    .build().value;

const economic = (rows: [string, string | undefined, string][]): Table =>
  rows
    .reduce(
      (b, [econ, gov, name]) => b.economic(econ, gov, name, { total: "1.00" }),
      tableBuilder(henan2024, "gpbBasic"),
    )
    .build().value;

describe("code.known (printed codes exist in the catalog)", () => {
  it("passes when every code is in the catalog", () => {
    const r = check([
      functional([["2013101", "行政运行"]]),
      economic([["30201", "50201", "办公费"]]),
    ]);
    expect(outcome(r, "code.known")).toBe("pass");
    expect(findings(r, "code.known")).toEqual([]);
  });

  it("reports an unknown 部门经济分类 款 (complete coverage) as an error at its row", () => {
    const r = check([economic([["30298", undefined, "其他"]])]);
    expect(outcome(r, "code.known")).toBe("fail");
    const f = one(r, "code.known");
    expect(f.severity).toBe("error");
    expect(f.path).toEqual({
      table: "gpbBasic",
      row: "economic:30298",
      column: "econ.name",
      raw: "其他", // the printed name in the name column
    });
    expect(f.params).toMatchObject({ code: "30298", system: "departmental", coverage: "complete" });
  });

  it("reports an unknown 功能分类 类 (complete) as an error", () => {
    const f = one(check([functional([["299", "其他"]])]), "code.known");
    expect(f.severity).toBe("error");
    expect(f.params).toMatchObject({ code: "299", system: "functional", coverage: "complete" });
  });

  it("reports an unknown 功能分类 项 (partial catalog) at info only: unverified, not wrong", () => {
    const r = check([functional([["2013104", "某事务"]])]);
    expect(outcome(r, "code.known")).toBe("pass");
    const f = one(r, "code.known");
    expect(f.severity).toBe("info");
    expect(f.params.coverage).toBe("partial");
    expect(f.path).toMatchObject({ table: "expenditure", row: "functional:2013104" });
  });

  it("reports an unknown 政府经济分类 款 as an error", () => {
    const f = one(check([economic([["30201", "50298", "办公费"]])]), "code.known");
    expect(f.severity).toBe("error");
    expect(f.params).toMatchObject({ code: "50298", system: "government" });
  });

  // the row is cited by its row key (`economic:30201/50298`), as every fact source is
  it("cites the row of a paired economic code by its row key", () => {
    const f = one(check([economic([["30201", "50298", "办公费"]])]), "code.known");
    expect(f.path?.row).toBe("economic:30201/50298");
  });

  it("is not applicable without a catalog", () => {
    const r = check([economic([["30298", undefined, "其他"]])], { catalog: false });
    expect(outcome(r, "code.known")).toBe("not-applicable");
    expect(findings(r, "code.known")).toEqual([]);
  });
});

describe("code.name (printed names agree with the catalog)", () => {
  it("passes when the names are the catalog's", () => {
    const r = check([
      functional([["2013101", "行政运行"]]),
      economic([["30217", "50206", "公务接待费"]]),
    ]);
    expect(outcome(r, "code.name")).toBe("pass");
    expect(findings(r, "code.name")).toEqual([]);
  });

  it("passes 科目 labels printed without their trailing 支出, as printers shorten them", () => {
    // Other printers' 收支总表 and 支出表 labels: no alias in the catalog lists these forms.
    const r = check([
      functional([
        ["213", "十三、农林水"],
        ["209", "九、社会保险基金"],
        ["221", "二十一、住房保障"],
        ["229", "二十九、其他"],
        ["2080505", "机关事业单位基本养老保险缴费"],
      ]),
    ]);
    expect(findings(r, "code.name")).toEqual([]);
    expect(outcome(r, "code.name")).toBe("pass");
    // A name that is not the catalog's, shortened or not, is still warned.
    const wrong = check([functional([["213", "十三、农林"]])]);
    expect(one(wrong, "code.name").params).toMatchObject({ code: "213", expected: "农林水支出" });
  });

  it("warns when 30202 is printed 咨询费 (the catalog's 30202 is 印刷费)", () => {
    const r = check([economic([["30202", undefined, "咨询费"]])]);
    expect(outcome(r, "code.name")).toBe("fail");
    const f = one(r, "code.name");
    expect(f.severity).toBe("warning");
    expect(f.params).toMatchObject({
      code: "30202",
      name: "咨询费",
      expected: "印刷费",
      kind: "mismatch",
    });
    expect(f.path).toMatchObject({ table: "gpbBasic", row: "economic:30202" });
  });

  it("notes a former name (210 医疗卫生与计划生育支出, until 2018) at info", () => {
    const r = check([functional([["210", "医疗卫生与计划生育支出"]])]);
    expect(outcome(r, "code.name")).toBe("pass");
    const f = one(r, "code.name");
    expect(f.severity).toBe("info");
    expect(f.params).toMatchObject({ kind: "alias", expected: "卫生健康支出" });
  });

  it("reads a name cell of spaces (half- or full-width) as no name: nothing to compare, no warning", () => {
    const r = check([
      functional([
        ["2013101", "  "],
        ["2013102", "\u3000"],
      ]),
    ]);
    expect(findings(r, "code.name")).toEqual([]);
    expect(outcome(r, "code.name")).toBe("not-applicable");
    expect(findings(r, "code.nameConsistent")).toEqual([]);
  });

  it("is not applicable without a catalog", () => {
    const r = check([economic([["30202", undefined, "咨询费"]])], { catalog: false });
    expect(outcome(r, "code.name")).toBe("not-applicable");
  });
});

describe("code.nameConsistent (one code, one name in a disclosure)", () => {
  it("passes when a code keeps its name (a trailing 支出 does not count)", () => {
    const r = check(
      [
        functional([["201", "一般公共服务支出"]]),
        functional([["201", "一般公共服务"]], "gpbExpenditure"),
      ],
      { catalog: false },
    );
    expect(outcome(r, "code.nameConsistent")).toBe("pass");
    expect(findings(r, "code.nameConsistent")).toEqual([]);
  });

  it("lets only a trailing 支出 go: one inside the name still makes two names", () => {
    const r = check([
      functional([["2013101", "行政运行"]]),
      functional([["2013101", "行政支出运行"]], "gpbExpenditure"),
    ]);
    expect(findings(r, "code.nameConsistent")).toHaveLength(1);
  });

  it("warns when 210 is printed with two names, at the second, naming the first", () => {
    const r = check(
      [
        functional([["210", "卫生健康支出"]]),
        functional([["210", "医疗卫生与计划生育支出"]], "gpbExpenditure"),
      ],
      { catalog: false },
    );
    expect(outcome(r, "code.nameConsistent")).toBe("fail");
    const f = one(r, "code.nameConsistent");
    expect(f.severity).toBe("warning");
    expect(f.params).toMatchObject({
      code: "210",
      name: "医疗卫生与计划生育支出",
      other: "卫生健康支出",
    });
    expect(f.path).toMatchObject({ table: "gpbExpenditure", row: "functional:210" });
  });

  it("takes the tables in the template's order, whatever order the document binds them in", () => {
    // 支出总表 (03) comes before 一般公共预算支出表 (05) in the Henan template: bound the other way
    // round, the second-named table is still the 05 one, and the finding is the same.
    const expenditure = functional([["210", "卫生健康支出"]]);
    const gpb = functional([["210", "医疗卫生与计划生育支出"]], "gpbExpenditure");
    for (const tables of [
      [expenditure, gpb],
      [gpb, expenditure],
    ]) {
      const f = one(check(tables, { catalog: false }), "code.nameConsistent");
      expect(f.path).toMatchObject({ table: "gpbExpenditure", row: "functional:210" });
      expect(f.params).toMatchObject({ name: "医疗卫生与计划生育支出", other: "卫生健康支出" });
    }
  });

  it("is not applicable without named code rows", () => {
    const t = tableBuilder(henan2024, "expenditure").total({ total: "1.00" }).build().value;
    expect(outcome(check([t]), "code.nameConsistent")).toBe("not-applicable");
  });
});

describe("econ.mapping (部门 → 政府 经济分类 pairs by unit kind)", () => {
  it("passes 30217 → 50206 for a 行政 unit (机关)", () => {
    const r = check([economic([["30217", "50206", "公务接待费"]])]);
    expect(outcome(r, "econ.mapping")).toBe("pass");
    expect(findings(r, "econ.mapping")).toEqual([]);
  });

  it("warns on 30217 → 50502 for a 行政 unit, naming the allowed 50206", () => {
    const r = check([economic([["30217", "50502", "公务接待费"]])]);
    expect(outcome(r, "econ.mapping")).toBe("fail");
    const f = one(r, "econ.mapping");
    expect(f.severity).toBe("warning");
    expect(f.params).toMatchObject({
      kind: "mismatch",
      code: "30217",
      gov: "50502",
      unitKinds: "机关",
      allowed: "50206",
    });
    expect(f.path).toEqual({
      table: "gpbBasic",
      row: "economic:30217/50502",
      column: "gov",
      raw: "50502",
    });
  });

  it("passes the same 30217 → 50502 for a 事业 unit (302 → 50502)", () => {
    const r = check([economic([["30217", "50502", "公务接待费"]])], { unitType: "事业" });
    expect(outcome(r, "econ.mapping")).toBe("pass");
  });

  describe("when the unit kinds are not printed (issue 7 point 5)", () => {
    const unknownKind = (meta: Partial<DisclosureMeta>) =>
      checkDisclosure(
        {
          meta: { ...meta_(), ...meta },
          tables: [economic([["30217", "50502", "公务接待费"]])],
          texts: [],
        },
        { profile: only(henan2024Profile, ...IDS), template: henan2024, catalog: catalog2024 },
      );
    const meta_ = (): DisclosureMeta => ({ ...meta(), units: [{ name: "某单位" }] });

    it("does not guess 机关: 30217 → 50502 is allowed for 事业单位 only, so it is not checked", () => {
      const r = unknownKind({});
      expect(outcome(r, "econ.mapping")).toBe("insufficient-data");
      const f = one(r, "econ.mapping");
      expect([f.severity, f.outcome]).toEqual(["info", "insufficient-data"]);
      expect(f.params).toMatchObject({ kind: "unitKindUnknown", allowedFor: "事业单位" });
      expect(renderFinding(f, RULES, "zh-CN", henan2024)).toContain(
        "只适用于事业单位，而披露未说明各单位类型，无法核实",
      );
      expect(renderFinding(f, RULES, "en", henan2024)).toContain("not checked");
    });

    it("treats an empty unit list as unknown too", () => {
      expect(outcome(unknownKind({ units: [] }), "econ.mapping")).toBe("insufficient-data");
    });

    it("decides from printed counts: 行政 1 and no 事业 unit makes 50502 a mismatch again", () => {
      const r = unknownKind({ unitCounts: { 行政: 1 } });
      expect(outcome(r, "econ.mapping")).toBe("fail");
      expect(one(r, "econ.mapping").params).toMatchObject({ kind: "mismatch", unitKinds: "机关" });
      expect(outcome(unknownKind({ unitCounts: { 行政: 1, 事业: 4 } }), "econ.mapping")).toBe(
        "pass",
      );
    });

    it("still fails a pair no kind allows (30217 → 50101)", () => {
      const r = checkDisclosure(
        {
          meta: meta_(),
          tables: [economic([["30217", "50101", "公务接待费"]])],
          texts: [],
        },
        { profile: only(henan2024Profile, ...IDS), template: henan2024, catalog: catalog2024 },
      );
      expect(outcome(r, "econ.mapping")).toBe("fail");
      expect(one(r, "econ.mapping").params).toMatchObject({
        kind: "mismatch",
        unitKinds: "机关/事业单位",
      });
    });
  });

  it("notes a code the mapping has no rule for (39909) at info", () => {
    const r = check([economic([["39909", "59999", "经常性赠与"]])]);
    expect(outcome(r, "econ.mapping")).toBe("pass");
    const f = one(r, "econ.mapping");
    expect([f.severity, f.params.kind]).toEqual(["info", "unknown"]);
  });

  it("is not applicable without a catalog or without printed pairs", () => {
    expect(
      outcome(
        check([economic([["30217", "50502", "公务接待费"]])], { catalog: false }),
        "econ.mapping",
      ),
    ).toBe("not-applicable");
    expect(outcome(check([economic([["30217", undefined, "公务接待费"]])]), "econ.mapping")).toBe(
      "not-applicable",
    );
  });
});
