/**
 * Metamorphic: code cells merged down a table. Many printers print a 类 (and a 款) once, over the
 * rows of its 款 and 项; the text layer then gives those rows blank leading code cells. Blanking,
 * in every fixture table printed with 类 | 款 | 项 columns, each code row's leading segments that
 * repeat the code row right above must leave the report unchanged.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../src/catalog/2024";
import type { CodeSystem } from "../../src/codes";
import { readPrintedTable } from "../../src/printed";
import type { PrintedTable } from "../../src/printed/types";
import type { DisclosureFixture } from "../fixtures/types";
import { CASES, type Case, checkFixture, mapTables, projection } from "./support";

const DIGITS = /^\d+$/u;

/** The table with leading code segments merged into the code row above; how many cells blanked. */
function mergeTable(c: Case, t: PrintedTable): { table: PrintedTable; blanked: number } {
  const r = readPrintedTable(t, { template: c.template, catalog: catalog2024.functional });
  const bySystem = new Map<CodeSystem, number[]>();
  for (const m of [...r.columns].sort(
    (a, b) => (a.column?.segment ?? 0) - (b.column?.segment ?? 0),
  )) {
    const col = m.column;
    if (col?.role !== "code" || col.segment === undefined || col.system === undefined) continue;
    bySystem.set(col.system, [...(bySystem.get(col.system) ?? []), m.index]);
  }
  let blanked = 0;
  const rows = t.rows.map((row) => [...row]);
  for (const indexes of bySystem.values()) {
    if (indexes.length < 2) continue;
    let above: string[] | undefined;
    for (const row of rows) {
      const parts = indexes.map((i) => (row[i] ?? "").trim());
      if (parts.every((p) => p === "")) {
        // A blank line is skipped by the reader; any other row without this code ends the run.
        if (row.some((x) => x.trim() !== "")) above = undefined;
        continue;
      }
      if (!parts.every((p) => p === "" || DIGITS.test(p))) {
        above = undefined;
        continue;
      }
      const lastFilled = parts.reduce((last, p, i) => (p === "" ? last : i), -1);
      let lead = 0;
      while (lead < lastFilled && above !== undefined && parts[lead] === above[lead]) lead++;
      for (let k = 0; k < lead; k++) {
        row[indexes[k] as number] = "";
        blanked++;
      }
      above = parts;
    }
  }
  return { table: { ...t, rows }, blanked };
}

function merged(c: Case): { fixture: DisclosureFixture; blanked: number } {
  let blanked = 0;
  const fixture = mapTables(c.fixture, (t) => {
    const m = mergeTable(c, t);
    blanked += m.blanked;
    return m.table;
  });
  return { fixture, blanked };
}

describe.each(CASES.map((c) => [c.name, c] as const))("%s: code cells merged down", (_, c) => {
  it("gives the same findings and outcomes", () => {
    const before = projection(checkFixture(c));
    const after = projection(checkFixture(c, merged(c).fixture));
    expect(after).toEqual(before);
  });
});

describe("the merging itself", () => {
  it("blanks repeated leading segments in the fixtures printed with 类 | 款 | 项 columns", () => {
    const total = CASES.reduce((n, c) => n + merged(c).blanked, 0);
    expect(total).toBeGreaterThan(50);
  });
});
