import type { Catalog } from "../catalog";
import type { TableKind } from "../templates";
import { sideBySideBlocks } from "./blocks";
import { codesInNames } from "./code-and-name";
import { formGrid } from "./form-grid";
import type { ColumnMatch } from "./headers";
import { partRows } from "./part-rows";
import { type ReadProblem, type ReadProblemPath, rowWidthProblems } from "./problems";
import type { ReadOptions, ReadResult } from "./read";
import { stackedSides } from "./stacked-sides";
import { transposedItems } from "./transposed";
import type { PrintedTable } from "./types";
import { unitsAcross } from "./units-across";

/**
 * A printed table laid out otherwise than its kind's columns say, in the shape the reader knows,
 * and the way back to the printed cells (problems and row sources name the printed table).
 * @internal
 */
export interface Reshaped {
  /** The table in the shape the reader knows. */
  readonly table: PrintedTable;
  /** The printed row and cell of the reshaped table's `row` and `cell`. */
  readonly cellOrigin: (
    row: number,
    cell: number,
  ) => { readonly row: number; readonly cell: number };
  /** The printed header of the reshaped table's `header`. */
  readonly headerOrigin: (header: number) => number;
  /** How the printed columns were placed, from the reshaped table's placement. */
  readonly columns: (inner: readonly ColumnMatch[]) => readonly ColumnMatch[];
  /** Printed rows read into another one's row (see {@link ReadResult.folded}). */
  readonly folded?: readonly number[];
  /** What the reshaping itself found, on the printed table (an item printed twice). */
  readonly problems?: readonly ReadProblem[];
}

/**
 * The table in a shape the reader knows, where its layout is one the kind's columns do not
 * describe but a known reshaping does: blocks side by side ({@link sideBySideBlocks}) or a one-row
 * kind printed one item a row ({@link transposedItems}; `year`, the document's, tells this
 * year's column from last year's), a total's parts printed one a row ({@link partRows}), codes printed in the name cells ({@link codesInNames}), or
 * the two sides of a 总表 one above the other ({@link stackedSides}, its 类 told by `catalog`), a
 * 部门's units printed across as columns ({@link unitsAcross}, the units the caller's `units`), a
 * project form printed as one grid ({@link formGrid});
 * `undefined` for any other table.
 * @internal
 */
export function reshapePrinted(
  printed: PrintedTable,
  kind: TableKind,
  year: number | undefined,
  catalog?: Catalog,
  units?: ReadOptions["units"],
): Reshaped | undefined {
  return (
    formGrid(printed, kind) ??
    unitsAcross(printed, kind, year, units) ??
    sideBySideBlocks(printed, kind) ??
    transposedItems(printed, kind, year) ??
    partRows(printed, kind, year) ??
    codesInNames(printed, kind) ??
    stackedSides(printed, kind, catalog)
  );
}

/** A path into the reshaped table as a path into the printed one. */
function pathBack(path: ReadProblemPath, shape: Reshaped): ReadProblemPath {
  if ("title" in path) return path;
  if ("header" in path) return { header: shape.headerOrigin(path.header), text: path.text };
  const at = shape.cellOrigin(path.row, path.cell ?? 0);
  return path.cell === undefined ? { row: at.row } : at;
}

/**
 * The reading of a reshaped table as a reading of the printed one: problems and row sources
 * point at the printed rows and cells, rows of the wrong width are counted on the printed rows,
 * and the columns are the printed ones. @internal
 */
export function readBack(result: ReadResult, printed: PrintedTable, shape: Reshaped): ReadResult {
  const problems: ReadProblem[] = [];
  for (const p of result.problems) {
    if (p.code === "row-width") continue;
    const path = pathBack(p.path, shape);
    if (p.code === "duplicate-row") {
      const [a, b] = p.rows;
      const rows = [shape.cellOrigin(a, 0).row, shape.cellOrigin(b, 0).row] as const;
      problems.push({ ...p, path: { row: shape.cellOrigin(p.path.row, 0).row }, rows });
    } else problems.push({ ...p, path } as ReadProblem);
  }
  problems.push(...(shape.problems ?? []));
  rowWidthProblems(printed, problems);
  return {
    ...result,
    ok: result.table !== undefined && !problems.some((p) => p.severity === "error"),
    columns: shape.columns(result.columns),
    problems,
    rowSources: result.rowSources.map((s) => shape.cellOrigin(s, 0).row),
    ...(shape.folded === undefined || shape.folded.length === 0 ? {} : { folded: shape.folded }),
  };
}
