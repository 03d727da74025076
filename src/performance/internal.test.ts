/**
 * The project's rule for the modules of `yusuan/performance`: every export has a TSDoc comment,
 * and an export the package entry does not re-export (a helper shared between modules) is tagged
 * `@internal`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = new URL(".", import.meta.url).pathname;

/** The `.ts` sources under `dir` (tests apart). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

const parse = (path: string) =>
  ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);

/** The names the index files re-export by name (the package's public symbols). */
const PUBLIC = new Set(
  sources(ROOT)
    .filter((p) => p.endsWith("/index.ts"))
    .flatMap((p) =>
      parse(p).statements.flatMap((s) =>
        ts.isExportDeclaration(s) &&
        s.exportClause !== undefined &&
        ts.isNamedExports(s.exportClause)
          ? s.exportClause.elements.map((e) => (e.propertyName ?? e.name).text)
          : [],
      ),
    ),
);

/** The exported declarations of a file: name and whether its TSDoc tags it `@internal`. */
function exportsOf(path: string): { name: string; internal: boolean; documented: boolean }[] {
  const file = parse(path);
  const out: { name: string; internal: boolean; documented: boolean }[] = [];
  for (const node of file.statements) {
    const exported = ts.canHaveModifiers(node)
      ? ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (!exported) continue;
    const names = ts.isVariableStatement(node)
      ? node.declarationList.declarations.map((d) => d.name.getText(file))
      : "name" in node && node.name !== undefined
        ? [(node.name as ts.Identifier).getText(file)]
        : [];
    const docs = ts.getJSDocCommentsAndTags(node);
    const internal = ts.getAllJSDocTags(
      node,
      (t): t is ts.JSDocTag => t.tagName.text === "internal",
    );
    for (const name of names)
      out.push({ name, internal: internal.length > 0, documented: docs.length > 0 });
  }
  return out;
}

describe("exports of the performance modules", () => {
  for (const path of sources(ROOT).filter((p) => !p.endsWith("/index.ts"))) {
    const where = path.slice(ROOT.length);
    for (const { name, internal, documented } of exportsOf(path)) {
      if (PUBLIC.has(name)) continue;
      it(`${where} › ${name} is documented and tagged @internal`, () => {
        expect([documented, internal]).toEqual([true, true]);
      });
    }
  }
});
