/**
 * Writes `examples/henan-2024.json`: the Henan 2024 fixture (printed tables in `test/fixtures/`)
 * read through the library's printed-table reader and saved in the JSON interchange format.
 * `test/example.test.ts` fails when the committed file is stale.
 */
import { writeFileSync } from "node:fs";
import { henan2024Example } from "./example";

writeFileSync("examples/henan-2024.json", henan2024Example());
console.log("wrote examples/henan-2024.json");
