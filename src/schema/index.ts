/**
 * The JSON format (`yusuan/json`): `parseDisclosure` / `parseDisclosureJson` read a versioned
 * disclosure document and return every issue with its path; `readDisclosureJson` reads one
 * another tool wrote (codes as numbers, `null` cells, extra properties kept) with a note for each; `serializeDisclosure` /
 * `stringifyDisclosure` write one. Its JSON Schema is `yusuan/schema.json`. Ledgers alike:
 * `parseLedger` / `parseLedgerJson`, `readLedgerJson` (blank amounts left out, with a note),
 * `serializeLedger` / `stringifyLedger`.
 *
 * @module yusuan/json
 */
export type { DisclosureDocument } from "./document";
export { DISCLOSURE_FORMAT, DISCLOSURE_FORMAT_VERSION } from "./document";
export type { SchemaIssue, SchemaIssueCode, SchemaPath } from "./issues";
export {
  LEDGER_FORMAT,
  type LedgerDocument,
  parseLedger,
  parseLedgerJson,
  serializeLedger,
  stringifyLedger,
} from "./ledger";
export { formatSchemaIssue, formatSchemaNote } from "./messages";
export type { SchemaNote, SchemaNoteCode } from "./notes";
export { parseDisclosure, parseDisclosureJson } from "./parse";
export {
  type DisclosureJsonRead,
  type ReadDisclosureJsonOptions,
  readDisclosureJson,
} from "./read";
export {
  type LedgerJsonRead,
  type ReadLedgerJsonOptions,
  readLedgerJson,
} from "./read-ledger";
export { serializeDisclosure, stringifyDisclosure } from "./serialize";
