import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../catalog/2024";
import { type DisclosureMeta, type Table, tableBuilder, type UnitType } from "../../disclosure";
import { henan2024, shanghai } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile, nationalProfile, RULES, shanghaiProfile } from "../profiles";
import { renderFinding } from "../render";
import { cited, findings, numbers, one, only, outcome } from "../test-support";
import type { CheckOptions, CheckReport } from "../types";

/** The rules this file checks: each check runs these alone. */
const IDS = [
  "projectSplit",
  "sanGong.bound",
  "operatingCost.definition",
  "precision.truncated",
] as const;

/**
 * The inequality and definition rules (projectSplit, sanGong.bound, operatingCost.definition) on
 * small hand-built tables (ofWhich: of-which.test.ts). Expected values are worked out by hand in the comments.
 */

const meta = (unitType: UnitType = "行政", template = "henan2024"): DisclosureMeta => ({
  year: 2024,
  documentKind: "单位",
  template,
  department: { name: "某单位" },
  units: [{ name: "某单位", unitType }],
});

const HENAN: CheckOptions = { profile: only(henan2024Profile, ...IDS), template: henan2024 };

const check = (tables: Table[], options: CheckOptions = HENAN, m = meta()): CheckReport =>
  checkDisclosure({ meta: m, tables, texts: [] }, options);

/** A Henan 一般公共预算基本支出表 with economic rows `code → 合计`. */
const gpbBasic = (rows: Record<string, [string, string]>): Table =>
  Object.entries(rows)
    .reduce(
      (b, [code, [name, total]]) => b.row(code, { total }, name),
      tableBuilder(henan2024, "gpbBasic"),
    )
    .build().value;

const sanGong = (cells: Record<string, string>): Table =>
  tableBuilder(henan2024, "sanGong")
    .single({
      total: "6.50",
      abroad: "",
      vehicles: "4.00",
      "vehicles.purchase": "",
      "vehicles.operation": "4.00",
      reception: "2.50",
      ...cells,
    })
    .build().value;

describe("projectSplit (I11: 经济分类汇总 ≥ 基本支出, per 款)", () => {
  const summary = (total: string) =>
    tableBuilder(henan2024, "economicSummary").row("30201", { total }, "办公费").build().value;
  const basic = gpbBasic({ "30201": ["办公费", "12.00"] });

  it("passes when all spending on 30201 (15.00) covers its basic spending (12.00)", () => {
    const r = check([summary("15.00"), basic]);
    expect(outcome(r, "projectSplit")).toBe("pass");
    expect(r.findings).toEqual([]);
  });

  it("passes at equality (no project money on the code)", () => {
    expect(outcome(check([summary("12.00"), basic]), "projectSplit")).toBe("pass");
  });

  it("fails when basic spending on 30201 (12.00) exceeds all spending on it (10.00)", () => {
    const f = one(check([summary("10.00"), basic]), "projectSplit");
    expect(f.severity).toBe("error");
    expect(f.path).toEqual({
      table: "gpbBasic",
      row: "economic:30201",
      column: "total",
      raw: "12.00",
    });
    // the whole (10.00) is the bound, the basic figure (12.00) breaks it by 2.00
    expect(numbers(f)).toEqual(["10.00", "12.00", "2.00", "万元"]);
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toBe(
      "【一般公共预算基本支出预算表】30201 行「本年一般公共预算基本支出/合计」列 为 12.00，不应大于 10.00（【支出经济分类汇总表】30201 行「总计」列（10.00））：基本支出不应超过该科目全部支出。",
    );
    expect(cited(f)).toEqual([
      "gpbBasic|economic:30201|total",
      "economicSummary|economic:30201|total",
    ]);
  });

  it("adds up a 款 printed under two 政府经济分类 (a 行政 and a 事业 unit): 0.01 + 0.02 covers basic 0.02", () => {
    // 30212 → 50207 for the 机关 unit's project money, → 50502 for the 事业 unit's basic money
    const summary = tableBuilder(henan2024, "economicSummary")
      .row("30212/50207", { total: "0.01" }, "因公出国（境）费用")
      .row("30212/50502", { total: "0.02" }, "因公出国（境）费用")
      .build().value;
    const basicOnly = gpbBasic({ "30212/50502": ["因公出国（境）费用", "0.02"] });
    const r = check([summary, basicOnly]);
    expect(outcome(r, "projectSplit")).toBe("pass");
    // but 0.01 + 0.02 does not cover basic 0.04
    const over = gpbBasic({ "30212/50502": ["因公出国（境）费用", "0.04"] });
    const f = one(check([summary, over]), "projectSplit");
    expect(numbers(f)).toEqual(["0.03", "0.04", "0.01", "万元"]);
    expect(cited(f)).toEqual([
      "gpbBasic|economic:30212/50502|total",
      "economicSummary|economic:30212/50207|total",
      "economicSummary|economic:30212/50502|total",
    ]);
  });

  it("names basic spending summed over two 政府经济分类 as that sum, not as its first cell", () => {
    // 30101 → 50101 (行政 unit) 151.62 and → 50501 (事业 unit) 21.00 printed instead of 20.00:
    // basic 172.62 against all spending 151.62 + 20.00 = 171.62
    const summary = tableBuilder(henan2024, "economicSummary")
      .row("30101/50101", { total: "151.62" }, "基本工资")
      .row("30101/50501", { total: "20.00" }, "基本工资")
      .build().value;
    const over = gpbBasic({
      "30101/50101": ["基本工资", "151.62"],
      "30101/50501": ["基本工资", "21.00"],
    });
    const f = one(check([summary, over]), "projectSplit");
    expect(numbers(f)).toEqual(["171.62", "172.62", "1.00", "万元"]);
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toBe(
      "【一般公共预算基本支出预算表】30101/50101 行「本年一般公共预算基本支出/合计」列（151.62）、【一般公共预算基本支出预算表】30101/50501 行「本年一般公共预算基本支出/合计」列（21.00） 之和为 172.62，不应大于 171.62（【支出经济分类汇总表】30101/50101 行「总计」列（151.62）、【支出经济分类汇总表】30101/50501 行「总计」列（20.00））：基本支出不应超过该科目全部支出。",
    );
    const en = renderFinding(f, RULES, "en", henan2024);
    expect(
      en.startsWith("The sum of [General public budget basic expenditure] row 30101/50101"),
    ).toBe(true);
    expect(en).toContain(
      'row 30101/50501, column "本年一般公共预算基本支出/合计" (21.00) is 172.62',
    );
    // no single cell is said to be 172.62
    expect(en).not.toMatch(/\(151\.62\) is 172\.62|"本年一般公共预算基本支出\/合计" is 172\.62/u);
  });

  it("is not applicable without the 支出经济分类汇总表, or without basic rows", () => {
    expect(outcome(check([basic]), "projectSplit")).toBe("not-applicable");
    expect(outcome(check([summary("10.00")]), "projectSplit")).toBe("not-applicable");
  });
});

describe("sanGong.bound (I13: each 三公 item ≥ its economic codes)", () => {
  // The national 三公 is of the 一般公共预算, the fund of the 基本支出表: its rows bound each item
  // from below (三公 also covers project money). Henan's is 财政拨款 only (see profiles.test.ts).
  const NATIONAL_SAN_GONG: CheckOptions = {
    profile: only(nationalProfile, ...IDS),
    template: henan2024,
  };
  const check = (tables: Table[], options: CheckOptions = NATIONAL_SAN_GONG): CheckReport =>
    checkDisclosure({ meta: meta(), tables, texts: [] }, options);

  it("passes when 接待 2.50 covers basic 30217 1.50 (the Henan figures: 1.50 basic + 1.00 project)", () => {
    const r = check([sanGong({}), gpbBasic({ "30217/50206": ["公务接待费", "1.50"] })]);
    expect(outcome(r, "sanGong.bound")).toBe("pass");
    expect(r.findings).toEqual([]);
  });

  it("fails when basic 30217 (3.00) exceeds the whole 接待 item (2.50)", () => {
    const r = check([sanGong({}), gpbBasic({ "30217/50206": ["公务接待费", "3.00"] })]);
    expect(outcome(r, "sanGong.bound")).toBe("fail");
    const f = one(r, "sanGong.bound");
    expect(f.severity).toBe("error");
    expect(f.path).toEqual({ table: "sanGong", row: "single", column: "reception", raw: "2.50" });
    // 2.50 − 3.00 = −0.50
    expect(numbers(f)).toEqual(["3.00", "2.50", "-0.50", "万元"]);
    expect(f.params).toMatchObject({ item: "reception", codes: "30217" });
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toBe(
      "【一般公共预算“三公”经费预算表】「公务接待费」列 为 2.50，不应小于 3.00（【一般公共预算基本支出预算表】30217/50206 行「本年一般公共预算基本支出/合计」列（3.00））：“三公”经费含基本和项目支出，不应小于 30217 之和。",
    );
    expect(cited(f)).toEqual(["sanGong|single|reception", "gpbBasic|economic:30217/50206|total"]);
  });

  it("adds every code of an item: 购置 covers 31013 10.00 + 30913 5.00 = 15.00 > 12.00", () => {
    const r = check([
      sanGong({ total: "16.50", vehicles: "16.00", "vehicles.purchase": "12.00" }),
      gpbBasic({ "31013": ["公务用车购置", "10.00"], "30913": ["公务用车购置", "5.00"] }),
    ]);
    const f = one(r, "sanGong.bound");
    expect(f.path).toMatchObject({ column: "vehicles.purchase" });
    expect(numbers(f)).toEqual(["15.00", "12.00", "-3.00", "万元"]);
    expect(cited(f)).toContain("gpbBasic|economic:31013|total");
    expect(cited(f)).toContain("gpbBasic|economic:30913|total");
    expect(f.params).toMatchObject({ item: "vehicles.purchase", codes: "31013/30913" });
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toContain("不应小于 31013、30913 之和");
    expect(renderFinding(f, RULES, "en", henan2024)).toContain(
      "so it cannot be less than 31013, 30913.",
    );
  });

  it("says insufficient data (at info) for a 三公 table without basic economic rows", () => {
    const r = check([sanGong({})]);
    expect(outcome(r, "sanGong.bound")).toBe("insufficient-data");
    const f = one(r, "sanGong.bound");
    expect([f.severity, f.outcome]).toEqual(["info", "insufficient-data"]);
    // It points at the first 三公 figure it could not compare (abroad, printed blank).
    expect(f.path).toEqual({ table: "sanGong", row: "single", column: "abroad", raw: "" });
    expect(f.evidence.map((e) => e.sources)).toEqual([[f.path]]);
    expect(f.params).toEqual({});
    expect(renderFinding(f, RULES, "en")).toContain("not checked");
    expect(renderFinding(f, RULES, "zh-CN")).toContain("无法检查");
    expect(renderFinding(f, RULES, "zh-CN")).toContain(
      "缺少按经济分类款的支出（三公口径内的资金）",
    );
  });

  it("is not applicable without a 三公 table", () => {
    const r = check([gpbBasic({ "30217": ["公务接待费", "3.00"] })]);
    expect(outcome(r, "sanGong.bound")).toBe("not-applicable");
  });

  it("does not trust a code whose printed name contradicts the catalog (30217 printed 会议费)", () => {
    const tables = [sanGong({}), gpbBasic({ "30217": ["会议费", "3.00"] })];
    // without a catalog the code is taken at its word and the bound fails …
    expect(outcome(check(tables), "sanGong.bound")).toBe("fail");
    // … with the catalog the row is set aside and nothing is left to compare
    const r = check(tables, { ...NATIONAL_SAN_GONG, catalog: catalog2024 });
    expect(outcome(r, "sanGong.bound")).toBe("insufficient-data");
  });

  // Regression test for a fixed bug.
  it("words the message as 'less than' the basic figure", () => {
    const r = check([sanGong({}), gpbBasic({ "30217": ["公务接待费", "3.00"] })]);
    const f = one(r, "sanGong.bound");
    expect(renderFinding(f, RULES, "en")).not.toContain("more than");
    expect(renderFinding(f, RULES, "zh-CN")).not.toContain("不应大于");
  });
});

describe("operatingCost.definition (I14: 机构运转经费 / 机关运行经费 against the profile's definition)", () => {
  const oc = (total: string) =>
    tableBuilder(henan2024, "operatingCost").total({ total }).build().value;
  const expenditure = (goods: string) =>
    tableBuilder(henan2024, "expenditure").total({ "basic.goods": goods }).build().value;
  const gpbPublic = tableBuilder(henan2024, "gpbExpenditure")
    .total({ "basic.goods": "49.68", "basic.capital": "2.00" })
    .build().value;

  it("Henan (equals basic 302): passes when 机构运转经费 49.68 = 商品和服务支出 49.68", () => {
    const r = check([oc("49.68"), expenditure("49.68")]);
    expect(outcome(r, "operatingCost.definition")).toBe("pass");
    expect(r.findings).toEqual([]);
  });

  it("Henan: fails when 商品和服务支出 is 51.68 and 机构运转经费 49.68", () => {
    const f = one(check([oc("49.68"), expenditure("51.68")]), "operatingCost.definition");
    expect(f.severity).toBe("error");
    expect(f.params.relation).toBe("equals");
    expect(f.path).toEqual({ table: "operatingCost", row: "total", column: "total", raw: "49.68" });
    expect(numbers(f)).toEqual(["51.68", "49.68", "-2.00", "万元"]);
    expect(cited(f)).toEqual(["operatingCost|total|total", "expenditure|total|basic.goods"]);
  });

  it("Henan: the 一般公共预算 302 figure alone is only a lower bound (no guess that it is all funds)", () => {
    const r = check([oc("49.68"), gpbPublic]);
    expect(outcome(r, "operatingCost.definition")).toBe("insufficient-data");
    const f = one(r, "operatingCost.definition");
    expect([f.severity, f.params]).toEqual(["info", { relation: "atLeast", reason: "partial" }]);
    expect(renderFinding(f, RULES, "en")).toContain("only the lower bound was checked");
    // and below it is a certain error: 49.00 < 49.68 of 一般公共预算 alone
    const low = one(check([oc("49.00"), gpbPublic]), "operatingCost.definition");
    expect([low.severity, low.params.relation, low.expected, low.actual]).toEqual([
      "error",
      "atLeast",
      "49.68",
      "49.00",
    ]);
    expect(renderFinding(low, RULES, "zh-CN")).toContain("不应小于 49.68");
  });

  it("says insufficient data when no basic 公用经费 is printed", () => {
    const r = check([oc("49.68")]);
    expect(outcome(r, "operatingCost.definition")).toBe("insufficient-data");
    const f = one(r, "operatingCost.definition");
    expect([f.severity, f.outcome]).toEqual(["info", "insufficient-data"]);
    expect(f.params).toEqual({ relation: "equals" });
    expect(f.path?.raw).toBe("49.68"); // the figure that could not be checked
    expect(renderFinding(f, RULES, "en")).toBe(
      "Operating costs match their definition: not checked, the tables lack basic public spending.",
    );
  });

  it("is not applicable without an operating-cost figure", () => {
    expect(outcome(check([expenditure("49.68")]), "operatingCost.definition")).toBe(
      "not-applicable",
    );
  });

  const NATIONAL: CheckOptions = { profile: only(nationalProfile, ...IDS), template: henan2024 };

  it("national (at most 公用经费 = 302 + 310): 49.68 ≤ 49.68 + 2.00 passes", () => {
    const r = check([oc("49.68"), gpbPublic], NATIONAL);
    expect(outcome(r, "operatingCost.definition")).toBe("pass");
  });

  it("national: 52.00 > 51.68 fails, against the derived 公用经费 citing 302 and 310", () => {
    const f = one(check([oc("52.00"), gpbPublic], NATIONAL), "operatingCost.definition");
    expect(f.severity).toBe("error");
    expect(f.params.relation).toBe("atMost");
    expect(numbers(f)).toEqual(["51.68", "52.00", "0.32", "万元"]);
    expect(cited(f)).toEqual([
      "operatingCost|total|total",
      "gpbExpenditure|total|basic.goods",
      "gpbExpenditure|total|basic.capital",
    ]);
    expect(renderFinding(f, RULES, "en")).toContain("more than 51.68");
    expect(renderFinding(f, RULES, "en")).toContain(
      ": operating costs cover public spending only.",
    );
  });

  it("national: does not apply to a 事业 unit, which prints 0 (a figure is a warning)", () => {
    const zero = check([oc("0.00"), gpbPublic], NATIONAL, meta("事业"));
    expect(outcome(zero, "operatingCost.definition")).toBe("not-applicable");
    expect(findings(zero, "operatingCost.definition")).toEqual([]);
    const r = check([oc("52.00"), gpbPublic], NATIONAL, meta("事业"));
    const f = one(r, "operatingCost.definition");
    expect([f.severity, f.params.relation, f.actual]).toEqual(["warning", "none", "52.00"]);
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toContain(
      "为 52.00，但按口径它只含行政、参公单位，本披露没有这类单位。",
    );
    expect(renderFinding(f, RULES, "en")).toContain(
      "covers only 行政 and 参公 units, and the disclosure has none",
    );
  });

  describe("Shanghai (equals 一般公共预算 基本 公用经费; 机关运行经费 in 万元, the rest in 元)", () => {
    const SHANGHAI: CheckOptions = { profile: only(shanghaiProfile, ...IDS), template: shanghai };
    const shanghaiOc = (v: string) =>
      tableBuilder(shanghai, "sanGongAndOperating").single({ operatingCost: v }).build().value;
    const shanghaiPublic = tableBuilder(shanghai, "gpbBasic")
      .total({ public: "25,177,800" })
      .build().value;

    it("passes for a 行政 unit when 2,517.78万元 = 25,177,800元", () => {
      const r = check([shanghaiOc("2,517.78"), shanghaiPublic], SHANGHAI, meta("行政", "shanghai"));
      expect(outcome(r, "operatingCost.definition")).toBe("pass");
      expect(findings(r, "operatingCost.definition")).toEqual([]);
    });

    it("fails for a 参公 unit when 2,500.00万元 ≠ 25,177,800元 (a difference of −177,800元)", () => {
      const r = check([shanghaiOc("2,500.00"), shanghaiPublic], SHANGHAI, meta("参公", "shanghai"));
      const f = one(r, "operatingCost.definition");
      expect(f.severity).toBe("error");
      expect(f.path).toMatchObject({ table: "sanGongAndOperating", column: "operatingCost" });
      expect([f.expected, f.actual, f.difference, f.unit]).toEqual([
        "25177800",
        "25000000",
        "-177800",
        "元",
      ]);
    });

    it("is not applicable to a 事业 unit printing 0 (the welfare home), a warning for a figure", () => {
      const zero = check([shanghaiOc("0"), shanghaiPublic], SHANGHAI, meta("事业", "shanghai"));
      expect(outcome(zero, "operatingCost.definition")).toBe("not-applicable");
      expect(findings(zero, "operatingCost.definition")).toEqual([]);
      const r = check([shanghaiOc("2,500.00"), shanghaiPublic], SHANGHAI, meta("事业", "shanghai"));
      expect(one(r, "operatingCost.definition").severity).toBe("warning");
    });
  });
});
