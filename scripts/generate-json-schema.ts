/**
 * Writes `schema.json` and `ledger.schema.json` (repository root), the JSON Schemas of the
 * disclosure and ledger interchange documents.
 *
 * Usage: `npx tsx scripts/generate-json-schema.ts`.
 */
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { renderJsonSchema, renderLedgerJsonSchema } from "./json-schema";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "schema.json");
writeFileSync(out, renderJsonSchema());
console.log(`wrote ${out}`);
const ledgerOut = join(root, "ledger.schema.json");
writeFileSync(ledgerOut, renderLedgerJsonSchema());
console.log(`wrote ${ledgerOut}`);
