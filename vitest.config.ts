import { defineConfig } from "vitest/config";

/**
 * Two projects: the unit tests run in parallel; the linearity guard (test/linear-*.test.ts, three
 * files), which compares CPU-time ratios within one process, runs after them when both run in one
 * `vitest run`, one file per core. `npm test` (scripts/test.ts) runs them as two vitest runs, the
 * guard from the start beside the other steps.
 */
const GUARD = "test/linear-*.test.ts";

export default defineConfig({
  test: {
    // A timeout only catches a hang: no test's verdict depends on time. The heaviest test (the
    // oracle over every single-cell change of the Henan example) takes ≈ 16 s on an idle 2-core
    // machine and took 93 s at load 20, past the former 60 s.
    testTimeout: 600_000,
    // Both cores: vitest's default leaves one free, which on a 2-core CI machine runs the unit
    // files one at a time (the linear guard still runs alone, after them).
    maxWorkers: 2,
    // `FC_SEED` fixes fast-check's seed (CI sets it): see the file.
    setupFiles: ["test/support/property-seed.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          // The library is pure (no module state but bounded memos of pure functions) and no
          // test mocks a module: files share a worker's imports instead of importing again each.
          isolate: false,
          exclude: [GUARD, "**/node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "linear",
          include: [GUARD],
          // A young generation large enough that scavenges do not grow with the input's size:
          // the guard then measures the scanners' work, not the collector's (a quadratic scan
          // still gives ≈ 100).
          execArgv: ["--max-semi-space-size=64"],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
