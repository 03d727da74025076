/**
 * Issue 10 point 5, consistent by construction: 600 random ledgers (several units of random kinds,
 * funds, carry-overs, carry-forwards, projects, last year's lines), each derived in one of the
 * three templates, check with no error and no warning under the template's profile, every printed
 * figure reached by some rule; and changing any one derived figure is caught (an error or a
 * warning). Exhaustively for a few ledgers, one random cell for each of the others. (Where the
 * tables allow only a bound for 机关运行经费, the change tried is one that leaves the bound.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addAmounts, amount, convertAmount } from "../src/amount";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure, Table } from "../src/disclosure";
import { deriveDisclosure, ledgerOf } from "../src/ledger";
import {
  henan2024Measures,
  type MeasureSet,
  measure,
  nationalMeasures,
  shanghaiMeasures,
} from "../src/measures";
import {
  type CheckReport,
  checkDisclosure,
  henan2024Profile,
  nationalProfile,
  type Profile,
  shanghaiProfile,
} from "../src/rules";
import { henan2024, nationalMinimum, shanghai, type Template } from "../src/templates";
import {
  HENAN_PALETTE,
  type Palette,
  type RandomLedger,
  randomLedger,
  SHANGHAI_PALETTE,
} from "./support/random-ledger";

interface Setup {
  readonly template: Template;
  readonly profile: Profile;
  readonly measures: MeasureSet;
  readonly palette: Palette;
}
const SETUPS: readonly Setup[] = [
  {
    template: henan2024,
    profile: henan2024Profile,
    measures: henan2024Measures,
    palette: HENAN_PALETTE,
  },
  {
    template: nationalMinimum,
    profile: nationalProfile,
    measures: nationalMeasures,
    palette: HENAN_PALETTE,
  },
  {
    template: shanghai,
    profile: shanghaiProfile,
    measures: shanghaiMeasures,
    palette: SHANGHAI_PALETTE,
  },
];

function derive(r: RandomLedger, s: Setup): Disclosure {
  const built = ledgerOf(r.meta, { unit: "万元", decimals: 2 }, r.entries);
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  const d = deriveDisclosure(built.value, s.template, {
    measures: s.measures,
    catalog: catalog2024,
  });
  expect(d.problems).toEqual([]);
  return d.disclosure;
}

const check = (d: Disclosure, s: Setup): CheckReport =>
  checkDisclosure(d, { profile: s.profile, template: s.template, catalog: catalog2024 });

const serious = (r: CheckReport) => r.findings.filter((f) => f.severity !== "info");

/** Every amount cell of a disclosure: [table index, row index, column]. */
function amountCells(d: Disclosure, t: Template): [number, number, string][] {
  const out: [number, number, string][] = [];
  d.tables.forEach((table, ti) => {
    const kind = t.tables.find((k) => k.id === table.kind);
    const amounts = new Set(kind?.columns.filter((c) => c.role === "amount").map((c) => c.key));
    table.rows.forEach((row, ri) => {
      for (const column of Object.keys(row.cells))
        if (amounts.has(column)) out.push([ti, ri, column]);
    });
  });
  return out;
}

/**
 * The cell changed so the change must be caught: by one unit of its last printed digit (a blank
 * becomes 1 unit); except a 机关运行经费 the tables allow only a bound for (a department whose
 * 公用经费 includes units of kinds it leaves out, with no per-unit figures: issue 10 point 2),
 * which a change within the bound cannot contradict: it becomes one unit more than the bound.
 */
function mutated(d: Disclosure, cell: [number, number, string], s: Setup): Disclosure {
  const [ti, , column] = cell;
  const table = d.tables[ti] as Table;
  const kind = s.template.tables.find((k) => k.id === table.kind);
  const concept = kind?.columns.find((c) => c.key === column)?.concept ?? kind?.concept;
  if (concept === "operatingCost") {
    const r = measure({ disclosure: d, template: s.template }, s.measures.operatingCost);
    if (r.status === "atMost" && r.value !== null) {
      const bound = convertAmount(r.value, table.unit);
      const next = addAmounts(bound, amount(table.unit === "元" ? "1" : "0.01", table.unit));
      return withCell(d, cell, next.value);
    }
  }
  return changed(d, cell);
}

function withCell(
  d: Disclosure,
  [ti, ri, column]: [number, number, string],
  value: string,
): Disclosure {
  return {
    ...d,
    tables: d.tables.map(
      (table, i): Table =>
        i !== ti
          ? table
          : {
              ...table,
              rows: table.rows.map((row, j) =>
                j !== ri ? row : { ...row, cells: { ...row.cells, [column]: value } },
              ),
            },
    ),
  };
}

/** The cell changed by one unit of its last printed digit (a blank becomes 1 unit). */
function changed(d: Disclosure, [ti, ri, column]: [number, number, string]): Disclosure {
  const tables = d.tables.map((table, i): Table => {
    if (i !== ti) return table;
    return {
      ...table,
      rows: table.rows.map((row, j) => {
        if (j !== ri) return row;
        const v = row.cells[column] ?? "";
        const point = v.indexOf(".");
        const decimals = point < 0 ? (table.unit === "元" ? 0 : 2) : v.length - point - 1;
        const digits = BigInt((v === "" ? "0" : v).replace(".", "")) + 1n;
        const s = digits.toString().padStart(decimals + 1, "0");
        const next = decimals === 0 ? s : `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
        return { ...row, cells: { ...row.cells, [column]: next } };
      }),
    };
  });
  return { ...d, tables };
}

/**
 * A 资金来源 line of the department targets may or may not hold its source's 上年结转: where the
 * ledger carries money over, the check leaves those lines unchecked, by design (targets.budget,
 * insufficient data), so they are neither constrained nor changed.
 */
function openLines(r: { readonly entries: readonly { readonly fund: string }[] }) {
  const carried = r.entries.some((e) => e.fund.startsWith("carryover"));
  return (table: string, row: string) =>
    carried && table === "departmentTargets" && row.startsWith("line:budget.");
}

/** The amount cells a change of must be caught: all but the open lines. */
function checkedCells(
  d: Disclosure,
  t: Template,
  open: (table: string, row: string) => boolean,
): [number, number, string][] {
  return amountCells(d, t).filter(([ti, ri]) => {
    const table = d.tables[ti];
    const key = table?.rows[ri]?.key;
    return !open(table?.kind ?? "", key?.kind === "line" ? `line:${key.line}` : "");
  });
}

const ledgers = (maxLines?: number) =>
  fc
    .nat(SETUPS.length - 1)
    .chain((i) => randomLedger((SETUPS[i] as Setup).palette, maxLines).map((r) => [i, r] as const));

describe("derived disclosures are consistent by construction", () => {
  it("500 random ledgers (issue 10: at least 500): no error or warning, nothing unconstrained, one changed figure caught", () => {
    fc.assert(
      fc.property(ledgers(), fc.nat(), ([i, r], pick) => {
        const s = SETUPS[i] as Setup;
        const d = derive(r, s);
        const report = check(d, s);
        expect(serious(report)).toEqual([]);
        const open = openLines(r);
        expect(report.unconstrained.filter((c) => !open(c.table, c.row))).toEqual([]);
        const cells = checkedCells(d, s.template, open);
        const cell = cells[pick % cells.length];
        if (cell === undefined) return;
        const after = check(mutated(d, cell, s), s);
        expect(serious(after).length, JSON.stringify(cell)).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  }, 600_000);

  it("every single figure of a few ledgers, changed in turn, is caught", () => {
    fc.assert(
      fc.property(ledgers(8), ([i, r]) => {
        const s = SETUPS[i] as Setup;
        const d = derive(r, s);
        for (const cell of checkedCells(d, s.template, openLines(r)))
          expect(
            serious(check(mutated(d, cell, s), s)).length,
            JSON.stringify(cell),
          ).toBeGreaterThan(0);
      }),
      // Three ledgers, every figure of each: the 500 above change one figure each.
      { numRuns: 3 },
    );
  }, 600_000);
});
