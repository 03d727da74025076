/**
 * Shared by the docs tests: the package entries, the compiler program over them, the exported
 * symbols of each entry and the ```ts code blocks of their `@example` tags and of the guides.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Each public entry (package.json `exports`) and its source file. */
export const ENTRIES: Readonly<Record<string, string>> = {
  yusuan: "src/index.ts",
  "yusuan/check": "src/rules/index.ts",
  "yusuan/templates": "src/templates/index.ts",
  "yusuan/printed": "src/printed/index.ts",
  "yusuan/json": "src/schema/index.ts",
  "yusuan/narrative": "src/narrative/index.ts",
  "yusuan/catalog/2024": "src/catalog/2024/index.ts",
  "yusuan/performance": "src/performance/index.ts",
  "yusuan/measures": "src/measures/index.ts",
  "yusuan/ledger": "src/ledger/index.ts",
  "yusuan/final": "src/final/index.ts",
};

/** The absolute source path (without extension) an example's import of `entry` is rewritten to. */
export function entrySource(entry: string): string | undefined {
  const file = ENTRIES[entry];
  return file === undefined ? undefined : join(ROOT, file).replace(/\.ts$/, "");
}

/** The project's compiler options (tsconfig.json), for a program that type-checks. */
export function compilerOptions(): ts.CompilerOptions {
  const path = join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(path, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT, undefined, path);
  return { ...parsed.options, noEmit: true };
}

/** A program over the entry files only (what a user of the package sees). */
export function entryProgram(): ts.Program {
  return ts.createProgram(
    Object.values(ENTRIES).map((file) => join(ROOT, file)),
    compilerOptions(),
  );
}

/** One symbol an entry exports, resolved through re-exports and aliases. */
export interface ExportedSymbol {
  readonly entry: string;
  readonly name: string;
  /** The declared symbol (not the alias). */
  readonly symbol: ts.Symbol;
  /** Where it is declared, relative to the root, for messages. */
  readonly where: string;
}

/** Every symbol every entry exports, in entry then name order. */
export function exportedSymbols(program: ts.Program): ExportedSymbol[] {
  const checker = program.getTypeChecker();
  const out: ExportedSymbol[] = [];
  for (const [entry, file] of Object.entries(ENTRIES)) {
    const source = program.getSourceFile(join(ROOT, file));
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (module === undefined) throw new Error(`no module symbol for ${file}`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      const where =
        declaration === undefined
          ? "?"
          : `${relative(ROOT, declaration.getSourceFile().fileName)}:${
              declaration.getSourceFile().getLineAndCharacterOfPosition(declaration.getStart())
                .line + 1
            }`;
      out.push({ entry, name: exported.name, symbol, where });
    }
  }
  return out.sort((a, b) =>
    a.entry === b.entry ? a.name.localeCompare(b.name) : a.entry.localeCompare(b.entry),
  );
}

/** The raw text (margins stripped) of each JSDoc comment on a symbol's declarations. */
export function jsDocTexts(symbol: ts.Symbol): string[] {
  const texts: string[] = [];
  for (const declaration of symbol.declarations ?? []) {
    for (const doc of ts.getJSDocCommentsAndTags(declaration)) {
      if (!ts.isJSDoc(doc)) continue;
      const raw = doc.getText();
      const body = raw
        .replace(/^\/\*\*/, "")
        .replace(/\*\/$/, "")
        .split("\n")
        .map((line) => line.replace(/^\s*\* ?/, ""));
      texts.push(body.join("\n"));
    }
  }
  return [...new Set(texts)];
}

/** One ```ts block to run and type-check. */
export interface CodeBlock {
  /** Where it comes from, for test names: `src/amount/format.ts formatAmount` or `docs/x.md:12`. */
  readonly origin: string;
  readonly code: string;
}

/** The ```ts / ```typescript blocks of a markdown text or an `@example` tag, with their lines. */
export function codeBlocks(text: string): { line: number; code: string }[] {
  const blocks: { line: number; code: string }[] = [];
  const lines = text.split("\n");
  let start = -1;
  let body: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (start < 0) {
      if (/^\s*```(ts|typescript)\s*$/.test(line)) {
        start = i;
        body = [];
      }
    } else if (/^\s*```\s*$/.test(line)) {
      blocks.push({ line: start + 1, code: body.join("\n") });
      start = -1;
    } else {
      body.push(line);
    }
  }
  return blocks;
}

/** The `@example` sections of a JSDoc text (each up to the next block tag). */
export function exampleSections(doc: string): string[] {
  const sections: string[] = [];
  const parts = doc.split(/^(?=@\w)/m);
  for (const part of parts) if (part.startsWith("@example")) sections.push(part);
  return sections;
}

/** The code blocks of every exported symbol's `@example`, each declaration once. */
export function exampleBlocks(program: ts.Program): CodeBlock[] {
  const seen = new Set<ts.Symbol>();
  const blocks: CodeBlock[] = [];
  for (const exported of exportedSymbols(program)) {
    if (seen.has(exported.symbol)) continue;
    seen.add(exported.symbol);
    let n = 0;
    for (const doc of jsDocTexts(exported.symbol)) {
      for (const section of exampleSections(doc)) {
        for (const block of codeBlocks(section)) {
          n += 1;
          const suffix = n > 1 ? ` #${n}` : "";
          blocks.push({ origin: `${exported.where} ${exported.name}${suffix}`, code: block.code });
        }
      }
    }
  }
  return blocks;
}

/** The markdown files whose code blocks are checked: README.md and docs/ except generated pages. */
export function markdownFiles(): string[] {
  const files = ["README.md"];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (path !== "docs/api") walk(path);
      } else if (entry.name.endsWith(".md") && path !== "docs/rules.md") {
        files.push(path);
      }
    }
  };
  walk("docs");
  return files.sort();
}

/** The code blocks of the markdown files. */
export function markdownBlocks(): CodeBlock[] {
  return markdownFiles().flatMap((file) =>
    codeBlocks(readFileSync(join(ROOT, file), "utf8")).map((block) => ({
      origin: `${file}:${block.line}`,
      code: block.code,
    })),
  );
}
