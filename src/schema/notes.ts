import type { LedgerEntry } from "../ledger/types";
import type { SchemaPath } from "./issues";

/**
 * What `readDisclosureJson` or `readLedgerJson` read differently from the format's own writing,
 * each with the `path` where it was: a correct document another tool wrote, read without losing
 * anything. A union discriminated on a stable `code`; render it with {@link formatSchemaNote}.
 *
 * - `number-code`: a code (a row key's `code`, `econ` or `gov`, the department's or a unit's
 *   `code`, `meta.regionCode`, a 绩效目标 project's `code`) written as a JSON number, read as the
 *   digits written (`2013101` → `"2013101"`); `input` is the number as written.
 * - `null-cell`: a cell or a 绩效目标 money line written as `null` (a spreadsheet's empty cell),
 *   read as a blank, `""`.
 * - `unknown-key`: a property the format does not have (a `page`, a `bbox` an extractor adds):
 *   left out of the disclosure and kept here, its JSON value as `value`; `suggestions` lists
 *   the nearest properties the format has there (`titel` → `title`).
 * - `blank-amount` (ledgers only): a ledger entry whose `amount` states no figure, as a
 *   spreadsheet exports "none": `null`, `""`, a dash or a slash (`"—"`, `"-"`, `"--"`, `"／"`:
 *   what `parseAmount` reads as no value). Such an entry is left out of the ledger (a blank is no
 *   figure, and not 0) and kept here: `input` is the amount as written, `entry` the entry as read
 *   (its `amount` `""` where it was `null`).
 *
 * @example
 * ```ts
 * import type { SchemaNote } from "yusuan/json";
 * const note: SchemaNote = { code: "null-cell", path: ["tables", 0, "rows", 2, "cells", "basic"] };
 * const blank: SchemaNote = {
 *   code: "blank-amount", path: ["entries", 3, "amount"], input: "—",
 *   entry: { unit: "1", fund: "gpb.grant", functional: "2013101", econ: "30201", nature: "basic", amount: "—" },
 * };
 * ```
 */
export type SchemaNote =
  | { readonly code: "number-code"; readonly path: SchemaPath; readonly input: string }
  | { readonly code: "null-cell"; readonly path: SchemaPath }
  | {
      readonly code: "unknown-key";
      readonly path: SchemaPath;
      readonly key: string;
      /** The property's value, as `JSON.parse` read it. */
      readonly value: unknown;
      /** The properties the format has there that it may mean (`titel` → `title`). */
      readonly suggestions: readonly string[];
    }
  | {
      readonly code: "blank-amount";
      readonly path: SchemaPath;
      /** The amount as written: `null`, or the text (`""`, `"—"`, `"-"` …). */
      readonly input: string | null;
      /** The entry as read, left out of the ledger. */
      readonly entry: LedgerEntry;
    };

/**
 * The `code` of a {@link SchemaNote}.
 *
 * @example
 * ```ts
 * import type { SchemaNoteCode } from "yusuan/json";
 * const code: SchemaNoteCode = "unknown-key";
 * ```
 */
export type SchemaNoteCode = SchemaNote["code"];
