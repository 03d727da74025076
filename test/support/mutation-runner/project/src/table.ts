/**
 * Fixture of test/mutation-runner.test.ts: a module that is not instrumented and imports nothing
 * instrumented (like the catalog data): the runner loads it once per process, whatever the
 * number of mutant runs. It counts its loads in `globalThis.tableLoads`.
 */
const g = globalThis as { tableLoads?: number };
g.tableLoads = (g.tableLoads ?? 0) + 1;

/** The numbers the fixture's tests square. */
export const TABLE: readonly number[] = [3];
