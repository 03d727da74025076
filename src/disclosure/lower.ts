import { type Amount, isZero, parseAmount } from "../amount";
import { plainAmount } from "../amount/parse";
import { isUnit } from "../amount/units";
import type { ReadCode } from "../codes";
import type { Concept, Coordinates, Fact } from "../facts";
import type { Template } from "../templates";
import { planOf } from "./kind-plan";
import { lineCellCoordinates, lineFacts } from "./line-cell";
import { linePlacer } from "./line-place";
import type { LoweringProblem } from "./lower-problems";
import type { LoweredRow, LoweredTable } from "./lowered";
import { namesTold } from "./project-identity";
import { rowCoordinates } from "./row-coordinates";
import { rowKeyId } from "./row-key";
import { normalizeRowKey, plainRowKey } from "./row-key-codes";
import { shapeTable } from "./shape";
import { thisYearCoordinates } from "./this-year";
import type { DisclosureMeta, Row, Table } from "./types";

/** Whether a cell prints nothing or a zero. */
function statesNothing(raw: string, unit: Table["unit"]): boolean {
  if (raw.trim() === "") return true;
  const parsed = parseAmount(raw, unit);
  return parsed.ok && (parsed.value === null || isZero(parsed.value));
}

/** No code read from a misprint (shared: most rows). */
const NO_MISPRINTS: readonly ReadCode[] = [];

/** The department's code, when the meta (possibly a plain object) has one. */
function departmentCodeOf(meta: DisclosureMeta | undefined): string | undefined {
  // Whatever it holds: a primitive (or `null`) has no own `code`.
  const code: unknown = (meta?.department as { code?: unknown } | null | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

function merge(a?: Coordinates, b?: Coordinates, c?: Coordinates): Coordinates {
  return Object.assign({}, a, b, c) as Coordinates;
}

/**
 * Lowers one table to facts: every amount cell of every row becomes a fact (blank → value
 * `null`) that knows its source cell; cells it cannot place are problems, never dropped.
 * Indicator rows (the continuation lines of a performance table) carry text only. A plain object
 * (a spreadsheet reader's) is shaped first: number cells read as their exact decimal text,
 * `null` as blank; other types (`wrong-type`) and a unit such as `千元` (`invalid-value`, no
 * amount read) are problems. Never throws on data.
 *
 * @example
 * ```ts
 * import { lowerTable } from "yusuan";
 * import { henan2024 } from "yusuan/templates";
 * const lt = lowerTable(
 *   { kind: "expenditure", unit: "万元", rows: [{ key: { kind: "functional", code: "2013101" }, cells: { total: "558.07" } }] },
 *   henan2024,
 * );
 * lt.rows[0]?.facts[0]?.coords; // { functional: "2013101" }
 * ```
 */
export function lowerTable(given: Table, template: Template, meta?: DisclosureMeta): LoweredTable {
  // A plain object from a spreadsheet reader is shaped first: number cells become their decimal
  // text, what cannot be read is a problem (coverage), so nothing below meets a non-string.
  const shaped = shapeTable(given);
  const table = shaped.table;
  const problems: LoweringProblem[] =
    shaped.problems.length === 0 ? [] : shaped.problems.map((p) => ({ ...p, table: table.kind }));
  const kind = template.tables.find((k) => k.id === table.kind);
  const departmentCode = departmentCodeOf(meta);
  const amounts = isUnit(table.unit); // in an unknown unit (千元) no amount is read
  if (kind === undefined) {
    problems.push({ code: "unknown-table-kind", table: table.kind });
    return { table, kind, rows: [], problems };
  }
  const plan = planOf(kind);
  const { columns, attributes } = plan;
  // 本年拨款 beside a carry-over the table prints: this year's appropriation alone.
  const thisYear = amounts ? thisYearCoordinates(kind, table) : undefined;
  const rows: LoweredRow[] = [];
  // Code rows printed under a unit's row (部门 tables: 116 → 116001 → its rows) belong to that unit.
  let unit: string | undefined;
  const sharedNames = namesTold(table.rows, departmentCode, kind);
  const placed = linePlacer(table.rows);
  const printedRows = table.rows;
  for (let index = 0; index < printedRows.length; index++) {
    const printedRow = printedRows[index] as Row;
    // Codes in row keys are normalised here (`201 31 01` → `2013101`), whoever built the table;
    // a malformed one is a problem and its row states no fact.
    // (A key of plain codes, most rows, is read as it is: no result made.)
    const plain = plainRowKey(printedRow.key);
    const normalised = plain ? undefined : normalizeRowKey(printedRow.key);
    if (normalised !== undefined && !normalised.ok) {
      problems.push({
        code: "malformed-code",
        table: table.kind,
        row: rowKeyId(printedRow.key),
        raw: normalised.error.input,
        error: normalised.error,
      });
      rows.push({
        index,
        id: rowKeyId(printedRow.key),
        row: printedRow,
        coords: undefined,
        facts: [],
      });
      continue;
    }
    if (printedRow.key.kind === "unplaced") {
      const id = rowKeyId(printedRow.key);
      problems.push({
        code: "unplaced-row",
        table: table.kind,
        row: id,
        label: printedRow.key.label,
      });
      rows.push({ index, id, row: printedRow, coords: undefined, facts: [] });
      continue;
    }
    const key = normalised === undefined ? printedRow.key : normalised.value.key;
    const misprints = normalised === undefined ? NO_MISPRINTS : normalised.value.misprints;
    const row: Row = key === printedRow.key ? printedRow : { ...printedRow, key };
    if (row.key.kind === "total") unit = undefined;
    if (row.key.kind === "org") unit = row.key.code === departmentCode ? undefined : row.key.code;
    const inUnit =
      row.key.kind === "functional" || row.key.kind === "economic" || row.key.kind === "project"
        ? unit
        : undefined;
    const rowId = inUnit === undefined ? rowKeyId(row.key) : `org:${inUnit}/${rowKeyId(row.key)}`;
    for (const m of misprints)
      problems.push({
        code: "misprinted-code",
        table: table.kind,
        row: rowId,
        raw: m.printed,
        denotes: m.code.value,
      });
    const coords = rowCoordinates(row, attributes, departmentCode, inUnit, sharedNames);
    const line = row.key.kind === "line" ? row.key.line : undefined;
    const known = line === undefined ? undefined : plan.lines.get(line);
    // A line whose place decides what it states (inside or outside a total) is read by its place.
    const lineSpec = known === undefined ? undefined : placed(known, index);
    if (line !== undefined && lineSpec === undefined) {
      const code = known === undefined ? "unknown-line" : "ambiguous-line";
      problems.push({ code, table: table.kind, row: rowId });
    }
    const facts: Fact[] = [];
    let plainCoords: Coordinates | undefined;
    const cells = row.cells;
    for (const columnKey in cells) {
      if (!Object.hasOwn(cells, columnKey)) continue;
      const raw = cells[columnKey] as string;
      const col = columns.get(columnKey);
      if (col === undefined) {
        problems.push({
          code: "unknown-column",
          table: table.kind,
          row: rowId,
          column: columnKey,
          raw,
        });
        continue;
      }
      if (col.role !== "amount") {
        if (
          col.role === "attribute" &&
          raw.trim() !== "" &&
          (col.values === undefined || !Object.hasOwn(col.values, raw.trim()))
        )
          problems.push({
            code: "unknown-attribute-value",
            table: table.kind,
            row: rowId,
            column: columnKey,
            raw,
          });
        continue;
      }
      if (row.key.kind === "indicator") {
        if (raw.trim() !== "")
          problems.push({
            code: "unknown-column",
            table: table.kind,
            row: rowId,
            column: columnKey,
            raw,
          });
        continue;
      }
      if (line !== undefined && lineSpec === undefined) continue;
      const concept: Concept | undefined =
        lineSpec === undefined ? (col.concept ?? kind.concept) : lineSpec.concept;
      if (concept === undefined || !amounts) continue;
      // Coordinates are read-only: the row's columns without coordinates of their own share one.
      let factCoords: Coordinates;
      const colCoords = thisYear?.get(columnKey) ?? col.coords;
      if (lineSpec !== undefined) {
        // A cell whose column's nature shares no part with the line's states nothing of it when
        // blank or zero (人员经费合计 under 公用经费); printed otherwise, it is read as the line's.
        const own = lineCellCoordinates(kind.fixed, colCoords, lineSpec.coords);
        if (own === undefined && statesNothing(raw, table.unit)) continue;
        factCoords = own ?? merge(kind.fixed, colCoords, lineSpec.coords);
      } else if (colCoords !== undefined) factCoords = merge(kind.fixed, coords, colCoords);
      else {
        plainCoords ??= merge(kind.fixed, coords);
        factCoords = plainCoords;
      }
      // Most cells print a plain figure: read without a result object around it.
      let value: Amount | null | undefined = plainAmount(raw, table.unit);
      if (value === undefined) {
        const parsed = parseAmount(raw, table.unit);
        if (!parsed.ok) {
          problems.push({
            code: "malformed-amount",
            table: table.kind,
            row: rowId,
            column: columnKey,
            raw,
            error: parsed.error,
          });
          continue;
        }
        value = parsed.value;
      }
      facts.push({
        concept,
        coords: factCoords,
        value,
        source: { table: table.kind, row: rowId, column: columnKey, raw },
      });
    }
    const stated = lineSpec === undefined ? facts : lineFacts(facts, lineSpec.heading === true);
    rows.push({ index, id: rowId, row, coords, facts: stated });
  }
  return thisYear === undefined
    ? { table, kind, rows, problems }
    : { table, kind, rows, problems, columnCoords: thisYear };
}

/**
 * Lowers every table of a disclosure (see {@link lowerTable}).
 *
 * @example
 * ```ts
 * import { lowerDisclosure } from "yusuan";
 * import { henan2024 } from "yusuan/templates";
 * const meta = { year: 2024, documentKind: "部门", template: "henan2024", department: { name: "x" }, units: [] } as const;
 * const sanGong = { kind: "sanGong", unit: "万元", rows: [{ key: { kind: "single" }, cells: { total: "6.50" } }] } as const;
 * const [lowered] = lowerDisclosure({ meta, tables: [sanGong] }, henan2024);
 * lowered?.rows[0]?.facts.map((f) => f.value?.value); // ["6.50"]
 * ```
 */
export function lowerDisclosure(
  disclosure: { readonly meta: DisclosureMeta; readonly tables: readonly Table[] },
  template: Template,
): readonly LoweredTable[] {
  const tables: unknown = disclosure.tables;
  if (!Array.isArray(tables)) return []; // validateDisclosure reports it
  return tables.map((t: Table) => lowerTable(t, template, disclosure.meta));
}

/**
 * All facts of a disclosure, flat (see {@link lowerDisclosure}).
 *
 * @example
 * ```ts
 * import { disclosureFacts } from "yusuan";
 * import { henan2024 } from "yusuan/templates";
 * const meta = { year: 2024, documentKind: "部门", template: "henan2024", department: { name: "x" }, units: [] } as const;
 * const sanGong = { kind: "sanGong", unit: "万元", rows: [{ key: { kind: "single" }, cells: { total: "6.50", reception: "2.50" } }] } as const;
 * disclosureFacts({ meta, tables: [sanGong] }, henan2024).map((f) => f.coords.item); // [undefined, "reception"]
 * ```
 */
export function disclosureFacts(
  disclosure: { readonly meta: DisclosureMeta; readonly tables: readonly Table[] },
  template: Template,
): readonly Fact[] {
  return lowerDisclosure(disclosure, template).flatMap((t) => t.rows.flatMap((r) => r.facts));
}
