import type { Ledger } from "../ledger/store";
import type { LedgerProblem } from "../ledger/types";
import { ok, type Result } from "../result/result";
import type { SchemaIssue } from "./issues";
import { ledgerFromText } from "./ledger";
import type { SchemaNote } from "./notes";

/**
 * Options of {@link readLedgerJson}, as `readDisclosureJson` takes them.
 *
 * @example
 * ```ts
 * import type { ReadLedgerJsonOptions } from "yusuan/json";
 * const strict: ReadLedgerJsonOptions = { unknownKeys: "refuse" };
 * ```
 */
export interface ReadLedgerJsonOptions {
  /**
   * A property the format does not have (a spreadsheet's `备注` or `row` column): `"keep"` (the
   * default) leaves it out of the ledger and keeps it, with its value, in an `unknown-key` note;
   * `"refuse"` makes it an `unknown-key` issue, as `parseLedgerJson` does.
   */
  readonly unknownKeys?: "keep" | "refuse";
}

/**
 * What {@link readLedgerJson} read: the ledger, and a note for each thing it read differently
 * from the format's own writing (empty for a document the library wrote).
 *
 * @example
 * ```ts
 * import type { LedgerJsonRead } from "yusuan/json";
 * const leftOut = (read: LedgerJsonRead) => read.notes.filter((n) => n.code === "blank-amount").length;
 * ```
 */
export interface LedgerJsonRead {
  readonly ledger: Ledger;
  /** In this order: codes written as numbers, unknown keys, blank amounts. */
  readonly notes: readonly SchemaNote[];
}

/**
 * Reads a ledger JSON document another tool wrote (a spreadsheet exported row by row), as
 * `parseLedgerJson` does, without refusing what such tools write for a correct ledger, and says
 * what it read differently, each as a {@link SchemaNote} with its path (render it with
 * `formatSchemaNote`), as `readDisclosureJson` does for a disclosure:
 *
 * - a code written as a JSON number is read as the digits written (`number-code`);
 * - a property the format does not have (`备注`, `row` …) is left out and kept, with its JSON
 *   value, in an `unknown-key` note (or, with `{ unknownKeys: "refuse" }`, is an issue);
 * - an entry whose `amount` states no figure — `null`, `""`, a dash or a slash (`"—"`, `"-"`,
 *   `"--"`, `"／"`), what `parseAmount` reads as no value, the rule a disclosure's cells are read
 *   by — is left out of the ledger with a `blank-amount` note that keeps the entry. A blank is
 *   not read as 0 (a blank is no figure, DOMAIN §2); `parseLedgerJson` refuses it
 *   (`malformed-amount`, reason `blank`).
 *
 * Anything truly wrong is still an issue or a ledger problem with its path, as in
 * `parseLedgerJson`: an amount `"12.3.4"` or `"无"` (`not-an-amount`), a wrong code, an unknown
 * unit, and so in an entry with a blank amount too (every entry is validated). Linear in the
 * text; never throws.
 *
 * @param text - the JSON text
 * @param options - see {@link ReadLedgerJsonOptions}
 * @returns the ledger and the notes, or every issue and problem
 *
 * @example
 * ```ts
 * import { formatSchemaNote, readLedgerJson } from "yusuan/json";
 * import { ledgerEntries } from "yusuan/ledger";
 * const text = `{"format": "yusuan.ledger", "version": 1,
 *   "meta": {"year": 2024, "documentKind": "单位", "department": {"name": "某局"}, "units": [{"code": "1", "name": "某局"}]},
 *   "scale": {"unit": "万元", "decimals": 2},
 *   "entries": [
 *     {"unit": "1", "fund": "gpb.grant", "functional": 2013101, "econ": "30201", "nature": "basic", "amount": "8.02", "备注": "办公费"},
 *     {"unit": "1", "fund": "gpb.grant", "functional": "2013101", "econ": "30211", "nature": "basic", "amount": "—"}]}`;
 * const r = readLedgerJson(text);
 * if (r.ok) {
 *   ledgerEntries(r.value.ledger).map((e) => e.amount); // ["8.02"]
 *   r.value.notes.map((n) => n.code); // ["number-code", "unknown-key", "blank-amount"]
 *   const blank = r.value.notes[2];
 *   if (blank) formatSchemaNote(blank, "en"); // 'entries[1].amount: a blank amount ("—"): the entry states no figure and is left out of the ledger (not read as 0)'
 * }
 * const strict = readLedgerJson(text, { unknownKeys: "refuse" });
 * if (!strict.ok) strict.error.map((i) => i.code); // ["unknown-key"]
 * ```
 */
export function readLedgerJson(
  text: string,
  options: ReadLedgerJsonOptions = {},
): Result<LedgerJsonRead, readonly (SchemaIssue | LedgerProblem)[]> {
  const notes: SchemaNote[] = [];
  const r = ledgerFromText(text, { notes, keep: options.unknownKeys !== "refuse" });
  return r.ok ? ok({ ledger: r.value, notes }) : r;
}
