/**
 * Metamorphic: "nothing here" as other printers print it. A cell printed blank, `0.00` (or `0` in
 * a table of whole amounts), a dash (`-`, `—`, `－`, `--`) or a slash (`/`, `／`), in an amount
 * column of a row (one side of a two-sided
 * row) that the reader places and that prints a nonzero amount in another column (so the row is
 * there and its identities, 合计 = 基本 + 项目, 类 = Σ款, confirm the cell's value is zero), is
 * respelled as another of these. A blank, a dash and a slash are "no value" (`parseAmount` gives `null`),
 * `0.00` is zero: the checker may note the difference at info (cell.blank, presentation), never
 * warn or fail on it.
 *
 * Left as they are, because there blank and `0.00` do not say the same thing:
 * - a row that prints no amount at all (the 财政局's 30310 个人农业生产补贴): a printed `0.00` may
 *   round a small amount, so final.narrative.basicItems holds a listed item against its row only
 *   when the row is blank (the README's known problem), not when it prints `0.00`;
 * - the side of a two-sided row (收支总表) that prints no label: an amount there would be a line
 *   the document does not print.
 *
 * The findings are compared without the column of the cell they cite: a finding about a row may
 * cite the row's printed `0.00` where it cited the row's total while the cell was blank (the
 * 财政局's 五(三) item 2, which calls 一般行政管理事务 a 基本支出, cites the 基本支出 cell once it
 * prints 0.00). Same finding, same row, same figures.
 */
import { expect, it } from "vitest";
import { catalog2024 } from "../../src/catalog/2024";
import { readPrintedTable } from "../../src/printed";
import type { PrintedTable } from "../../src/printed/types";
import type { DisclosureFixture } from "../fixtures/types";
import { type Case, changedCells, columnRoles, describeCases, mapTables, pick } from "./support";

const ZERO = /^0(?:\.0+)?$/u;
const NOTHING = new Set(["", "-", "—", "－", "--", "/", "／"]);
const AMOUNT = /^-?[0-9][0-9,]*(?:\.[0-9]+)?$/u;

/** The decimals most amounts of a table print (`0.00` in a 万元 table, `0` in a 元 one). */
function zeroOf(t: PrintedTable, amount: readonly boolean[]): string {
  const counts = new Map<number, number>();
  for (const row of t.rows)
    row.forEach((cell, i) => {
      if (!amount[i] || !AMOUNT.test(cell)) return;
      const d = cell.split(".")[1]?.length ?? 0;
      counts.set(d, (counts.get(d) ?? 0) + 1);
    });
  const [d] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [2];
  return d === 0 ? "0" : `0.${"0".repeat(d)}`;
}

const SERIOUS = { serious: true, column: false } as const;

/**
 * For each printed row, the columns of the placed rows read from it that print a nonzero amount
 * (a two-sided row gives a row per side, each with its own columns).
 */
function eligibleCells(c: Case, t: PrintedTable): Set<number>[] {
  const r = readPrintedTable(t, { template: c.template, catalog: catalog2024.functional });
  const index = new Map(r.columns.map((m) => [m.key, m.index]));
  const out = t.rows.map(() => new Set<number>());
  (r.table?.rows ?? []).forEach((row, i) => {
    const source = r.rowSources[i];
    if (source === undefined || row.key.kind === "unplaced") return;
    const cells = Object.entries(row.cells);
    const prints = cells.some(([, v]) => AMOUNT.test(v.trim()) && !ZERO.test(v.trim()));
    if (!prints) return;
    for (const [key] of cells) {
      const at = index.get(key);
      if (at !== undefined) out[source]?.add(at);
    }
  });
  return out;
}

function respellNothing(c: Case, seed: number): DisclosureFixture {
  const roles = columnRoles(c);
  return mapTables(c.fixture, (t, ti) => {
    const amount = (roles[ti] ?? []).map((r) => r === "amount");
    const eligible = eligibleCells(c, t);
    const zero = zeroOf(t, amount);
    const spellings = ["", zero, "-", "—", "－", "--", "/", "／"];
    return {
      ...t,
      rows: t.rows.map((row, ri) =>
        row.map((cell, ci) => {
          if (!amount[ci] || eligible[ri]?.has(ci) !== true) return cell;
          if (!(NOTHING.has(cell.trim()) || ZERO.test(cell))) return cell;
          return spellings[pick(seed, spellings.length, ti, ri, ci)] ?? cell;
        }),
      ),
    };
  });
}

describeCases(
  "blank, zero and dash",
  (c, same) => {
    it("no new or lost warning or error, whichever way nothing is printed", () => {
      same((seed) => respellNothing(c, seed));
    });

    it("respells some cells (the property is not vacuous)", () => {
      const after = respellNothing(c, 5);
      const changed = changedCells(c.fixture, after);
      expect(changed.length).toBeGreaterThan(5);
    });
  },
  SERIOUS,
);
