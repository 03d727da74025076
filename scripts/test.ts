/**
 * `npm test`, what CI runs: type-check, lint, build and docs, the unit tests, the linearity guard
 * (vitest's `linear` project, test/linear-*.test.ts), publint and attw, size-limit.
 *
 * The guard runs from the start beside the other steps: the type-check, the build and typedoc keep
 * one core each, and the guard compares CPU-time ratios of its own process (docs/linear-time.md).
 * Its output is printed when it ends.
 *
 * Each vitest run writes its JSON report (`reports/vitest.json`, `reports/vitest-linear.json`);
 * `.ci/run` sums them. The exit code is the first failing step's, else the guard's.
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

// The whole guard from the start, beside every other step (measured: 9 min 54 s in CI, against
// 10 min 51 s with its early share beside the type-check and its other shares after the unit tests).
const linear = guard(
  ["test/linear-early.test.ts", "test/linear-tables.test.ts", "test/linear-texts.test.ts"],
  "vitest-linear.json",
  true,
);

let code = 0;
for (const step of ["typecheck", "lint", "docs", "test:unit", "test:pack", "size"]) {
  code = (await npmRun(step)).code;
  if (code !== 0) break;
}
const g = await linear;
process.stdout.write("\n── the linearity guard, run beside the steps above ──\n");
process.stdout.write(g.output);
if (code === 0) code = g.code;
if (code !== 0) console.error(`npm test failed (exit ${code}).`);
process.exit(code);
