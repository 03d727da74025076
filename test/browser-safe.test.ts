/**
 * Browser-safe bundles: every published ESM entry (package.json `exports`, `import` condition),
 * bundled for the browser with its dependencies (esbuild, platform `browser`), imports no Node
 * built-in module and refers to no Node-only global. Reads the build output (`npm test` builds
 * before vitest); fails if it is missing.
 */
import { existsSync, readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { join } from "node:path";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";
import { publishedEntry, ROOT } from "../playground/bundle";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  readonly name: string;
  readonly exports: Readonly<Record<string, unknown>>;
};

/** The specifiers of the package's ESM entries: `yusuan`, `yusuan/check`, … */
const ENTRIES = Object.keys(pkg.exports)
  .map((subpath) => `${pkg.name}${subpath.slice(1)}`)
  .filter((specifier) => publishedEntry(specifier)?.endsWith(".js") === true);

/** Node-only globals a browser does not have, as the bundled code would use them. */
const NODE_GLOBALS = /\b(?:process\.|Buffer\.|__dirname\b|__filename\b|require\()/u;

/** Bundles `contents` for the browser; the Node built-ins it imports and the bundle's text. */
async function browserBundle(
  contents: string,
): Promise<{ builtins: string[]; text: string; errors: string[] }> {
  const builtins: string[] = [];
  const recordBuiltins: Plugin = {
    name: "record-node-builtins",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!isBuiltin(args.path)) return undefined;
        builtins.push(args.path);
        return { path: args.path, external: true };
      });
    },
  };
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: "js" },
    bundle: true,
    write: false,
    platform: "browser",
    format: "esm",
    logLevel: "silent",
    plugins: [recordBuiltins],
  });
  return {
    builtins,
    text: result.outputFiles.map((f) => f.text).join("\n"),
    errors: result.errors.map((e) => e.text),
  };
}

/** An import of every export of the entry's built file (not of the sources). */
function importAll(specifier: string): string {
  const file = publishedEntry(specifier);
  if (file === undefined || !existsSync(file)) {
    throw new Error(
      `${file ?? specifier} is missing: run \`npm run build\` first (npm test does).`,
    );
  }
  return `export * from ${JSON.stringify(file)};`;
}

describe("every published entry runs in a browser", () => {
  it("the package has its eleven ESM entries", () => {
    expect(ENTRIES).toEqual([
      "yusuan",
      "yusuan/check",
      "yusuan/templates",
      "yusuan/printed",
      "yusuan/json",
      "yusuan/narrative",
      "yusuan/catalog/2024",
      "yusuan/performance",
      "yusuan/measures",
      "yusuan/ledger",
      "yusuan/final",
    ]);
  });

  it.each(ENTRIES)(
    "%s bundles for the browser with no Node built-in and no Node global",
    async (entry) => {
      const { builtins, text, errors } = await browserBundle(importAll(entry));
      expect(errors).toEqual([]);
      expect(builtins).toEqual([]);
      expect(text.length).toBeGreaterThan(100);
      expect(text.match(NODE_GLOBALS)?.[0]).toBeUndefined();
    },
  );

  it("the check sees a Node import and a Node global when there is one", async () => {
    const withImport = await browserBundle(
      'import { readFileSync } from "node:fs"; export { readFileSync };',
    );
    expect(withImport.builtins).toEqual(["node:fs"]);
    const bare = await browserBundle('import { join } from "path"; export { join };');
    expect(bare.builtins).toEqual(["path"]);
    const global = await browserBundle("export const cwd = () => process.cwd();");
    expect(global.text.match(NODE_GLOBALS)?.[0]).toBe("process.");
  });
});
