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

/** Test files from vitest.mutation.config.ts's include / exclude, when Stryker names none. */
const defaultTestFiles = async (root) => {
  const { glob } = await import("tinyglobby");
  const config = (await import(pathToFileURL(path.join(root, "vitest.mutation.config.ts")).href))
    .default;
  return glob(config.test?.include ?? ["**/*.test.ts"], {
    cwd: root,
    ignore: config.test?.exclude ?? ["**/node_modules/**"],
  });
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
    this.runner = new InProcessRunner({
      root,
      defaultTestFiles: () => defaultTestFiles(root),
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
