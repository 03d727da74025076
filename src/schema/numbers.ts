import type { SchemaIssue, SchemaPath } from "./issues";
import { isObject, type Obj } from "./object";

/**
 * Figures written as JSON numbers (`"total": 969.06`), read as the digits written. `JSON.parse`
 * turns a number into a binary float (`1200.50` → `1200.5`, `0.1` → `0.1000000000000000055…`),
 * so the number's text is taken from the JSON text instead: the value holds exactly what was
 * written (`"969.06"`, `"1200.50"`, `"-3"`). A number with an exponent (`1e3`, `9.6906E2`) is
 * not what a document prints: it is a `number-exponent` issue (its text is kept, so no other
 * issue is reported at its path). Only the places a format lists as money are read this way
 * ({@link DISCLOSURE_NUMBER_PATHS}, {@link LEDGER_NUMBER_PATHS}); a number elsewhere keeps its
 * meaning (`year`) or stays wrong.
 */

/** The own property `key` of a value, or `undefined` (never one of the prototype's). */
const own = (o: unknown, key: string): unknown =>
  isObject(o) && Object.hasOwn(o, key) ? o[key] : undefined;

/** One step of a path where money may be written: a key, any element of an array, any key. */
export type NumberStep = string | { readonly each: "element" | "key" };

/** Any element of an array. @internal */
export const ELEMENT: NumberStep = { each: "element" };
/** Any key of an object (a cell, a money line). @internal */
export const ANY_KEY: NumberStep = { each: "key" };

/**
 * Where a disclosure document holds money: the tables' cells, and the money lines of the
 * performance targets (each project's, the department's budget, each task's). @internal
 */
export const DISCLOSURE_NUMBER_PATHS: readonly (readonly NumberStep[])[] = [
  ["tables", ELEMENT, "rows", ELEMENT, "cells", ANY_KEY],
  ["targets", "projects", ELEMENT, "money", ANY_KEY],
  ["targets", "department", "budget", ANY_KEY],
  ["targets", "department", "tasks", ELEMENT, "money", ANY_KEY],
];

/** Where a ledger document holds money: each entry's `amount`. @internal */
export const LEDGER_NUMBER_PATHS: readonly (readonly NumberStep[])[] = [
  ["entries", ELEMENT, "amount"],
];

/** A number written at one of the paths: its path and its text. @internal */
export interface WrittenNumber {
  readonly path: SchemaPath;
  readonly written: string;
}

/** One open object or array of the text. */
interface Open {
  /** In an array, the index of the element being read; in an object, `-1`. */
  index: number;
  /** In an object, where the key of the member being read starts and ends (quotes included). */
  keyStart: number;
  keyEnd: number;
  /** In an object, the member's key where it was decoded (to match a path's key). */
  key: string | undefined;
  /** In an object, whether the next string is a key. */
  expectKey: boolean;
  /** The paths (bits by index) whose steps up to this value's match. */
  alive: number;
  /** The paths whose steps match up to the member being read (its key or its index too). */
  member: number;
}

/** Whether path `p`'s step at `depth` takes an array's element. */
const takesElement = (p: readonly NumberStep[], depth: number): boolean => {
  const s = p[depth];
  return typeof s === "object" && s.each === "element";
};

/**
 * The numbers written at `paths` in a JSON text, in the text's order, as written. The text must be
 * valid JSON. One pass, each character looked at once (a run of backslashes before a quote once
 * more), no recursion; a key is decoded only where a path names a key at its depth (at most once),
 * or once for the number after it. Whether the open values are objects or arrays is not checked
 * here: the caller finds each number in what `JSON.parse` made of the text (at most 31 paths).
 * @internal
 */
export function writtenNumbers(
  text: string,
  paths: readonly (readonly NumberStep[])[],
): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  const stack: Open[] = [];
  const all = paths.length >= 31 ? 0x7fffffff : (1 << paths.length) - 1;
  // A key that decodes to a path's key is at most 6 characters (`\uXXXX`) per character of it.
  const longest = Math.max(
    0,
    ...paths.flatMap((p) => p.map((s) => (typeof s === "string" ? s.length : 0))),
  );
  const limit = 6 * longest + 2;
  const n = text.length;
  const decode = (o: Open) => {
    o.key ??= JSON.parse(text.slice(o.keyStart, o.keyEnd)) as string;
    return o.key;
  };
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
        const depth = stack.length - 1;
        top.expectKey = false;
        top.keyStart = open;
        top.keyEnd = i + 1;
        top.key = undefined;
        let member = 0;
        for (let k = 0; k < paths.length; k++) {
          if ((top.alive & (1 << k)) === 0) continue;
          const step = (paths[k] as readonly NumberStep[])[depth];
          if (
            typeof step === "object"
              ? step.each === "key"
              : i + 1 - open <= limit && decode(top) === step
          )
            member |= 1 << k;
        }
        top.member = member;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const alive = top === undefined ? all : top.member;
      const depth = stack.length;
      let member = 0;
      if (c === 0x5b)
        for (let k = 0; k < paths.length; k++)
          if ((alive & (1 << k)) !== 0 && takesElement(paths[k] as readonly NumberStep[], depth))
            member |= 1 << k;
      stack.push({
        index: c === 0x7b ? -1 : 0,
        keyStart: 0,
        keyEnd: 0,
        key: undefined,
        expectKey: true,
        alive,
        member,
      });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) stack.pop();
    else if (c === 0x2c /* , */ && top !== undefined) {
      if (top.index < 0) {
        top.expectKey = true;
        top.member = 0;
      } else top.index++;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      // A number runs to the next `,`, `}`, `]` or white space (the text is valid JSON).
      let end = i + 1;
      while (end < n && !/[,}\]\s]/.test(text.charAt(end))) end++;
      const depth = stack.length;
      let ends = false;
      if (top !== undefined)
        for (let k = 0; k < paths.length && !ends; k++)
          ends =
            (top.member & (1 << k)) !== 0 && (paths[k] as readonly NumberStep[]).length === depth;
      if (ends)
        found.push({
          path: stack.map((o) => (o.index < 0 ? decode(o) : o.index)),
          written: text.slice(i, end),
        });
      i = end - 1;
    }
  }
  return found;
}

/** Whether some value at `paths` of what `JSON.parse` made is a number (one look at each). @internal */
export function hasNumberAt(value: unknown, paths: readonly (readonly NumberStep[])[]): boolean {
  for (const path of paths) {
    let level: unknown[] = [value];
    for (const step of path) {
      const next: unknown[] = [];
      for (const v of level) {
        if (typeof step === "string") {
          const x = own(v, step);
          if (x !== undefined) next.push(x);
        } else if (step.each === "element") {
          if (Array.isArray(v)) for (const x of v) next.push(x);
        } else if (isObject(v)) for (const k in v) if (Object.hasOwn(v, k)) next.push(v[k]);
      }
      level = next;
    }
    if (level.some((v) => typeof v === "number")) return true;
  }
  return false;
}

/** The object holding the value at `path` (its last step a key), or `undefined`. @internal */
export function holderOf(value: unknown, path: SchemaPath): Obj | undefined {
  let at: unknown = value;
  for (let k = 0; k < path.length - 1; k++) {
    const step = path[k] as string | number;
    at = typeof step === "number" ? (Array.isArray(at) ? at[step] : undefined) : own(at, step);
  }
  return isObject(at) ? at : undefined;
}

/**
 * Sets `holder[key]` to `value` as an own property: defined, not assigned, so a `__proto__` key
 * stays an own property (and is reported as such). @internal
 */
export function put(holder: Obj, key: string, value: unknown): void {
  Object.defineProperty(holder, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/**
 * Replaces every number written at `paths` in `value` (what `JSON.parse` made of `text`, without a
 * key written twice) by the text of its number in `text`, in place: `969.06` → `"969.06"`,
 * `1200.50` → `"1200.50"`. A number with an exponent is kept as its text too, and is returned as
 * a `number-exponent` issue at its path. Reads the text only when some value there is a number.
 * @internal
 */
export function readNumbers(
  value: unknown,
  text: string,
  paths: readonly (readonly NumberStep[])[],
): SchemaIssue[] {
  if (!hasNumberAt(value, paths)) return [];
  const issues: SchemaIssue[] = [];
  for (const { path, written } of writtenNumbers(text, paths)) {
    const holder = holderOf(value, path);
    const key = path[path.length - 1];
    if (holder === undefined || typeof key !== "string") continue; // (no place of the format)
    put(holder, key, written);
    if (/[eE]/.test(written)) issues.push({ code: "number-exponent", path, input: written });
  }
  return issues;
}

/** A number written in a cell: its table's and row's indexes, its key, and its text. @internal */
export interface WrittenNumberCell {
  readonly table: number;
  readonly row: number;
  readonly key: string;
  readonly written: string;
}

/** The numbers written as cells (`tables[t].rows[r].cells[key]`) in a JSON text. @internal */
export function writtenNumberCells(text: string): WrittenNumberCell[] {
  const cells = [DISCLOSURE_NUMBER_PATHS[0] as readonly NumberStep[]];
  return writtenNumbers(text, cells).map(({ path, written }) => ({
    table: path[1] as number,
    row: path[3] as number,
    key: path[5] as string,
    written,
  }));
}

/** {@link readNumbers} at a disclosure document's money (cells and targets' money). @internal */
export const readNumberCells = (value: unknown, text: string): SchemaIssue[] =>
  readNumbers(value, text, DISCLOSURE_NUMBER_PATHS);
