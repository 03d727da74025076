/**
 * Measures on the fixtures (issue 10, point 1): 三公 and each item from the economic facts,
 * 机构运转经费 with its 项目类别, 机关运行经费, computed by `measure` from what the documents print,
 * and 三公 of the Shanghai finance bureau from leaf facts that hold the project money the tables
 * do not break down. Expected figures are the documents' own (shared/fixtures/README.md).
 */
import { describe, expect, it } from "vitest";
import { type Amount, amount, convertAmount, type Fact, type Nature, sumAmounts } from "../src";
import {
  henan2024Measures,
  type MeasureResult,
  measure,
  nationalMeasures,
  shanghaiMeasures,
} from "../src/measures";
import { henan2024, shanghai } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import { fixtureDisclosure } from "./support/disclosures";

const henan = {
  disclosure: fixtureDisclosure(henan2024Fixture, henan2024).disclosure,
  template: henan2024,
};
const finance = {
  disclosure: fixtureDisclosure(shanghaiFinance2025Fixture, shanghai).disclosure,
  template: shanghai,
};
const wan = (a: Amount | null) => (a === null ? null : convertAmount(a, "万元").value);
const part = (r: MeasureResult, id: string): MeasureResult => {
  const found =
    r.parts.find((p) => p.id === id) ?? r.parts.flatMap((p) => p.parts).find((p) => p.id === id);
  if (found === undefined) throw new Error(`no part ${id}`);
  return found;
};

describe("三公 from economic facts", () => {
  it("Henan: 6.50 = 0 + (0 + 4.00) + 2.50, exact, from the 支出经济分类汇总表's 财政拨款 column", () => {
    const r = measure(henan, henan2024Measures.sanGong);
    expect([r.status, r.value?.value, r.unit]).toEqual(["exact", "6.50", "万元"]);
    expect(r.parts.map((p) => [p.id, p.value?.value])).toEqual([
      ["sanGong.abroad", "0.00"],
      ["sanGong.vehicles", "4.00"],
      ["sanGong.reception", "2.50"],
    ]);
    expect(part(r, "sanGong.vehicles.purchase").value?.value).toBe("0.00");
    expect(part(r, "sanGong.vehicles.operation").value?.value).toBe("4.00");
    // 接待 2.50 is basic 1.50 + project 1.00: the 07 table's all-nature figure, not the 06 table's
    expect(
      part(r, "sanGong.reception").facts.map((f) => [f.source.table, f.source.column]),
    ).toEqual([["economicSummary", "gpb.grant"]]);
    // it equals the printed 三公 table, item by item
    const printed = henan.disclosure.tables.find((t) => t.kind === "sanGong")?.rows[0]?.cells;
    expect(printed?.total).toBe(r.value?.value);
    expect(printed?.reception).toBe(part(r, "sanGong.reception").value?.value);
  });

  it("Shanghai finance bureau from its tables: only a lower bound, 340.00 ≤ 346.30 (project money is not by code)", () => {
    const r = measure(finance, shanghaiMeasures.sanGong);
    expect([r.status, r.reason, wan(r.value)]).toEqual(["atLeast", "partial", "340.0000"]);
    expect(wan(part(r, "sanGong.abroad").value)).toBe("288.7000");
    expect(wan(part(r, "sanGong.reception").value)).toBe("19.1000");
  });

  it("Shanghai finance bureau from leaf facts with the project money: 346.30 = 288.70 + 25.40 + 32.20", () => {
    const leaf = (econ: string, nature: Nature, v: string, i: number): Fact => ({
      concept: "spending",
      coords: { org: "SH", econ, nature, fund: "gpb.grant" },
      value: amount(v, "元"),
      source: { table: "ledger", row: String(i), column: "amount", raw: v },
    });
    const leaves = [
      leaf("30212", "basic.public", "2,887,000", 0),
      leaf("30217", "basic.public", "191,000", 1),
      leaf("30217", "project.specific", "63,000", 2),
      leaf("30231", "basic.public", "322,000", 3),
      leaf("30211", "basic.public", "1,000,000", 4), // 差旅费: not 三公
      leaf("30239", "basic.public", "2,600,000", 5), // 其他交通费用: not 三公
    ];
    const r = measure(
      { leaves, units: [{ code: "SH", name: "上海市财政局", unitType: "行政" }] },
      shanghaiMeasures.sanGong,
    );
    expect([r.status, wan(r.value)]).toEqual(["exact", "346.3000"]);
    expect(r.parts.map((p) => wan(p.value))).toEqual(["288.7000", "32.2000", "25.4000"]);
    expect(r.byUnit.map((u) => [u.org, wan(u.value)])).toEqual([["SH", "346.3000"]]);
    expect(r.facts).toHaveLength(4);
  });
});

describe("机构运转经费 and 机关运行经费", () => {
  it("Henan 机构运转经费 = Σ basic 302 = 49.68, each row's 项目类别 derived from the definition", () => {
    const r = measure(henan, henan2024Measures.operatingCost);
    expect([r.status, r.value?.value]).toEqual(["exact", "49.68"]);
    const byCategory = new Map<string, Amount[]>();
    for (const row of r.rows)
      byCategory.set(row.category ?? "", [
        ...(byCategory.get(row.category ?? "") ?? []),
        row.value,
      ]);
    expect(Object.fromEntries([...byCategory].map(([c, vs]) => [c, sumAmounts(vs).value]))).toEqual(
      {
        公用经费: "15.52",
        工会经费: "5.65",
        职工福利费: "7.07",
        公务用车运行维护费: "4.00",
        公务交通补贴: "17.22",
        退休人员公用经费: "0.22",
      },
    );
    // and they are the rows the document prints in its table 11, code for code
    const printed = henan.disclosure.tables.find((t) => t.kind === "operatingCost")?.rows ?? [];
    const printedRows = printed.flatMap((row) =>
      row.key.kind === "economic" ? [[row.key.econ, row.cells.category, row.cells.total]] : [],
    );
    expect(r.rows.map((row) => [row.econ, row.category, row.value.value])).toEqual(printedRows);
  });

  it("Shanghai 机关运行经费 = basic 一般公共预算 公用经费 of a 行政 unit: 2,517.78万元 (25,177,779元)", () => {
    const r = measure(finance, shanghaiMeasures.operatingCost);
    expect([r.status, r.value?.value, r.unit]).toEqual(["exact", "25177779", "元"]);
    // the 302 subtotal (printed 1 元 more than its 款) disagrees with its rows: no breakdown given
    expect(r.rows).toEqual([]);
  });

  it("national: the same figure is only an upper bound of 机关运行经费", () => {
    const r = measure(finance, nationalMeasures.operatingCost);
    expect([r.status, r.reason, r.value?.value]).toEqual(["atMost", "upper", "25177779"]);
  });
});
