/**
 * The playground's page script is bundled from the published ESM entries only (package.json
 * `exports` → dist/), never from the sources, and carries every embedded example.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundlePlayground, exampleTexts, publishedEntry, ROOT } from "../../playground/bundle";

describe("the playground bundle", async () => {
  const { code, metafile } = await bundlePlayground();
  const inputs = Object.keys(metafile.inputs);

  it("resolves the package's specifiers through package.json exports to dist/", () => {
    expect(publishedEntry("yusuan")).toBe(join(ROOT, "dist/index.js"));
    expect(publishedEntry("yusuan/check")).toBe(join(ROOT, "dist/check.js"));
    expect(publishedEntry("yusuan/catalog/2024")).toBe(join(ROOT, "dist/catalog-2024.js"));
    expect(publishedEntry("yusuan/internal")).toBeUndefined();
    expect(publishedEntry("zod")).toBeUndefined();
  });

  it("reads no library source: only dist/, its dependencies and the page's own files", () => {
    expect(inputs.filter((i) => i.startsWith("src/"))).toEqual([]);
    const other = inputs.filter(
      (i) =>
        !i.startsWith("dist/") &&
        !i.startsWith("node_modules/zod/") &&
        !i.startsWith("node_modules/decimal.js/") &&
        !i.startsWith("playground/page/") &&
        i !== "<define:__YUSUAN_EXAMPLES__>",
    );
    expect(other).toEqual([]);
    for (const entry of ["dist/index.js", "dist/check.js", "dist/json.js", "dist/templates.js"]) {
      expect(inputs).toContain(entry);
    }
    expect(inputs).toContain("dist/catalog-2024.js");
  });

  it("embeds every examples/*.json, by file name", () => {
    const files = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".json"));
    expect(Object.keys(exampleTexts()).sort()).toEqual(files.sort());
    expect(files).toContain("henan-2024.json");
    expect(files).toContain("shanghai-finance-2025.json");
    // the department names, as the bundle (UTF-8, JSON-escaped once more) carries them
    expect(code).toContain("中国共产党洛阳市涧西区委员会办公室");
    expect(code).toContain("上海市财政局");
  });
});
