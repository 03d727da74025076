/**
 * `npm run lint` (after biome): every regular expression in src/ (literals and `new RegExp`
 * of literal text) is screened for super-linear matching (scripts/regex-safety.ts; the rule is
 * docs/linear-time.md). Prints each finding with its place; exits 1 when there is one that
 * KNOWN does not excuse, or when a KNOWN excuse no longer applies (so it is removed).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { lintSource } from "./regex-sources";

/** Files whose findings are known and being fixed elsewhere, with why. Keep this list short. */
const KNOWN: Readonly<Record<string, string>> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

function main(): void {
  const root = join(import.meta.dirname, "..");
  const all = sourceFiles(join(root, "src")).flatMap((path) =>
    lintSource(relative(root, path), readFileSync(path, "utf8")),
  );
  let failed = false;
  for (const f of all) {
    const known = KNOWN[f.file];
    console.log(
      `${f.file}:${f.line}  ${f.pattern}\n  ${known === undefined ? "✗" : "known"} ${f.rule}: ${f.detail}${known === undefined ? "" : ` (${known})`}`,
    );
    if (known === undefined) failed = true;
  }
  for (const file of Object.keys(KNOWN)) {
    if (all.some((f) => f.file === file)) continue;
    console.log(`${file}: no finding any more; remove it from KNOWN in scripts/lint-regex.ts`);
    failed = true;
  }
  const count = all.filter((f) => KNOWN[f.file] === undefined).length;
  console.log(
    failed ? `lint-regex: ${count} pattern finding(s)` : "lint-regex: no super-linear pattern",
  );
  if (failed) process.exitCode = 1;
}

main();
