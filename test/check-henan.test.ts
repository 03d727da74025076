import { describe, expect, it } from "vitest";
import { addAmounts, amount, formatAmount, parseAmount } from "../src/amount";
import { catalog2024 } from "../src/catalog/2024";
import { type Disclosure, lowerDisclosure } from "../src/disclosure";
import type { SourceCell } from "../src/facts";
import { checkDisclosure, henan2024Profile, RULES, renderFinding } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

const { disclosure } = fixtureDisclosure(henan2024Fixture, henan2024);
const check = (d: Disclosure) =>
  checkDisclosure(d, { profile: henan2024Profile, template: henan2024, catalog: catalog2024 });

/** Rules whose facts the Henan tables hold: each must run and pass. */
const APPLICABLE = [
  "balance",
  "totals",
  "rollup",
  "nature",
  "funds",
  "same-fact",
  "projectSplit",
  "sanGong.sum",
  "sanGong.bound",
  "operatingCost.definition",
  "ofWhich",
  "code.known",
  "code.name",
  "code.nameConsistent",
  "econ.mapping",
  "table.emptyNote",
  "table.note",
  "project.code",
  "targets.money",
  "targets.sum",
  "targets.coverage",
  "targets.budget",
  "targets.indicators",
  "targets.formMoney",
];

describe("checking the Henan 2024 disclosure", () => {
  const report = check(disclosure);

  it("finds no error and no warning", () => {
    const serious = report.findings.filter((f) => f.severity !== "info");
    expect(serious.map((f) => renderFinding(f, RULES, "zh-CN", henan2024))).toEqual([]);
  });

  it("runs every applicable rule and each passes; none says insufficient data", () => {
    const byId = new Map(report.outcomes.map((o) => [o.ruleId, o.outcome]));
    for (const id of APPLICABLE) expect([id, byId.get(id)]).toEqual([id, "pass"]);
    expect(report.outcomes.filter((o) => o.outcome === "insufficient-data")).toEqual([]);
    expect(report.outcomes.filter((o) => o.outcome === "fail")).toEqual([]);
  });

  it("reaches every printed number: the list of unconstrained cells is empty", () => {
    expect(report.unconstrained).toEqual([]);
  });

  it("reports the blank template duplicate of class 210 in 财政拨款收支预算表 at info only", () => {
    const dup = report.findings.filter((f) => f.ruleId === "rows.duplicate");
    expect(dup).toHaveLength(1);
    expect(dup[0]?.severity).toBe("info");
    expect(dup[0]?.path?.table).toBe("fiscalSummary");
  });
});

interface NumericCell {
  readonly table: number;
  readonly row: number;
  readonly column: string;
  readonly raw: string;
}

function numericCells(d: Disclosure): NumericCell[] {
  const out: NumericCell[] = [];
  d.tables.forEach((t, ti) => {
    const kind = henan2024.tables.find((k) => k.id === t.kind);
    const amountColumns = new Set(
      kind?.columns.filter((c) => c.role === "amount").map((c) => c.key),
    );
    t.rows.forEach((r, ri) => {
      if (r.key.kind === "indicator") return;
      for (const [column, raw] of Object.entries(r.cells)) {
        const parsed = parseAmount(raw, t.unit);
        if (amountColumns.has(column) && parsed.ok && parsed.value !== null)
          out.push({ table: ti, row: ri, column, raw });
      }
    });
  });
  return out;
}

function withCell(d: Disclosure, cell: NumericCell, raw: string): Disclosure {
  return {
    ...d,
    tables: d.tables.map((t, ti) =>
      ti !== cell.table
        ? t
        : {
            ...t,
            rows: t.rows.map((r, ri) =>
              ri !== cell.row ? r : { ...r, cells: { ...r.cells, [cell.column]: raw } },
            ),
          },
    ),
  };
}

const cites = (s: SourceCell, table: string, row: string, column: string) =>
  s.table === table && s.row === row && s.column === column;

describe("every cell of the Henan disclosure is guarded", () => {
  const cells = numericCells(disclosure);
  const lowered = lowerDisclosure(disclosure, henan2024);

  it("has numeric cells in all 14 tables but the two printed empty with their note (a sanity floor)", () => {
    const withNumbers = new Set(cells.map((c) => disclosure.tables[c.table]?.kind));
    const empty = disclosure.tables.filter((t) => !withNumbers.has(t.kind));
    expect(disclosure.tables).toHaveLength(14);
    expect(empty.map((t) => [t.kind, t.rows.length, t.note !== undefined])).toEqual([
      ["govFundExpenditure", 0, true],
      ["soeExpenditure", 0, true],
    ]);
    expect(cells.length).toBeGreaterThan(300);
  });

  for (const delta of ["0.01", "-0.01"]) {
    it(`changing any numeric cell by ${delta} yields an error that cites that cell`, () => {
      const unguarded: string[] = [];
      for (const cell of cells) {
        const parsed = parseAmount(cell.raw, "万元");
        if (!parsed.ok || parsed.value === null) throw new Error("not numeric");
        const changed = formatAmount(addAmounts(parsed.value, amount(delta)), {
          decimals: parsed.value.decimals,
        });
        const d = withCell(disclosure, cell, changed);
        const table = disclosure.tables[cell.table];
        const rowId = lowered[cell.table]?.rows[cell.row]?.id;
        if (table === undefined || rowId === undefined) throw new Error("no row");
        const report = check(d);
        const hit = report.findings.some(
          (f) =>
            f.severity === "error" &&
            f.evidence.some((e) => e.sources.some((s) => cites(s, table.kind, rowId, cell.column))),
        );
        if (!hit) unguarded.push(`${table.kind} ${rowId} ${cell.column} ${cell.raw}→${changed}`);
      }
      expect(unguarded).toEqual([]);
    });
  }
});
