/**
 * A ledger spending last year's carried-over money (`carryover.*`) derives a disclosure every rule
 * passes: a fund's spending holds what its 上年结转 pays for (`gpb` = `gpb.current` +
 * `carryover.gpb`, `fund.gpb.carried`), so a column of the fund's spending prints it, except where
 * the table prints the fund's carry-over in a column of its own (the 项目支出表's
 * 财政拨款结转结余/一般公共预算 beside 本年拨款/一般公共预算). A single changed cell is still caught.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import { deriveDisclosure, type LedgerEntry, type LedgerMeta, ledgerOf } from "../src/ledger";
import { henan2024Measures, type MeasureSet, shanghaiMeasures } from "../src/measures";
import {
  checkDisclosure,
  henan2024Profile,
  nationalProfile,
  type Profile,
  shanghaiProfile,
} from "../src/rules";
import { henan2024, nationalMinimum, shanghai, type Template } from "../src/templates";

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

const CASES: Record<string, LedgerEntry[]> = {
  "a project paid from carryover.gpb": [
    line({}),
    project("gpb.grant", "20.00", "教师培训"),
    project("carryover.gpb", "5.00", "2023年智慧校园建设"),
  ],
  "a project paid from carryover.specialAccount": [
    line({}),
    project("gpb.grant", "20.00", "教师培训"),
    project("carryover.specialAccount", "5.00", "2023年智慧校园建设"),
  ],
  "basic spending paid from carryover.gpb": [
    line({}),
    line({ fund: "carryover.gpb", econ: "30102", amount: "5.00" }),
    project("gpb.grant", "20.00", "教师培训"),
  ],
  "a carry-forward to next year": [
    line({}),
    project("carryover.gpb", "5.00", "2023年智慧校园建设"),
    { kind: "carryforward", unit: "305001", fund: "gpb.grant", amount: "3.00" } as LedgerEntry,
  ],
  "carryover of several funds": [
    line({}),
    line({ fund: "specialAccount", econ: "30201", gov: "50201", amount: "7.00" }),
    project("gpb.grant", "20.00", "教师培训"),
    project("carryover.gpb", "5.00", "2023年智慧校园建设"),
    project("carryover.govFund", "3.00", "2023年彩票公益金项目"),
    project("carryover.unitFunds", "2.00", "2023年单位资金项目"),
    project("carryover.specialAccount", "1.00", "2023年专户项目"),
  ],
};

const TEMPLATES: [string, Template, Profile, MeasureSet][] = [
  ["henan2024", henan2024, henan2024Profile, henan2024Measures],
  ["national", nationalMinimum, nationalProfile, henan2024Measures],
  ["shanghai", shanghai, shanghaiProfile, shanghaiMeasures],
];

const derive = (entries: LedgerEntry[], template: Template, measures: MeasureSet) => {
  const built = ledgerOf(meta, { unit: "万元", decimals: 2 }, entries);
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  return deriveDisclosure(built.value, template, { measures, catalog: catalog2024 });
};
const findings = (d: Disclosure, template: Template, profile: Profile) =>
  checkDisclosure(d, { profile, template, catalog: catalog2024 })
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.severity} ${f.ruleId} ${JSON.stringify(f.path)}`);

describe("a fund the template cannot print is said and left out of every cell", () => {
  it("Shanghai: carryover.gpb is fund-not-printed, the totals agree with their lines", () => {
    const { disclosure, problems } = derive(
      CASES["a project paid from carryover.gpb"] as LedgerEntry[],
      shanghai,
      shanghaiMeasures,
    );
    expect(problems).toContainEqual({ code: "fund-not-printed", fund: "carryover.gpb" });
    expect(findings(disclosure, shanghai, shanghaiProfile)).toEqual([]);
    // a project paid only from that fund is no row (not one of 0.00)
    const named = disclosure.tables.flatMap((t) =>
      t.rows.filter((r) => r.key.kind === "project" && r.key.name === "2023年智慧校园建设"),
    );
    expect(named).toEqual([]);
  });
});

describe("a ledger spending carried-over money derives a disclosure every rule passes", () => {
  for (const [name, entries] of Object.entries(CASES))
    for (const [id, template, profile, measures] of TEMPLATES)
      it(`${name}: ${id}`, () => {
        const { disclosure } = derive(entries, template, measures);
        expect(findings(disclosure, template, profile)).toEqual([]);
      });
});

describe("the Henan 项目支出表 prints a fund's carry-over apart from this year's money", () => {
  it("本年拨款/一般公共预算 20.00 beside 财政拨款结转结余/一般公共预算 5.00", () => {
    const { disclosure } = derive(
      CASES["a project paid from carryover.gpb"] as LedgerEntry[],
      henan2024,
      henan2024Measures,
    );
    const t = disclosure.tables.find((x) => x.kind === "projects");
    const total = t?.rows.find((r) => r.key.kind === "total")?.cells;
    expect(total?.total).toBe("25.00");
    expect(total?.gpb).toBe("20.00");
    expect(total?.["carryover.gpb"]).toBe("5.00");
    const gpb = disclosure.tables.find((x) => x.kind === "gpbExpenditure");
    // the 一般公共预算支出表 prints the fund's spending, its carry-over included
    expect(gpb?.rows.find((r) => r.key.kind === "total")?.cells.project).toBe("25.00");
  });
});

describe("a single changed cell of the derived disclosure is still caught", () => {
  const { disclosure } = derive(
    CASES["a project paid from carryover.gpb"] as LedgerEntry[],
    henan2024,
    henan2024Measures,
  );
  for (const kind of ["fiscalSummary", "gpbExpenditure", "projects", "summary"])
    it(`${kind}: its first figure other than zero, 1.00 more`, () => {
      const d = structuredClone(disclosure) as unknown as {
        tables: { kind: string; rows: { cells: Record<string, string> }[] }[];
      };
      const t = d.tables.find((x) => x.kind === kind);
      let changed = false;
      for (const r of t?.rows ?? []) {
        for (const [k, v] of Object.entries(r.cells))
          if (/^\d+\.\d\d$/.test(v) && Number(v) !== 0) {
            r.cells[k] = (Number(v) + 1).toFixed(2);
            changed = true;
            break;
          }
        if (changed) break;
      }
      expect(changed).toBe(true);
      const errors = checkDisclosure(d as unknown as Disclosure, {
        profile: henan2024Profile,
        template: henan2024,
        catalog: catalog2024,
      }).findings.filter((f) => f.severity === "error");
      expect(errors.length).toBeGreaterThan(0);
    });
});
