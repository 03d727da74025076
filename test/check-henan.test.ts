import { describe, expect, it } from "vitest";
import { addAmounts, amount, formatAmount, parseAmount } from "../src/amount";
import { catalog2024 } from "../src/catalog/2024";
import { type Disclosure, lowerDisclosure } from "../src/disclosure";
import type { SourceCell } from "../src/facts";
import {
  checkDisclosure,
  type Finding,
  henan2024Profile,
  RULES,
  renderFinding,
} from "../src/rules";
import { buildContext } from "../src/rules/context";
import { sourcesOf } from "../src/rules/derive";
import { cellId } from "../src/rules/evidence";
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

/**
 * Which comparison groups each printed cell takes part in (through the printed and derived facts
 * behind it), on the unchanged disclosure. Cells whose groups are disjoint are changed together
 * in one check (a batch); see below for why that proves nothing it should not.
 */
function reachOf(d: Disclosure): Map<string, Set<string>> {
  const ctx = buildContext(d, henan2024, catalog2024, henan2024Profile.definitions);
  const reach = new Map<string, Set<string>>();
  for (const [key, members] of ctx.groups)
    for (const m of members)
      for (const s of sourcesOf(m)) {
        const id = cellId(s);
        const set = reach.get(id) ?? new Set<string>();
        set.add(key);
        reach.set(id, set);
      }
  return reach;
}

function batchesOf<T>(cells: readonly T[], reachOfCell: (c: T) => ReadonlySet<string>): T[][] {
  const batches: { cells: T[]; groups: Set<string> }[] = [];
  for (const c of cells) {
    const groups = reachOfCell(c);
    let b = batches.find((x) => ![...groups].some((g) => x.groups.has(g)));
    if (b === undefined) {
      b = { cells: [], groups: new Set() };
      batches.push(b);
    }
    b.cells.push(c);
    for (const g of groups) b.groups.add(g);
  }
  return batches.map((b) => b.cells);
}

describe("every cell of the Henan disclosure is guarded", () => {
  const cells = numericCells(disclosure);
  const lowered = lowerDisclosure(disclosure, henan2024);
  const idOf = (c: NumericCell) => {
    const table = disclosure.tables[c.table];
    const rowId = lowered[c.table]?.rows[c.row]?.id;
    if (table === undefined || rowId === undefined) throw new Error("no row");
    return { table: table.kind, row: rowId, column: c.column };
  };
  const reach = reachOf(disclosure);
  const noGroups = new Set<string>();
  const batches = batchesOf(cells, (c) => {
    const id = idOf(c);
    return reach.get(`${id.table}|${id.row}|${id.column}`) ?? noGroups;
  });

  it("has numeric cells in all 14 tables but the two printed empty with their note (a sanity floor)", () => {
    const withNumbers = new Set(cells.map((c) => disclosure.tables[c.table]?.kind));
    const empty = disclosure.tables.filter((t) => !withNumbers.has(t.kind));
    expect(disclosure.tables).toHaveLength(14);
    expect(empty.map((t) => [t.kind, t.rows.length, t.note !== undefined])).toEqual([
      ["govFundExpenditure", 0, true],
      ["soeExpenditure", 0, true],
    ]);
    expect(cells.length).toBeGreaterThan(300);
    // Every cell is in exactly one batch, and batching saves most of the checks.
    expect(batches.flat()).toHaveLength(cells.length);
    expect(batches.length).toBeLessThan(cells.length / 3);
  });

  // A cell is guarded when changing it alone yields an error that cites it. The cells of a batch
  // share no comparison group, and are changed together in one check: an error that cites a cell
  // of the batch and no other changed cell compares figures of which only that cell changed (a
  // finding cites the cells it compares), so changing that cell alone yields it too. A cell
  // without such an error in its batch's report is checked alone, as it always was.
  for (const delta of ["0.01", "-0.01"]) {
    it(`changing any numeric cell by ${delta} yields an error that cites that cell`, () => {
      const changedRaw = (cell: NumericCell) => {
        const parsed = parseAmount(cell.raw, "万元");
        if (!parsed.ok || parsed.value === null) throw new Error("not numeric");
        return formatAmount(addAmounts(parsed.value, amount(delta)), {
          decimals: parsed.value.decimals,
        });
      };
      const citing = (f: Finding, c: NumericCell) => {
        const id = idOf(c);
        return f.evidence.some((e) => e.sources.some((s) => cites(s, id.table, id.row, id.column)));
      };
      const unguarded: string[] = [];
      let alone = 0;
      for (const batch of batches) {
        const d = batch.reduce((acc, c) => withCell(acc, c, changedRaw(c)), disclosure);
        const errors = check(d).findings.filter((f) => f.severity === "error");
        for (const cell of batch) {
          const others = batch.filter((c) => c !== cell);
          const shown = errors.some((f) => citing(f, cell) && !others.some((o) => citing(f, o)));
          if (shown) continue;
          alone++;
          const report = check(withCell(disclosure, cell, changedRaw(cell)));
          const hit = report.findings.some((f) => f.severity === "error" && citing(f, cell));
          const id = idOf(cell);
          if (!hit)
            unguarded.push(`${id.table} ${id.row} ${cell.column} ${cell.raw}→${changedRaw(cell)}`);
        }
      }
      expect(unguarded).toEqual([]);
      // The batches do the work: few cells need a check of their own.
      expect(alone).toBeLessThan(cells.length / 4);
    });
  }
});
