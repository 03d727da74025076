/**
 * Old against new in one process (`npm run bench:ab -- <dir>`): the source of another checkout
 * (`<dir>`, say `git worktree add ../base <commit>` with `node_modules` linked into it) and this
 * one's, imported side by side. On each case the two reports are first compared as JSON (any
 * difference is printed and the exit code is 1), then both checks are timed in interleaved rounds
 * (bench/measure.ts): the ratio is new ÷ old, below 1 faster. Cases: `henan`, `finance`,
 * `final`, `rows1k`, `rows10k` (`--cases=henan,rows1k`; all but `rows10k` by default).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CheckOptions } from "../src/rules";
import { expenditureDisclosure, expenditureTable } from "./inputs";
import { interleaved } from "./measure";

type Check = (disclosure: unknown, options: CheckOptions) => unknown;

interface Library {
  readonly check: Check;
  readonly options: Readonly<Record<string, CheckOptions>>;
  readonly parse: (text: string) => unknown;
}

const args = process.argv.slice(2);
const baseDir = args.find((a) => !a.startsWith("--"));
if (baseDir === undefined) {
  console.error("usage: npm run bench:ab -- <dir of another checkout> [--cases=henan,rows1k]");
  process.exit(2);
}
const casesArg = args.find((a) => a.startsWith("--cases="))?.slice("--cases=".length);
const wanted = (casesArg ?? "henan,finance,final,rows1k").split(",");
const here = resolve(fileURLToPath(import.meta.url), "../..");

async function load(root: string): Promise<Library> {
  const rules = await import(`${root}/src/rules/index.ts`);
  const templates = await import(`${root}/src/templates/index.ts`);
  const catalog = (await import(`${root}/src/catalog/2024/index.ts`)).catalog2024;
  const json = await import(`${root}/src/schema/index.ts`);
  const final = await import(`${root}/src/final/index.ts`);
  return {
    check: rules.checkDisclosure,
    parse: (text) => {
      const r = json.parseDisclosureJson(text);
      if (!r.ok) throw new Error("a bench document does not parse");
      return r.value;
    },
    options: {
      henan: { profile: rules.henan2024Profile, template: templates.henan2024, catalog },
      finance: { profile: rules.shanghaiProfile, template: templates.shanghai, catalog },
      final: { profile: final.finalProfile, template: final.final2024, catalog },
      rows: { profile: rules.henan2024Profile, template: templates.henan2024 },
    },
  };
}

const example = (name: string) => readFileSync(`${here}/examples/${name}.json`, "utf8");
const DOCUMENTS: Readonly<Record<string, { readonly json?: string; readonly rows?: number[] }>> = {
  henan: { json: example("henan-2024") },
  finance: { json: example("shanghai-finance-2025") },
  final: { json: example("putuo-planning-final-2024") },
  rows1k: { rows: [10, 9, 10] },
  rows10k: { rows: [25, 16, 24] },
};

function call(lib: Library, name: string): () => unknown {
  const doc = DOCUMENTS[name];
  if (doc === undefined) throw new Error(`no case ${name}`);
  const [c = 0, k = 0, x = 0] = doc.rows ?? [];
  const disclosure =
    doc.json !== undefined ? lib.parse(doc.json) : expenditureDisclosure(expenditureTable(c, k, x));
  const options = lib.options[doc.rows === undefined ? name : "rows"];
  if (options === undefined) throw new Error(`no options for ${name}`);
  return () => lib.check(disclosure, options);
}

const old = await load(resolve(baseDir));
const now = await load(here);
let differ = false;
for (const name of wanted) {
  const a = call(old, name);
  const b = call(now, name);
  if (JSON.stringify(a()) !== JSON.stringify(b())) {
    console.log(`${name}: the reports differ`);
    differ = true;
    continue;
  }
  const [, measured] = interleaved(
    { name: `${name} (old)`, run: a },
    [{ name: `${name} (new)`, run: b }],
    { rounds: 15, batchMs: 300 },
  );
  if (measured === undefined) continue;
  const [low, high] = measured.spread;
  console.log(
    `${name.padEnd(8)} new ÷ old ${measured.ratio.toFixed(3)} (spread ${low.toFixed(2)}–${high.toFixed(2)}), new ${measured.ms.toFixed(1)} ms a check`,
  );
}
if (differ) process.exitCode = 1;
