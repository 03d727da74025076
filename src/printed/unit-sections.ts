import { type Catalog, findByName } from "../catalog";
import type { RowKey } from "../disclosure";
import type { TableKind } from "../templates";
import { accepts } from "./cells";
import type { GridPlacement } from "./grid";
import type { ReadProblem } from "./problems";
import { HAN } from "./transposed";
import { labelKey } from "./wording";

/**
 * The units a caller names (`ReadOptions.units`), by their name's label key: a unit row printed
 * by its name alone is read as that unit's. Units without a code, and names two units share, are
 * left out. @internal
 */
export function unitNameMap(
  units: readonly { readonly code?: string; readonly name: string }[] | undefined,
): ReadonlyMap<string, string> | undefined {
  if (units === undefined || units.length === 0) return undefined;
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const u of units) {
    if (typeof u?.name !== "string" || typeof u.code !== "string" || u.code.trim() === "") continue;
    const key = labelKey(u.name);
    if (key === "") continue;
    const code = u.code.normalize("NFKC").replace(/\s+/gu, "");
    if (out.has(key) && out.get(key) !== code) shared.add(key);
    out.set(key, code);
  }
  for (const key of shared) out.delete(key);
  return out;
}

/** Labels that close a unit's rows (its subtotal), never open a unit's. */
const SUBTOTALS: ReadonlySet<string> = /*#__PURE__*/ new Set(["小计", "合计", "总计"]);

/**
 * Whether an unplaced grid row heads a unit's rows: in a table that lists units and 科目 (or
 * projects), a row labelled with a name (no code printed, no 科目 name the catalog knows, no
 * subtotal) that the reader could not place is a unit printed by its name alone, which the
 * caller did not name (`ReadOptions.units`).
 */
function headsUnit(placed: GridPlacement, kind: TableKind, catalog: Catalog | undefined): boolean {
  const name = placed.name?.trim();
  if (placed.key.kind !== "unplaced" || name === undefined || placed.key.label !== name)
    return false;
  if (!accepts(kind, "org") || !(accepts(kind, "functional") || accepts(kind, "economic")))
    return false;
  if (!HAN.test(name) || SUBTOTALS.has(labelKey(name))) return false;
  return catalog === undefined || findByName(catalog, name).length === 0;
}

/**
 * Reads the rows under a unit heading the reader could not place (see `headsUnit`): whose
 * figures they are is not guessed (never the department's, nor the unit's above: false
 * duplicates and sums), so each is kept unplaced (`unplaced-row`, `under` the heading's printed
 * row) until the next unit or total row. One per table, fed the grid rows in printed order.
 * @internal
 */
export function unitSections(
  kind: TableKind,
  catalog: Catalog | undefined,
): (
  placed: GridPlacement,
  row: readonly string[],
  index: number,
) => {
  readonly key: RowKey;
  readonly problem: ReadProblem | undefined;
} {
  let heading: number | undefined;
  return (placed, row, index) => {
    const { key } = placed;
    if (key.kind === "org" || key.kind === "total") heading = undefined;
    else if (heading !== undefined && key.kind !== "unplaced") {
      const problem: ReadProblem = {
        code: "unplaced-row",
        severity: "warning",
        path: { row: index },
        cells: row,
        under: heading,
      };
      return { key: { kind: "unplaced", label: placed.name?.trim() ?? "" }, problem };
    }
    if (headsUnit(placed, kind, catalog)) heading = index;
    return { key, problem: undefined };
  };
}
