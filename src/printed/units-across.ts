/**
 * A 部门's table by 科目 printing its units across, a column each beside the department's total
 * (`科目编码 | 科目名称 | 合计 | 某局机关 | 某局信息中心`), a unit's header perhaps with its code
 * (`116001 某局机关`, `某局机关（116001）`), or the columns of each unit's amounts under its name
 * (`合计/合计 | 合计/基本支出 | 某局机关/合计 | 某局机关/基本支出 | …`): read as the department's rows
 * (the columns the kind places) and then each unit's section (its name's row, then its 科目 rows
 * with its figures as theirs), as a table sectioned by unit is printed.
 */

import type { TableKind } from "../templates";
import { accepts, isTotalLabel } from "./cells";
import { type ColumnMatch, matchHeaders } from "./headers";
import type { Reshaped } from "./reshape";
import type { PrintedTable } from "./types";
import { addsUpTo } from "./unit-rows-printed";
import {
  headsOrganisation,
  ownUnitCount,
  printedUnitsAcross,
  type UnitAcross,
  type Units,
  unitsAcrossColumns,
} from "./units-across-heads";

/** The printed row and cell of each reshaped cell, by reshaped row. */
type Origins = { readonly row: number; readonly cells: readonly number[] }[];

/**
 * The table read with its units across as sections (see the module's note), where the caller
 * names the units (`units`, each with a code) and each of them (the department itself aside: a
 * unit whose code prefixes another's) has its columns, or, the caller naming none, where each
 * unit's header prints its code (`printedUnitsAcross`) and the units' totals add up to the
 * department's (each unit's row then printing its code in the code column) (see `unitsAcrossColumns`: a header the
 * kind does not place naming it by its whole name, after or before its code, alone or over its
 * amounts), no other organisation's column left unread; the kind accepting units' and 科目 rows
 * and placing a total column. Each unit prints the very amounts the department's columns print
 * (its one column the total, where the total is the department's only amount column): a unit
 * printing fewer (its 合计 beside the department's 基本支出, 项目支出) is not read, its section's
 * blank parts would be held against the department's (false `rollup` / `nature`). The printed
 * total row (a total label) gives each unit's row its figures; a 科目 row a unit prints no figure
 * for is none of its rows. Any other table: `undefined`. Linear in the cells. @internal
 */
export function unitsAcross(
  printed: PrintedTable,
  kind: TableKind,
  year: number | undefined,
  units: Units,
): Reshaped | undefined {
  if (!accepts(kind, "org") || !(accepts(kind, "functional") || accepts(kind, "economic")))
    return undefined;
  const matched = matchHeaders(printed.headers, kind, { year }).columns;
  const unplaced = matched.flatMap((c, i) => (c.column === undefined ? [i] : []));
  if (unplaced.length === 0) return undefined;
  const given = ownUnitCount(units);
  const groups =
    given > 0
      ? unitsAcrossColumns(printed.headers, unplaced, kind, year, units)
      : printedUnitsAcross(printed.headers, unplaced, kind, year);
  // Every unit its columns, and no other organisation's column left unread: the units'
  // sections then add up to the department's total, none missing.
  if (groups === undefined || groups.length === 0 || (given > 0 && groups.length !== given))
    return undefined;
  const across = new Set(groups.flatMap((g) => [...g.columns.values()]));
  const kept = printed.headers.flatMap((_, i) => (across.has(i) ? [] : [i]));
  const unread = (i: number) => matched[i]?.column === undefined;
  if (kept.some((i) => unread(i) && headsOrganisation(printed.headers[i] ?? ""))) return undefined;
  const total = kept.findIndex((i) => matched[i]?.column?.key === "total");
  const nameAt = kept.findIndex((i) => matched[i]?.column?.role === "name");
  if (total < 0 || nameAt < 0) return undefined;
  // Each unit prints the amounts the department's columns print, each once.
  const amounts = kept.flatMap((i) =>
    matched[i]?.column?.role === "amount" ? [matched[i]?.key ?? ""] : [],
  );
  const same = (g: UnitAcross) =>
    g.columns.size === amounts.length && amounts.every((k) => g.columns.has(k));
  if (new Set(amounts).size !== amounts.length || !groups.every(same)) return undefined;
  const labelCells = kept.filter((i) => matched[i]?.column?.role !== "amount");
  const totalRow = printed.rows.findIndex((row) =>
    labelCells.some((i) => isTotalLabel(row[i] ?? "")),
  );
  if (totalRow < 0) return undefined;
  // No unit given: each unit's row by its printed code (in the code column), its totals adding
  // up to the department's (none left out).
  const codeAt = kept.findIndex((i) => matched[i]?.column?.role === "code");
  const sums = printed.rows[totalRow] ?? [];
  const parts = groups.map((g) => sums[g.columns.get("total") ?? -1]);
  if (given === 0 && (codeAt < 0 || !addsUpTo(parts, sums[kept[total] ?? -1]))) return undefined;
  const rows: string[][] = [];
  const origins: Origins = [];
  printed.rows.forEach((row, r) => {
    rows.push(kept.map((i) => row[i] ?? ""));
    origins.push({ row: r, cells: kept });
  });
  for (const g of groups) {
    // The printed cell each kept cell of the unit's rows comes from: its column for an amount.
    const from = kept.map((i) => {
      const m = matched[i];
      return m?.column?.role === "amount" ? (g.columns.get(m.key) ?? i) : i;
    });
    const isAmount = kept.map((i) => matched[i]?.column?.role === "amount");
    const head = kept.map((_, c) =>
      c === nameAt ? g.name : c === codeAt && given === 0 ? g.code : "",
    );
    rows.push(
      head.map((h, c) => (isAmount[c] ? (printed.rows[totalRow]?.[from[c] ?? -1] ?? "") : h)),
    );
    origins.push({ row: totalRow, cells: from });
    printed.rows.forEach((row, r) => {
      if (r === totalRow) return;
      if (kept.every((_, c) => !isAmount[c] || (row[from[c] ?? -1] ?? "").trim() === "")) return;
      const cells = kept.map((i, c) => (isAmount[c] ? (row[from[c] ?? -1] ?? "") : (row[i] ?? "")));
      rows.push(cells);
      origins.push({ row: r, cells: from });
    });
  }
  return {
    table: { ...printed, headers: kept.map((i) => printed.headers[i] ?? ""), rows },
    cellOrigin: (row, cell) => {
      const o = origins[row];
      return { row: o?.row ?? 0, cell: o?.cells[cell] ?? cell };
    },
    headerOrigin: (header) => kept[header] ?? header,
    columns: (inner: readonly ColumnMatch[]) =>
      inner.map((c) => ({ ...c, index: kept[c.index] ?? c.index })),
  };
}
