import { describe, expect, it } from "vitest";
import { type DisclosureMeta, type Table, tableBuilder } from "../disclosure";
import { henan2024, shanghai } from "../templates";
import { checkDisclosure } from "./check";
import { henan2024Profile, RULES, shanghaiProfile } from "./profiles";
import { renderFinding } from "./render";
import { findings, numbers, one, outcome } from "./test-support";
import type { CheckReport } from "./types";

/**
 * Precision (ARCHITECTURE.md "Precision"): a printed value is an interval. Same-precision sums
 * hold exactly; across 元 and 万元 a difference rounding explains is reported at info (never
 * silently passed); a value that matches only when truncated is a `precision.truncated` finding.
 *
 * Worked by hand: 1万元 = 10,000元, so a 万元 figure with 2 decimals is exact to 100元 and
 * half-up rounding stands for ±50元; truncation stands for [v, v + 100元).
 */

const meta = (template: string): DisclosureMeta => ({
  year: 2024,
  documentKind: "单位",
  template,
  department: { name: "某单位" },
  units: [{ name: "某单位", unitType: "行政" }],
});

const henan = (...tables: Table[]): CheckReport =>
  checkDisclosure(
    { meta: meta("henan2024"), tables, texts: [] },
    { profile: henan2024Profile, template: henan2024 },
  );
const shanghaiCheck = (...tables: Table[]): CheckReport =>
  checkDisclosure(
    { meta: meta("shanghai"), tables, texts: [] },
    { profile: shanghaiProfile, template: shanghai },
  );

describe("same precision: sums hold exactly", () => {
  it("a 0.01 break in a 万元 table is an error (4.00 + 2.51 = 6.51, printed 6.50)", () => {
    const t = tableBuilder(henan2024, "sanGong")
      .single({ total: "6.50", vehicles: "4.00", reception: "2.51", abroad: "" })
      .build().value;
    const f = one(henan(t), "sanGong.sum");
    expect(f.severity).toBe("error");
    expect(numbers(f)).toEqual(["6.51", "6.50", "-0.01", "万元"]);
  });

  it("a 1元 break in a 元 table is an error (30201 + 30299 = 24,840,778, printed 24,840,779)", () => {
    const t = tableBuilder(shanghai, "gpbBasic")
      .row("302", { total: "24,840,779" }, "商品和服务支出")
      .row("302 01", { total: "24,000,000" }, "办公费")
      .row("302 99", { total: "840,778" }, "其他商品和服务支出")
      .build().value;
    const f = one(shanghaiCheck(t), "rollup");
    expect(f.severity).toBe("error");
    expect(f.path).toMatchObject({ table: "gpbBasic", row: "economic:302", column: "total" });
    expect(numbers(f)).toEqual(["24840778", "24840779", "1", "元"]);
  });

  it("two 万元 tables disagreeing by 0.01 on one figure is an error", () => {
    const a = tableBuilder(henan2024, "expenditure").total({ total: "969.06" }).build().value;
    const b = tableBuilder(henan2024, "summary")
      .line("spending", { "spending.amount": "969.07" })
      .build().value;
    expect(one(henan(a, b), "same-fact").severity).toBe("error");
  });
});

describe("across 元 and 万元: rounding is reported at info, never silently passed", () => {
  const expenditure = tableBuilder(henan2024, "expenditure", { unit: "元" })
    .total({ total: "25,177,789" })
    .build().value;
  const summary = (v: string) =>
    tableBuilder(henan2024, "summary").line("spending", { "spending.amount": v }).build().value;

  it("2,517.78万元 against 25,177,789元: within ±50元, an info finding of 11元", () => {
    const r = henan(expenditure, summary("2,517.78"));
    expect(outcome(r, "same-fact")).toBe("pass");
    const f = one(r, "same-fact");
    // The figure printed at the coarser precision (the rounded one) is cited, in either order.
    expect(one(henan(summary("2,517.78"), expenditure), "same-fact")).toEqual(f);
    expect(f.severity).toBe("info");
    expect(f.params.status).toBe("rounding");
    expect(f.path).toMatchObject({ table: "summary", raw: "2,517.78" });
    // 25,177,800 − 25,177,789 = 11元
    expect(numbers(f)).toEqual(["25177789", "25177800", "11", "元"]);
    expect(renderFinding(f, RULES, "zh-CN")).toContain("四舍五入");
    expect(renderFinding(f, RULES, "en")).toContain("rounding");
    expect(findings(r, "precision.truncated")).toEqual([]);
  });

  it("2,517.70万元 against 25,177,789元: 89元 is beyond rounding and truncation, an error", () => {
    // half-up: [25,176,950, 25,177,050); truncated: [25,177,000, 25,177,100): neither holds 25,177,789
    const f = one(henan(expenditure, summary("2,517.70")), "same-fact");
    expect(one(henan(summary("2,517.70"), expenditure), "same-fact")).toEqual(f);
    expect(f.severity).toBe("error");
    expect(numbers(f)).toEqual(["25177000", "25177789", "789", "元"]);
  });

  it("三公 接待 3.22万元 against basic 30217 32,210元 (Shanghai): sanGong.bound at info, 10元", () => {
    const sg = tableBuilder(shanghai, "sanGongAndOperating")
      .single({ total: "3.22", abroad: "", reception: "3.22", vehicles: "" })
      .build().value;
    const basic = tableBuilder(shanghai, "gpbBasic")
      .row("302 17", { total: "32,210" }, "公务接待费")
      .build().value;
    const r = shanghaiCheck(sg, basic);
    expect(outcome(r, "sanGong.bound")).toBe("pass");
    const f = one(r, "sanGong.bound");
    expect(f.severity).toBe("info");
    // 3.22万元 = 32,200元 < 32,210元, but 3.22 stands for [32,150, 32,250)
    expect(numbers(f)).toEqual(["32210", "32200", "-10", "元"]);
  });

  describe("机关运行经费 (万元) against basic 公用经费 (元), Shanghai", () => {
    const oc = (v: string) =>
      tableBuilder(shanghai, "sanGongAndOperating").single({ operatingCost: v }).build().value;
    const publicSpending = (v: string) =>
      tableBuilder(shanghai, "gpbBasic").total({ public: v }).build().value;

    it("2,517.78万元 against 25,177,760元: 40元, inside ±50元, info", () => {
      const r = shanghaiCheck(oc("2,517.78"), publicSpending("25,177,760"));
      expect(outcome(r, "operatingCost.definition")).toBe("pass");
      const f = one(r, "operatingCost.definition");
      expect(f.severity).toBe("info");
      expect(numbers(f)).toEqual(["25177760", "25177800", "40", "元"]);
    });

    it("2,517.78万元 against 25,177,740元: 60元, beyond rounding, an error", () => {
      const f = one(
        shanghaiCheck(oc("2,517.78"), publicSpending("25,177,740")),
        "operatingCost.definition",
      );
      expect(f.severity).toBe("error");
      expect(numbers(f)).toEqual(["25177740", "25177800", "60", "元"]);
    });
  });
});

describe("truncation instead of rounding: precision.truncated", () => {
  it("2,517.77万元 against 25,177,789元 holds only if truncated: a warning, not a same-fact error", () => {
    const expenditure = tableBuilder(henan2024, "expenditure", { unit: "元" })
      .total({ total: "25,177,789" })
      .build().value;
    const summary = tableBuilder(henan2024, "summary")
      .line("spending", { "spending.amount": "2,517.77" })
      .build().value;
    const r = henan(expenditure, summary);
    // The truncated figure is cited whichever table is bound first (and whichever is the reference).
    expect(findings(henan(summary, expenditure), "precision.truncated")).toEqual(
      findings(r, "precision.truncated"),
    );
    // half-up 2,517.77 = [25,177,650, 25,177,750) misses 25,177,789; truncated [25,177,700, 25,177,800) holds it
    expect(outcome(r, "precision.truncated")).toBe("fail");
    expect(outcome(r, "same-fact")).toBe("pass");
    expect(findings(r, "same-fact")).toEqual([]);
    const f = one(r, "precision.truncated");
    expect(f.severity).toBe("warning");
    expect(f.path).toEqual({
      table: "summary",
      row: "line:spending",
      column: "spending.amount",
      raw: "2,517.77",
    });
    // 25,177,700 − 25,177,789 = −89元
    expect(numbers(f)).toEqual(["25177789", "25177700", "-89", "元"]);
    expect(renderFinding(f, RULES, "en")).toContain("only if truncated");
  });

  it("is not applicable when nothing is compared", () => {
    const t = tableBuilder(henan2024, "expenditure").total({ total: "1.00" }).build().value;
    expect(outcome(henan(t), "precision.truncated")).toBe("not-applicable");
  });

  describe("公用经费 25,177,789元 vs 机关运行经费 2,517.77万元 (Shanghai)", () => {
    const tables = () => [
      tableBuilder(shanghai, "sanGongAndOperating").single({ operatingCost: "2,517.77" }).build()
        .value,
      tableBuilder(shanghai, "gpbBasic").total({ public: "25,177,789" }).build().value,
    ];

    it("is never silently passed: a finding cites the 机关运行经费 cell", () => {
      const r = shanghaiCheck(...tables());
      const cell = r.findings.filter(
        (f) => f.path?.table === "sanGongAndOperating" && f.path.column === "operatingCost",
      );
      expect(cell.length).toBeGreaterThan(0);
    });

    // Regression test for a fixed bug.
    it("yields a precision.truncated finding (warning) citing the 机关运行经费 cell", () => {
      const f = one(shanghaiCheck(...tables()), "precision.truncated");
      expect(f.severity).toBe("warning");
      expect(f.path).toMatchObject({ table: "sanGongAndOperating", column: "operatingCost" });
      expect(numbers(f)).toEqual(["25177789", "25177700", "-89", "元"]);
    });
  });
});
