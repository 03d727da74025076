import { type Coordinates, DIMENSIONS } from "../facts";
import type { TableKind } from "../templates";

/** A column's own coordinates, and the same as DIMENSIONS indexes and values (for `idOf`). @internal */
export interface ColumnCoords {
  readonly coords: Coordinates;
  readonly at: readonly number[];
  readonly values: readonly (string | undefined)[];
}

/**
 * Each table kind's columns' coordinates by column key, mapped once per kind (kept weakly; remade
 * if a kind's column list is replaced, as lowering's plan is).
 */
const COLUMN_COORDS = /*#__PURE__*/ new WeakMap<
  TableKind,
  { readonly of: TableKind["columns"]; readonly map: ReadonlyMap<string, ColumnCoords | undefined> }
>();
const NO_COLUMNS: ReadonlyMap<string, ColumnCoords | undefined> = /*#__PURE__*/ new Map();

/** A table kind's columns' coordinates by column key. @internal */
export function columnCoordsOf(
  kind: TableKind | undefined,
): ReadonlyMap<string, ColumnCoords | undefined> {
  if (kind === undefined) return NO_COLUMNS;
  let m = COLUMN_COORDS.get(kind);
  if (m === undefined || m.of !== kind.columns) {
    m = {
      of: kind.columns,
      map: new Map(kind.columns.map((c) => [c.key, columnCoords(c.coords)])),
    };
    COLUMN_COORDS.set(kind, m);
  }
  return m.map;
}

/**
 * The kind's columns' coordinates, with those the table's columns state instead (rarely any).
 * @internal
 */
export function ownColumnCoords(
  kind: ReadonlyMap<string, ColumnCoords | undefined>,
  own: ReadonlyMap<string, Coordinates> | undefined,
): ReadonlyMap<string, ColumnCoords | undefined> {
  if (own === undefined) return kind;
  const out = new Map(kind);
  for (const [key, coords] of own) out.set(key, columnCoords(coords));
  return out;
}

function columnCoords(coords: Coordinates | undefined): ColumnCoords | undefined {
  if (coords === undefined) return undefined;
  const at: number[] = [];
  const values: (string | undefined)[] = [];
  for (const k in coords) {
    const j = (DIMENSIONS as readonly string[]).indexOf(k);
    if (j < 0) continue;
    at.push(j);
    values.push(coords[k as keyof Coordinates]);
  }
  return { coords, at, values };
}
