import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amount } from "../../amount";
import { multiplyValues } from "../../amount/decimal";
import type { ProjectTarget } from "../../disclosure";
import { computeFormula, DEPARTMENT_FORMULAS, evaluateDepartment, formulaFor } from "./formulas";
import { evaluateIndicator } from "./indicator";
import { DEFAULT_GRADES, scoreProject } from "./score";

const formula = (id: string) => {
  const f = DEPARTMENT_FORMULAS.find((x) => x.id === id);
  if (f === undefined) throw new Error(id);
  return f;
};

describe("evaluateIndicator", () => {
  it.each([
    ["≥90%", "90%", "met", "0", "1"],
    ["≥90%", "89.99%", "not-met", "-0.01", "0.9998"],
    [">90%", "90%", "not-met", "0", "1.0000"],
    ["≤20%", "20", "met", "0", "1"],
    ["≤20%", "40%", "not-met", "-20", "0.5000"],
    ["<5%", "4.9%", "met", "0.1", "1"],
    ["=100%", "95%", "not-met", "-5", "0.9500"],
    ["100%", "100%", "met", "0", "1"],
    ["100%", "90%", "not-met", "-10", "0.9000"],
    ["≥600条", "612条", "met", "12", "1"],
    ["≤3000元/人", "3200", "not-met", "-200", "0.9375"],
    ["80%-90%", "85%", "met", "5", "1"],
    ["80%-90%", "90%", "met", "0", "1"],
    ["80%-90%", "60%", "not-met", "-20", "0.7500"],
    ["≥2次／天", "0", "not-met", "-2", "0"],
    ["≤0起", "0起", "met", "0", "1"],
  ])("%s against %s: %s, margin %s, credit %s", (target, actual, status, margin, credit) => {
    expect(evaluateIndicator(target, actual)).toMatchObject({ status, margin, credit });
  });

  it("reads a bare value as ≥ by default, as = on request", () => {
    expect(evaluateIndicator("8个", "9个").status).toBe("met");
    expect(evaluateIndicator("8个", "9个", { bare: "=" })).toEqual({
      status: "not-met",
      margin: "-1",
      unit: "个",
      credit: "0.8750",
    });
  });

  it("compares dates by day: 前 is by that day, 月底 is the month's last day", () => {
    expect(evaluateIndicator("2024年12月31日前", "2024年12月31日")).toEqual({
      status: "met",
      margin: "0",
      unit: "天",
      credit: "1",
    });
    expect(evaluateIndicator("2024年12月31日前", "2025年1月2日")).toEqual({
      status: "not-met",
      margin: "-2",
      unit: "天",
      credit: "0",
    });
    expect(evaluateIndicator("2月底前", "2024年2月29日").status).toBe("met");
    expect(evaluateIndicator("2月底前", "2023年3月1日").status).toBe("not-met");
    expect(evaluateIndicator("6月前", "6月30日", { year: 2024 }).status).toBe("met");
    expect(evaluateIndicator("2024年3月1日后", "2024年2月28日").status).toBe("not-met");
    // Dates printed with dots read the same way, target and actual.
    expect(evaluateIndicator("2024.12前", "2024.11.30").status).toBe("met");
    expect(evaluateIndicator("2024.12.31前完成", "2024年12月20日").status).toBe("met");
    expect(evaluateIndicator("2024.12.31前", "2025.1.2").status).toBe("not-met");
    expect(evaluateIndicator("12月底前", "12月20日")).toEqual({
      status: "needs-judgment",
      reason: "no-year",
    });
    expect(evaluateIndicator("12月底前", "96%")).toEqual({
      status: "needs-judgment",
      reason: "malformed-actual",
    });
  });

  it("needs judgment where a person must decide, and takes a judgment for any target", () => {
    expect(evaluateIndicator("保障到位", "保障到位").reason).toBe("qualitative");
    expect(evaluateIndicator("≥8个", "8人").reason).toBe("unit-mismatch");
    expect(evaluateIndicator("≥", "8").reason).toBe("malformed-target");
    expect(evaluateIndicator("≥8个", "约8个").reason).toBe("malformed-actual");
    expect(evaluateIndicator("≥8个", "≥9个").reason).toBe("malformed-actual");
    expect(evaluateIndicator("保障到位", { judgment: "not-met" })).toEqual({
      status: "not-met",
      credit: "0",
    });
    expect(evaluateIndicator("≥90%", { judgment: "met" })).toEqual({ status: "met", credit: "1" });
  });

  it("accepts a parsed target", () => {
    expect(
      evaluateIndicator({ kind: "quantity", op: "≥", value: "90", unit: "%" }, "95%").status,
    ).toBe("met");
  });

  const decimal = fc
    .tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 99 }))
    .map(([i, f]) => `${i}.${String(f).padStart(2, "0")}`);

  it("property: met exactly when the margin is on the good side; credit in [0, 1], 1 iff met", () => {
    fc.assert(
      fc.property(fc.constantFrom("≥", "≤", ">", "<", "="), decimal, decimal, (op, t, a) => {
        const e = evaluateIndicator(`${op}${t}%`, `${a}%`);
        const margin = amount(e.margin ?? "x");
        const sign = margin.value.startsWith("-") ? -1 : /[1-9]/.test(margin.value) ? 1 : 0;
        const strict = op === ">" || op === "<";
        const expectMet = op === "=" ? sign === 0 : strict ? sign > 0 : sign >= 0;
        expect(e.status).toBe(expectMet ? "met" : "not-met");
        const credit = amount(e.credit ?? "x").value;
        expect(credit === "1").toBe(e.status === "met");
        expect(Number(credit) >= 0 && Number(credit) <= 1).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("property: for ≥, more actual never earns less credit", () => {
    fc.assert(
      fc.property(decimal, decimal, decimal, (t, a, b) => {
        const [lo, hi] = Number(a) <= Number(b) ? [a, b] : [b, a];
        const c = (x: string) => Number(evaluateIndicator(`≥${t}`, x).credit);
        expect(c(lo) <= c(hi)).toBe(true);
      }),
    );
  });
});

describe("department formulas", () => {
  it("compute exactly, rounding once (half-up) to 2 decimals", () => {
    expect(
      computeFormula(formula("budgetExecution"), [amount("930.30"), amount("969.06")]),
    ).toEqual({ ok: true, value: "96.00" });
    // 2 / 3 = 66.666…% → 66.67
    expect(computeFormula(formula("monitoring"), ["2", "3"])).toEqual({ ok: true, value: "66.67" });
    // (1,017.51 − 969.06) / 969.06 = 4.9997…% → 5.00
    expect(
      computeFormula(formula("budgetAdjustment"), [amount("1,017.51"), amount("969.06")]),
    ).toEqual({ ok: true, value: "5.00" });
    expect(
      computeFormula(formula("budgetAdjustment"), [amount("900.00"), amount("1000.00")]),
    ).toEqual({ ok: true, value: "-10.00" });
    // Units differ: 65,000 元 of a 6.50 万元 三公 budget is 100%.
    expect(
      computeFormula(formula("sanGongControl"), [amount("65,000", "元"), amount("6.50")]),
    ).toEqual({ ok: true, value: "100.00" });
    expect(computeFormula(formula("carryover"), [amount("1"), amount("0.00")])).toEqual({
      ok: false,
      error: { code: "zero-denominator", formula: "carryover" },
    });
    expect(computeFormula(formula("monitoring"), ["十一", "11"])).toEqual({
      ok: false,
      error: { code: "malformed-input", formula: "monitoring", input: "十一" },
    });
  });

  it("are found by their printed 三级 names", () => {
    expect(formulaFor("预算执行率")?.id).toBe("budgetExecution");
    expect(formulaFor(" “三公经费”控制率 ")?.id).toBe("sanGongControl");
    expect(formulaFor("评价结果应用率")?.id).toBe("resultApplication");
    expect(formulaFor("决算真实性")).toBeUndefined();
  });

  it("evaluate a department target: formulas, judgments, and what is left unevaluated", () => {
    const results = evaluateDepartment(
      {
        tasks: [],
        budget: {},
        indicators: [
          { level1: "投入管理指标", name: "预算调整率", value: "≤20%" },
          { level1: "投入管理指标", name: "政府采购执行率", value: "≥80%" },
          { level1: "投入管理指标", name: "绩效监控完成率", value: "100%" },
          { level1: "投入管理指标", name: "决算真实性", value: "真实" },
          { level1: "投入管理指标", name: "结转结余率", value: "≤20%" },
        ],
      },
      {
        budgetAdjustment: [amount("1,250.00"), amount("1,000.00")],
        procurementExecution: [amount("0"), amount("0")],
        monitoring: ["10", "11"],
      },
      { 3: { judgment: "met" } },
    );
    expect(
      results.map((r) => [r.formula, r.rate, r.evaluation?.status, r.evaluation?.margin]),
    ).toEqual([
      ["budgetAdjustment", "25.00", "not-met", "-5.00"],
      ["procurementExecution", undefined, undefined, undefined],
      ["monitoring", "90.91", "not-met", "-9.09"],
      [undefined, undefined, "met", undefined],
      ["carryover", undefined, undefined, undefined],
    ]);
    expect(results[1]?.error?.code).toBe("zero-denominator");
  });
});

describe("scoreProject", () => {
  const target: ProjectTarget = {
    name: "测试项目",
    money: { total: "10.00" },
    indicators: [
      { level1: "产出指标", name: "a", value: "≥100个" },
      { level1: "产出指标", name: "b", value: "≥100个" },
      { level1: "产出指标", name: "c", value: "≥100个" },
      { level1: "效益指标", name: "d", value: "持续保障" },
      { level1: "满意度指标", name: "e", value: "≥90%" },
    ],
  };
  const all = { 0: "100个", 1: "100个", 2: "100个", 3: { judgment: "met" as const }, 4: "95%" };

  it("gives full marks exactly (3 × 1/3 of 50 is 50.00, not 50.01)", () => {
    const s = scoreProject(target, {
      execution: [amount("10.00"), amount("10.00")],
      indicators: all,
    });
    expect([s.score, s.grade, s.complete]).toEqual(["100.00", "优", true]);
    // An overspent budget earns no more than the execution weight.
    const over = scoreProject(target, { execution: "120%", indicators: all });
    expect(over.execution).toEqual({ rate: "120.00", points: "10.00", weight: "10" });
  });

  it("gives proportional credit for a quantitative miss, none for a pending indicator", () => {
    const s = scoreProject(target, {
      execution: [amount("8.00"), amount("10.00")],
      indicators: { ...all, 0: "50个", 4: "72%" },
    });
    // 8 + 50 × (0.5 + 1 + 1) / 3 + 30 + 10 × 0.8 = 8 + 41.67 + 30 + 8
    expect(s.groups.map((g) => g.points)).toEqual(["41.67", "30.00", "8.00"]);
    expect([s.score, s.grade]).toEqual(["87.67", "良"]);
    const pending = scoreProject(target, {
      execution: "100%",
      indicators: { ...all, 3: "保障到位" },
    });
    expect(pending.indicators[3]).toMatchObject({ pending: true, credit: "0" });
    expect([pending.score, pending.complete]).toEqual(["70.00", false]);
  });

  it("grades at the boundaries: 90 优, 89.99 良, 80 良, 60 中, 59.99 差", () => {
    const at = (execution: string) => {
      // 90 of the indicators' points are earned; execution adds the rest.
      const t: ProjectTarget = {
        ...target,
        indicators: [{ level1: "产出指标", name: "x", value: "≥1" }],
      };
      return scoreProject(
        t,
        { execution, indicators: { 0: "1" } },
        {
          weights: {
            execution: "50",
            groups: [{ id: "output", weight: "50", categories: ["output"] }],
          },
        },
      );
    };
    expect([at("80%").score, at("80%").grade]).toEqual(["90.00", "优"]);
    expect([at("79.98%").score, at("79.98%").grade]).toEqual(["89.99", "良"]);
    expect(at("60%").grade).toBe("良");
    expect(at("20%").grade).toBe("中");
    expect([at("19.98%").score, at("19.98%").grade]).toEqual(["59.99", "差"]);
    expect(DEFAULT_GRADES.map((g) => g.min)).toEqual(["90", "80", "60", "0"]);
  });

  it("counts 成本 with 产出 by default, and takes other weights and grades", () => {
    const t: ProjectTarget = {
      ...target,
      indicators: [
        { level1: "成本指标", name: "成本", value: "≤100元" },
        { level1: "产出指标", name: "产出", value: "≥1个" },
      ],
    };
    const s = scoreProject(t, { execution: "100%", indicators: { 0: "200元", 1: "1个" } });
    expect(s.groups[0]).toEqual({
      id: "output",
      weight: "50",
      points: "37.50",
      indicators: [0, 1],
    });
    const custom = scoreProject(
      t,
      { execution: "100%", indicators: { 0: "200元", 1: "1个" } },
      {
        weights: {
          execution: "0",
          groups: [
            { id: "cost", weight: "40", categories: ["cost"] },
            { id: "output", weight: "60", categories: ["output"] },
          ],
        },
        grades: [
          { grade: "合格", min: "60" },
          { grade: "不合格", min: "0" },
        ],
      },
    );
    expect([custom.score, custom.grade]).toEqual(["80.00", "合格"]);
  });
});

describe("multiplyValues (amount/decimal)", () => {
  it("multiplies exactly, keeping every fraction digit", () => {
    expect(multiplyValues("1.25", "0.8")).toBe("1.000");
    expect(multiplyValues("-3", "0.5")).toBe("-1.5");
    expect(multiplyValues("123456789012345678901234567890", "10")).toBe(
      "1234567890123456789012345678900",
    );
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        (a, b) => {
          expect(multiplyValues(`${a}`, `${b}`)).toBe(`${a * b}`);
        },
      ),
    );
  });
});
