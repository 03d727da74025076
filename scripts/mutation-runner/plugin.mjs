/**
 * Stryker plugin `testRunner: "in-process"` (stryker.config.json): runs the project's tests in
 * the Stryker worker itself (runner.ts). This entry is plain JavaScript because Stryker imports
 * plugins with plain node: the worker registers tsx (TypeScript, with the sandbox's tsconfig)
 * and the resolution hooks of hooks.mjs in `init`, after Stryker moved it into the sandbox, then
 * loads runner.ts.
 */
import { existsSync } from "node:fs";
import { register } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { commonTokens, declareClassPlugin, PluginKind } from "@stryker-mutator/api/plugin";

/** Registers TypeScript loading and the runner's resolution hooks for `root` (once a process). */
let installed = false;
export const installLoaders = async (root) => {
  if (installed) return;
  installed = true;
  const { register: registerTsx } = await import("tsx/esm/api");
  const tsconfig = path.join(root, "tsconfig.json");
  registerTsx(existsSync(tsconfig) ? { tsconfig } : {});
  register(new URL("./hooks.mjs", import.meta.url), {
    data: {
      root: pathToFileURL(root + path.sep).href,
      vitest: new URL("./vitest-shim.ts", import.meta.url).href,
      fastCheck: new URL("./fast-check.ts", import.meta.url).href,
    },
  });
};

/** The `test` options of vitest.mutation.config.ts in `root` (none when there is no such file). */
const mutationConfig = async (root) => {
  const file = path.join(root, "vitest.mutation.config.ts");
  if (!existsSync(file)) return {};
  return (await import(pathToFileURL(file).href)).default?.test ?? {};
};

class InProcessTestRunner {
  static inject = [commonTokens.logger];
  runner;

  constructor(log) {
    this.log = log;
  }

  capabilities() {
    // every mutant run imports the tests afresh: static mutants are tested faithfully
    return { reloadEnvironment: true };
  }

  async init() {
    const root = process.cwd();
    await installLoaders(root);
    const { InProcessRunner } = await import("./runner.ts");
    // the test set of vitest.mutation.config.ts: its `include` when Stryker names no test files,
    // its `exclude` always (Stryker's `testFiles` globs cannot leave out the timing guards)
    const config = await mutationConfig(root);
    const { glob } = await import("tinyglobby");
    const picomatch = (await import("picomatch")).default;
    const exclude = config.exclude ?? ["**/node_modules/**"];
    this.runner = new InProcessRunner({
      root,
      defaultTestFiles: () =>
        glob(config.include ?? ["**/*.test.ts"], { cwd: root, ignore: exclude }),
      isExcluded: picomatch(exclude),
      reuseModules: process.env.MUTATION_RUNNER_REUSE === "1",
      traceFile: process.env.MUTATION_RUNNER_TRACE,
    });
  }

  dryRun(options) {
    return this.runner.dryRun(options);
  }

  mutantRun(options) {
    return this.runner.mutantRun(options);
  }
}

export const strykerPlugins = [
  declareClassPlugin(PluginKind.TestRunner, "in-process", InProcessTestRunner),
];
