import { type CodeSystem, parseCode, readCode } from "../codes";
import type { TableKind } from "../templates";
import { isTotalLabel } from "./cells";
import { type ColumnMatch, matchHeaders } from "./headers";
import type { Reshaped } from "./reshape";
import type { PrintedTable } from "./types";

/**
 * A cell's leading code and the name after it (`2010601 行政运行`, `201 06 01行政运行`,
 * `208.05.01、行政单位离退休`): digits first, then digits, spaces, dots or dashes (a bounded run),
 * then a name that opens with no digit. On NFKC text.
 */
const LEADING_CODE = /^([0-9][0-9 .\-\u3000]{2,15})(.*)$/su;
const NAME_START = /^[^0-9 .\-,，%]/u;
/**
 * What may part a code from its name besides spaces, once or repeated (`201、一般公共服务支出`,
 * `201：…`, `2120101-行政运行`, `2120101—行政运行`, `2120101——行政运行`, `2120101～行政运行`).
 */
const PARTING = "、:：-－—–―~～";
/** Brackets a code may be printed in before its name, each opener before its closer. */
const BRACKETS = "[]【】〔〕［］";
/**
 * A code cell's text without the brackets it is printed in whole (`[2120101]`, `【201】`, `［30101］`);
 * any other text as it is. @internal
 */
export function unbracketed(text: string): string {
  const open = BRACKETS.indexOf(text.charAt(0));
  return open >= 0 && open % 2 === 0 && text.length > 2 && text.endsWith(BRACKETS.charAt(open + 1))
    ? text.slice(1, -1).trim()
    : text;
}

/** What a code's run may end with that is no digit of it (`2120101-` of `2120101-行政运行`). */
const CODE_TAIL = " .-\u3000";

/** A cell split into its code and its name as printed, or `undefined` when it opens with no code. @internal */
export function splitCell(cell: string): { code: string; name: string } | undefined {
  let text = cell.trim();
  // A code in brackets (`[2120101]行政运行`, `【2120101】行政运行`): the closer is a parting.
  const bracket = BRACKETS.indexOf(text.charAt(0));
  if (bracket >= 0 && bracket % 2 === 0) text = text.slice(1);
  // Full-width digits, points and spaces are one character each: the code's length is the print's.
  const m = LEADING_CODE.exec(text.normalize("NFKC"));
  if (m === null) return undefined;
  const lead = m[1] ?? "";
  let rest = text.slice(lead.length).trim();
  if (bracket >= 0) {
    if (rest.charAt(0) !== BRACKETS.charAt(bracket + 1)) return undefined;
    rest = rest.slice(1);
  }
  let k = 0;
  while (k < rest.length && PARTING.includes(rest.charAt(k))) k++;
  rest = rest.slice(k).trim();
  if (rest === "" || !NAME_START.test(rest.normalize("NFKC"))) return undefined;
  let end = lead.length;
  while (end > 0 && CODE_TAIL.includes(lead.charAt(end - 1))) end--;
  return { code: lead.slice(0, end), name: rest };
}

/** Whether a printed code is one of `system` (or a misprint of one the code reader resolves). */
const codeOf = (system: CodeSystem, code: string) =>
  parseCode(system, code).ok || readCode(system, code).ok;

/** The code systems of a kind that it prints in code columns, in the kind's order. */
function codeSystems(kind: TableKind): CodeSystem[] {
  const out: CodeSystem[] = [];
  for (const c of kind.columns)
    if (c.role === "code" && c.system !== undefined && !out.includes(c.system)) out.push(c.system);
  return out;
}

/** Whether no row prints a cell in column `index`. */
const blankColumn = (printed: PrintedTable, index: number): boolean =>
  printed.rows.every((row) => (row[index] ?? "").trim() === "");

/**
 * The column and system whose cells print a code before the name, if one does; and the column
 * of a whole code of that system printed blank beside it (`blank`), if one is: a text layer gave
 * its codes to the name cells.
 */
function findColumn(
  printed: PrintedTable,
  kind: TableKind,
  columns: readonly ColumnMatch[],
): { index: number; system: CodeSystem; blank?: number } | undefined {
  const blanks = new Map<CodeSystem, number>();
  const printedSystems = new Set<CodeSystem | undefined>();
  for (const c of columns) {
    if (c.column?.role !== "code") continue;
    const system = c.column.system;
    if (system !== undefined && c.column.segment === undefined && blankColumn(printed, c.index))
      blanks.set(system, c.index);
    else printedSystems.add(system);
  }
  const systems = codeSystems(kind).filter((s) => !printedSystems.has(s));
  if (systems.length === 0) return undefined;
  for (const c of columns) {
    // A name column, or one whose header the kind does not know (`项目`, `科目编码及名称`),
    // left of every amount.
    if (c.column?.role === "amount") break;
    if (c.column !== undefined && c.column.role !== "name") continue;
    let labels = 0;
    const hits = new Map<CodeSystem, number>();
    for (const row of printed.rows) {
      const cell = row[c.index] ?? "";
      if (cell.trim() === "" || isTotalLabel(cell)) continue;
      labels++;
      const split = splitCell(cell);
      const system = split && systems.find((s) => codeOf(s, split.code));
      if (system !== undefined) hits.set(system, (hits.get(system) ?? 0) + 1);
    }
    const [best] = [...hits].sort((a, b) => b[1] - a[1]);
    // Most of its labels open with a code of one system: a column of codes and names.
    if (best !== undefined && best[1] * 2 > labels) {
      const blank = blanks.get(best[0]);
      return blank === undefined
        ? { index: c.index, system: best[0] }
        : { index: c.index, system: best[0], blank };
    }
  }
  return undefined;
}

/**
 * A table whose code and name are printed in one cell (`2010601 行政运行` under `项目` or
 * `科目名称`, the code columns of its kind not printed, or printed blank), read as the kind prints
 * them: the cell split into a whole-code column (the kind's first header for a whole code of that
 * system; the blank one where it is printed) and the name column beside it. A cell opening with no code of the system (合计, a name alone) is
 * kept whole as the name. Problems and columns point back at the printed cell. @internal
 */
export function codesInNames(printed: PrintedTable, kind: TableKind): Reshaped | undefined {
  const matched = matchHeaders(printed.headers, kind).columns;
  const found = findColumn(printed, kind, matched);
  if (found === undefined) return undefined;
  const { index, system } = found;
  if (found.blank !== undefined) return intoBlankColumn(printed, index, system, found.blank);
  const codeHeader = kind.columns.find(
    (c) => c.role === "code" && c.system === system && c.segment === undefined,
  )?.headers[0];
  const nameColumn = matched[index]?.column;
  const nameHeader =
    nameColumn?.role === "name"
      ? printed.headers[index]
      : kind.columns.find((c) => c.role === "name")?.headers[0];
  if (codeHeader === undefined || nameHeader === undefined) return undefined;
  const split = (row: readonly string[]): string[] => {
    const cell = row[index] ?? "";
    const parts = splitCell(cell);
    const whole = parts !== undefined && codeOf(system, parts.code);
    const pair = whole ? [parts.code, parts.name] : ["", cell];
    return [...row.slice(0, index), ...pair, ...row.slice(index + 1)];
  };
  const back = (i: number) => (i <= index ? i : i - 1);
  return {
    table: {
      ...printed,
      headers: split(printed.headers).map((h, i) =>
        i === index ? codeHeader : i === index + 1 ? nameHeader : h,
      ),
      rows: printed.rows.map(split),
    },
    cellOrigin: (row, cell) => ({ row, cell: back(cell) }),
    headerOrigin: back,
    columns: (inner) =>
      inner
        .filter((c) => c.index !== index)
        .map((c) => ({
          ...c,
          index: back(c.index),
          header: printed.headers[back(c.index)] ?? c.header,
        })),
  };
}

/**
 * The table with the codes its name cells (column `index`) print moved into the blank whole-code
 * column `blank` of `system`, the names left: the shape as printed, cell for cell.
 */
function intoBlankColumn(
  printed: PrintedTable,
  index: number,
  system: CodeSystem,
  blank: number,
): Reshaped {
  const rows = printed.rows.map((row) => {
    const parts = splitCell(row[index] ?? "");
    if (parts === undefined || !codeOf(system, parts.code)) return row;
    return row.map((cell, i) => (i === blank ? parts.code : i === index ? parts.name : cell));
  });
  return {
    table: { ...printed, rows },
    cellOrigin: (row, cell) => ({ row, cell }),
    headerOrigin: (header) => header,
    columns: (inner) => inner,
  };
}
