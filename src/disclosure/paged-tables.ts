import { type RowStatement, repeatConflicts } from "./residue";
import { rowKeyId } from "./row-key";
import type { Row } from "./types";

/**
 * What a run of tables bound as one printed table has stated so far, to tell whether the next
 * table of its kind is the rest of it (a page a table extractor gave as a table of its own, under
 * the same title) or another table (a unit's own): the identities of its rows (each 科目 row
 * under the unit row above it) with what they state, whether it printed a total row, and the
 * unit its last rows are under. @internal
 */
export interface PagedRun {
  readonly title: string;
  /** Each row's identity, with what its rows state (a figure where any of them does). */
  readonly keys: Map<string, RowStatement>;
  total: boolean;
  unit: string | undefined;
  /**
   * The 功能分类 code of the run's last 科目 row (its digits), `undefined` before any (under
   * the unit row last printed).
   */
  code: string | undefined;
  /** What the run's last 科目 row states. */
  codeStates: RowStatement;
  /** What a row states (its amount cells: see `printedStatement`). */
  readonly statement: (r: Row) => RowStatement;
  /** The cells each heading row (the total, a unit's row) printed, by identity: see {@link printedCells}. */
  readonly heads: Map<string, string>;
  /** The identity of the first unit's row it printed (the department's, in a table by unit). */
  firstUnit: string | undefined;
}

/** A heading row's identity: `total`, or its unit's; `undefined` for any other row. @internal */
export function headingOf(r: Row): string | undefined {
  if (r.key.kind === "total") return "total";
  return r.key.kind === "org" ? `org:${r.key.code.replace(/\s/gu, "")}` : undefined;
}

/** What a row prints, as one string: its cells not blank, by column, as printed (trimmed). @internal */
export function printedCells(r: Row): string {
  return Object.entries(r.cells)
    .flatMap(([k, v]) => (typeof v === "string" && v.trim() !== "" ? [`${k}=${v.trim()}`] : []))
    .sort()
    .join("\u0000");
}

/**
 * How many rows open a page by printing again headings the run printed, with the same cells: its
 * total, the department's row (its first unit's) or the row of the unit its last rows are under
 * (a printer repeats them at the top of each page, as it repeats the header). They state nothing new; a heading printed
 * with other figures (another table's total, a unit's own) is none.
 */
function repeatedHeadings(run: PagedRun, rows: readonly Row[]): number {
  let lead = 0;
  for (const r of rows) {
    const id = headingOf(r);
    if (id === undefined) break;
    // the total, the department's row (the run's first unit, restating the total) or the unit its
    // rows are under
    const department = id === run.firstUnit && run.heads.get(id) === run.heads.get("total");
    const heads = id === "total" || department || id === `org:${run.unit ?? ""}`;
    if (!heads || run.heads.get(id) !== printedCells(r)) break;
    lead++;
  }
  return lead;
}

/**
 * Whether a unit's row after a total the page repeats is another table's: a unit the run printed
 * (with other figures: its own table), or one restating the total (a one-unit department's table,
 * then its unit's). A unit new to the run, printing less than the total, is the next of the
 * department's units (a page opening with the 合计 again, then the unit it breaks at).
 */
function anotherTablesUnit(run: PagedRun, unit: Row): boolean {
  const id = headingOf(unit);
  return id === undefined || run.heads.has(id) || printedCells(unit) === run.heads.get("total");
}

/** What two rows of one identity state together: a figure where either does. */
const stronger = (a: RowStatement | undefined, b: RowStatement): RowStatement =>
  a === "figures" || b === "figures"
    ? "figures"
    : a === "zeros" || b === "zeros"
      ? "zeros"
      : "blank";

/**
 * A row's 功能分类 code (digits only), `undefined` for a row keyed otherwise. (Economic rows are
 * printed in the government code's order or the department's, which need not ascend.)
 */
function codeOf(r: Row): string | undefined {
  return r.key.kind === "functional" ? r.key.code.replace(/\s/gu, "") : undefined;
}

/** A title as compared: no whitespace, full-width forms folded. @internal */
export const plainTitle = (t: string | undefined): string =>
  (t ?? "").normalize("NFKC").replace(/\s+/gu, "");

/** A cell printing nothing. @internal */
export const blank = (v: unknown): boolean => typeof v === "string" && v.trim() === "";

/**
 * The items a one-row kind's row prints (`single:<column>`, each cell not blank): a table printed
 * one item a row (`项目 | 预算数`) and cut at a page break prints some of its items on each page.
 */
const printedItems = (r: Row): string[] =>
  Object.entries(r.cells).flatMap(([k, v]) => (blank(v) ? [] : [`single:${k}`]));

/**
 * Each row's identity under the unit row above it (from `unit`), `undefined` for a total and a
 * one-row kind's row (see {@link printedItems}).
 */
function identities(rows: readonly Row[], unit: string | undefined): (string | undefined)[] {
  let under = unit;
  return rows.map((r) => {
    if (r.key.kind === "total" || r.key.kind === "single") return undefined;
    if (r.key.kind === "org") {
      under = r.key.code.replace(/\s/gu, "");
      return `org:${under}`;
    }
    return `${under ?? ""}|${rowKeyId(r.key)}`;
  });
}

/** A run of one table (its first page); `statement` tells what a row states. @internal */
export function pagedRun(
  title: string | undefined,
  rows: readonly Row[],
  statement: (r: Row) => RowStatement,
): PagedRun {
  const run: PagedRun = {
    title: plainTitle(title),
    keys: new Map(),
    total: false,
    unit: undefined,
    code: undefined,
    codeStates: "blank",
    statement,
    heads: new Map(),
    firstUnit: undefined,
  };
  extendRun(run, rows);
  return run;
}

/** Adds a page's rows to what a run states. @internal */
export function extendRun(run: PagedRun, rows: readonly Row[]): void {
  const ids = identities(rows, run.unit);
  rows.forEach((r, i) => {
    const id = ids[i];
    const heading = headingOf(r);
    if (heading !== undefined && !run.heads.has(heading)) run.heads.set(heading, printedCells(r));
    if (heading !== undefined && heading !== "total") run.firstUnit ??= heading;
    if (r.key.kind === "total") run.total = true;
    else if (r.key.kind === "org") {
      // A unit's 科目 start again from its first: the codes' order goes on under a unit only.
      run.unit = r.key.code.replace(/\s/gu, "");
      run.code = undefined;
      run.codeStates = "blank";
    }
    const code = codeOf(r);
    const states = id === undefined && code === undefined ? undefined : run.statement(r);
    if (code !== undefined) {
      run.code = code;
      run.codeStates = states ?? "blank";
    }
    if (id !== undefined && r.key.kind !== "unplaced")
      run.keys.set(id, stronger(run.keys.get(id), states ?? "blank"));
    if (r.key.kind === "single") for (const item of printedItems(r)) run.keys.set(item, "figures");
  });
}

/**
 * Whether a table bound right after a run of its kind, under the same printed title and with no
 * mark of continuation, is the rest of it: it prints none of the run's rows again (a unit's own table
 * repeats the 科目 the department's lists, under the same unit), not a total where the run printed
 * one (each of two tables prints its own), and its first 科目 goes on after the run's last in the
 * codes' order, and a one-row kind's row prints other items than the run's (a table printed one
 * item a row: `合计`, `因公出国（境）费` on one page, `公务用车购置及运行费` … on the next). A row
 * printed again where one of the two states no figure is no repeat (template
 * residue: a 类 under its former name beside its new one, `（九）医疗卫生与计划生育支出` blank on
 * one page, `（十）卫生健康支出` on the next; see `repeatConflicts`). Then the run takes its rows.
 * @internal
 */
export function continuesRun(
  run: PagedRun,
  title: string | undefined,
  printed: readonly Row[],
): boolean {
  // An untitled table (a disclosure built from data) is no page of a printed one.
  if (run.title === "" || plainTitle(title) !== run.title || printed.length === 0) return false;
  // Headings the page repeats from the run (its total, its units' rows, same figures) are no rows
  // of another table: the page is judged by the rows after them (see `anotherTablesUnit` for a
  // unit's row right after a repeated total).
  const lead = repeatedHeadings(run, printed);
  const rows = printed.slice(lead);
  const first = rows[0];
  if (first === undefined) return false;
  if (lead > 0 && printed[0]?.key.kind === "total" && first.key.kind === "org") {
    if (anotherTablesUnit(run, first)) return false;
  }
  if (run.total && rows.some((r) => r.key.kind === "total")) return false;
  // Its first 功能分类 科目 before any unit row goes on from the run's last, in the codes' order (a
  // unit's own table starts again from its first 类: `2050101` after `2050203` is no next page).
  for (const r of rows) {
    if (r.key.kind === "org") break;
    const code = codeOf(r);
    if (code === undefined) continue;
    if (run.code !== undefined && code < run.code) return false;
    if (code === run.code && repeatConflicts(run.codeStates, run.statement(r))) return false;
    break;
  }
  const ids = identities(rows, run.unit);
  for (let i = 0; i < rows.length; i++) {
    const id = ids[i];
    const r = rows[i] as Row;
    if (id === undefined || r.key.kind === "unplaced") continue;
    const before = run.keys.get(id);
    if (before !== undefined && repeatConflicts(before, run.statement(r))) return false;
  }
  // A one-row kind's next page prints other items than the run's.
  for (const r of rows)
    if (r.key.kind === "single" && printedItems(r).some((item) => run.keys.has(item))) return false;
  extendRun(run, rows);
  return true;
}
