import type { SchemaIssue } from "./issues";

/**
 * Cells written as JSON numbers (`"total": 969.06`), read as the digits written. `JSON.parse`
 * turns a number into a binary float (`1200.50` → `1200.5`, `0.1` → `0.1000000000000000055…`),
 * so the number's text is taken from the JSON text instead: the cell holds exactly what was
 * written (`"969.06"`, `"1200.50"`, `"-3"`). A number with an exponent (`1e3`, `9.6906E2`) is
 * not what a table prints: it is a `number-exponent` issue (its text is kept, so no other issue
 * is reported at its path). Only the cells of `tables[*].rows[*].cells` are read this way.
 */

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** The own property `key` of a value, or `undefined` (never one of the prototype's). */
const own = (o: unknown, key: string): unknown =>
  isObject(o) && Object.hasOwn(o, key) ? o[key] : undefined;

/** The rows of table `t` of a value `JSON.parse` made, where the format has them. */
function rowsOf(value: unknown, t: number): unknown[] {
  const tables = own(value, "tables");
  const rows = Array.isArray(tables) ? own(tables[t], "rows") : undefined;
  return Array.isArray(rows) ? rows : [];
}

/** The cells record of `tables[t].rows[r]`, or `undefined`. */
function cellsAt(value: unknown, t: number, r: number): Obj | undefined {
  const cells = own(rowsOf(value, t)[r], "cells");
  return isObject(cells) ? cells : undefined;
}

/** Whether some cell of a value `JSON.parse` made is a number (one look at each cell). */
function hasNumberCell(value: unknown): boolean {
  const tables = own(value, "tables");
  const count = Array.isArray(tables) ? tables.length : 0;
  for (let t = 0; t < count; t++) {
    const rows = rowsOf(value, t);
    for (let r = 0; r < rows.length; r++) {
      const cells = cellsAt(value, t, r);
      if (cells !== undefined) for (const k in cells) if (typeof cells[k] === "number") return true;
    }
  }
  return false;
}

/** A number written in a cell: its table's and row's indexes, its key, and its text. */
export interface WrittenNumber {
  readonly table: number;
  readonly row: number;
  readonly key: string;
  readonly written: string;
}

/** One open object or array of the text. */
interface Open {
  /** In an array, the index of the element being read; in an object, `-1`. */
  index: number;
  /** In an object, where the key of the member being read starts and ends (quotes included). */
  keyStart: number;
  keyEnd: number;
  /** In an object, whether the next string is a key. */
  expectKey: boolean;
  /** Whether that key is the one a cell's path needs at this depth (`tables`, `rows`, `cells`). */
  onPath: boolean;
}

/** The keys of the path to a cell, by depth: `tables` at 1, `rows` at 3, `cells` at 5. */
const PATH_KEYS: Readonly<Record<number, string>> = { 1: "tables", 3: "rows", 5: "cells" };

/**
 * The numbers written as cells (`tables[t].rows[r].cells[key]`) in a JSON text, in the text's
 * order, as written. The text must be valid JSON. One pass, each character looked at once (a
 * run of backslashes before a quote once more), no recursion; a key is decoded only where it
 * may be on a cell's path (at most once), or once for the number after it. Whether the open
 * values are objects or arrays is not checked: the caller finds each cell in what `JSON.parse`
 * made of the text, where the format has it. @internal
 */
export function writtenNumberCells(text: string): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  const stack: Open[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 0x22 /* " */) {
      // The closing quote: the next `"` not escaped (preceded by an even run of backslashes).
      const open = i;
      for (;;) {
        const q = text.indexOf('"', i + 1);
        let b = q - 1;
        while (b > i && text.charCodeAt(b) === 0x5c /* \ */) b--;
        i = q < 0 ? n : q;
        if (q < 0 || (q - 1 - b) % 2 === 0) break;
      }
      if (top !== undefined && top.index < 0 && top.expectKey) {
        const wanted = PATH_KEYS[stack.length];
        top.expectKey = false;
        top.keyStart = open;
        top.keyEnd = i + 1;
        // A key that decodes to `tables` is at most 6 escapes of 6 characters long.
        top.onPath =
          wanted !== undefined && i - open <= 40 && JSON.parse(text.slice(open, i + 1)) === wanted;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      stack.push({
        index: c === 0x7b ? -1 : 0,
        keyStart: 0,
        keyEnd: 0,
        expectKey: true,
        onPath: false,
      });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) stack.pop();
    else if (c === 0x2c /* , */ && top !== undefined) {
      if (top.index < 0) top.expectKey = true;
      else top.index++;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      // A number runs to the next `,`, `}`, `]` or white space (the text is valid JSON).
      let end = i + 1;
      while (end < n && !/[,}\]\s]/.test(text.charAt(end))) end++;
      const [root, tables, table, rows, row] = stack;
      if (stack.length === 6 && root?.onPath && table?.onPath && row?.onPath && top?.index === -1)
        found.push({
          table: tables?.index ?? 0,
          row: rows?.index ?? 0,
          key: JSON.parse(text.slice(top.keyStart, top.keyEnd)) as string,
          written: text.slice(i, end),
        });
      i = end - 1;
    }
  }
  return found;
}

/**
 * Replaces every number cell of `value` (what `JSON.parse` made of `text`, without a key written
 * twice) by the text of its number in `text`, in place: `969.06` → `"969.06"`, `1200.50` →
 * `"1200.50"`. A number with an exponent is kept as its text too, and is returned as a
 * `number-exponent` issue. Reads the text only when some cell is a number. @internal
 */
export function readNumberCells(value: unknown, text: string): SchemaIssue[] {
  if (!hasNumberCell(value)) return [];
  const issues: SchemaIssue[] = [];
  for (const { table, row, key, written } of writtenNumberCells(text)) {
    const cells = cellsAt(value, table, row);
    if (cells === undefined) continue; // (the path is no cell of the format)
    // Defined, not assigned: a `__proto__` key stays an own property (and is reported as such).
    Object.defineProperty(cells, key, {
      value: written,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    if (/[eE]/.test(written))
      issues.push({
        code: "number-exponent",
        path: ["tables", table, "rows", row, "cells", key],
        input: written,
      });
  }
  return issues;
}
