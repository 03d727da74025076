/**
 * `npm test`, what CI runs: type-check, lint, build and docs, the unit tests, publint and attw,
 * size-limit; and beside them, from the start, the linearity guard (vitest's `linear` project,
 * test/linear-*.test.ts).
 *
 * Why beside: the type-check, the build and typedoc keep one core each, and the guard (about a
 * third of the tests' CPU) compares CPU-time ratios of this process only, which another process on
 * the machine does not change (docs/linear-time.md). Run one after the other, the steps left a
 * core idle for a minute and more. The guard's output is printed when it ends, after the step it
 * ran beside, so the log reads in order.
 *
 * Each of vitest's runs writes its JSON report (`reports/vitest.json`, `reports/vitest-linear.json`);
 * `.ci/run` sums them. The exit code is the first failing step's, else the guard's.
 */
import { spawn } from "node:child_process";

interface Done {
  readonly code: number;
  readonly output: string;
}

/** Runs `npm run <script>`: its output shown as it comes, or kept to be shown later. */
function npmRun(script: string, keep = false): Promise<Done> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", script], { stdio: keep ? "pipe" : "inherit" });
    const chunks: Buffer[] = [];
    child.stdout?.on("data", (c: Buffer) => chunks.push(c));
    child.stderr?.on("data", (c: Buffer) => chunks.push(c));
    child.on("error", (e) => resolve({ code: 1, output: String(e) }));
    child.on("close", (code) =>
      resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString("utf8") }),
    );
  });
}

const guard = npmRun("test:linear", true);

let code = 0;
for (const step of ["typecheck", "lint", "docs", "test:unit", "test:pack", "size"]) {
  code = (await npmRun(step)).code;
  if (code !== 0) {
    console.error(`npm test: step "${step}" failed (exit ${code}).`);
    break;
  }
}

const linear = await guard;
process.stdout.write(
  `\n── the linearity guard (npm run test:linear), run beside the steps above ──\n`,
);
process.stdout.write(linear.output);
if (linear.code !== 0) console.error(`npm test: the linearity guard failed (exit ${linear.code}).`);
process.exit(code !== 0 ? code : linear.code);
