/**
 * `npm run mutation [folder…]`: Stryker on src/amount, src/codes, src/rules and src/narrative, one
 * run per folder (stryker.config.json: per-test coverage, static mutants ignored, 2 workers), each
 * against the tests that check that folder (FOLDERS below; the test files are never mutated).
 * Writes reports/mutation/<folder>.json and .html, and reports/mutation/summary-<folders>.md with
 * the score, the counts and the wall time of each folder; exits 1 when a folder scores under the `high`
 * threshold (85 %). `npm run mutation:amount` (…) runs one folder; `--concurrency=1` halves the
 * workers (two folders side by side). The tests run in-process (scripts/mutation-runner, the
 * `testRunner` of stryker.config.json); `--runner=vitest` runs them with Stryker's vitest runner
 * on vitest.mutation.config.ts instead; `--mutate=<file>,<file>` keeps only these files of the
 * folder (a partial run: a sample to compare the runners on, or one file being worked on).
 */
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { Stryker } from "@stryker-mutator/core";

/** The test files run against each folder's mutants (the vitest.mutation.config.ts set). */
const FOLDERS: Readonly<Record<string, readonly string[]>> = {
  amount: ["src/amount/**/*.test.ts"],
  codes: ["src/codes/**/*.test.ts"],
  rules: [
    "src/rules/**/*.test.ts",
    "test/check-misuse.test.ts",
    "test/json-check.test.ts",
    "test/multi-unit.test.ts",
  ],
  narrative: [
    "src/narrative/**/*.test.ts",
    "test/narrative-read.test.ts",
    "test/narrative-other-printers.test.ts",
  ],
  final: [
    "src/final/**/*.test.ts",
    "test/check-final.test.ts",
    "test/execution-final.test.ts",
    "test/final-narrative-*.test.ts",
  ],
};

const HIGH = 85;

type Counts = Record<
  "killed" | "timeout" | "survived" | "noCoverage" | "errors" | "ignored",
  number
>;

const count = (statuses: readonly string[]): Counts => {
  const n = (...s: string[]) => statuses.filter((x) => s.includes(x)).length;
  return {
    killed: n("Killed"),
    timeout: n("Timeout"),
    survived: n("Survived"),
    noCoverage: n("NoCoverage"),
    errors: n("CompileError", "RuntimeError"),
    ignored: n("Ignored"),
  };
};

/** Killed and timed-out mutants over all the valid ones (Stryker's mutation score). */
const score = (c: Counts) => {
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  return valid === 0 ? 100 : (100 * detected) / valid;
};

const args = process.argv.slice(2);
const runnerArg = args.find((a) => a.startsWith("--runner="))?.split("=")[1] ?? "in-process";
if (runnerArg !== "in-process" && runnerArg !== "vitest") {
  console.error(`unknown runner ${runnerArg}: in-process (the default) or vitest`);
  process.exit(2);
}
const concurrencyArg = args.find((a) => a.startsWith("--concurrency="));
const concurrency = concurrencyArg === undefined ? undefined : Number(concurrencyArg.split("=")[1]);
// `--mutate=src/amount/units.ts,src/amount/ratio.ts`: only these files of the folder (a partial run,
// e.g. to compare the two runners on a sample)
const mutateArg = args.find((a) => a.startsWith("--mutate="))?.slice("--mutate=".length);
const asked = args.filter((a) => !a.startsWith("--"));
const unknown = asked.filter((f) => !(f in FOLDERS));
if (unknown.length > 0) {
  console.error(
    `unknown folder(s) ${unknown.join(", ")}: one of ${Object.keys(FOLDERS).join(", ")}`,
  );
  process.exit(2);
}
const folders = asked.length > 0 ? asked : Object.keys(FOLDERS);
mkdirSync("reports/mutation", { recursive: true });

const rows: string[] = [];
const started = performance.now();
for (const folder of folders) {
  const start = performance.now();
  // Tests that read the shared fixtures beside the repository (`../shared`) find them from the
  // sandbox Stryker copies the project into (`.stryker-tmp/<folder>/<sandbox>`) through a link.
  const shared = resolve("..", "shared");
  const link = `.stryker-tmp/${folder}/shared`;
  if (existsSync(shared) && !existsSync(link)) {
    mkdirSync(`.stryker-tmp/${folder}`, { recursive: true });
    symlinkSync(shared, link);
  }
  const results = await new Stryker({
    mutate: [
      ...(mutateArg === undefined
        ? [`src/${folder}/**/*.ts`]
        : mutateArg.split(",").filter((f) => f.startsWith(`src/${folder}/`))),
      "!src/**/*.test.ts",
      "!src/**/test-support.ts",
      // test data of the rules' message tests, not part of the library
      "!src/rules/targets-scenarios.ts",
      "!src/rules/render-scenarios.ts",
      "!src/rules/render-expected.ts",
    ],
    testFiles: [...(FOLDERS[folder] ?? [])],
    jsonReporter: { fileName: `reports/mutation/${folder}.json` },
    htmlReporter: { fileName: `reports/mutation/${folder}.html` },
    // one working copy per folder, so that two folders may run side by side
    tempDirName: `.stryker-tmp/${folder}`,
    testRunner: runnerArg,
    ...(concurrency === undefined ? {} : { concurrency }),
  }).runMutationTest();
  const minutes = (performance.now() - start) / 60_000;
  const c = count(results.map((r) => r.status));
  const s = score(c);
  if (s < HIGH) process.exitCode = 1;
  rows.push(
    `| ${folder} | ${s.toFixed(2)} % | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.errors} | ${minutes.toFixed(1)} min |`,
  );
}
const total = (performance.now() - started) / 60_000;
const summary = [
  `Mutation run of ${new Date().toISOString().slice(0, 10)}: ${total.toFixed(1)} min wall time on ${cpus().length} cores (load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ")}).`,
  "",
  "| folder | score | killed | timeout | survived | no coverage | errors | time |",
  "| ------ | ----- | ------ | ------- | -------- | ----------- | ------ | ---- |",
  ...rows,
  "",
].join("\n");
writeFileSync(`reports/mutation/summary-${folders.join("-")}.md`, summary);
console.log(`\n${summary}`);
