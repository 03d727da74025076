import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    check: "src/rules/index.ts",
    templates: "src/templates/index.ts",
    printed: "src/printed/index.ts",
    json: "src/schema/index.ts",
    narrative: "src/narrative/index.ts",
    "catalog-2024": "src/catalog/2024/index.ts",
    performance: "src/performance/index.ts",
    measures: "src/measures/index.ts",
    ledger: "src/ledger/index.ts",
    final: "src/final/index.ts",
  },
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
  // Entries share chunks, so a program importing several entries loads the core once.
  splitting: true,
  // zod/mini is bundled (tree-shaken to the parts the schemas use) rather than loaded as its
  // ~50 modules: importing yusuan/json in a fresh process costs a fraction (issue 15).
  noExternal: ["zod"],
  // Keep Chinese text as UTF-8 (3 bytes a character) instead of \uXXXX escapes (6 bytes).
  esbuildOptions(options) {
    options.charset = "utf8";
  },
});
