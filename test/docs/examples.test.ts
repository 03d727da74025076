/**
 * Every ```ts block of every exported symbol's `@example` and of the guides (README.md and
 * docs/**.md except the generated docs/api and docs/rules.md) type-checks against the sources and
 * runs without throwing, and every result comment it makes is true (see ./results.ts).
 *
 * Imports of the package entries ("yusuan", "yusuan/check", …) are rewritten to the source files:
 * for type-checking, to their absolute paths in one in-memory program with the project's compiler
 * options; for running, to the entry modules imported below.
 */
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as catalog2024 from "../../src/catalog/2024/index";
import * as final from "../../src/final/index";
import * as core from "../../src/index";
import * as ledger from "../../src/ledger/index";
import * as measures from "../../src/measures/index";
import * as narrative from "../../src/narrative/index";
import * as performance from "../../src/performance/index";
import * as printed from "../../src/printed/index";
import * as check from "../../src/rules/index";
import * as json from "../../src/schema/index";
import * as templates from "../../src/templates/index";
import { instrument } from "./results";
import {
  type CodeBlock,
  compilerOptions,
  entryProgram,
  entrySource,
  exampleBlocks,
  markdownBlocks,
  ROOT,
} from "./support";

const MODULES: Readonly<Record<string, unknown>> = {
  yusuan: core,
  "yusuan/check": check,
  "yusuan/templates": templates,
  "yusuan/printed": printed,
  "yusuan/json": json,
  "yusuan/narrative": narrative,
  "yusuan/catalog/2024": catalog2024,
  "yusuan/performance": performance,
  "yusuan/measures": measures,
  "yusuan/ledger": ledger,
  "yusuan/final": final,
};

/** The code with each `"yusuan…"` module specifier replaced by the entry's source path. */
function rewriteImports(code: string): string {
  return code.replace(
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(yusuan(?:\/[\w/]+)?)\2/g,
    (whole, head: string, quote: string, entry: string) => {
      const path = entrySource(entry);
      return path === undefined ? whole : `${head}${quote}${path}${quote}`;
    },
  );
}

/** Type-checks all blocks in one program; the diagnostics of each block, rendered. */
function typecheck(blocks: readonly CodeBlock[], old: ts.Program): string[][] {
  const options = compilerOptions();
  const dir = join(ROOT, "node_modules/.cache/yusuan-examples");
  const files = new Map(
    blocks.map((block, i) => [
      join(dir, `example-${i}.ts`),
      `${rewriteImports(block.code)}\nexport {};\n`,
    ]),
  );
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, target, ...rest) => {
    const text = files.get(name);
    return text === undefined
      ? getSourceFile.call(host, name, target, ...rest)
      : ts.createSourceFile(name, text, target);
  };
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => files.get(name) ?? readFile.call(host, name);
  const program = ts.createProgram([...files.keys()], options, host, old);
  return [...files.keys()].map((name) => {
    const file = program.getSourceFile(name);
    if (file === undefined) return [`${name} is not in the program`];
    const diagnostics = [
      ...program.getSyntacticDiagnostics(file),
      ...program.getSemanticDiagnostics(file),
    ];
    return diagnostics.map((d) => {
      const line =
        d.start === undefined ? "?" : file.getLineAndCharacterOfPosition(d.start).line + 1;
      return `line ${line}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
  });
}

/** A `require` for the transpiled example: the entries only, and only what they export. */
function requireEntry(specifier: string): unknown {
  const module = MODULES[specifier];
  if (typeof module !== "object" || module === null) {
    throw new Error(`examples may import only the package entries, not ${specifier}`);
  }
  return new Proxy(module, {
    get(target, name) {
      if (typeof name === "string" && name !== "__esModule" && !(name in target)) {
        throw new Error(`"${specifier}" does not export ${name}`);
      }
      return Reflect.get(target, name);
    },
  });
}

type Runner = (...args: unknown[]) => Promise<void>;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => Runner;

/** Runs an instrumented example; the values each claim's expression took, by claim. */
async function run(code: string, claims: number): Promise<unknown[][]> {
  const { outputText } = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const seen: unknown[][] = Array.from({ length: claims }, () => []);
  const record = (index: number, value: unknown) => {
    seen[index]?.push(value);
    return value;
  };
  const quiet = { ...console, log: () => {}, info: () => {}, warn: () => {} };
  const body = new AsyncFunction("require", "exports", "module", "__expect", "console", outputText);
  const module = { exports: {} };
  await body(requireEntry, module.exports, module, record, quiet);
  return seen;
}

const program = entryProgram();
const blocks = [...exampleBlocks(program), ...markdownBlocks()];
const diagnostics = typecheck(blocks, program);

describe("examples", () => {
  it("are found in the exports and the guides", () => {
    expect(blocks.length).toBeGreaterThan(200);
  });

  for (const [i, block] of blocks.entries()) {
    describe(block.origin, () => {
      it("type-checks", () => {
        expect(diagnostics[i]?.join("\n")).toBe("");
      });

      it("runs, and its result comments are true", async () => {
        const { code, claims } = instrument(block.code);
        const seen = await run(code, claims.length);
        for (const [k, claim] of claims.entries()) {
          const expected: unknown = new Function(`return (${claim.literal});`)();
          const values = seen[k] ?? [];
          const where = `line ${claim.line}: ${claim.text}`;
          expect.soft(values.length, `${where} never ran`).toBeGreaterThan(0);
          for (const value of values) expect.soft(value, where).toEqual(expected);
        }
      });
    });
  }
});
