import { defineConfig, type Options } from "tsup";

/** What both builds share. */
const common: Options = {
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  target: "es2022",
  // Entries share chunks within a build, so a program importing several entries loads the
  // shared code once.
  splitting: true,
  // Keep Chinese text as UTF-8 (3 bytes a character) instead of \uXXXX escapes (6 bytes).
  esbuildOptions(options) {
    options.charset = "utf8";
  },
};

/**
 * Two builds (issue 15). The one-shot entries (`yusuan/check`, `yusuan/templates`, `yusuan/json`:
 * import, read one document, check it) are built on their own, with zod/mini and decimal.js
 * bundled, so a fresh process loads a handful of files instead of fifteen: Node pays for every
 * ES module it resolves, reads and links (importing yusuan/check ≈ 55 → 30 ms of CPU). The other
 * entries share chunks among themselves. A program that imports entries of both builds gets two
 * copies of the shared code, which is pure: no state is shared between them.
 *
 * `npm run build` empties dist first (the two builds write into it side by side).
 */
export default defineConfig([
  {
    ...common,
    entry: {
      check: "src/rules/index.ts",
      templates: "src/templates/index.ts",
      json: "src/schema/index.ts",
    },
    noExternal: ["zod", "decimal.js"],
  },
  {
    ...common,
    entry: {
      index: "src/index.ts",
      printed: "src/printed/index.ts",
      narrative: "src/narrative/index.ts",
      "catalog-2024": "src/catalog/2024/index.ts",
      performance: "src/performance/index.ts",
      measures: "src/measures/index.ts",
      ledger: "src/ledger/index.ts",
      final: "src/final/index.ts",
    },
    // zod/mini is bundled (tree-shaken to the parts the schemas use) rather than loaded as its
    // ~50 modules.
    noExternal: ["zod"],
  },
]);
