import { describe, expect, it } from "vitest";
import { type DisclosureMeta, type Table, tableBuilder } from "../../disclosure";
import { henan2024 } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile, RULES } from "../profiles";
import { renderFinding } from "../render";
import { cited, numbers, one, only, outcome } from "../test-support";

/**
 * projectSplit (I11) when the 支出经济分类汇总表 is printed in unit blocks (the department's
 * total, then each unit with its 款 rows) instead of one row per 款: each 款 is summed over the
 * units and compared with the merged 基本支出 table, when the units' rows add up to the table's
 * total; otherwise the rule says it could not compare (it was not applicable, silently).
 */

const meta: DisclosureMeta = {
  year: 2024,
  documentKind: "部门",
  template: "henan2024",
  department: { name: "某部门", code: "116" },
  units: [
    { code: "116001", name: "甲单位", unitType: "行政" },
    { code: "116002", name: "乙单位", unitType: "事业" },
  ],
};

const check = (tables: Table[]) =>
  checkDisclosure(
    { meta, tables, texts: [] },
    { profile: only(henan2024Profile, "projectSplit"), template: henan2024 },
  );

/**
 * 甲: 30201 10.00, 30101 5.00 (15.00); 乙: 30201 4.00, 30101 8.00 (12.00); total 27.00. The
 * department's row (116) repeats the total; `withDepartmentRows` prints its 款 too (a block that
 * repeats the units': left out of the sums).
 */
function perUnit(options: { drop30101Of乙?: boolean; withDepartmentRows?: boolean } = {}): Table {
  let b = tableBuilder(henan2024, "economicSummary")
    .total({ total: "27.00" })
    .org("116", "某部门", { total: "27.00" });
  if (options.withDepartmentRows)
    b = b.row("30201", { total: "14.00" }, "办公费").row("30101", { total: "13.00" }, "基本工资");
  b = b
    .org("116001", "甲单位", { total: "15.00" })
    .row("30201", { total: "10.00" }, "办公费")
    .row("30101", { total: "5.00" }, "基本工资")
    .org("116002", "乙单位", { total: "12.00" })
    .row("30201", { total: "4.00" }, "办公费");
  if (!options.drop30101Of乙) b = b.row("30101", { total: "8.00" }, "基本工资");
  return b.build().value;
}

/** The merged 一般公共预算基本支出表: 30201 and 30101 at `office` and 13.00. */
const basic = (office: string): Table =>
  tableBuilder(henan2024, "gpbBasic")
    .row("30201", { total: office }, "办公费")
    .row("30101", { total: "13.00" }, "基本工资")
    .build().value;

describe("projectSplit on a 支出经济分类汇总表 printed per unit", () => {
  it("passes when each 款's units cover its basic spending (30201: 10.00 + 4.00 ≥ 12.00; 30101: 5.00 + 8.00 ≥ 13.00)", () => {
    const r = check([perUnit(), basic("12.00")]);
    expect(outcome(r, "projectSplit")).toBe("pass");
    expect(r.findings).toEqual([]);
  });

  it("fails when basic 30201 (15.00) exceeds its units' 10.00 + 4.00 = 14.00, citing both", () => {
    const f = one(check([perUnit(), basic("15.00")]), "projectSplit");
    expect(f.severity).toBe("error");
    expect(numbers(f)).toEqual(["14.00", "15.00", "1.00", "万元"]);
    expect(cited(f)).toEqual([
      "gpbBasic|economic:30201|total",
      "economicSummary|org:116001/economic:30201|total",
      "economicSummary|org:116002/economic:30201|total",
    ]);
  });

  it("takes the department's own 款 rows when printed, not adding the units' again (14.00, not 28.00: 15.00 still fails)", () => {
    const r = check([perUnit({ withDepartmentRows: true }), basic("15.00")]);
    expect(outcome(r, "projectSplit")).toBe("fail");
    expect(numbers(one(r, "projectSplit"))).toEqual(["14.00", "15.00", "1.00", "万元"]);
  });

  it("does not compare when the units' rows miss part of the total (乙 without 30101: 19.00 ≠ 27.00)", () => {
    // 30101 would be 5.00 < basic 13.00 if the incomplete block were summed: no such error
    const r = check([perUnit({ drop30101Of乙: true }), basic("12.00")]);
    expect(outcome(r, "projectSplit")).toBe("insufficient-data");
    const f = one(r, "projectSplit");
    expect([f.severity, f.outcome]).toEqual(["info", "insufficient-data"]);
    expect(f.path).toMatchObject({ table: "economicSummary", row: "total", column: "total" });
    expect(renderFinding(f, RULES, "en", henan2024)).toContain(
      "printed per unit, its units do not add up to its total",
    );
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toContain("各单位之和与表的合计不符");
  });
});
