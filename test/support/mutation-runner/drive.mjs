/**
 * Drives the in-process mutation runner over the fixture project next to this file (for
 * test/mutation-runner.test.ts, in a child process: the runner installs node loader hooks) and
 * prints what each run returned, as JSON.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { installLoaders } from "../../../scripts/mutation-runner/plugin.mjs";

const root = path.dirname(fileURLToPath(new URL("./project/src/calc.ts", import.meta.url)));
const project = path.dirname(root);
await installLoaders(project);
const { InProcessRunner } = await import("../../../scripts/mutation-runner/runner.ts");

const tmp = mkdtempSync(path.join(tmpdir(), "mutation-runner-"));
const files = ["tests/add.fixture.ts", "tests/more.fixture.ts"];
const make = (reuseModules) =>
  new InProcessRunner({
    root: project,
    defaultTestFiles: async () => files,
    reuseModules,
    durationsFile: path.join(tmp, `durations-${reuseModules}.json`),
  });

const dryOptions = {
  timeout: 60_000,
  coverageAnalysis: "perTest",
  disableBail: false,
  testFiles: files,
};
const fresh = make(false);
const dry = await fresh.dryRun(dryOptions);
const coveredBy = (id) =>
  Object.entries(dry.mutantCoverage.perTest)
    .filter(([, hits]) => id in hits)
    .map(([test]) => test)
    .sort();
const run = (runner, id, extra = {}) =>
  runner.mutantRun({
    activeMutant: { id, fileName: "src/calc.ts", mutatorName: "fixture", replacement: "" },
    timeout: 60_000,
    disableBail: false,
    mutantActivation: "runtime",
    reloadEnvironment: false,
    sandboxFileName: path.join(root, "calc.ts"),
    testFilter: coveredBy(id),
    ...extra,
  });

const reused = make(true);
await reused.dryRun(dryOptions);

const out = {
  dry: {
    status: dry.status,
    tests: dry.tests.map((t) => [t.id, t.status]),
    static: dry.mutantCoverage.static,
    coveredBy: Object.fromEntries(["1", "2", "3", "4", "5"].map((id) => [id, coveredBy(id)])),
  },
  killed: await run(fresh, "1"),
  killedNoBail: await run(fresh, "1", { disableBail: true }),
  survived: await run(fresh, "2"),
  timeout: await run(fresh, "3", { hitLimit: 1000 }),
  memo: await run(fresh, "4"),
  memoReused: await run(reused, "4"),
  staticMutant: await run(fresh, "5", { mutantActivation: "static", testFilter: undefined }),
  afterwards: globalThis.__stryker__.activeMutant ?? null,
  tableLoads: globalThis.tableLoads,
};
process.stdout.write(JSON.stringify(out));
