/**
 * `npm test`, what CI runs: type-check, lint, build and docs, the unit tests, the linearity guard
 * (vitest's `linear` project, test/linear-*.test.ts), publint and attw, size-limit.
 *
 * The type-check, the lint, the build and typedoc keep one core each: beside them runs the guard's
 * smaller share (test/linear-early.test.ts, about a minute of one core), whose output is printed
 * when they are done. The unit tests then have both cores, and the guard's two other shares run
 * side by side after them. No two processes ever wait for one core: the guard compares CPU-time
 * ratios of its own process, but on a machine asked to run more than it has cores it measures
 * noisier and retries (docs/linear-time.md).
 *
 * Each vitest run writes its JSON report (`reports/vitest.json`, `reports/vitest-linear-early.json`,
 * `reports/vitest-linear.json`); `.ci/run` sums them. The exit code is the first failing step's.
 */
import { spawn } from "node:child_process";

interface Done {
  readonly code: number;
  readonly output: string;
}

/** Runs a command: its output shown as it comes, or kept to be shown later. */
function run(command: string, args: readonly string[], keep = false): Promise<Done> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: keep ? "pipe" : "inherit" });
    const chunks: Buffer[] = [];
    child.stdout?.on("data", (c: Buffer) => chunks.push(c));
    child.stderr?.on("data", (c: Buffer) => chunks.push(c));
    child.on("error", (e) => resolve({ code: 1, output: String(e) }));
    child.on("close", (code) =>
      resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString("utf8") }),
    );
  });
}

const npmRun = (script: string) => run("npm", ["run", script]);

/** The guard's files `files`, one vitest run of the `linear` project writing its report to `json`. */
const guard = (files: readonly string[], json: string, keep = false) =>
  run(
    "npx",
    [
      "vitest",
      "run",
      "--project",
      "linear",
      ...files,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=reports/${json}`,
    ],
    keep,
  );

const steps: (() => Promise<Done>)[] = [
  async () => {
    const early = guard(["test/linear-early.test.ts"], "vitest-linear-early.json", true);
    let code = 0;
    for (const step of ["typecheck", "lint", "docs"]) {
      code = (await npmRun(step)).code;
      if (code !== 0) break;
    }
    const e = await early;
    process.stdout.write("\n── the linearity guard's early share, run beside the steps above ──\n");
    process.stdout.write(e.output);
    return { code: code !== 0 ? code : e.code, output: "" };
  },
  () => npmRun("test:unit"),
  () => guard(["test/linear-tables.test.ts", "test/linear-texts.test.ts"], "vitest-linear.json"),
  () => npmRun("test:pack"),
  () => npmRun("size"),
];

let code = 0;
for (const step of steps) {
  code = (await step()).code;
  if (code !== 0) break;
}
if (code !== 0) console.error(`npm test failed (exit ${code}).`);
process.exit(code);
