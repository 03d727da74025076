import { describe, expect, it } from "vitest";
import type { Disclosure, Row, Table } from "../src/disclosure";
import { type CheckReport, checkDisclosure, henan2024Profile, nationalProfile } from "../src/rules";
import { henan2024, nationalMinimum, type Template } from "../src/templates";

/**
 * 用事业基金弥补收支差额 in a 收支总表, printed either among the sources inside 本年收入合计, or as a
 * line of its own between 本年收入合计 and 收入总计 (the national layout, like 使用非财政拨款结余 in a
 * 决算). A 事业单位 with 一般公共预算 80.00, 事业收入 20.00, 事业基金 2.00, no carry-over:
 * inside, 本年收入合计 = 80 + 20 + 2 = 102.00 = 收入总计; outside, 本年收入合计 = 80 + 20 = 100.00 and
 * 收入总计 = 100 + 2 = 102.00. Spending 102.00 either way.
 */
const income = (line: string, amount: string): Row => ({
  key: { kind: "line", line },
  cells: { "income.amount": amount },
});
const spending = (line: string, amount: string): Row => ({
  key: { kind: "line", line },
  cells: { "spending.amount": amount },
});
const SOURCES: readonly Row[] = [
  income("revenue.gpb", "80.00"),
  income("revenue.gpb.grant", "80.00"),
  income("revenue.govFund", ""),
  income("revenue.soe", ""),
  income("revenue.specialAccount", ""),
  income("revenue.business", "20.00"),
  income("revenue.operating", ""),
  income("revenue.superior", ""),
  income("revenue.affiliated", ""),
  income("revenue.other", ""),
];
const SPENDING: readonly Row[] = [
  { key: { kind: "functional", code: "201" }, cells: { "spending.amount": "102.00" } },
  spending("spending", "102.00"),
  spending("spending.carryforward", ""),
  spending("spending.total", "102.00"),
];
const summary = (rows: readonly Row[]): Table => ({
  kind: "summary",
  unit: "万元",
  rows: [...rows, ...SPENDING],
});
const outside = (revenue = "100.00", total = "102.00"): Table =>
  summary([
    ...SOURCES,
    income("revenue", revenue),
    income("revenue.businessFund", "2.00"),
    income("revenue.carryover", ""),
    income("revenue.total", total),
  ]);
const inside = (revenue = "102.00"): Table =>
  summary([
    ...SOURCES,
    income("revenue.businessFund", "2.00"),
    income("revenue", revenue),
    income("revenue.carryover", ""),
    income("revenue.total", "102.00"),
  ]);
const doc = (template: Template, ...tables: Table[]): Disclosure => ({
  meta: {
    year: 2024,
    documentKind: "单位",
    template: template.id,
    department: { name: "某中心" },
    units: [{ name: "某中心", unitType: "事业" }],
  },
  tables,
  texts: [],
});
const TEMPLATES = [
  ["henan2024", henan2024, henan2024Profile],
  ["nationalMinimum", nationalMinimum, nationalProfile],
] as const;
const errors = (r: CheckReport) =>
  r.findings.filter((f) => f.severity === "error").map((f) => `${f.ruleId} ${f.path?.row}`);
const outcome = (r: CheckReport, id: string) => r.outcomes.find((o) => o.ruleId === id)?.outcome;

describe.each(TEMPLATES)("用事业基金弥补收支差额 (%s)", (_, template, profile) => {
  const check = (...tables: Table[]) =>
    checkDisclosure(doc(template, ...tables), { profile, template });

  it("outside 本年收入合计: 收入总计 = 本年收入合计 + 事业基金 + 上年结转, no error", () => {
    const r = check(outside());
    expect(errors(r)).toEqual([]);
    expect(outcome(r, "totals")).toBe("pass");
    expect(outcome(r, "funds")).toBe("pass");
  });

  it("inside 本年收入合计: a source like the others, no error", () => {
    const r = check(inside());
    expect(errors(r)).toEqual([]);
    expect(outcome(r, "totals")).toBe("pass");
    expect(outcome(r, "funds")).toBe("pass");
  });

  it("outside, with 收入总计 off by 1.00 (103.00): a totals error", () => {
    expect(errors(check(outside("100.00", "103.00")))).toContain("totals line:revenue.total");
  });

  it("outside, with 本年收入合计 counting the 事业基金 (102.00): the sources disagree", () => {
    expect(errors(check(outside("102.00"))).some((e) => e.startsWith("funds"))).toBe(true);
  });

  it("inside, with 本年收入合计 leaving the 事业基金 out (100.00): the sources disagree", () => {
    expect(errors(check(inside("100.00"))).some((e) => e.startsWith("funds"))).toBe(true);
  });

  it("with no 本年收入合计 line its place is unknown: compared with nothing, not understood", () => {
    const r = check(
      summary([
        ...SOURCES,
        income("revenue.businessFund", "2.00"),
        income("revenue.carryover", ""),
        income("revenue.total", "102.00"),
      ]),
    );
    expect(errors(r)).toEqual([]);
    expect(outcome(r, "totals")).not.toBe("fail");
    expect(r.coverage.tables.flatMap((t) => t.gaps)).toContainEqual({
      code: "ambiguous-line",
      table: "summary",
      row: "line:revenue.businessFund",
      cells: 1,
    });
  });
});
