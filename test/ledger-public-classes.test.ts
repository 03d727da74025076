/**
 * 基本支出 on the departmental classes other than 301 / 302 / 303 / 310 (307 债务利息及费用支出, 309
 * 资本性支出（基本建设）, 311 / 312 对企业补助, 313 对社会保障基金补助, 399 其他支出): 公用经费, as the
 * 决算 基本支出表 prints them (src/final/basic-classes.ts) — one definition of 公用经费 for the ledger,
 * the facts and the 决算 profile. A ledger with such lines builds, derives in every template and
 * checks clean; the derived tables put them under 公用经费; a truly wrong 公用经费 figure is still
 * caught; a class outside the departmental catalog, or 人员经费 on a 公用 class, is still refused.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure, Table } from "../src/disclosure";
import { BASIC_NATURE_BY_ECON_CLASS } from "../src/facts";
import { PERSONNEL_CLASSES, PUBLIC_CLASSES } from "../src/final/profile";
import {
  deriveDisclosure,
  formatLedgerProblem,
  type LedgerLine,
  type LedgerMeta,
  ledgerEntries,
  ledgerOf,
} from "../src/ledger";
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
  documentKind: "部门",
  department: { code: "900", name: "某部门" },
  units: [
    { code: "900001", name: "机关", unitType: "行政" },
    { code: "900002", name: "中心", unitType: "事业" },
  ],
};
const WAN = { unit: "万元", decimals: 2 } as const;
const line = (over: Partial<LedgerLine> = {}): LedgerLine => ({
  unit: "900001",
  fund: "gpb.grant",
  functional: "2013101",
  econ: "30201",
  gov: "50201",
  nature: "basic",
  amount: "10.00",
  ...over,
});

/** One basic line on each 公用 class but 302 / 310, with the 机关 government code. */
const OTHER: readonly (readonly [string, string])[] = [
  ["30701", "51101"],
  ["30902", "50404"],
  ["31101", "50802"],
  ["31204", "50701"],
  ["31302", "51002"],
  ["39999", "59999"],
];
const ENTRIES: LedgerLine[] = [
  line(),
  line({ econ: "30101", gov: "50101", amount: "20.00" }),
  line({ econ: "31002", gov: "50306", amount: "2.00" }),
  line({ unit: "900002", econ: "30201", gov: "50502", amount: "3.00" }),
  line({ unit: "900002", econ: "30902", gov: "50602", amount: "0.50" }),
  ...OTHER.map(([econ, gov]) => line({ econ, gov, amount: "1.00" })),
];

const built = ledgerOf(meta, WAN, ENTRIES);

interface Setup {
  readonly name: string;
  readonly template: Template;
  readonly profile: Profile;
  readonly measures: MeasureSet;
}
const SETUPS: readonly Setup[] = [
  {
    name: "henan2024",
    template: henan2024,
    profile: henan2024Profile,
    measures: henan2024Measures,
  },
  {
    name: "nationalMinimum",
    template: nationalMinimum,
    profile: nationalProfile,
    measures: henan2024Measures,
  },
  { name: "shanghai", template: shanghai, profile: shanghaiProfile, measures: shanghaiMeasures },
];

const derive = (s: Setup) => {
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  return deriveDisclosure(built.value, s.template, { measures: s.measures, catalog: catalog2024 });
};
const serious = (d: Disclosure, s: Setup) =>
  checkDisclosure(d, { profile: s.profile, template: s.template, catalog: catalog2024 })
    .findings.filter((f) => f.severity !== "info")
    .map(
      (f) =>
        `${f.severity} ${f.ruleId} ${f.path?.table ?? ""} ${f.actual ?? ""} vs ${f.expected ?? ""}`,
    );
const table = (d: Disclosure, kind: string): Table => {
  const t = d.tables.find((x) => x.kind === kind);
  if (t === undefined) throw new Error(`no ${kind}`);
  return t;
};

describe("basic spending on 307 / 309 / 311 / 312 / 313 / 399 is 公用经费", () => {
  it("one definition: every departmental class is 人员经费 or 公用经费, as the 决算 profile reads it", () => {
    const classes = catalog2024.departmental.entries
      .filter((c) => c.level === "类")
      .map((c) => c.code);
    expect(Object.keys(BASIC_NATURE_BY_ECON_CLASS).sort()).toEqual([...classes].sort());
    for (const c of PERSONNEL_CLASSES)
      expect(BASIC_NATURE_BY_ECON_CLASS[c]).toBe("basic.personnel");
    for (const c of PUBLIC_CLASSES) expect(BASIC_NATURE_BY_ECON_CLASS[c]).toBe("basic.public");
  });

  it("the ledger builds and reads each line as 公用经费", () => {
    expect(built.ok ? [] : built.error).toEqual([]);
    if (!built.ok) return;
    const natures = ledgerEntries(built.value)
      .filter((e) => e.kind !== "carryforward" && OTHER.some(([c]) => c === e.econ))
      .map((e) => (e.kind === "carryforward" ? "" : e.nature));
    expect(natures).toEqual([...OTHER, ["30902"]].map(() => "basic.public"));
  });

  it("shanghai: derives with nothing it cannot print and checks clean", () => {
    const s = SETUPS[2] as Setup;
    const d = derive(s);
    expect(d.problems).toEqual([]);
    expect(serious(d.disclosure, s)).toEqual([]);
  });

  // The Henan 支出表s (and the national ones) split 公用经费 into 商品和服务支出 and 资本性支出
  // columns only (DOMAIN I5): a 类 they have no column for is said, as a fund without one is.
  it.each([
    ["henan2024", SETUPS[0] as Setup, ["expenditure", "gpbExpenditure"]],
    ["nationalMinimum", SETUPS[1] as Setup, ["expenditure", "gpbExpenditure"]],
  ] as const)(
    "%s: derives, saying which tables split 公用经费 without a column for them",
    (_, s, tables) => {
      const d = derive(s);
      expect(d.problems).toEqual(
        tables.map((table) => ({
          code: "class-not-printed",
          table,
          classes: ["307", "309", "311", "312", "313", "399"],
        })),
      );
      // the only findings: those tables' 公用经费 = 302 + 310
      expect(
        serious(d.disclosure, s).filter(
          (f) => !tables.some((t) => f.startsWith(`error nature ${t} `)),
        ),
      ).toEqual([]);
    },
  );

  it("a 类 whose basic money is none of a table's fund leaves that table whole", () => {
    const r = ledgerOf(meta, WAN, [
      ...ENTRIES.filter((e) => ["301", "302", "310"].includes(e.econ.slice(0, 3))),
      line({ fund: "business", econ: "39999", gov: "59999" }),
      line({
        fund: "gpb.grant",
        econ: "39999",
        gov: "59999",
        nature: "project.specific",
        project: { name: "甲" },
      }),
    ]);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const s = SETUPS[0] as Setup;
    const d = deriveDisclosure(r.value, s.template, { measures: s.measures, catalog: catalog2024 });
    expect(d.problems).toEqual([
      { code: "class-not-printed", table: "expenditure", classes: ["399"] },
    ]);
  });

  it("the Henan 基本支出表 prints each under 公用经费, in its 公用经费 total", () => {
    const t = table(derive(SETUPS[0] as Setup).disclosure, "gpbBasic");
    const row = (econ: string) => {
      const r = t.rows.find((x) => x.key.kind === "economic" && x.key.econ === econ);
      return r === undefined ? undefined : [r.cells.total, r.cells.personnel, r.cells.public];
    };
    for (const [econ] of OTHER) expect(row(econ)).toEqual(["1.00", "", "1.00"]);
    const total = t.rows.find((r) => r.key.kind === "total");
    // 302 13.00 + 310 2.00 + 309 1.50 + the other five 5.00; 人员 30101 20.00
    expect([total?.cells.total, total?.cells.personnel, total?.cells.public]).toEqual([
      "41.50",
      "20.00",
      "21.50",
    ]);
  });

  it("the Henan 一般公共预算支出表 counts them in 公用经费", () => {
    const t = table(derive(SETUPS[0] as Setup).disclosure, "gpbExpenditure");
    const total = t.rows.find((r) => r.key.kind === "total");
    expect([total?.cells["basic.personnel"], total?.cells["basic.public"]]).toEqual([
      "20.00",
      "21.50",
    ]);
  });

  it("a 公用经费 total that leaves one of them out is still an error", () => {
    const s = SETUPS[0] as Setup;
    const d = derive(s).disclosure;
    const wrong: Disclosure = {
      ...d,
      tables: d.tables.map((t) =>
        t.kind !== "gpbBasic"
          ? t
          : {
              ...t,
              rows: t.rows.map((r) =>
                r.key.kind === "total" ? { ...r, cells: { ...r.cells, public: "20.50" } } : r,
              ),
            },
      ),
    };
    expect(serious(wrong, s)).toContain("error same-fact gpbBasic 20.50 vs 21.50");
  });
});

describe("basic spending the ledger still refuses, with the reason", () => {
  const refused = (over: Partial<LedgerLine>) => {
    const r = ledgerOf(meta, WAN, [line(over)]);
    return r.ok ? [] : r.error;
  };

  it("a class outside the departmental catalog (304 of the pre-2018 catalog)", () => {
    const [p] = refused({ econ: "30401", gov: "50799" });
    expect(p).toEqual({
      code: "nature-econ",
      path: ["entries", 0, "nature"],
      nature: "basic",
      econ: "30401",
      reason: "not-basic",
    });
    expect(p && formatLedgerProblem(p, "en")).toBe(
      "entry 1, nature: 30401 is in no class of basic spending (人员经费 301, 303; 公用经费 302, 307, 309, 310, 311, 312, 313, 399)",
    );
    expect(p && formatLedgerProblem(p)).toBe(
      "第 1 条明细的 nature：30401 不属于基本支出的任何一类（人员经费 301、303；公用经费 302、307、309、310、311、312、313、399）",
    );
  });

  it("人员经费 stated on a 公用经费 class, 公用经费 on a 人员经费 class", () => {
    const [p] = refused({ econ: "39999", gov: "59999", nature: "basic.personnel" });
    expect(p).toEqual({
      code: "nature-econ",
      path: ["entries", 0, "nature"],
      nature: "basic.personnel",
      econ: "39999",
      reason: "contradicts",
    });
    expect(p && formatLedgerProblem(p, "en")).toBe(
      "entry 1, nature: basic.personnel spending on 39999 contradicts its class: 399 is 公用经费",
    );
    expect(p && formatLedgerProblem(p)).toBe(
      "第 1 条明细的 nature：39999 上的 basic.personnel 支出与其类不符：399 属于公用经费",
    );
    expect(refused({ econ: "30101", gov: "50101", nature: "basic.public" })).toMatchObject([
      { code: "nature-econ", reason: "contradicts" },
    ]);
  });
});
