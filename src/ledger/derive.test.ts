import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import type { Table } from "../disclosure";
import { henan2024Measures, measure, shanghaiMeasures } from "../measures";
import { growth } from "../measures/ratio";
import { henan2024, nationalMinimum, shanghai } from "../templates";
import { deriveDisclosure } from "./derive";
import { ledgerFacts } from "./facts";
import { ledgerOf } from "./ledger-of";
import type { Ledger } from "./store";
import type { LedgerEntry, LedgerLine, LedgerMeta, LedgerScale } from "./types";

const meta: LedgerMeta = {
  year: 2024,
  documentKind: "部门",
  department: { code: "900", name: "某部门" },
  units: [
    { code: "900001", name: "机关", unitType: "行政" },
    { code: "900002", name: "中心", unitType: "事业" },
  ],
};
const WAN: LedgerScale = { unit: "万元", decimals: 2 };
const line = (over: Partial<LedgerLine> = {}): LedgerLine => ({
  unit: "900001",
  fund: "gpb.grant",
  functional: "2013101",
  econ: "30201",
  gov: "50201",
  nature: "basic",
  amount: "1.00",
  ...over,
});
const build = (entries: LedgerEntry[], m = meta, scale = WAN): Ledger => {
  const r = ledgerOf(m, scale, entries);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const table = (tables: readonly Table[], kind: string): Table => {
  const t = tables.find((x) => x.kind === kind);
  if (t === undefined) throw new Error(`no ${kind}`);
  return t;
};
const ids = (t: Table) =>
  t.rows.map((r) =>
    r.key.kind === "org"
      ? `org:${r.key.code}`
      : r.key.kind === "functional"
        ? r.key.code
        : r.key.kind === "economic"
          ? `${r.key.econ}/${r.key.gov ?? ""}`
          : r.key.kind,
  );

describe("deriveDisclosure: rows as each table kind lays them out", () => {
  const ledger = build([
    line({ amount: "10.00" }),
    line({ unit: "900002", gov: "50502", amount: "5.00" }),
    line({ unit: "900002", functional: "2080505", econ: "30108", gov: "50501", amount: "3.00" }),
  ]);
  const { disclosure } = deriveDisclosure(ledger, henan2024, { measures: henan2024Measures });

  it("收入表: 合计, the department, then a row per unit", () => {
    const t = table(disclosure.tables, "income");
    expect(ids(t)).toEqual(["total", "org:900", "org:900001", "org:900002"]);
    expect(t.rows.map((r) => r.cells.revenue)).toEqual(["18.00", "18.00", "10.00", "8.00"]);
  });

  it("支出表: department figures by 项 only (Henan prints no 类 / 款 rows, no unit rows)", () => {
    const t = table(disclosure.tables, "expenditure");
    expect(ids(t)).toEqual(["total", "org:900", "2013101", "2080505"]);
    expect(t.rows.map((r) => r.cells.total)).toEqual(["18.00", "18.00", "15.00", "3.00"]);
  });

  it("机构运转经费表: each unit's row followed by its 款 rows, with 项目类别", () => {
    const t = table(disclosure.tables, "operatingCost");
    expect(ids(t)).toEqual(["total", "org:900", "org:900001", "30201/", "org:900002", "30201/"]);
    expect(t.rows.map((r) => [r.cells.category ?? "", r.cells.total])).toEqual([
      ["", "15.00"],
      ["", "15.00"],
      ["", "10.00"],
      ["公用经费", "10.00"],
      ["", "5.00"],
      ["公用经费", "5.00"],
    ]);
  });

  it("the national 支出总表 (no layout given): every level, each unit's section", () => {
    const national = deriveDisclosure(ledger, nationalMinimum, { measures: henan2024Measures });
    const t = table(national.disclosure.tables, "expenditure");
    expect(ids(t)).toEqual([
      "total",
      "org:900",
      "org:900001",
      "201",
      "20131",
      "2013101",
      "org:900002",
      "201",
      "20131",
      "2013101",
      "208",
      "20805",
      "2080505",
    ]);
  });

  it("a 单位 document prints no unit rows", () => {
    const single = build([line()], {
      ...meta,
      documentKind: "单位",
      department: { name: "机关" },
      units: [meta.units[0] as LedgerMeta["units"][number]],
    });
    const t = table(deriveDisclosure(single, henan2024).disclosure.tables, "income");
    expect(ids(t)).toEqual(["total"]);
  });
});

describe("deriveDisclosure: cells", () => {
  it("a cell no line reaches is blank; lines adding up to nothing print 0.00", () => {
    const { disclosure } = deriveDisclosure(build([line({ amount: "0.00" })]), henan2024);
    const row = table(disclosure.tables, "expenditure").rows[0];
    expect([row?.cells["basic.goods"], row?.cells["basic.salary"], row?.cells.project]).toEqual([
      "0.00",
      "",
      "",
    ]);
  });

  it("prints exactly in each table's unit: a ledger in 元 gives 0.0123万元; one in 万元 gives whole 元", () => {
    const yuan = build([line({ amount: "123" })], meta, { unit: "元", decimals: 0 });
    const henan = table(deriveDisclosure(yuan, henan2024).disclosure.tables, "expenditure");
    expect(henan.rows[0]?.cells.total).toBe("0.0123");
    const wan = build([line({ amount: "1.23" })]);
    const sh = table(
      deriveDisclosure(wan, shanghai, { measures: shanghaiMeasures }).disclosure.tables,
      "expenditure",
    );
    expect(sh.rows[0]?.cells.total).toBe("12300");
  });

  it("三公 and 机构运转经费 by the measures given; without them the cells are left out and said", () => {
    const ledger = build([
      line({ econ: "30217", gov: "50206", amount: "1.50" }),
      line({
        econ: "30217",
        gov: "50206",
        nature: "project.operating",
        project: { name: "接待" },
        functional: "2013102",
        amount: "1.00",
      }),
      line({ econ: "30217", gov: "50206", fund: "gpb.fees", amount: "0.30" }),
    ]);
    const d = deriveDisclosure(ledger, henan2024, { measures: henan2024Measures });
    // Henan's 三公 is 财政拨款: 1.50 + 1.00, not the 0.30 of 行政事业性收费
    expect(table(d.disclosure.tables, "sanGong").rows[0]?.cells.reception).toBe("2.50");
    // 机构运转经费 is basic 302 of every fund: 1.50 + 0.30
    expect(table(d.disclosure.tables, "operatingCost").rows[0]?.cells.total).toBe("1.80");
    const bare = deriveDisclosure(ledger, henan2024);
    expect(bare.problems).toEqual([
      { code: "measures-missing", table: "sanGong", concept: "sanGong" },
      { code: "measures-missing", table: "operatingCost", concept: "operatingCost" },
    ]);
    expect(table(bare.disclosure.tables, "sanGong").rows).toEqual([]);
  });

  it("上年结转 is income carried over, 年终结转结余 is spending set aside: totals still balance", () => {
    const ledger = build([
      line({ amount: "10.00" }),
      line({ fund: "carryover.unitFunds", amount: "2.00" }),
      { kind: "carryforward", unit: "900001", fund: "business", amount: "4.00" },
    ]);
    const lines = Object.fromEntries(
      table(deriveDisclosure(ledger, henan2024).disclosure.tables, "summary").rows.map((r) => [
        r.key.kind === "line" ? r.key.line : "",
        r.cells["income.amount"] ?? r.cells["spending.amount"],
      ]),
    );
    expect(lines).toMatchObject({
      "revenue.business": "4.00",
      revenue: "14.00",
      "revenue.carryover": "2.00",
      "revenue.total": "16.00",
      spending: "12.00",
      "spending.carryforward": "4.00",
      "spending.total": "16.00",
    });
  });

  it("an empty table that must carry a note gets one; the note can be the caller's", () => {
    const d = deriveDisclosure(build([line()]), henan2024, {
      emptyNote: (k) => `注：无${k.name["zh-CN"]}。`,
    });
    expect(table(d.disclosure.tables, "govFundExpenditure")).toMatchObject({
      rows: [],
      note: "注：无政府性基金支出预算表。",
    });
  });

  it("names code rows from a catalog", () => {
    const d = deriveDisclosure(build([line()]), henan2024, { catalog: catalog2024 });
    expect(table(d.disclosure.tables, "expenditure").rows[2]?.name).toBe("行政运行");
    expect(table(d.disclosure.tables, "gpbBasic").rows[1]).toMatchObject({
      name: "办公费",
      cells: { "gov.name": "办公经费" },
    });
  });

  it("last year's lines print in no table, yet measure last year's value for growth", () => {
    const ledger = build([
      line({ econ: "30217", gov: "50206", amount: "6.50" }),
      line({ econ: "30217", gov: "50206", period: "prior", amount: "7.50" }),
    ]);
    const d = deriveDisclosure(ledger, henan2024, { measures: henan2024Measures });
    expect(table(d.disclosure.tables, "sanGong").rows[0]?.cells.total).toBe("6.50");
    const facts = ledgerFacts(ledger);
    const now = measure(facts, henan2024Measures.sanGong).value;
    const then = measure(facts, henan2024Measures.sanGong, { period: "prior" }).value;
    expect([now?.value, then?.value]).toEqual(["6.50", "7.50"]);
    if (now && then) expect(growth(now, then)).toEqual({ ok: true, value: "-13.33" });
  });
});

describe("deriveDisclosure: what a template cannot print is said", () => {
  it("Shanghai has no 财政专户 column, no 上年结转 and no 年终结转结余 line", () => {
    const ledger = build([
      line({ fund: "specialAccount" }),
      line({ fund: "carryover.gpb" }),
      { kind: "carryforward", unit: "900001", fund: "gpb.grant", amount: "1.00" },
    ]);
    expect(deriveDisclosure(ledger, shanghai, { measures: shanghaiMeasures }).problems).toEqual([
      { code: "fund-not-printed", fund: "specialAccount" },
      { code: "fund-not-printed", fund: "carryover.gpb" },
      { code: "carryforward-not-printed" },
    ]);
    expect(deriveDisclosure(ledger, henan2024, { measures: henan2024Measures }).problems).toEqual(
      [],
    );
  });

  it("a line without the 政府经济分类 the Henan 06 / 07 tables print on every economic row", () => {
    const { gov: _gov, ...noGov } = line();
    const d = deriveDisclosure(build([noGov]), henan2024, { measures: henan2024Measures });
    expect(d.problems).toEqual([
      { code: "gov-missing", table: "gpbBasic" },
      { code: "gov-missing", table: "economicSummary" },
    ]);
  });
});
