/**
 * The core entry `yusuan` must hold no catalog text; the data lives in `yusuan/catalog/2024` only.
 * Reads the build output (`npm test` runs `npm run build` before vitest); fails if it is missing.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const dist = resolve(dirname(fileURLToPath(import.meta.url)), "../dist");

/**
 * Text that only the generated catalog data holds: catalog names no template or message uses,
 * and one catalog entry as the data writes it (the bare name 工资福利支出 is also a column
 * header of the Henan template, which is core data, so it is checked in its entry form).
 */
const CATALOG_TEXTS = [
  "一般公共服务支出",
  "机关工资福利支出",
  "党委办公厅（室）及相关机构事务",
  'code: "301", level: "类", name: "工资福利支出"',
];

/** esbuild escapes non-ASCII text as `\uXXXX` unless told otherwise: undo that before searching. */
function decodeEscapes(text: string): string {
  return text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

function readDist(file: string): string {
  const path = join(dist, file);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run \`npm run build\` before this test (npm test does).`);
  }
  return decodeEscapes(readFileSync(path, "utf8"));
}

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: dist, loader: "js" },
    bundle: true,
    write: false,
    format: "esm",
    packages: "external",
    logLevel: "silent",
  });
  return decodeEscapes(result.outputFiles.map((f) => f.text).join("\n"));
}

describe("catalog data stays out of the core entry", () => {
  it.each(["index.js", "index.cjs"])("%s holds no catalog names", (file) => {
    const text = readDist(file);
    expect(text.length).toBeGreaterThan(0);
    for (const name of CATALOG_TEXTS) expect(text, name).not.toContain(name);
  });

  it.each(["catalog-2024.js", "catalog-2024.cjs"])("%s holds them", (file) => {
    const text = readDist(file);
    for (const name of CATALOG_TEXTS) expect(text, name).toContain(name);
  });

  it("a bundle of everything the core entry exports carries no catalog data", async () => {
    readDist("index.js");
    const text = await bundle('export * from "./index.js";');
    expect(text).toContain("byCode");
    for (const name of CATALOG_TEXTS) expect(text, name).not.toContain(name);
  });

  it("importing one function of yusuan/check leaves the rules, messages and decimal.js out", async () => {
    readDist("check.js");
    const text = await bundle('import { isDerived } from "./check.js"; console.log(isDerived);');
    expect(text).toContain('"via" in');
    expect(text).not.toContain("三公");
    expect(text).not.toContain("toExpNeg");
    expect(text.length).toBeLessThan(2000);
  });

  it("a bundle of the core look-ups carries no catalog data", async () => {
    readDist("index.js");
    const text = await bundle('import { lookupCode } from "./index.js"; console.log(lookupCode);');
    expect(text).toContain("byCode");
    for (const name of CATALOG_TEXTS) expect(text, name).not.toContain(name);
  });

  it("a bundle of the functional catalog alone drops the economic catalogs", async () => {
    readDist("catalog-2024.js");
    const text = await bundle(
      'import { functional2024 } from "./catalog-2024.js"; console.log(functional2024);',
    );
    expect(text).toContain("一般公共服务支出");
    expect(text).not.toContain("机关工资福利支出");
    expect(text).not.toContain("基本工资");
  });
});
