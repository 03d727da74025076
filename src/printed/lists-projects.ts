/**
 * Tables whose rows are projects (or items) listed under a unit printed in columns of its own
 * (`单位编码 | 单位名称 | 项目名称 | 采购品目 | 合计 …`): the unit code or name there is the row's
 * unit, the project's name its identity.
 */
import { type Amount, amountsEqual, parseAmount, sumAmounts } from "../amount";
import type { TableKind } from "../templates";
import { accepts } from "./cells";
import type { ColumnMatch } from "./headers";

/** A header naming units (`单位名称`, `预算单位`, `单位名称（项目名称）`): its names may be units'. */
const UNIT_HEADER = /单位/u;

/** A header naming projects (`单位编码（项目编码）`): its codes may be projects'. */
const PROJECT_HEADER = /项目/u;

/**
 * Whether a table of projects names its projects in its name column (`项目名称`, `采购项目`), not
 * its units (`单位名称`, `单位名称（项目名称）`): then a unit code or name printed in a column of
 * its own on a named row is that row's unit, never the row itself. A table by unit only
 * (`单位编码 | 单位名称 | 合计`) lists units: each row is its unit's, as does a table whose code
 * column prints units' and projects' codes (`单位编码（项目编码）`), heading its projects by their
 * unit's row. @internal
 */
export function listsProjects(kind: TableKind, columns: readonly ColumnMatch[]): boolean {
  if (!accepts(kind, "project") || !accepts(kind, "org")) return false;
  // A code column of units' and projects' codes (`单位编码（项目编码）`) heads units' rows too.
  const code = columns.find((c) => c.column?.role === "org");
  if (code !== undefined && PROJECT_HEADER.test(code.header)) return false;
  const name = columns.find((c) => c.column?.role === "name");
  return name !== undefined && !UNIT_HEADER.test(name.header);
}

/** A cell's amount (any unit: the cells of one table share theirs), `undefined` for none. */
function amountOf(text: string | undefined): Amount | undefined {
  const read = parseAmount(text ?? "");
  return read.ok && read.value !== null ? read.value : undefined;
}

/**
 * In a table listing projects under unit codes (see {@link listsProjects}), the printed rows that
 * may be their unit's heading as well as its first project: the first row of a run under one unit
 * code (the rows below printing the same code or none), the run holding more rows, whose every
 * figure is the sum of the same column's figures in the rest of the run (`116002 | 信息服务站 |
 * 8.00` over `116002 | 网络运维 | 8.00`). Such a row cannot be told from a project: the caller leaves
 * it unplaced unless it names a unit. One pass over the rows, each run summed once. @internal
 */
export function ambiguousRunHeads(
  kind: TableKind,
  columns: readonly ColumnMatch[],
  rows: readonly (readonly string[])[],
  values: readonly ColumnMatch[],
): ReadonlySet<number> {
  const out = new Set<number>();
  const code = columns.find((c) => c.column?.role === "org");
  if (code === undefined || values.length === 0 || !listsProjects(kind, columns)) return out;
  const codeOf = (row: readonly string[]) => (row[code.index] ?? "").replace(/\s/gu, "");
  let i = 0;
  while (i < rows.length) {
    const head = rows[i] as readonly string[];
    const unit = codeOf(head);
    let end = i + 1;
    while (end < rows.length) {
      const c = codeOf(rows[end] as readonly string[]);
      if (c !== "" && c !== unit) break;
      end++;
    }
    if (unit !== "" && end > i + 1 && sumsRest(head, rows.slice(i + 1, end), values)) out.add(i);
    i = end;
  }
  return out;
}

/** Whether each figure of a row is the sum of its column's figures in the rows given (one at least). */
function sumsRest(
  head: readonly string[],
  rest: readonly (readonly string[])[],
  values: readonly ColumnMatch[],
): boolean {
  let figures = 0;
  for (const c of values) {
    const own = amountOf(head[c.index]);
    const parts = rest.flatMap((r) => {
      const a = amountOf(r[c.index]);
      return a === undefined ? [] : [a];
    });
    if (own === undefined) {
      if (parts.length > 0) return false;
      continue;
    }
    if (parts.length === 0 || !amountsEqual(own, sumAmounts(parts, own.unit))) return false;
    figures++;
  }
  return figures > 0;
}
