import { defineConfig } from "vitest/config";

/**
 * The tests Stryker runs against each mutant of src/amount, src/codes, src/rules and
 * src/narrative under Stryker's vitest runner (`npm run mutation -- --runner=vitest`; the default
 * in-process runner of scripts/mutation-runner reads the same `include` / `exclude` when Stryker
 * names no test files, and is otherwise given each folder's files by scripts/mutation.ts): the
 * unit tests side by side with that
 * code and the few fast whole-document tests that check it, deterministic and quick enough to run
 * once per mutant. Left out: the timing guards (test/linear-*.test.ts, src/narrative/linear.test.ts),
 * the fuzzers and the slow fixture sweeps (seconds each: check-henan, the oracle, the property
 * tests of the checker and the ledger, the layouts, the docs examples), the playground (a browser)
 * and the tests of other folders. Property tests run with a fixed seed and at most
 * `MUTATION_RUNS` cases each (test/support/mutation-setup.ts): the full counts stay in
 * `npx vitest run`.
 */
export default defineConfig({
  test: {
    include: [
      "src/amount/**/*.test.ts",
      "src/codes/**/*.test.ts",
      "src/rules/**/*.test.ts",
      "src/narrative/**/*.test.ts",
      "test/check-misuse.test.ts",
      "test/json-check.test.ts",
      "test/multi-unit.test.ts",
      "test/narrative-read.test.ts",
    ],
    exclude: ["src/narrative/linear.test.ts", "**/node_modules/**"],
    setupFiles: ["test/support/mutation-setup.ts"],
    testTimeout: 60_000,
    isolate: false,
  },
});
