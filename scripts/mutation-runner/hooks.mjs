/**
 * Module resolution hooks of the in-process mutation runner (registered by plugin.mjs with
 * `module.register`, after tsx's, so they run first and ask tsx for the real resolution).
 *
 * - `vitest` resolves to the runner's own harness (vitest-shim.ts): the tests' describe / it /
 *   expect, with vitest's own `expect` (@vitest/expect, chai).
 * - `fast-check` imported from the project resolves to the capped copy (fast-check.ts: a fixed
 *   seed, at most 100 runs: what test/support/mutation-setup.ts does under the vitest runner).
 * - A module imported by a module whose URL carries `?gen=N` gets `?gen=N` too when it is a file
 *   of the project (under `root`, not in node_modules): each generation is a fresh copy of the
 *   project's module graph, with its module-level state (caches, memo tables, fixtures built at
 *   import) as new as under vitest, which re-imports the test files and the code they import on
 *   every run. node_modules and the runner itself are loaded once.
 *
 * Plain JavaScript: this file runs on node's loader thread, before any TypeScript loader.
 */
/** @type {{ root: string, vitest: string, fastCheck: string }} */
let options = { root: "", vitest: "", fastCheck: "" };

/** @param {{ root: string, vitest: string, fastCheck: string }} data */
export function initialize(data) {
  options = data;
}

/** @param {string | undefined} url */
const generationOf = (url) => {
  if (url === undefined) return undefined;
  const q = url.indexOf("?");
  if (q < 0) return undefined;
  return new URLSearchParams(url.slice(q + 1)).get("gen") ?? undefined;
};

/** @param {string} url */
const inProject = (url) =>
  url.startsWith(options.root) && !url.includes("/node_modules/") && !url.includes("?");

/**
 * @param {string} specifier
 * @param {{ parentURL?: string }} context
 * @param {(specifier: string, context: object) => Promise<{ url: string }>} nextResolve
 */
export async function resolve(specifier, context, nextResolve) {
  const parent = context.parentURL;
  if (specifier === "vitest" && options.vitest !== "") {
    return nextResolve(options.vitest, context);
  }
  if (
    specifier === "fast-check" &&
    options.fastCheck !== "" &&
    parent !== undefined &&
    parent !== options.fastCheck &&
    parent.startsWith(options.root) &&
    !parent.includes("/node_modules/")
  ) {
    return nextResolve(options.fastCheck, context);
  }
  const resolved = await nextResolve(specifier, context);
  const gen = generationOf(parent);
  if (gen !== undefined && inProject(resolved.url)) {
    return { ...resolved, url: `${resolved.url}?gen=${gen}` };
  }
  return resolved;
}
