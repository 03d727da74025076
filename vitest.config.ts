import { defineConfig } from "vitest/config";

/**
 * Two projects: the unit tests run in parallel; the linearity guard (test/linear-*.test.ts, two
 * files of about equal time), which compares timings within one process, runs after them, one
 * file per core, so that no unit file competes with it for a core.
 */
const GUARD = "test/linear-*.test.ts";

export default defineConfig({
  test: {
    testTimeout: 60_000,
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
