/**
 * Group headings over a table's rows naming a value of the kind's vocabulary (a 政府采购预算表's
 * `一、货物类` over the projects bought as goods, a project table's `其他运转类项目`), each printing
 * its group's sum. Left unplaced, a heading is a row the checker could not read, so the total is
 * never compared with its rows (`insufficient-data`). Where the headings' figures add up to the
 * table's total, they are a partition of it, stated again by the rows under them: skipped as
 * layout, the total checked against the rows.
 */
import { type Amount, amountsEqual, parseAmount } from "../amount";
import { addAmounts } from "../amount/arithmetic";
import { isNoValue } from "../amount/parse";
import type { TableKind } from "../templates";
import type { ReadProblem } from "./problems";
import type { SectionRow } from "./unit-sections";
import { isValueHeading } from "./value-headings";

type Cells = Readonly<Record<string, string>>;

/** A cell's figure: `null` for no value (blank, a dash), `undefined` for no figure read. */
function figure(cell: string | undefined): Amount | null | undefined {
  if (cell === undefined || isNoValue(cell)) return null;
  const read = parseAmount(cell);
  return read.ok ? read.value : undefined;
}

/**
 * Whether the headings' figures add up to the total's in every amount column (`amounts`) where
 * the total prints one (one at least), each heading printing a figure or none there, and print
 * none where the total prints none.
 */
function addUp(headings: readonly Cells[], total: Cells, amounts: readonly string[]): boolean {
  let compared = 0;
  for (const key of amounts) {
    const want = figure(total[key]);
    if (want === undefined) return false;
    let sum: Amount | null = null;
    for (const h of headings) {
      const part = figure(h[key]);
      if (part === undefined) return false;
      if (part !== null) sum = sum === null ? part : addAmounts(sum, part);
    }
    if (want === null) {
      if (sum !== null) return false;
      continue;
    }
    if (sum === null || !amountsEqual(sum, want)) return false;
    compared++;
  }
  return compared > 0;
}

/**
 * The rows without the group headings left unplaced (see the module's note), where the table
 * prints one total and the headings' figures add up to it: each skipped as layout
 * (`layout-row`, `group-heading`), its `unplaced-row` withdrawn. Otherwise the rows as they are.
 * Linear in the rows and columns. @internal
 */
export function valueGroupHeadings<T extends SectionRow & { readonly cells: Cells }>(
  built: T[],
  kind: TableKind,
  amounts: readonly string[],
  problems: ReadProblem[],
): T[] {
  const headings = built.filter(
    (b) => b.key.kind === "unplaced" && isValueHeading(b.key.label, kind),
  );
  const totals = built.filter((b) => b.key.kind === "total");
  const [total] = totals;
  if (headings.length === 0 || totals.length !== 1 || total === undefined) return built;
  if (
    !addUp(
      headings.map((h) => h.cells),
      total.cells,
      amounts,
    )
  )
    return built;
  const sources = new Set(headings.map((h) => h.source));
  const kept = problems.filter((p) => p.code !== "unplaced-row" || !sources.has(p.path.row));
  for (const row of sources)
    kept.push({ code: "layout-row", severity: "info", path: { row }, what: "group-heading" });
  problems.splice(0, problems.length, ...kept);
  return built.filter((b) => !sources.has(b.source));
}
