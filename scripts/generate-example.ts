/**
 * Writes the embedded examples (`examples/henan-2024.json`, `examples/shanghai-finance-2025.json`):
 * the fixtures (printed tables in `test/fixtures/`) read through the library's printed-table reader
 * and saved in the JSON interchange format. `test/example.test.ts` fails when a committed file is
 * stale.
 */
import { writeFileSync } from "node:fs";
import { EXAMPLES } from "./example";

for (const { file, json } of EXAMPLES) {
  writeFileSync(file, json());
  console.log(`wrote ${file}`);
}
