/**
 * Bundles the playground page (`playground/page/main.ts`) for the browser: one IIFE script, with
 * every `yusuan…` import resolved through package.json `exports` (the `import` condition) to the
 * built ESM entries in `dist/`, never to the sources, and the embedded examples
 * (`examples/*.json`) put in as text. Needs `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build, type Metafile, type Plugin } from "esbuild";

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, "..");

type ExportTarget = string | { readonly import?: { readonly default?: string } };

/**
 * The file a `yusuan…` specifier loads as ESM, from package.json `exports`:
 * `yusuan/check` → `<root>/dist/check.js`. `undefined` for a specifier the package does not
 * export.
 */
export function publishedEntry(specifier: string): string | undefined {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    readonly name: string;
    readonly exports: Readonly<Record<string, ExportTarget>>;
  };
  if (specifier !== pkg.name && !specifier.startsWith(`${pkg.name}/`)) return undefined;
  const subpath = `.${specifier.slice(pkg.name.length)}`;
  const target = pkg.exports[subpath];
  const file = typeof target === "string" ? target : target?.import?.default;
  return file === undefined ? undefined : join(ROOT, file);
}

/** Resolves the package's own specifiers to its published ESM files. */
const publishedEntries: Plugin = {
  name: "yusuan-published-entries",
  setup(b) {
    b.onResolve({ filter: /^yusuan(?:\/|$)/ }, (args) => {
      const path = publishedEntry(args.path);
      if (path === undefined) {
        return { errors: [{ text: `${args.path} is not an entry of the package` }] };
      }
      if (!existsSync(path)) {
        return { errors: [{ text: `${path} is missing: run \`npm run build\` first` }] };
      }
      return { path };
    });
  },
};

/** The text of every `examples/*.json`, by file name, in file name order. */
export function exampleTexts(): Readonly<Record<string, string>> {
  const dir = join(ROOT, "examples");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  return Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

/** The bundled page script and esbuild's account of what went into it. */
export interface PlaygroundBundle {
  readonly code: string;
  readonly metafile: Metafile;
}

/** Bundles the playground page script (minified, for the browser). */
export async function bundlePlayground(): Promise<PlaygroundBundle> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, "playground/page/main.ts")],
    bundle: true,
    write: false,
    platform: "browser",
    format: "iife",
    target: "es2022",
    minify: true,
    charset: "utf8",
    legalComments: "none",
    metafile: true,
    logLevel: "silent",
    define: { __YUSUAN_EXAMPLES__: JSON.stringify(exampleTexts()) },
    plugins: [publishedEntries],
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error("esbuild wrote no output");
  return { code, metafile: result.metafile };
}
