import { describe, expect, it } from "vitest";
import { ledgerBuilder } from "./builder";
import { ledgerEntries, ledgerFacts } from "./facts";
import { ledgerOf } from "./ledger-of";
import { formatLedgerProblem } from "./messages";
import type { LedgerEntry, LedgerLine, LedgerMeta, LedgerProblem } from "./types";

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
  nature: "basic",
  amount: "1.00",
  ...over,
});
const problems = (entries: LedgerEntry[], m: LedgerMeta = meta): LedgerProblem[] => {
  const r = ledgerOf(m, WAN, entries);
  return r.ok ? [] : [...r.error];
};

describe("ledgerOf: every entry validated, every problem with its path", () => {
  it("builds a valid ledger and keeps its size, meta and scale", () => {
    const r = ledgerOf(meta, WAN, [line(), line({ unit: "900002", amount: "2.5" })]);
    expect(r.ok && [r.value.size, r.value.scale, r.value.meta.units.length]).toEqual([2, WAN, 2]);
  });

  it("reports a unit not in the meta, and a unit without a code", () => {
    expect(problems([line({ unit: "999" })])).toEqual([
      { code: "unknown-unit", path: ["entries", 0, "unit"], input: "999" },
    ]);
    expect(problems([], { ...meta, units: [{ name: "无编码" }] })).toEqual([
      { code: "unknown-unit", path: ["meta", "units", 0], input: "无编码" },
    ]);
  });

  it("reads printed code forms and reports a code at the wrong level or misread", () => {
    expect(problems([line({ functional: "201 31 01", econ: "302-01" })])).toEqual([]);
    expect(
      problems([line({ functional: "20131" }), line({ econ: "302" }), line({ gov: "2O1" })]),
    ).toEqual([
      {
        code: "malformed-code",
        path: ["entries", 0, "functional"],
        input: "20131",
        expected: "项",
      },
      { code: "malformed-code", path: ["entries", 1, "econ"], input: "302", expected: "款" },
      { code: "malformed-code", path: ["entries", 2, "gov"], input: "2O1", expected: "款" },
    ]);
  });

  it("keeps amounts exact at the scale: more decimals only when they are zeros", () => {
    expect(
      problems([
        line({ amount: "1,212.10" }),
        line({ amount: "3.000" }),
        line({ amount: "-0.50" }),
      ]),
    ).toEqual([]);
    expect(
      problems([
        line({ amount: "1.005" }),
        line({ amount: "6.5O" }),
        line({ amount: "99999999999999999" }),
      ]).map((p) => p.code === "malformed-amount" && p.reason),
    ).toEqual(["too-precise", "not-an-amount", "too-large"]);
  });

  it("reads basic spending as 人员 or 公用 by its code, and rejects what contradicts it", () => {
    expect(
      problems([
        line({ econ: "30101" }),
        line({ econ: "31002" }),
        line({ nature: "basic.public" }),
      ]),
    ).toEqual([]);
    expect(
      problems([line({ econ: "30401" }), line({ nature: "basic.personnel" })]).map((p) => [
        p.code,
        p.path,
      ]),
    ).toEqual([
      ["nature-econ", ["entries", 0, "nature"]],
      ["nature-econ", ["entries", 1, "nature"]],
    ]);
  });

  it("needs a project on project lines only, one unit, code and class per project name", () => {
    const p = (name: string, over: Partial<LedgerLine> = {}) =>
      line({ nature: "project.specific", project: { name }, ...over });
    expect(
      problems([line({ nature: "project.operating" }), line({ project: { name: "甲" } })]).map(
        (x) => x.code === "project" && x.reason,
      ),
    ).toEqual(["missing", "unexpected"]);
    expect(
      problems([
        p("甲"),
        p("甲", { unit: "900002" }),
        p(" 甲 ", { nature: "project.operating" }),
      ]).map((x) => x.code === "project" && [x.reason, x.name]),
    ).toEqual([
      ["conflict", "甲"],
      ["conflict", " 甲 "],
    ]);
  });

  it("takes carry-forwards from this year's funds only, and last year's lines apart", () => {
    const cf = (fund: "gpb.grant" | "carryover.gpb"): LedgerEntry => ({
      kind: "carryforward",
      unit: "900001",
      fund,
      amount: "1.00",
    });
    expect(problems([cf("gpb.grant"), line({ period: "prior" })])).toEqual([]);
    expect(problems([cf("carryover.gpb")])).toEqual([
      { code: "fund", path: ["entries", 0, "fund"], input: "carryover.gpb" },
    ]);
  });

  it("rejects a negative or fractional scale as a programmer error", () => {
    expect(() => ledgerOf(meta, { unit: "元", decimals: -1 }, [])).toThrow(RangeError);
  });
});

describe("ledgerBuilder", () => {
  it("is immutable: each call a new builder, the earlier ones unchanged", () => {
    const a = ledgerBuilder(meta, WAN).line(line());
    const b = a
      .line(line({ amount: "2.00" }))
      .carryForward({ unit: "900002", fund: "business", amount: "0.50" });
    const c = a.entries([line({ econ: "30101" })]);
    const size = (x: typeof a) => {
      const r = x.build();
      return r.ok ? r.value.size : -1;
    };
    expect([size(a), size(b), size(c)]).toEqual([1, 3, 2]);
    const r = b.build();
    expect(r.ok && ledgerEntries(r.value).map((e) => e.amount)).toEqual(["1.00", "2.00", "0.50"]);
  });

  it("adds 100,000 lines one at a time", () => {
    let b = ledgerBuilder(meta, WAN);
    for (let i = 0; i < 100_000; i++) b = b.line(line({ amount: "0.01" }));
    const r = b.build();
    expect(r.ok && r.value.size).toBe(100_000);
  });
});

describe("ledgerEntries and ledgerFacts", () => {
  const entries: LedgerEntry[] = [
    line({ functional: "201 31 01", econ: "30217", gov: "50206", amount: "1.5" }),
    line({
      nature: "project.operating",
      project: { name: "接待", code: "410305240000000036401" },
      econ: "30217",
      amount: "1.00",
    }),
    line({ econ: "30217", amount: "0.50" }),
    { kind: "carryforward", unit: "900002", fund: "gpb.grant", period: "prior", amount: "3.00" },
  ];
  const r = ledgerOf(meta, WAN, entries);
  if (!r.ok) throw new Error("invalid");

  it("gives the entries back normalised, and they build the same ledger", () => {
    const back = ledgerEntries(r.value);
    expect(back[0]).toEqual({
      unit: "900001",
      fund: "gpb.grant",
      functional: "2013101",
      econ: "30217",
      gov: "50206",
      nature: "basic.public",
      amount: "1.50",
    });
    expect(back[3]).toEqual({
      kind: "carryforward",
      unit: "900002",
      fund: "gpb.grant",
      period: "prior",
      amount: "3.00",
    });
    const again = ledgerOf(meta, WAN, back);
    expect(again.ok && ledgerEntries(again.value)).toEqual(back);
  });

  it("gives one leaf fact per classification, the exact sum of its lines, without carry-forwards", () => {
    const { leaves, units } = ledgerFacts(r.value);
    expect(units).toBe(r.value.meta.units);
    expect(
      leaves.map((f) => [
        f.coords.econ,
        f.coords.gov ?? "",
        f.coords.nature,
        f.coords.project ?? "",
        f.value?.value,
      ]),
    ).toEqual([
      ["30217", "50206", "basic.public", "", "1.50"],
      ["30217", "", "project.operating", "接待", "1.00"],
      ["30217", "", "basic.public", "", "0.50"],
    ]);
    expect(leaves.every((f) => f.source.table === "ledger" && f.coords.org === "900001")).toBe(
      true,
    );
  });
});

describe("formatLedgerProblem", () => {
  const cases: [LedgerProblem, string, string][] = [
    [
      { code: "unknown-unit", path: ["entries", 2, "unit"], input: "999" },
      "第 3 条明细的 unit：999 不是明细账中的单位",
      "entry 3, unit: 999 is not a unit of the ledger",
    ],
    [
      { code: "malformed-code", path: ["entries", 0, "econ"], input: "302", expected: "款" },
      "第 1 条明细的 econ：302 不是款级科目编码",
      "entry 1, econ: 302 is not a code at the 款 (5-digit) level",
    ],
    [
      {
        code: "malformed-amount",
        path: ["entries", 0, "amount"],
        input: "1.005",
        reason: "too-precise",
      },
      "第 1 条明细的 amount：1.005 小数位多于明细账的精度",
      "entry 1, amount: 1.005 has more decimals than the ledger keeps",
    ],
    [
      {
        code: "nature-econ",
        path: ["entries", 0, "nature"],
        nature: "basic.personnel",
        econ: "39999",
        reason: "contradicts",
      },
      "第 1 条明细的 nature：39999 上的 basic.personnel 支出与其类不符：399 属于公用经费",
      "entry 1, nature: basic.personnel spending on 39999 contradicts its class: 399 is 公用经费",
    ],
    [
      { code: "project", path: ["entries", 4, "project"], reason: "conflict", name: "甲" },
      "第 5 条明细的 project：同名项目的单位、编码或类别不一致（甲）",
      "entry 5, project: a project of this name has another unit, code or class (甲)",
    ],
    [
      { code: "fund", path: ["entries", 0, "fund"], input: "carryover.gpb" },
      "第 1 条明细的 fund：carryover.gpb 不是明细账的资金来源（年终结转只能来自本年资金）",
      "entry 1, fund: carryover.gpb is not a ledger fund (a carry-forward is from this year's funds)",
    ],
    [
      { code: "unknown-unit", path: ["meta", "units", 0], input: "x" },
      "元数据第 1 个单位：x 不是明细账中的单位",
      "unit 1 of the meta: x is not a unit of the ledger",
    ],
  ];
  it.each(cases)("%o", (problem, zh, en) => {
    expect(formatLedgerProblem(problem)).toBe(zh);
    expect(formatLedgerProblem(problem, "en")).toBe(en);
  });
});
