/**
 * Issue 10 point 6, Henan by derivation: a hand-built ledger consistent with the Henan fixture
 * (test/support/henan-ledger.ts) derives, table by table, the fixture's printed tables as
 * `readPrintedTable` reads them: every amount cell (and every 项目类别 / 类型 cell) equal, every
 * printed row present. What the ledger cannot determine is said: rows the fixture prints blank
 * (the 类 without money of the 收支总表) need not be derived; a row the fixture does not print may
 * be derived only as zero (the 财政拨款收支表's 年终结转结余 0.00); the performance indicators are
 * text, not ledger data.
 */
import { describe, expect, it } from "vitest";
import { parseAmount } from "../src/amount";
import { catalog2024 } from "../src/catalog/2024";
import { type LoweredRow, lowerTable, type Table } from "../src/disclosure";
import { deriveDisclosure, ledgerOf } from "../src/ledger";
import { henan2024Measures, measure } from "../src/measures";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";
import { HENAN_LEDGER_ENTRIES, HENAN_LEDGER_META } from "./support/henan-ledger";

const built = ledgerOf(HENAN_LEDGER_META, { unit: "万元", decimals: 2 }, HENAN_LEDGER_ENTRIES);
if (!built.ok) throw new Error(JSON.stringify(built.error));
const ledger = built.value;
const derived = deriveDisclosure(ledger, henan2024, {
  measures: henan2024Measures,
  catalog: catalog2024,
});
const printed = fixtureDisclosure(henan2024Fixture, henan2024).disclosure;
const meta = { ...HENAN_LEDGER_META, template: "henan2024" };

/** The cells compared: amounts (canonical value, blank as "") and attributes, by row id. */
function cellsByRow(table: Table): Map<string, Record<string, string>> {
  const kind = henan2024.tables.find((k) => k.id === table.kind);
  const rows = new Map<string, Record<string, string>>();
  for (const r of lowerTable(table, henan2024, meta).rows as LoweredRow[]) {
    if (r.row.key.kind === "indicator") continue;
    const cells: Record<string, string> = {};
    for (const c of kind?.columns ?? []) {
      const raw = r.row.cells[c.key];
      if (raw === undefined) continue;
      if (c.role === "attribute") cells[c.key] = raw.trim();
      if (c.role !== "amount") continue;
      const a = parseAmount(raw, table.unit);
      cells[c.key] = a.ok && a.value !== null ? a.value.value : "";
    }
    rows.set(r.id, cells);
  }
  return rows;
}

const zeroForBlank: string[] = [];

const isBlankOrZero = (cells: Record<string, string>) =>
  Object.values(cells).every((v) => v === "" || /^0(\.0+)?$/.test(v) || !/\d/.test(v));

describe("the Henan fixture derived from a ledger", () => {
  it("the ledger derives a disclosure with nothing it cannot print", () => {
    expect(derived.problems).toEqual([]);
    // Every kind but the ones read where printed only (政府采购, 国有资产: no ledger holds them).
    expect(derived.disclosure.tables.map((t) => t.kind)).toEqual(
      henan2024.tables.filter((k) => k.derived !== false).map((k) => k.id),
    );
  });

  for (const kind of henan2024.tables.filter((k) => k.derived !== false)) {
    it(`${kind.number ?? ""} ${kind.name["zh-CN"]}: equal to the printed table, cell for cell`, () => {
      const fixture = printed.tables.find((t) => t.kind === kind.id);
      const ours = derived.disclosure.tables.find((t) => t.kind === kind.id);
      if (fixture === undefined || ours === undefined) throw new Error(`no ${kind.id}`);
      const theirs = cellsByRow(fixture);
      const mine = cellsByRow(ours);
      let compared = 0;
      for (const [id, cells] of theirs) {
        const own = mine.get(id);
        if (own === undefined) {
          // a row the ledger has no money for: printed blank
          expect(isBlankOrZero(cells), `${kind.id} ${id} is printed but not derived`).toBe(true);
          continue;
        }
        for (const [column, value] of Object.entries(cells)) {
          const mineValue = own[column] ?? "";
          // The document prints 年终结转结余 as 0.00 in the 收支总表 and blank in the 财政拨款收支表;
          // the ledger says 0.00 once, so the second is derived as 0.00 (the one such cell).
          if (value === "" && mineValue === "0.00") {
            zeroForBlank.push(`${kind.id} ${id} ${column}`);
            continue;
          }
          expect(mineValue, `${kind.id} ${id} ${column}`).toBe(value);
          if (value !== "") compared++;
        }
      }
      for (const [id, cells] of mine)
        if (!theirs.has(id))
          expect(isBlankOrZero(cells), `${kind.id} ${id} is derived but not printed`).toBe(true);
      if (fixture.rows.length === 0) expect(ours.note, `${kind.id} note`).toBeDefined();
      // every table with money was compared on its figures
      if (fixture.rows.length > 0 && kind.id !== "departmentTargets")
        expect(compared, kind.id).toBeGreaterThan(0);
    });
  }

  it("derives 0.00 for a printed blank only where the document prints the same figure as 0.00", () => {
    expect(zeroForBlank).toEqual([
      "fiscalSummary line:spending.carryforward spending.total",
      "fiscalSummary line:spending.carryforward spending.gpb",
      "fiscalSummary line:spending.carryforward spending.gpb.grant",
    ]);
  });

  it("derives 300+ figures in all, and checks clean under the Henan profile", () => {
    let equal = 0;
    for (const t of derived.disclosure.tables)
      for (const r of t.rows) equal += Object.values(r.cells).filter((v) => /\d/.test(v)).length;
    expect(equal).toBeGreaterThan(300);
    const report = checkDisclosure(derived.disclosure, {
      profile: henan2024Profile,
      template: henan2024,
      catalog: catalog2024,
    });
    // A ledger holds money, not performance indicators: the 项目绩效目标汇总表 it derives prints
    // amounts only, which targets.coverage does not take for projects without targets.
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(report.unconstrained).toEqual([]);
  });

  it("the measures on the derived tables equal those on the printed ones", () => {
    for (const def of [henan2024Measures.sanGong, henan2024Measures.operatingCost]) {
      const a = measure({ disclosure: derived.disclosure, template: henan2024 }, def);
      const b = measure({ disclosure: printed, template: henan2024 }, def);
      expect([a.status, a.value?.value]).toEqual([b.status, b.value?.value]);
    }
  });
});
