/**
 * The 财政拨款收支总表 derived from a ledger spending last year's carried-over money prints a fund's
 * spending (一般公共预算 125.00, its 上年结转 included) beside this year's grant (本年收入 / 一般公共预算拨款
 * 120.00) and the carry-over (上年结转 / 一般公共预算拨款 5.00). The identity relating them is data
 * already, at every fund (DECOMPOSITIONS `revenue.total` and `balance` hold at any coordinates):
 * 本年收入 + 上年结转 of a fund = the fund's 支出总计 (DOMAIN §4 I1 and I2, fund by fund). These
 * tests pin that the derived table is right, that checking it passes every rule with no cell left
 * unchecked, and that a wrong printed pair is caught, its message naming each line's section.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure, Table } from "../src/disclosure";
import { deriveDisclosure, type LedgerEntry, type LedgerMeta, ledgerOf } from "../src/ledger";
import { henan2024Measures } from "../src/measures";
import { checkDisclosure, henan2024Profile, nationalProfile, type Profile } from "../src/rules";
import { henan2024, nationalMinimum, type Template } from "../src/templates";

const meta: LedgerMeta = {
  year: 2024,
  documentKind: "单位",
  department: { code: "305", name: "某区教育局" },
  units: [{ code: "305001", name: "某区教育局", unitType: "行政" }],
};
const line = (over: Partial<LedgerEntry>): LedgerEntry =>
  ({
    unit: "305001",
    fund: "gpb.grant",
    functional: "2050101",
    econ: "30101",
    gov: "50101",
    nature: "basic",
    amount: "100.00",
    ...over,
  }) as LedgerEntry;
const project = (fund: string, amount: string, name: string) =>
  line({
    fund,
    functional: "2050199",
    econ: "30227",
    gov: "50205",
    nature: "project.specific",
    amount,
    project: { name },
  } as Partial<LedgerEntry>);

const CARRIED = [
  line({}),
  project("gpb.grant", "20.00", "教师培训"),
  project("carryover.gpb", "5.00", "2023年智慧校园建设"),
];
const CARRIED_FORWARD = [
  ...CARRIED,
  { kind: "carryforward", unit: "305001", fund: "gpb.grant", amount: "3.00" } as LedgerEntry,
];

const TEMPLATES: [string, Template, Profile][] = [
  ["henan2024", henan2024, henan2024Profile],
  ["national", nationalMinimum, nationalProfile],
];

/** The 财政拨款收支总表 alone, derived from `entries`. */
function fiscalSummary(entries: readonly LedgerEntry[], template: Template): Disclosure {
  const built = ledgerOf(meta, { unit: "万元", decimals: 2 }, entries);
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  const { disclosure } = deriveDisclosure(built.value, template, {
    measures: henan2024Measures,
    catalog: catalog2024,
  });
  return { ...disclosure, tables: disclosure.tables.filter((t) => t.kind === "fiscalSummary") };
}

const cells = (d: Disclosure, id: string) => {
  const row = (d.tables[0] as Table).rows.find((r) =>
    r.key.kind === "line" ? r.key.line === id : r.key.kind === "functional" && r.key.code === id,
  );
  if (row === undefined) throw new Error(`no row ${id}`);
  return row.cells as Record<string, string>;
};

const check = (d: Disclosure, template: Template, profile: Profile) =>
  checkDisclosure(d, { profile, template, catalog: catalog2024 });

const errors = (d: Disclosure, template: Template, profile: Profile) =>
  check(d, template, profile)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId} ${f.path?.row}`);

describe("the derived 财政拨款收支总表 with a carry-over", () => {
  for (const [id, template, profile] of TEMPLATES) {
    it(`${id}: this year's grant 120.00 + the carry-over 5.00 = the fund's spending 125.00`, () => {
      const d = fiscalSummary(CARRIED, template);
      expect(cells(d, "revenue.gpb")["income.amount"]).toBe("120.00");
      expect(cells(d, "revenue.carryover.gpb")["income.amount"]).toBe("5.00");
      expect(cells(d, "revenue.total")["income.amount"]).toBe("125.00");
      expect(cells(d, "spending")).toMatchObject({
        "spending.total": "125.00",
        "spending.gpb": "125.00",
      });
    });

    for (const [name, entries] of [
      ["a carry-over", CARRIED],
      ["a carry-over and a carry-forward", CARRIED_FORWARD],
    ] as const)
      it(`${id}, ${name}: every rule passes, the fund's balance is checked, no cell unchecked`, () => {
        const report = check(fiscalSummary(entries, template), template, profile);
        expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
        expect(report.outcomes.find((o) => o.ruleId === "balance")?.outcome).toBe("pass");
        expect(report.unconstrained).toEqual([]);
      });
  }

  it("with a carry-forward, the fund's 支出总计 holds it: 125.00 + 3.00 = 120.00 + 5.00 + 3.00", () => {
    const d = fiscalSummary(CARRIED_FORWARD, henan2024);
    expect(cells(d, "spending.carryforward")["spending.gpb"]).toBe("3.00");
    expect(cells(d, "spending.total")["spending.gpb"]).toBe("128.00");
    expect(cells(d, "revenue.gpb")["income.amount"]).toBe("123.00");
  });
});

describe("a wrong printed pair is caught by the fund's balance", () => {
  const rows = ["spending", "spending.total", "205"];
  for (const [id, template, profile] of TEMPLATES) {
    it(`${id}: the carry-over printed under 政府性基金 (every total still agrees)`, () => {
      const d = structuredClone(fiscalSummary(CARRIED, template)) as Disclosure;
      cells(d, "revenue.carryover.gpb")["income.amount"] = "";
      cells(d, "revenue.carryover.govFund")["income.amount"] = "5.00";
      expect(errors(d, template, profile)).toEqual([
        "balance line:revenue.gpb",
        "balance line:revenue.govFund",
      ]);
    });

    it(`${id}: the fund's spending printed without its carry-over (120.00, 合计 too)`, () => {
      const d = structuredClone(fiscalSummary(CARRIED, template)) as Disclosure;
      for (const r of rows) {
        cells(d, r)["spending.gpb"] = "120.00";
        cells(d, r)["spending.total"] = "120.00";
      }
      expect(errors(d, template, profile)).toContain("balance line:revenue.gpb");
    });

    it(`${id}: the spending split 120.00 一般公共预算 + 5.00 政府性基金 against a 一般公共预算 carry-over`, () => {
      const d = structuredClone(fiscalSummary(CARRIED, template)) as Disclosure;
      for (const r of rows) {
        cells(d, r)["spending.gpb"] = "120.00";
        cells(d, r)["spending.govFund"] = "5.00";
      }
      expect(errors(d, template, profile)).toEqual([
        "balance line:revenue.gpb",
        "balance line:revenue.govFund",
      ]);
    });
  }
});
