/**
 * A 部门's table by 科目 printing its units across, a column each beside the department's total
 * (`科目编码 | 科目名称 | 合计 | 某局机关 | 某局信息中心`): read as the department's rows (the
 * columns the kind places) and then each unit's section (its name's row, then its 科目 rows
 * with its figure as their total), as a table sectioned by unit is printed.
 */

import type { TableKind } from "../templates";
import { labelKey } from "../templates/wording";
import { accepts, isTotalLabel } from "./cells";
import { namesOrganisation } from "./grid-org";
import { type ColumnMatch, matchHeaders } from "./headers";
import type { Reshaped } from "./reshape";
import type { PrintedTable } from "./types";

/** The units a caller names (`ReadOptions.units`). */
type Units = readonly { readonly code?: string; readonly name: string }[] | undefined;

/** The printed row and cell of each reshaped cell, by reshaped row. */
type Origins = { readonly row: number; readonly cells: readonly number[] }[];

/**
 * The table read with its units across as sections (see the module's note), where the caller
 * names the units (`units`, each with a code) and each of them (the department itself aside: a
 * unit whose code prefixes another's) has one column, a header the kind does not place naming
 * it by its whole name, no other organisation's column left unread; the kind accepting units'
 * and 科目 rows and placing a total column, the table's only amount column besides the units'. The printed total row (a total label) gives
 * each unit's row its figure; a 科目 row a unit prints no figure for is none of its rows. Any
 * other table: `undefined`. Linear in the cells. @internal
 */
export function unitsAcross(
  printed: PrintedTable,
  kind: TableKind,
  year: number | undefined,
  units: Units,
): Reshaped | undefined {
  if (units === undefined || units.length === 0) return undefined;
  if (!accepts(kind, "org") || !(accepts(kind, "functional") || accepts(kind, "economic")))
    return undefined;
  const coded = units.filter((u) => typeof u.code === "string" && u.code.trim() !== "");
  const codes = coded.map((u) => (u.code as string).trim());
  // The department itself, when given (its code a strict prefix of a unit's), prints no column.
  const own = coded.filter((u) => {
    const code = (u.code as string).trim();
    return !codes.some((c) => c.length > code.length && c.startsWith(code));
  });
  const names = new Set(own.map((u) => labelKey(u.name)));
  const matched = matchHeaders(printed.headers, kind, { year }).columns;
  const across: number[] = [];
  const kept: number[] = [];
  matched.forEach((c, i) => {
    const name = labelKey(printed.headers[i] ?? "");
    if (c.column === undefined && name !== "" && names.has(name)) across.push(i);
    else kept.push(i);
  });
  // Every unit its column, once, and no other organisation's column left unread: the units'
  // sections then add up to the department's total, none missing.
  const heads = new Set(across.map((i) => labelKey(printed.headers[i] ?? "")));
  if (across.length === 0 || heads.size !== across.length || heads.size !== names.size)
    return undefined;
  const unread = (i: number) => matched[i]?.column === undefined;
  if (kept.some((i) => unread(i) && namesOrganisation(printed.headers[i] ?? ""))) return undefined;
  const total = kept.findIndex((i) => matched[i]?.column?.key === "total");
  const nameAt = kept.findIndex((i) => matched[i]?.column?.role === "name");
  if (total < 0 || nameAt < 0) return undefined;
  // The units' columns print their totals only: where the table prints other amounts too
  // (基本支出, 项目支出), the units' parts are not printed, and a unit's section leaving them
  // blank would be held against the department's (false `rollup` / `nature`): not read.
  if (kept.some((i, c) => c !== total && matched[i]?.column?.role === "amount")) return undefined;
  const labelCells = kept.filter((i) => matched[i]?.column?.role !== "amount");
  const totalRow = printed.rows.findIndex((row) =>
    labelCells.some((i) => isTotalLabel(row[i] ?? "")),
  );
  if (totalRow < 0) return undefined;
  const rows: string[][] = [];
  const origins: Origins = [];
  printed.rows.forEach((row, r) => {
    rows.push(kept.map((i) => row[i] ?? ""));
    origins.push({ row: r, cells: kept });
  });
  for (const j of across) {
    const head = kept.map((_, c) => (c === nameAt ? (printed.headers[j] ?? "").trim() : ""));
    head[total] = printed.rows[totalRow]?.[j] ?? "";
    rows.push(head);
    origins.push({ row: totalRow, cells: kept.map((i, c) => (c === total ? j : i)) });
    printed.rows.forEach((row, r) => {
      const figure = (row[j] ?? "").trim();
      if (r === totalRow || figure === "") return;
      const cells = kept.map((i, c) =>
        c === total ? figure : matched[i]?.column?.role === "amount" ? "" : (row[i] ?? ""),
      );
      rows.push(cells);
      origins.push({ row: r, cells: kept.map((i, c) => (c === total ? j : i)) });
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
