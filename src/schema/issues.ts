import type { core } from "zod/mini";
import { nearestKeys } from "../templates/suggest";

/**
 * Where a schema issue is: the property path from the document root, e.g.
 * `["tables", 2, "rows", 3, "cells", "basic"]`; `[]` is the document itself.
 *
 * @example
 * ```ts
 * import type { SchemaPath } from "yusuan/json";
 * const path: SchemaPath = ["meta", "units", 0, "unitType"];
 * ```
 */
export type SchemaPath = readonly (string | number)[];

/**
 * Why a value is not a disclosure document. A union discriminated on a stable `code`; every
 * variant has the `path` of the offending place, and `input`, the value found there, when there
 * is one. Render it with {@link formatSchemaIssue}.
 *
 * - `invalid-json`: the text is not JSON (`detail` is the parser's message); path `[]`.
 * - `too-deep`: the text nests objects and arrays deeper than `maximum` levels (no document of
 *   the format does); `offset` is where the level beyond opens; path `[]`.
 * - `missing`: a required property is absent.
 * - `invalid-type`: a value of the wrong JSON type; `expected` is `string`, `number`, `int`,
 *   `object`, `array` or `record` (an object of strings).
 * - `invalid-value`: not one of the `expected` values (a unit, a row-key kind, the format tag …).
 * - `unknown-key`: a property the format does not have; `path` ends with it, and
 *   `suggestions` lists the nearest properties it has there (`tabels` → `tables`).
 * - `reserved-key`: a `__proto__` key in cells or texts, which JavaScript objects cannot keep.
 * - `duplicate-key`: a key written twice in one object of the JSON text (`JSON.parse` would keep
 *   the last silently); `path` ends with it.
 * - `number-exponent`: money (a cell, a 绩效目标 money line, a ledger entry's amount) written as a
 *   JSON number with an exponent (`1e3`), which no document prints; `input` is the number as
 *   written. Only from `parseDisclosureJson` and `parseLedgerJson` (which read money written as a
 *   number without an exponent, `969.06`, as the digits written).
 * - `invalid-code-number`: a code written as a JSON number that is no code: a fraction, an
 *   exponent or a sign (`201.5`); `input` is the number as written. From `parseDisclosureJson`,
 *   `readDisclosureJson` and `parseLedgerJson` (which read a code written as digits, `2013101`,
 *   as those digits), and from `parseDisclosure` and `parseLedger` on a JavaScript number that is
 *   not a non-negative safe integer (`input` is `String(n)`: `201.5`, `NaN`, or one beyond
 *   2⁵³ − 1 whose last digits may be gone).
 * - `unreadable`: a value that could not be read: a getter or a Proxy threw (`detail` is what it
 *   threw). Only from `parseDisclosure` on a JavaScript value.
 * - `too-small` / `too-big`: a number below `minimum` / above `maximum`.
 * - `invalid`: anything else; `reason` is the validator's code.
 * - `too-many-issues`: the issues before it are the first `maximum` (1000) found; `omitted` more
 *   were found and are left out (a document with 200,000 bad rows); path `[]`.
 *
 * @example
 * ```ts
 * import { parseDisclosure } from "yusuan/json";
 * const r = parseDisclosure({ format: "yusuan.disclosure", version: 1, tables: [], texts: [] });
 * if (!r.ok) r.error[0]; // { code: "missing", path: ["meta"] }
 * ```
 */
export type SchemaIssue =
  | {
      readonly code: "invalid-json";
      readonly path: SchemaPath;
      readonly input: string;
      readonly detail: string;
    }
  | {
      readonly code: "too-deep";
      readonly path: SchemaPath;
      readonly maximum: number;
      readonly offset: number;
    }
  | { readonly code: "missing"; readonly path: SchemaPath }
  | {
      readonly code: "invalid-type";
      readonly path: SchemaPath;
      readonly input: unknown;
      readonly expected: string;
    }
  | {
      readonly code: "invalid-value";
      readonly path: SchemaPath;
      readonly input: unknown;
      readonly expected: readonly (string | number)[];
    }
  | {
      readonly code: "unknown-key";
      readonly path: SchemaPath;
      readonly key: string;
      /** The properties the format has there that it may mean (`tabels` → `tables`). */
      readonly suggestions: readonly string[];
    }
  | { readonly code: "reserved-key"; readonly path: SchemaPath; readonly key: string }
  | { readonly code: "duplicate-key"; readonly path: SchemaPath; readonly key: string }
  | { readonly code: "number-exponent"; readonly path: SchemaPath; readonly input: string }
  | { readonly code: "invalid-code-number"; readonly path: SchemaPath; readonly input: string }
  | { readonly code: "unreadable"; readonly path: SchemaPath; readonly detail: string }
  | {
      readonly code: "too-small";
      readonly path: SchemaPath;
      readonly input: unknown;
      readonly minimum: number;
    }
  | {
      readonly code: "too-big";
      readonly path: SchemaPath;
      readonly input: unknown;
      readonly maximum: number;
    }
  | {
      readonly code: "invalid";
      readonly path: SchemaPath;
      readonly input: unknown;
      readonly reason: string;
    }
  | {
      readonly code: "too-many-issues";
      readonly path: SchemaPath;
      readonly maximum: number;
      readonly omitted: number;
    };

/**
 * The `code` of a {@link SchemaIssue}.
 *
 * @example
 * ```ts
 * import type { SchemaIssueCode } from "yusuan/json";
 * const code: SchemaIssueCode = "unknown-key";
 * ```
 */
export type SchemaIssueCode = SchemaIssue["code"];

/** The own property `key` of `value`, or `undefined`. */
function own(value: unknown, key: string | number): unknown {
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
  return (value as Readonly<Record<string | number, unknown>>)[key];
}

/** The value at `path` in `root`, following own properties only. @internal */
export function valueAt(root: unknown, path: SchemaPath): unknown {
  return path.reduce<unknown>(own, root);
}

/** Whether `path` leads to an own property of its parent (or is the root). */
function present(root: unknown, path: SchemaPath): boolean {
  const last = path.at(-1);
  if (last === undefined) return true;
  const parent = valueAt(root, path.slice(0, -1));
  return typeof parent === "object" && parent !== null && Object.hasOwn(parent, last);
}

function literal(value: unknown): string | number {
  return typeof value === "number" ? value : String(value);
}

/**
 * The issues of one zod issue, with paths of strings and numbers and the offending input read
 * from the document (so an absent value is `missing`, whatever the validator called it).
 * @internal
 */
export function fromZodIssue(
  issue: core.$ZodIssue,
  root: unknown,
  known: (path: SchemaPath) => readonly string[] = () => [],
): SchemaIssue[] {
  const path = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
  const input = valueAt(root, path);
  const absent = !present(root, path);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        code: "unknown-key",
        path: [...path, key],
        key,
        suggestions: nearestKeys(key, known(path)),
      }));
    case "invalid_type":
      return [
        absent
          ? { code: "missing", path }
          : { code: "invalid-type", path, input, expected: issue.expected },
      ];
    case "invalid_value":
      return [{ code: "invalid-value", path, input, expected: issue.values.map(literal) }];
    case "invalid_union":
      if (issue.inclusive !== false && issue.options !== undefined) {
        const expected = issue.options.map(literal);
        return [
          absent ? { code: "missing", path } : { code: "invalid-value", path, input, expected },
        ];
      }
      return [{ code: "invalid", path, input, reason: issue.code }];
    case "too_small":
      return [{ code: "too-small", path, input, minimum: Number(issue.minimum) }];
    case "too_big":
      return [{ code: "too-big", path, input, maximum: Number(issue.maximum) }];
    default:
      return [{ code: "invalid", path, input, reason: issue.code }];
  }
}
