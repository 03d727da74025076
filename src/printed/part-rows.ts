/**
 * A kind whose total is split into parts across (a 政府采购预算表's 货物 / 工程 / 服务) printed
 * one part a row beside one column of figures (`采购类别 | 采购预算金额`, rows `货物类`, `工程类`,
 * `服务类`, `合计`): the total row's cells, each label the header of its column.
 */
import { normalizeLabel } from "../codes";
import type { TableKind } from "../templates";
import { isBlank } from "./cells";
import type { ColumnMatch } from "./headers";
import { matchHeaders } from "./headers";
import { noteRows } from "./note-rows";
import type { Reshaped } from "./reshape";
import type { PrintedTable } from "./types";

/** The row kinds of a kind whose rows are its units or projects, each row all its columns. */
const ROW_KINDS: ReadonlySet<string> = /*#__PURE__*/ new Set(["total", "org", "project"]);

/** The amount column a label names, by the whole label (`一、货物类` → 货物), else `undefined`. */
function amountKey(label: string, kind: TableKind, year: number | undefined): string | undefined {
  const [c] = matchHeaders([label], kind, { year }).columns;
  return c?.column?.role === "amount" && c.match === "full" ? c.column.key : undefined;
}

/**
 * A table of a kind of units' or projects' rows (never a one-row kind: `transposedItems`) printed
 * as a label column and one column of figures, where every row that prints anything (notes
 * aside) is labelled by a header of one amount column of the kind, each a different one, at
 * least two, none the figures' own header (`采购预算金额` over `货物`): read as its one row
 * (`合计` the total's, `货物类` the 货物 column's), the printed rows folded into it. Any other
 * table: `undefined`. Linear in the rows (one header match each). @internal
 */
export function partRows(
  printed: PrintedTable,
  kind: TableKind,
  year: number | undefined,
): Reshaped | undefined {
  if (!kind.rowKinds.includes("total") || !kind.rowKinds.every((k) => ROW_KINDS.has(k)))
    return undefined;
  if (printed.headers.length !== 2) return undefined;
  const [label, figures] = matchHeaders(printed.headers, kind, { year }).columns;
  if (label?.column?.role === "amount") return undefined;
  if (figures?.column !== undefined && figures.column.key !== "total") return undefined;
  const notes = noteRows(printed.rows);
  const items: number[] = [];
  const headers: string[] = [];
  const keys = new Set<string>();
  for (let index = 0; index < printed.rows.length; index++) {
    const row = printed.rows[index] ?? [];
    if (notes.rows.has(index) || isBlank(row)) continue;
    const text = normalizeLabel(row[0] ?? "");
    const key = text === "" ? undefined : amountKey(text, kind, year);
    if (key === undefined || keys.has(key)) return undefined;
    keys.add(key);
    items.push(index);
    headers.push(text);
  }
  if (items.length < 2 || ![...keys].some((k) => k !== "total")) return undefined;
  const note = [...(printed.note === undefined ? [] : [printed.note]), ...notes.texts].join("\n");
  const { note: _, ...rest } = printed;
  return {
    table: {
      ...rest,
      headers,
      rows: [items.map((i) => printed.rows[i]?.[1] ?? "")],
      ...(note === "" ? {} : { note }),
    },
    cellOrigin: (_row, cell) => ({ row: items[cell] ?? 0, cell: 1 }),
    headerOrigin: () => 1,
    columns: (inner: readonly ColumnMatch[]) => inner,
    folded: items,
  };
}
