import { isNoValue } from "../amount/parse";
import { type Catalog, findByName } from "../catalog";
import { normalizeName } from "../codes";
import type { RowKey } from "../disclosure";
import type { TableKind, Template } from "../templates";
import { labelKey } from "../templates/wording";
import { accepts, endsAsTotal, isTotalLabel, plainText, sameFigures } from "./cells";
import type { GridPlacement } from "./grid";
import { OWN_NAME_MARKS, ownUnitCode, ownUnitLabels } from "./own-office";
import type { ReadProblem } from "./problems";
import { HAN } from "./transposed";
import { namesNoUnit } from "./unit-names";

/**
 * The units a caller names (`ReadOptions.units`), by their name's label key: a unit row printed
 * by its name alone is read as that unit's, keyed by its code. With `byName`, for a one-row kind
 * printed a row per unit (a 三公 table by unit: no unit's row there heads 科目 rows), a unit the
 * caller gives no code is keyed by its name (`上海市普陀区土地发展中心`); elsewhere it is left out
 * (a name over 科目 rows is a heading the unit sections read). Names two units share are left
 * out. @internal
 */
export function unitNameMap(
  units: readonly { readonly code?: string; readonly name: string }[] | undefined,
  byName = false,
): ReadonlyMap<string, string> | undefined {
  if (units === undefined || units.length === 0) return undefined;
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const u of units) {
    if (typeof u?.name !== "string") continue;
    const key = labelKey(u.name);
    if (key === "") continue;
    const coded = typeof u.code === "string" && u.code.trim() !== "";
    if (!coded && !byName) continue;
    const code = coded ? plainText(u.code as string) : u.name.trim();
    if (out.has(key) && out.get(key) !== code) shared.add(key);
    out.set(key, code);
  }
  for (const key of shared) out.delete(key);
  const own = ownUnitCode(units);
  if (own !== undefined) {
    for (const label of ownUnitLabels()) if (!out.has(label)) out.set(label, own.code);
    // …and its name with another mark of the own office (`某局机关` printed `某局（本级）`).
    for (const mark of OWN_NAME_MARKS) {
      const label = labelKey(`${own.stem}${mark}`);
      if (own.stem !== "" && !out.has(label) && !shared.has(label)) out.set(label, own.code);
    }
  }
  return out;
}

/** The codes of the units a caller names (`ReadOptions.units`), plain. @internal */
export function unitCodeSet(
  units: readonly { readonly code?: string; readonly name: string }[] | undefined,
): ReadonlySet<string> | undefined {
  if (units === undefined || units.length === 0) return undefined;
  return new Set(
    units.flatMap((u) =>
      typeof u?.code === "string" && u.code.trim() !== "" ? [plainText(u.code)] : [],
    ),
  );
}

/**
 * Whether an unplaced grid row heads a unit's rows: in a table that lists units and 科目 (or
 * projects), a row labelled with a name (no code printed, no 科目 name the catalog knows nor one
 * ending as a 科目's, `…支出`, no
 * subtotal) that the reader could not place is a unit printed by its name alone, which the
 * caller did not name (`ReadOptions.units`).
 */
function headsUnit(
  placed: GridPlacement,
  kind: TableKind,
  catalog: Catalog | undefined,
  template: Template | undefined,
): boolean {
  const name = placed.name?.trim();
  if (placed.key.kind !== "unplaced" || name === undefined || placed.key.label !== name)
    return false;
  if (!accepts(kind, "org") || !(accepts(kind, "functional") || accepts(kind, "economic")))
    return false;
  if (!HAN.test(name) || isTotalLabel(name) || endsAsTotal(labelKey(name))) return false;
  // A name ending as a 科目's does (`教育支出`: a 类 row printed with no code) names no unit.
  if (normalizeName(name).endsWith("支出")) return false;
  // `其中：上年结转`, `基本支出`, `按功能分类`: a part, a word of the budget's, a heading of a kind.
  if (namesNoUnit(name, template)) return false;
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
  template?: Template,
): (
  placed: GridPlacement,
  row: readonly string[],
  index: number,
) => {
  readonly key: RowKey;
  readonly problem: ReadProblem | undefined;
  /** The key the row was placed by, kept unplaced under a heading (see {@link soleUnitHeading}). */
  readonly held?: RowKey;
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
      return { key: { kind: "unplaced", label: placed.name?.trim() ?? "" }, problem, held: key };
    }
    if (headsUnit(placed, kind, catalog, template)) heading = index;
    return { key, problem: undefined };
  };
}

/**
 * A table whose one unit heading the reader could not place (see `unitSections`) heads all its
 * rows: printed first (only total rows above it), stating the figures of the table's total (a
 * unit's own table, a 单位 document's, printing its unit's name over its rows), or none under the
 * total with no unit's row below, naming the department (`department`: a department's name over
 * all its rows). Its rows are the
 * table's (the unit's are all the table has, its total the table's), read by the keys they were
 * placed by; the heading, restating the total, is the layout's (`layout-row`, `unit-heading`),
 * skipped. Anywhere else (several headings, rows above it, figures
 * of its own, no total printed: a page continuing a 部门's table) whose rows they are is not
 * guessed. Gives back the rows re-keyed, and drops the `unplaced-row` problems of the rows it
 * placed and of the heading. @internal
 */
export function soleUnitHeading<T extends SectionRow & { readonly cells: Cells }>(
  built: T[],
  held: ReadonlyMap<number, RowKey>,
  problems: ReadProblem[],
  department: (name: string) => boolean = () => true,
): T[] {
  if (held.size === 0) return built;
  const headings = new Set<number>();
  for (const p of problems)
    if (p.code === "unplaced-row" && p.under !== undefined) headings.add(p.under);
  const [heading] = headings;
  if (headings.size !== 1 || heading === undefined) return built;
  const first = built.find((b) => b.key.kind !== "total");
  const total = built.find((b) => b.key.kind === "total");
  if (first?.source !== heading || total === undefined) return built;
  if (
    !sameFigures(first.cells, total.cells) &&
    !(namesAllBelowTotal(built, heading, first.cells) && department(first.name ?? ""))
  )
    return built;
  const out = built.flatMap((b) => {
    if (b.source === heading) return [];
    const key = held.get(b.source);
    return [key === undefined ? b : { ...b, key }];
  });
  const kept = problems.filter(
    (p) => p.code !== "unplaced-row" || (p.under !== heading && p.path.row !== heading),
  );
  kept.push({ code: "layout-row", severity: "info", path: { row: heading }, what: "unit-heading" });
  problems.splice(0, problems.length, ...kept);
  return out;
}

/**
 * A table's only unit row, printing no figure, just above its total (`单位名称：某区教育局`, a unit's
 * own table captioned by its unit's name): a caption, not a unit whose figures are blank (summed
 * against the total, a blank unit row gave false `rollup` errors). Skipped as layout
 * (`layout-row`, `caption`); a table with several unit rows is left as read. @internal
 */
export function unitCaption<T extends SectionRow & { readonly cells: Cells }>(
  built: T[],
  problems: ReadProblem[],
): T[] {
  let at = -1;
  for (let i = 0; i < built.length; i++) {
    if ((built[i] as T).key.kind !== "org") continue;
    if (at >= 0) return built;
    at = i;
  }
  const caption = built[at];
  if (caption === undefined || built[at + 1]?.key.kind !== "total") return built;
  if (!Object.values(caption.cells).every(isNoValue)) return built;
  problems.push({
    code: "layout-row",
    severity: "info",
    path: { row: caption.source },
    what: "caption",
  });
  return built.filter((b) => b !== caption);
}

type Cells = Readonly<Record<string, string>>;

/**
 * Whether a heading printing no figure (each cell blank or a dash) names all the table's rows:
 * under the table's total (printed first), no unit's row after it (the department's name over
 * its rows, `某区城市管理局`). Printed first with the total last, its rows are told by their sum
 * (`unitBlocks`).
 */
function namesAllBelowTotal<T extends SectionRow>(
  built: readonly T[],
  heading: number,
  cells: Cells,
): boolean {
  if (!Object.values(cells).every(isNoValue)) return false;
  const at = built.findIndex((b) => b.source === heading);
  return at > 0 && built.slice(at).every((b) => b.key.kind !== "org");
}

/**
 * A unit's subtotal label: `小计`, or the unit it closes named before it or before a total's word
 * (`本级小计`, `某区第一中学合计`, `某中心总计`; a row read as no total, so never `合计` alone).
 */
const isSubtotal = (label: string | undefined): boolean =>
  label !== undefined && endsAsTotal(labelKey(label));

/** What {@link unitSubtotals} reads of a built row. @internal */
export interface SectionRow {
  readonly key: RowKey;
  readonly name: string | undefined;
  readonly source: number;
}

/**
 * A unit's rows closed by a `小计` (a 部门's table by 科目 printing each unit's row, its rows,
 * then their subtotal, `小计` or naming the unit: `本级小计`, `某中心合计`; the department's `合计`
 * at the end), or by a total label (`合计`) where a
 * total row follows later in the table (the department's `总计`) or was printed above every
 * unit's row (the department's total first): the subtotal is that unit's
 * row, read as the unit's (`org`), so its figures are checked against the unit's rows and the
 * unit's against the department's. Only the one subtotal that ends a unit's section (the last
 * row before the next unit's row, a total, an unplaced heading or the table's end) is read so:
 * where a section prints several (a 小计 or a 合计 per 类), which one is the unit's is not guessed
 * (all stay unplaced, coverage: a 合计 there is no table's total either). Gives back the rows re-keyed, and drops the `unplaced-row` problems
 * of the rows it placed. @internal
 */
export function unitSubtotals<T extends SectionRow>(
  built: T[],
  printed: readonly (readonly string[])[],
  problems: ReadProblem[],
): T[] {
  // The table's total: printed above every unit's row (the department's first), or else the
  // last total row; one inside a unit's rows that closes them is that unit's (`合计` … `总计`).
  let lastTotal = -1;
  let firstTotal = -1;
  const firstUnit = built.findIndex((b) => b.key.kind === "org");
  built.forEach((b, i) => {
    if (b.key.kind !== "total") return;
    lastTotal = i;
    if (firstTotal < 0) firstTotal = i;
  });
  const totalFirst = firstUnit >= 0 && firstTotal >= 0 && firstTotal < firstUnit;
  if (totalFirst) lastTotal = built.length;
  // Several total rows: some may close a unit's rows, or a group's (see `groupTotals`).
  const closingTotals = built.some(
    (b, i) => b.key.kind === "total" && i < lastTotal && (!totalFirst || i > firstUnit),
  );
  if (!closingTotals && !built.some((b) => b.key.kind === "unplaced" && isSubtotal(b.name)))
    return built;
  const placed = new Map<number, string>();
  // Total rows inside a unit's rows that are not its one closing row (a 合计 per 类): no total.
  const demoted = new Set<number>();
  let unit: string | undefined;
  let subtotals = 0;
  let last: number | undefined;
  let rows = false;
  let totals: number[] = [];
  const close = () => {
    if (unit !== undefined && subtotals === 1 && last !== undefined) placed.set(last, unit);
    for (const t of totals) if (!placed.has(t)) demoted.add(t);
    unit = undefined;
    subtotals = 0;
    last = undefined;
    rows = false;
    totals = [];
  };
  built.forEach((b, i) => {
    const { key } = b;
    if (key.kind === "total" && unit !== undefined && rows && i < lastTotal) {
      subtotals++;
      last = i;
      totals.push(i);
      return;
    }
    const subtotal = key.kind === "unplaced" && isSubtotal(b.name);
    if (key.kind === "org" || key.kind === "total" || (key.kind === "unplaced" && !subtotal)) {
      // A unit's row repeated to close its own rows (printed with its name) is no new section.
      if (key.kind === "org" && key.code === unit) {
        last = undefined;
        return;
      }
      close();
      if (key.kind === "org") unit = key.code;
      return;
    }
    if (subtotal) {
      subtotals++;
      last = i;
    } else {
      last = undefined;
      rows = true;
    }
  });
  close();
  for (const i of groupTotals(built, placed)) demoted.add(i);
  if (placed.size === 0 && demoted.size === 0) return built;
  const sources = new Set<number>();
  const out = built.map((b, i) => {
    const code = placed.get(i);
    if (demoted.has(i)) {
      const cells = printed[b.source] ?? [];
      problems.push({ code: "unplaced-row", severity: "warning", path: { row: b.source }, cells });
      return { ...b, key: { kind: "unplaced", label: b.name?.trim() ?? "" } as RowKey };
    }
    if (code === undefined) return b;
    sources.add(b.source);
    return { ...b, key: { kind: "org", code } as RowKey };
  });
  const kept = problems.filter((p) => p.code !== "unplaced-row" || !sources.has(p.path.row));
  problems.splice(0, problems.length, ...kept);
  return out;
}

/**
 * The total rows of a table that print one total label several times beside one other total
 * row labelled once (`合计` after each 类's rows, `总计` for the table; a unit's closing row set
 * aside): the repeated ones total a group each, none the table, and which group is not guessed
 * (they are left unplaced). Where the
 * labels say nothing of it (every total `合计`), nothing is decided here.
 */
function groupTotals(built: readonly SectionRow[], placed: ReadonlyMap<number, string>): number[] {
  const byLabel = new Map<string, number[]>();
  built.forEach((b, i) => {
    if (b.key.kind !== "total" || placed.has(i)) return;
    const label = labelKey(b.name ?? "");
    const list = byLabel.get(label);
    if (list === undefined) byLabel.set(label, [i]);
    else list.push(i);
  });
  if (byLabel.size !== 2) return [];
  const [a, b] = [...byLabel.values()] as [number[], number[]];
  if (a.length === 1 && b.length > 1) return b;
  if (b.length === 1 && a.length > 1) return a;
  return [];
}
