/**
 * Metamorphic: page breaks. A long table printed over several pages repeats its header rows on
 * each page (fixture README: "Page breaks split tables and repeat their headers"), and a text
 * layer may leave a blank line where the page ended. The fixtures are encoded with those removed;
 * here they are put back: at a few places in each table, a blank row or the header rows again
 * (one row per header level, a merged group label printed once over its columns), or a row of the
 * table's layout (`续表`, the title again, the unit line, `栏次 1 2 3`, a page number). The check's
 * findings and outcomes must not change.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../../src/printed/types";
import type { DisclosureFixture } from "../fixtures/types";
import { type Case, columnRoles, describeCases, mapTables, pick } from "./support";

/** The header rows as a page prints them: level k of every path, a label repeated across columns printed once. */
function headerRows(headers: readonly string[]): string[][] {
  const paths = headers.map((h) => h.split("/"));
  const depth = Math.max(...paths.map((p) => p.length));
  return Array.from({ length: depth }, (_, k) =>
    paths.map((p, i) => {
      const label = p[k] ?? "";
      const before = paths[i - 1];
      const merged =
        before !== undefined &&
        before[k] === label &&
        before.slice(0, k).join("/") === p.slice(0, k).join("/");
      return merged ? "" : label;
    }),
  );
}

/** A row printing `cells` from column `at` on, blank elsewhere. */
function rowWith(t: PrintedTable, at: number, ...cells: string[]): string[] {
  const row = t.headers.map(() => "");
  cells.forEach((cell, i) => {
    if (at + i < row.length) row[at + i] = cell;
  });
  return row;
}

/**
 * What a text layer gives at a page break besides the headers: one row of the table's layout —
 * `续表`, the title again (`（续）`, the unit's name before it, the table number), the unit line,
 * the column numbers (`栏次 1 2 3 …` over the amount columns), a page number. `how` picks one.
 */
function layoutRow(t: PrintedTable, amount: readonly boolean[], how: number, page: number) {
  const last = t.headers.length - 1;
  switch (how) {
    case 0:
      return [rowWith(t, 0, "续表")];
    case 1:
      return [rowWith(t, Math.min(1, last), `${t.title}（续）`)];
    case 2:
      return [rowWith(t, 0, `上海市普陀区某局${t.title}`), rowWith(t, last, t.number ?? "续表")];
    case 3:
      return t.unit === undefined ? [] : [rowWith(t, Math.max(0, last - 1), `单位：${t.unit}`)];
    case 4: {
      let n = 0;
      const numbers = amount.map((a) => (a ? String(++n) : ""));
      const first = amount.findIndex((a) => a);
      if (first > 0) numbers[first - 1] = "栏次";
      return n === 0 ? [] : [numbers];
    }
    default:
      return [rowWith(t, 0, `第${page}页`)];
  }
}

function paginate(c: Case, seed: number, layout = false): DisclosureFixture {
  const roles = layout ? columnRoles(c) : [];
  return mapTables(c.fixture, (t: PrintedTable, ti) => {
    if (t.rows.length < 4) return t;
    const amount = (roles[ti] ?? []).map((r) => r === "amount");
    const rows: (readonly string[])[] = [];
    t.rows.forEach((row, ri) => {
      // a break after every 3rd to 10th row, on average
      if (ri > 0 && pick(seed, 8, ti, ri) === 0) {
        if (layout) rows.push(...layoutRow(t, amount, pick(seed, 6, ti, ri, 2), ri));
        else if (pick(seed, 3, ti, ri, 1) === 0) rows.push(t.headers.map(() => ""));
        else rows.push(...headerRows(t.headers));
      }
      rows.push(row);
    });
    return { ...t, rows };
  });
}

describe("headerRows (the transformation itself)", () => {
  it("prints each level once over the columns it spans", () => {
    expect(
      headerRows(["科目编码/类", "科目编码/款", "科目名称", "本年支出/合计", "本年支出/基本支出"]),
    ).toEqual([
      ["科目编码", "", "科目名称", "本年支出", ""],
      ["类", "款", "", "合计", "基本支出"],
    ]);
  });
});

describeCases("page breaks", (c, same) => {
  it("repeated headers and blank lines give the same findings and outcomes", () => {
    same((seed) => paginate(c, seed));
  });

  it("the layout printed among the rows (续表, the title, 单位, 栏次, 第2页) gives the same findings and outcomes", () => {
    same((seed) => paginate(c, seed, true));
  });

  it("puts page breaks into tables (the property is not vacuous)", () => {
    const longer = [1, 2, 3, 4, 5].flatMap((seed) =>
      paginate(c, seed).tables.filter(
        (t, i) => t.rows.length > (c.fixture.tables[i]?.rows.length ?? 0),
      ),
    );
    expect(longer.length).toBeGreaterThanOrEqual(5);
  });
});
