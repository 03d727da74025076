/**
 * A one-row kind's row per unit (the 三公 table by unit: see `unit-rows-total.ts`) read where the
 * caller names no units: each row names its unit as printed, by its code (in a code column of its
 * own or before its name) or by its name alone, as units given without a code are keyed.
 */
import { type Amount, amountsEqual, parseAmount } from "../amount";
import { addAmounts } from "../amount/arithmetic";
import { isNoValue } from "../amount/parse";
import { labelKey } from "../templates/wording";
import { cellsBlank, plainText, sameFigures } from "./cells";
import { namesOrganisation, ORG_CODE } from "./grid-org";
import { CODE_BEFORE_NAME } from "./grid-units";
import { HAN } from "./transposed";
import { withoutUnitLabel } from "./unit-heading";
import type { BuiltRow } from "./wrapped-rows";

/** The key of the kind's total column (the 三公 table's 合计). */
const TOTAL = "total";

/** A cell's figure: `null` for no value (blank, a dash), `undefined` for no figure read. */
function figure(cell: string | undefined): Amount | null | undefined {
  if (cell === undefined || isNoValue(cell)) return null;
  const read = parseAmount(cell);
  return read.ok ? read.value : undefined;
}

/**
 * Whether the units' totals (`parts`: their 合计 cells) add up to the table's total (`total`, its
 * 合计 cell), which prints one: every unit of the department listed (a unit left out would make
 * the units' sum short of the total, a false `rollup`, where the caller names none to tell).
 * @internal
 */
export function addsUpTo(
  parts: readonly (string | undefined)[],
  total: string | undefined,
): boolean {
  const want = figure(total);
  if (want === null || want === undefined) return false;
  let sum: Amount | null = null;
  for (const cell of parts) {
    const part = figure(cell);
    if (part === undefined) return false;
    if (part !== null) sum = sum === null ? part : addAmounts(sum, part);
  }
  return sum !== null && amountsEqual(sum, want);
}

/** A part's mark opening a row's label (`其中：某中心`): a part of the units above, no unit. */
const PART_MARK = /^[(（]?其中/u;

/**
 * The unit a row per unit's label cells print: its code (alone in a cell, or before the name:
 * `[116002]某局信息中心`, `116002 某局信息中心`) and its name (after a label: `单位名称：…`), either
 * absent when not printed. @internal
 */
export function printedUnit(cells: readonly string[]): {
  readonly code?: string;
  readonly name?: string;
} {
  let code: string | undefined;
  let name: string | undefined;
  for (const cell of cells) {
    const text = withoutUnitLabel(cell.normalize("NFKC").trim());
    if (ORG_CODE.test(plainText(text))) code = plainText(text);
    else if (HAN.test(text)) {
      const m = CODE_BEFORE_NAME.exec(text);
      if (m !== null) code = m[2];
      name = m === null ? text : text.slice(m[0].length - 1);
    }
  }
  return { ...(code === undefined ? {} : { code }), ...(name === undefined ? {} : { name }) };
}

/**
 * The units' rows of a row per unit the caller names no units for, keyed as printed: by their
 * codes where every row prints one, else by their names (none printing a code). Only where every
 * row names an organisation (`namesOrganisation`), none a part of the others (`其中：…`), each
 * another unit (no name or code twice), no code heading another's (the department's own row
 * among its units', or the department's code: `departmentCode`), no row printing the total's
 * figures while another prints any (the department restated), and the units' 合计 adding up to
 * the total's (every unit listed: one left out is no `rollup` to report); otherwise `undefined`
 * (all stay unplaced, coverage). A wrong figure among a unit's items is still found against its
 * 合计 and the total's. @internal
 */
export function printedUnitRows(
  others: readonly BuiltRow[],
  labels: (b: BuiltRow) => readonly string[],
  drop: (b: BuiltRow) => BuiltRow,
  departmentCode: string | undefined,
  total: BuiltRow | undefined,
): ReadonlyMap<BuiltRow, BuiltRow> | undefined {
  if (others.length === 0) return undefined;
  const read = others.map((b) => ({ b, ...printedUnit(labels(b)) }));
  const coded = read.filter((u) => u.code !== undefined).length;
  if (coded !== 0 && coded !== read.length) return undefined;
  const keys = new Set<string>();
  for (const u of read) {
    const name = u.name ?? "";
    if (PART_MARK.test(name) || !namesOrganisation(name)) return undefined;
    const key = u.code ?? labelKey(name);
    if (key === "" || keys.has(key) || key === departmentCode) return undefined;
    keys.add(key);
  }
  // a code heading another's: one of its shorter beginnings is a code printed (a dozen each)
  if (coded > 0)
    for (const c of keys)
      for (let n = 3; n < c.length; n++) if (keys.has(c.slice(0, n))) return undefined;
  if (
    total === undefined ||
    !addsUpTo(
      others.map((b) => drop(b).cells[TOTAL]),
      drop(total).cells[TOTAL],
    )
  )
    return undefined;
  const restated = others.some((b) => sameFigures(drop(b).cells, drop(total).cells));
  if (restated && others.filter((b) => !cellsBlank(drop(b).cells)).length > 1) return undefined;
  return new Map(
    read.map((u) => [
      u.b,
      { ...drop(u.b), key: { kind: "org", code: u.code ?? (u.name ?? "").trim() } } as BuiltRow,
    ]),
  );
}
