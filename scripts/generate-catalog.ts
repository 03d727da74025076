/**
 * Writes the built-in 2024 catalogs from the shared reference CSVs:
 * `src/catalog/2024/data.generated.ts` and `src/catalog/2024/snapshot.md`.
 *
 * Usage: `npx tsx scripts/generate-catalog.ts [reference-dir]`; the reference directory defaults
 * to `../shared/reference` relative to the repository root.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type CatalogCsvTexts, CSV_FILES, generateCatalogModules } from "./catalog-codegen";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const referenceDir = resolve(root, process.argv[2] ?? "../shared/reference");
const read = (key: keyof CatalogCsvTexts): string =>
  readFileSync(join(referenceDir, CSV_FILES[key]), "utf8");

const { module, snapshot } = generateCatalogModules({
  economicDepartment: read("economicDepartment"),
  economicGovernment: read("economicGovernment"),
  economicMapping: read("economicMapping"),
  functional: read("functional"),
});
const outDir = join(root, "src", "catalog", "2024");
writeFileSync(join(outDir, "data.generated.ts"), module);
writeFileSync(join(outDir, "snapshot.md"), snapshot);
console.log(`wrote ${join(outDir, "data.generated.ts")} and snapshot.md from ${referenceDir}`);
