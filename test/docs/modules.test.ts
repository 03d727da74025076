/**
 * The typedoc site names each module by its import path (`yusuan`, `yusuan/check`, …): every
 * entry file opens with a comment whose `@module` tag is its key in package.json `exports`, so
 * no two entries share a name (issue 11).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ENTRIES, ROOT } from "./support";

const exportsOf = () =>
  Object.keys(
    (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { exports: object }).exports,
  );

/** The `@module` name of the comment a file opens with, if it opens with one. */
function moduleName(file: string): string | undefined {
  const text = readFileSync(join(ROOT, file), "utf8");
  if (!text.startsWith("/**")) return undefined;
  const comment = text.slice(0, text.indexOf("*/"));
  return /@module[ \t]+(\S+)/.exec(comment)?.[1];
}

describe("typedoc module names", () => {
  it("every published code entry is documented", () => {
    const published = exportsOf()
      .filter((key) => !key.endsWith(".json"))
      .map((key) => (key === "." ? "yusuan" : `yusuan/${key.slice(2)}`));
    expect(Object.keys(ENTRIES).sort()).toEqual(published.sort());
  });

  it("typedoc documents exactly these entries", () => {
    const config = JSON.parse(readFileSync(join(ROOT, "typedoc.json"), "utf8")) as {
      entryPoints: string[];
    };
    expect([...config.entryPoints].sort()).toEqual(Object.values(ENTRIES).sort());
  });

  it.each(Object.entries(ENTRIES))("%s opens with @module %s", (entry, file) => {
    expect(moduleName(file)).toBe(entry);
  });

  it("no two entries have one name", () => {
    const names = Object.values(ENTRIES).map(moduleName);
    expect(new Set(names).size).toBe(names.length);
  });
});
