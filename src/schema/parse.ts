import type { Disclosure } from "../disclosure";
import { err, ok, type Result } from "../result";
import { disclosureDocumentSchema } from "./document";
import { fromZodIssue, type SchemaIssue, valueAt } from "./issues";

/** Freezes a value built by the validator (a fresh tree, never the caller's input). */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const RESERVED = "__proto__";

/**
 * `__proto__` keys of the cells and texts records: the validator drops them (JavaScript objects
 * cannot take them as plain keys), so they are reported instead of being silently lost.
 */
function reservedKeys(
  input: unknown,
  tableCount: number,
  rowCounts: readonly number[],
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const check = (path: readonly (string | number)[]) => {
    const record = valueAt(input, path);
    if (typeof record === "object" && record !== null && Object.hasOwn(record, RESERVED)) {
      issues.push({ code: "reserved-key", path: [...path, RESERVED], key: RESERVED });
    }
  };
  for (let t = 0; t < tableCount; t++) {
    for (let r = 0; r < (rowCounts[t] ?? 0); r++) check(["tables", t, "rows", r, "cells"]);
    check(["tables", t, "texts"]);
  }
  return issues;
}

/**
 * Reads a disclosure JSON document (already parsed from text, or any JavaScript value). The
 * document is checked against the format (see {@link DisclosureDocument}) and every problem is
 * returned, each with its path; nothing is checked against a template (use
 * `validateDisclosure` for that). Cells are kept exactly as printed. The result is frozen.
 * Never throws.
 *
 * @param input - the document
 * @returns the {@link Disclosure} (without `format`, `version` and `$schema`), or the issues
 *
 * @example
 * ```ts
 * import { parseDisclosure } from "yusuan/json";
 * const r = parseDisclosure({
 *   format: "yusuan.disclosure", version: 1,
 *   meta: { year: 2024, documentKind: "单位", template: "henan2024", department: { name: "某单位" }, units: [] },
 *   tables: [{ kind: "sanGong", unit: "千元", rows: [] }],
 *   texts: [],
 * });
 * if (!r.ok) r.error.map((i) => [i.code, i.path]); // [["invalid-value", ["tables", 0, "unit"]]]
 * ```
 */
export function parseDisclosure(input: unknown): Result<Disclosure, readonly SchemaIssue[]> {
  const parsed = disclosureDocumentSchema.safeParse(input);
  if (!parsed.success) {
    return err(deepFreeze(parsed.error.issues.flatMap((issue) => fromZodIssue(issue, input))));
  }
  const { meta, tables, texts, targets } = parsed.data;
  const reserved = reservedKeys(
    input,
    tables.length,
    tables.map((t) => t.rows.length),
  );
  if (reserved.length > 0) return err(deepFreeze(reserved));
  return ok(deepFreeze({ meta, tables, texts, ...(targets === undefined ? {} : { targets }) }));
}

/**
 * Reads a disclosure JSON document from text: `JSON.parse`, then {@link parseDisclosure}. Text
 * that is not JSON gives one `invalid-json` issue with path `[]`. Never throws.
 *
 * @param text - the JSON text
 *
 * @example
 * ```ts
 * import { parseDisclosureJson } from "yusuan/json";
 * const r = parseDisclosureJson('{"format": "yusuan.disclosure",');
 * if (!r.ok) r.error[0]?.code; // "invalid-json"
 * ```
 */
export function parseDisclosureJson(text: string): Result<Disclosure, readonly SchemaIssue[]> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return err(
      Object.freeze([
        Object.freeze({ code: "invalid-json", path: Object.freeze([]), input: text, detail }),
      ]),
    );
  }
  return parseDisclosure(value);
}
