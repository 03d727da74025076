/**
 * The reading gaps of a lowered table: what a sum of its figures may miss (an unplaced row, a line
 * the template does not know, a figure under an unknown column), found once per table. @internal
 */
import type { LoweredTable, Table } from "../disclosure";
import type { Fact } from "../facts";
import { type AnyFact, isDerived } from "./derived";

/** Whether a row's key could not be read (an unplaced row, or a key code that does not parse). */
function unread(r: LoweredTable["rows"][number]): boolean {
  const kind = r.row.key.kind;
  return (
    kind === "unplaced" ||
    ((kind === "functional" || kind === "economic") && r.coords === undefined)
  );
}

/**
 * The reading gaps of a table that sums may miss: `rows` (a row whose key could not be read:
 * it may belong under any coarser row), `lines` (a row whose figures may be a line the reader did
 * not place: an unplaced row of a kind with lines, a line the template does not know, a line
 * whose place could not be told — a decomposition summing parts printed on several rows may miss
 * it; one within a row, across its columns, may not, as no other row prints a part of it) and
 * `split` (a figure under an unknown column: any decomposition of the table may miss it, within a
 * row as across rows). A column the reader
 * placed as another period's or a change (`Table.otherPeriods`: `上年决算数`, `增减额`) is no gap:
 * it holds no part of this year's figures; nor is a cell printing no digit under an unknown column
 * (`单位名称`, `资金性质`: text, no figure); nor is a column of row numbers (`序号`, `行次`), nor a
 * one-row kind's unplaced row (its sums are within its one row). @internal
 */
export function readingGaps(lt: LoweredTable): Gaps {
  let gaps = GAPS.get(lt);
  if (gaps === undefined) {
    gaps = findGaps(lt);
    GAPS.set(lt, gaps);
  }
  return gaps;
}

/** A table's reading gaps (see {@link readingGaps}). @internal */
export interface Gaps {
  readonly rows: boolean;
  readonly lines: boolean;
  readonly split: boolean;
}

/** A lowered table's gaps, found once (rolling up and decomposing both ask). */
const GAPS = new WeakMap<LoweredTable, Gaps>();

/**
 * A table kind's column keys and line ids, made once per kind (templates do not change; remade if
 * a kind's column or line list is replaced, as lowering's plan is).
 */
interface KindKeys {
  readonly columns: NonNullable<LoweredTable["kind"]>["columns"];
  readonly lineList: NonNullable<LoweredTable["kind"]>["lines"];
  readonly known: ReadonlySet<string>;
  readonly lines: ReadonlySet<string>;
}
const KIND_KEYS = /*#__PURE__*/ new WeakMap<NonNullable<LoweredTable["kind"]>, KindKeys>();
const NO_KEYS = { known: /*#__PURE__*/ new Set<string>(), lines: /*#__PURE__*/ new Set<string>() };

function kindKeys(kind: LoweredTable["kind"]): {
  readonly known: ReadonlySet<string>;
  readonly lines: ReadonlySet<string>;
} {
  if (kind === undefined) return NO_KEYS;
  let keys = KIND_KEYS.get(kind);
  if (keys === undefined || keys.columns !== kind.columns || keys.lineList !== kind.lines) {
    keys = {
      columns: kind.columns,
      lineList: kind.lines,
      known: new Set(kind.columns.map((c) => c.key)),
      lines: new Set(kind.lines?.map((l) => l.id) ?? []),
    };
    KIND_KEYS.set(kind, keys);
  }
  return keys;
}

/** Whether a row prints anything of this year's in any cell (another period's is none). */
function printsAny(r: LoweredTable["rows"][number], other: Table["otherPeriods"]): boolean {
  const cells = r.row.cells;
  for (const column in cells)
    if ((cells[column] ?? "").trim() !== "" && !otherPeriod(other, column)) return true;
  return false;
}

/**
 * Whether `column` prints another period's figures or a change between years
 * (`Table.otherPeriods`): no part of any of this year's sums, so no gap of them.
 */
function otherPeriod(other: Table["otherPeriods"], column: string): boolean {
  if (other === undefined || !Object.hasOwn(other, column)) return false;
  const period = other[column];
  return period === "prior" || period === "change" || period === "budget";
}

/** The header of a column of row numbers, as the reader keys its cells (`extra:序号`). */
const ROW_NUMBER_KEYS: ReadonlySet<string> = /*#__PURE__*/ new Set(
  ["序号", "行次", "栏次", "编号"].map((h) => `extra:${h}`),
);
const ROW_NUMBER = /^[0-9]{1,4}$/u;

/**
 * The columns of a table headed as row numbers (`序号`, `行次`, `栏次`) that print nothing but row
 * numbers: no part of any sum, so no gap of them (their cells stay in the rows, read as nothing).
 */
function rowNumberColumns(lt: LoweredTable): ReadonlySet<string> | undefined {
  let out: Set<string> | undefined;
  for (const key of ROW_NUMBER_KEYS) {
    let numbers = false;
    let other = false;
    for (const r of lt.rows) {
      const v = (r.row.cells[key] ?? "").trim();
      if (v === "") continue;
      if (ROW_NUMBER.test(v.normalize("NFKC"))) numbers = true;
      else {
        other = true;
        break;
      }
    }
    if (numbers && !other) {
      out ??= new Set();
      out.add(key);
    }
  }
  return out;
}

/** A digit, half- or full-width. */
const DIGIT = /[0-9０-９]/u;
/** A digit other than zero: a cell printing one is a figure other than zero (`0.00`, `-0` are not). */
const NONZERO_DIGIT = /[1-9１-９]/u;

/**
 * Whether a cell under an unknown column may be a figure a sum misses: it prints a digit. Text
 * with none (`财政`, a unit's name under `单位名称`) is part of no sum.
 */
const mayBeFigure = (cell: string): boolean => DIGIT.test(cell);

function findGaps(lt: LoweredTable): Gaps {
  const { known, lines } = kindKeys(lt.kind);
  // Looked for only where a table prints a cell under a row-number header (most print none).
  let numbered: ReadonlySet<string> | undefined | null = null;
  const rowNumbers = (column: string): boolean => {
    if (!ROW_NUMBER_KEYS.has(column)) return false;
    if (numbered === null) numbered = rowNumberColumns(lt);
    return numbered?.has(column) === true;
  };
  const other = lt.table.otherPeriods;
  let rows = false;
  let unplacedLines = false;
  let split = false;
  // The columns where such a line prints a figure (a row's figures wrapped onto the next line),
  // and those where it prints one other than zero.
  let filled: Set<string> | undefined;
  let figures: Set<string> | undefined;
  // The facts of the row printed before such a line, in the columns where it prints a figure.
  let wrapped: Set<Fact> | undefined;
  let before: LoweredTable["rows"][number] | undefined;
  // A line whose place could not be told (`ambiguous-line`) states nothing a sum can count.
  const ambiguous = lt.problems.some((p) => p.code === "ambiguous-line");
  // A one-row kind's rows not read as its row (a unit's beside the total) are no part of its sums.
  const kinds = lt.kind?.rowKinds;
  const single = kinds?.length === 1 && kinds[0] === "single";
  for (const r of lt.rows) {
    const key = r.row.key;
    if (single && key.kind === "unplaced") continue;
    if (unread(r)) rows = true;
    if (
      (key.kind === "unplaced" && lines.size > 0) ||
      (key.kind === "line" && !lines.has(key.line)) ||
      (ambiguous && key.kind === "line" && r.facts.length === 0 && printsAny(r, other))
    ) {
      unplacedLines = true;
      const cells = r.row.cells;
      for (const column in cells) {
        if (!mayBeFigure(cells[column] ?? "")) continue;
        filled ??= new Set();
        filled.add(column);
        if (NONZERO_DIGIT.test(cells[column] ?? "")) {
          figures ??= new Set();
          figures.add(column);
        }
        if (before === undefined) continue;
        for (const f of before.facts)
          if (f.source.column === column) {
            wrapped ??= new Set();
            wrapped.add(f);
          }
      }
    } else before = r;
    if (split) continue;
    const cells = r.row.cells;
    for (const column in cells)
      if (
        !known.has(column) &&
        !otherPeriod(other, column) &&
        mayBeFigure(cells[column] ?? "") &&
        !rowNumbers(column)
      )
        split = true;
  }
  if (filled !== undefined) LINE_COLUMNS.set(lt, filled);
  if (figures !== undefined) LINE_FIGURES.set(lt, figures);
  if (wrapped !== undefined) WRAPPED_FACTS.set(lt, wrapped);
  return { rows, lines: unplacedLines, split };
}

/** The columns where a table's `lines` gaps print a figure, set by `findGaps` where any does. */
const LINE_COLUMNS = new WeakMap<LoweredTable, ReadonlySet<string>>();

/**
 * The columns in which a row of the table's `lines` gap (see {@link readingGaps}) prints a figure:
 * a row whose cell under one of them is blank may have its figure on that line (pdftotext prints a
 * long row's figures on the next, unlabelled line). Empty where the table has no such row.
 * @internal
 */
export function lineGapColumns(lt: LoweredTable): ReadonlySet<string> {
  readingGaps(lt);
  return LINE_COLUMNS.get(lt) ?? NONE;
}

const NONE: ReadonlySet<string> = new Set();

/** The columns where a table's `lines` gaps print a figure other than zero (see `findGaps`). */
const LINE_FIGURES = new WeakMap<LoweredTable, ReadonlySet<string>>();

/**
 * The columns in which a row of the table's `lines` gap prints a figure other than zero: a sum
 * whose whole is printed on another row than its parts may lack that line's figure there (a line
 * of zeros holds no part). Empty where the table has no such row. @internal
 */
export function lineFigureColumns(lt: LoweredTable): ReadonlySet<string> {
  readingGaps(lt);
  return LINE_FIGURES.get(lt) ?? NONE;
}

/** The facts of the row printed before a `lines` gap row, in the columns it prints a figure in. */
const WRAPPED_FACTS = new WeakMap<LoweredTable, ReadonlySet<Fact>>();

/**
 * Whether a printed fact of a table is on the row printed just before a row of the table's `lines`
 * gap that prints a figure in its column: where the fact is blank, the row's figure may be on that
 * line (pdftotext prints a long row's figures on the next, unlabelled line), so the blank is
 * unread, not a statement of none. That row by its place, not its key (a row printed twice is two).
 * @internal
 */
export function wrappedBlank(lt: LoweredTable, f: AnyFact): boolean {
  readingGaps(lt);
  return !isDerived(f) && WRAPPED_FACTS.get(lt)?.has(f) === true;
}
