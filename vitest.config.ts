import { defineConfig } from "vitest/config";

/**
 * Two projects: the unit tests run in parallel, and beside them the linearity guard
 * (test/linear.test.ts), which compares timings within one process: its bound (30 against the ≈ 10
 * of a linear scan, ≈ 100 of a quadratic one) holds with a busy neighbour, and run after the unit
 * files it took CI past ten minutes.
 */
const GUARD = "test/linear.test.ts";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // Both cores for the unit files (vitest's default leaves one free, which on a 2-core CI
    // machine runs them one at a time), and one more worker for the linear guard beside them.
    maxWorkers: 3,
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
          fileParallelism: false,
          // A young generation large enough that scavenges do not grow with the input's size:
          // the guard then measures the scanners' work, not the collector's (a quadratic scan
          // still gives ≈ 100).
          execArgv: ["--max-semi-space-size=64"],
        },
      },
    ],
  },
});
