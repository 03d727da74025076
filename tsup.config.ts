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
  // One file per entry, no shared chunks (issue 15): Node pays ≈ 1–2 ms for every ES module it
  // resolves, reads and links, and `yusuan/check` loaded 15 chunks (import ≈ 45 → 31 ms; the
  // one-shot path's three entries ≈ 63 → 47 ms). The cost is a larger package (each entry holds
  // its own copy of the core and its source map). Module state is only caches of pure
  // functions, so entries holding their own copies give the same results; top-level data is
  // written so a bundler drops what an import does not read (test/catalog-treeshake.test.ts).
  splitting: false,
  // zod/mini is bundled (tree-shaken to the parts the schemas use) rather than loaded as its
  // ~50 modules: importing yusuan/json in a fresh process costs a fraction (issue 15).
  noExternal: ["zod"],
  // Keep Chinese text as UTF-8 (3 bytes a character) instead of \uXXXX escapes (6 bytes).
  esbuildOptions(options) {
    options.charset = "utf8";
  },
});
