/**
 * The line rows of a project form (申报表): a line's value cell, and whether a heading's own
 * figure is its block's money.
 */
import { type Amount, amountsEqual, parseAmount, sumAmounts } from "../../amount";
import type { Row } from "../../disclosure";
import type { TableKind } from "../../templates";

/**
 * The value cell of a line row: its first non-blank cell of a column of the kind (a blank amount
 * cell when none is filled); the other non-blank cells, of the kind or not, are left over.
 * @internal
 */
export function lineValue(
  row: Row,
  kind: TableKind,
  skip: ReadonlySet<string>,
): { column: string; rest: string[] } | undefined {
  const columns = kind.columns.map((c) => c.key).filter((k) => k in row.cells && !skip.has(k));
  const filled = (k: string) => (row.cells[k] ?? "").trim() !== "";
  const first = columns.find(filled);
  const rest = Object.keys(row.cells).filter((k) => k !== first && !skip.has(k) && filled(k));
  if (first !== undefined) return { column: first, rest };
  const blank =
    columns.find((k) => kind.columns.find((c) => c.key === k)?.role === "amount") ?? columns[0];
  return blank === undefined ? undefined : { column: blank, rest };
}

/** A year printed alone (`2024`, four digits 19xx / 20xx, no decimals): no amount beside a heading. */
const YEAR = /^(?:19|20)\d{2}$/u;

/**
 * Whether the lines of a heading's block (the money lines right below it, up to the next heading
 * or line of another kind) print the field the heading maps to (`年度资金总额` below `项目资金`).
 */
function blockPrints(
  rows: readonly Row[],
  from: number,
  field: string,
  fields: Readonly<Record<string, string>>,
  headings: ReadonlySet<string>,
): boolean {
  for (let i = from + 1; i < rows.length; i++) {
    const key = rows[i]?.key;
    if (key?.kind !== "line" || headings.has(key.line)) return false;
    const printed = fields[key.line];
    if (printed === field) return true;
    if (printed === undefined || !printed.startsWith("money.")) return false;
  }
  return false;
}

/**
 * The sum of the figures printed on the money lines of a heading's block (the lines right below it,
 * up to the next heading or line of another kind); `undefined` when none prints a figure.
 */
function blockSum(
  rows: readonly Row[],
  from: number,
  kind: TableKind,
  fields: Readonly<Record<string, string>>,
  headings: ReadonlySet<string>,
): Amount | undefined {
  const figures: Amount[] = [];
  for (let i = from + 1; i < rows.length; i++) {
    const row = rows[i];
    if (row?.key.kind !== "line" || headings.has(row.key.line)) break;
    if (!(fields[row.key.line] ?? "").startsWith("money.")) break;
    const value = lineValue(row, kind, headings);
    const parsed =
      value === undefined ? undefined : parseAmount((row.cells[value.column] ?? "").trim(), "元");
    if (parsed?.ok === true && parsed.value !== null) figures.push(parsed.value);
  }
  return figures.length === 0 ? undefined : sumAmounts(figures);
}

/**
 * Whether a line heading a block (`项目资金（万元）` over 年度资金总额 and its sources) prints an
 * amount itself (`项目资金 | 10.00`) and its block no line of the field it maps to (no 年度资金总额
 * below): read into that money line, as the block's total. A heading printing no amount (blank,
 * `单位：万元`, a year `2024` beside lines not adding up to it), or a figure beside a block that
 * prints its total (the total over the project's years above 年度资金总额), labels its block only:
 * its figure is left unread.
 * @internal
 */
export function headingAmount(
  rows: readonly Row[],
  at: number,
  kind: TableKind,
  layout: {
    readonly fields: Readonly<Record<string, string>>;
    readonly headings: ReadonlySet<string>;
  },
  field: string | undefined,
): boolean {
  const row = rows[at];
  if (row === undefined || field === undefined || !field.startsWith("money.")) return false;
  const value = lineValue(row, kind, layout.headings);
  if (value === undefined) return false;
  const raw = (row.cells[value.column] ?? "").trim();
  const parsed = parseAmount(raw, "元");
  if (!parsed.ok || parsed.value === null) return false;
  if (blockPrints(rows, at, field, layout.fields, layout.headings)) return false;
  if (!YEAR.test(raw.normalize("NFKC"))) return true;
  // A figure that reads as a year (`2000`) is the block's total only where the block's lines add
  // up to it (`其中：财政拨款 | 2000`); beside lines of other figures it is the year they are of.
  const sum = blockSum(rows, at, kind, layout.fields, layout.headings);
  return sum !== undefined && amountsEqual(sum, parsed.value);
}
