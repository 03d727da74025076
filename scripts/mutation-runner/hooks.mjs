/**
 * Module resolution hooks of the in-process mutation runner (registered by plugin.mjs with
 * `module.register`, after tsx's, so they run first and ask tsx for the real resolution).
 *
 * - `vitest` resolves to the runner's own harness (vitest-shim.ts): the tests' describe / it /
 *   expect, with vitest's own `expect` (@vitest/expect, chai).
 * - `fast-check` imported from the project resolves to the capped copy (fast-check.ts: a fixed
 *   seed, at most 100 runs: what test/support/mutation-setup.ts does under the vitest runner).
 * - A module imported by a module whose URL carries `?gen=N` gets `?gen=N` too when it is a file
 *   of the project (under `root`, not in node_modules) that is instrumented (Stryker's
 *   `stryMutAct_9fa48` in its text) or imports one, directly or not: each generation is a fresh
 *   copy of every module whose state may hold what mutated code computed (caches, memo tables,
 *   fixtures built at import), as new as under vitest, which re-imports the test files and the
 *   code they import on every run. The other modules (the catalog data, the templates, the code
 *   of the folders not mutated in this run that does not reach a mutated one), node_modules and
 *   the runner itself are loaded once: their state cannot depend on a mutant.
 *
 * Plain JavaScript: this file runs on node's loader thread, before any TypeScript loader.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

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
 * For measuring without Stryker: files under `MUTATION_RUNNER_MARK=<folder>` (relative to the
 * root) count as instrumented.
 */
const markPrefix = () =>
  process.env.MUTATION_RUNNER_MARK
    ? new URL(process.env.MUTATION_RUNNER_MARK, options.root).href
    : "";

/** The text Stryker's instrumenter puts in every file it instruments. */
const MARK = "stryMutAct_9fa48";
const FROM = /\bfrom\s*["']([^"']*)["']/g;
const BARE = /\bimport\s*["']([^"']*)["']/g;
const DYNAMIC = /\bimport\(\s*["']([^"']*)["']/g;

/** Project files seen: whether instrumented, and the project files each imports. */
/** @type {Map<string, { marked: boolean, imports: string[] }>} */
const graph = new Map();
/** @type {Set<string>} */
let reaching = new Set();

/**
 * Adds `url` and every project file it reaches to the graph, then recomputes which files reach
 * an instrumented one (a reverse search from the instrumented files; cycles are no problem).
 * @param {string} url
 * @param {(specifier: string, context: object) => Promise<{ url: string }>} nextResolve
 */
const explore = async (url, nextResolve) => {
  const queue = [url];
  let added = false;
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.pop());
    if (graph.has(file)) continue;
    let text = "";
    try {
      text = readFileSync(fileURLToPath(file), "utf8");
    } catch {
      // not a readable file: nothing to follow
    }
    const node = {
      marked: text.includes(MARK) || (markPrefix() !== "" && file.startsWith(markPrefix())),
      imports: /** @type {string[]} */ ([]),
    };
    graph.set(file, node);
    added = true;
    const specifiers = new Set();
    for (const re of [FROM, BARE, DYNAMIC]) {
      for (const m of text.matchAll(re)) specifiers.add(m[1]);
    }
    for (const specifier of specifiers) {
      try {
        const r = await nextResolve(specifier, { parentURL: file, conditions: ["node", "import"] });
        if (inProject(r.url)) {
          node.imports.push(r.url);
          if (!graph.has(r.url)) queue.push(r.url);
        }
      } catch {
        // a type-only or unresolvable specifier: no runtime edge
      }
    }
  }
  if (!added) return;
  const importers = new Map();
  for (const [file, node] of graph) {
    for (const dep of node.imports) {
      if (!importers.has(dep)) importers.set(dep, []);
      importers.get(dep).push(file);
    }
  }
  const next = new Set([...graph].filter(([, n]) => n.marked).map(([f]) => f));
  const stack = [...next];
  while (stack.length > 0) {
    for (const importer of importers.get(stack.pop()) ?? []) {
      if (!next.has(importer)) {
        next.add(importer);
        stack.push(importer);
      }
    }
  }
  reaching = next;
  if (process.env.MUTATION_RUNNER_MARK) {
    console.error(`hooks: ${graph.size} project files, ${reaching.size} renewed per generation`);
    for (const f of reaching) if (!graph.get(f)?.marked) console.error(`  renewed ${f}`);
  }
};

/** @type {Map<string, { url: string, format?: string | null | undefined }>} */
const resolutions = new Map();
/** @type {Map<string, { format: string, source: string | ArrayBuffer | Uint8Array }>} */
const sources = new Map();

/**
 * A module of a later generation is the same file: its compiled text (tsx's output) is kept from
 * the first load, so that a generation costs node's evaluation only.
 * @param {string} url
 * @param {object} context
 * @param {(url: string, context: object) => Promise<{ format: string, source: string | ArrayBuffer | Uint8Array }>} nextLoad
 */
export async function load(url, context, nextLoad) {
  const q = url.indexOf("?gen=");
  if (q < 0) return nextLoad(url, context);
  const file = url.slice(0, q);
  let hit = sources.get(file);
  if (hit === undefined) {
    const r = await nextLoad(url, context);
    hit = { format: r.format, source: r.source };
    sources.set(file, hit);
  }
  return { format: hit.format, source: hit.source, shortCircuit: true };
}

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
  const gen = generationOf(parent);
  // a module of generation n resolves its imports as its first generation did: ask once
  const base = parent === undefined ? undefined : parent.replace(/\?gen=\d+$/, "");
  const key = `${base}\n${specifier}`;
  let resolved = gen === undefined ? undefined : resolutions.get(key);
  if (resolved === undefined) {
    resolved = await nextResolve(specifier, context);
    if (gen !== undefined) resolutions.set(key, resolved);
  }
  if (gen !== undefined && inProject(resolved.url)) {
    await explore(resolved.url, nextResolve);
    if (reaching.has(resolved.url)) {
      return { ...resolved, url: `${resolved.url}?gen=${gen}`, shortCircuit: true };
    }
  }
  return { ...resolved, shortCircuit: true };
}
