/**
 * Writes `schema.json` (repository root), the JSON Schema of the disclosure interchange document.
 *
 * Usage: `npx tsx scripts/generate-json-schema.ts`.
 */
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { renderJsonSchema } from "./json-schema";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "schema.json");
writeFileSync(out, renderJsonSchema());
console.log(`wrote ${out}`);
