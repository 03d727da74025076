/**
 * Benchmarks (issue 15), reported as ratios against a baseline measured in the same process, in
 * interleaved rounds (median and spread of the per-round ratios; CPU time). Realistic inputs only:
 * the fixtures' documents, generated valid tables, a generated ledger.
 *
 * Run: `npm run build && npm run bench` (prints a table, writes docs/benchmarks.md);
 * `npm run bench -- --json` prints the headline numbers as JSON; `--quick` runs fewer rounds,
 * 10³ documents and no ledger (for a quick look; it does not write docs/benchmarks.md);
 * `--docs=N` sets the number of documents of the throughput group; `--only=first,check` runs only
 * the named groups (check, pieces, tables, narrative, first, throughput, ledger) and writes no file.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { addAmounts, amount, parseAmount, parseFunctionalCode } from "yusuan";
import { catalog2024 } from "yusuan/catalog/2024";
import { checkDisclosure, henan2024Profile, shanghaiProfile } from "yusuan/check";
import { parseDisclosureJson } from "yusuan/json";
import { extractClaims } from "yusuan/narrative";
import { disclosureTargets, parseIndicatorValue, readTargets } from "yusuan/performance";
import { henan2024, shanghai } from "yusuan/templates";
import { shanghaiWelfare2024Fixture } from "../test/fixtures/shanghai-welfare-2024";
import { fixtureDisclosure } from "../test/support/disclosures";
import { expenditureDisclosure, expenditureTable } from "./inputs";
import { ledgerBench } from "./ledger";
import { type Case, fmt, interleaved, type Measured } from "./measure";
import { assertFreshBuild, firstCall, throughput } from "./processes";

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const json = args.has("--json");
const rounds = quick ? 5 : 11;
const onlyArg = process.argv.find((a) => a.startsWith("--only="));
const only = onlyArg === undefined ? undefined : new Set(onlyArg.slice(7).split(","));
/** Whether a group runs (all of them unless `--only=` names some). */
const want = (name: string) => only === undefined || only.has(name);
const log = (s = "") => {
  if (!json) console.log(s);
};
assertFreshBuild();

const read = (name: string) =>
  readFileSync(new URL(`../examples/${name}.json`, import.meta.url), "utf8");
const parse = (text: string) => {
  const p = parseDisclosureJson(text);
  if (!p.ok) throw new Error("a bench document does not parse");
  return p.value;
};
const henanText = read("henan-2024");
const henan = parse(henanText);
const financeText = read("shanghai-finance-2025");
const finance = parse(financeText);
const henanOptions = { profile: henan2024Profile, template: henan2024, catalog: catalog2024 };
const shanghaiOptions = { profile: shanghaiProfile, template: shanghai, catalog: catalog2024 };

interface Group {
  readonly title: string;
  readonly baseline: string;
  readonly rows: readonly Measured[];
  readonly note?: string;
}
const groups: Group[] = [];
const group = (title: string, baseline: Case, cases: readonly Case[], note?: string) => {
  // Batches of 0.2 s: a check allocates megabytes, so a batch of two or three calls either
  // holds a garbage collection or not; longer batches share its cost out evenly.
  const rows = interleaved(baseline, cases, { rounds, batchMs: 200 });
  groups.push({ title, baseline: baseline.name, rows, ...(note === undefined ? {} : { note }) });
  return rows;
};

// ── 1. A whole check against JSON.parse of the same document ──────────────────────────────────
const jsonParse: Case = { name: "JSON.parse (Henan, 135 kB)", run: () => JSON.parse(henanText) };
const checkRows = !want("check")
  ? []
  : group("Checking a document (× JSON.parse of the Henan example)", jsonParse, [
      { name: "parseDisclosureJson (Henan)", run: () => parseDisclosureJson(henanText) },
      {
        name: "checkDisclosure (Henan, 14 tables, with catalog)",
        run: () => checkDisclosure(henan, henanOptions),
      },
      {
        name: "checkDisclosure (上海市财政局 2025, with catalog)",
        run: () => checkDisclosure(finance, shanghaiOptions),
      },
    ]);
const checkVsJsonParse = checkRows[2]?.ratio ?? Number.NaN;

// ── 2. Pieces ─────────────────────────────────────────────────────────────────────────────────
const printed = ["969.06", "1,212.12", "24,840,779", "3，518.85", "-1.00", "0.00", ""];
const a = amount("969.06");
const targets = disclosureTargets(henan, henan2024).targets;
const values = [
  ...(targets?.projects.flatMap((p) => p.indicators.map((i) => i.value)) ?? []),
  ...(targets?.department?.indicators.map((i) => i.value) ?? []),
];
if (want("pieces"))
  group("Pieces (× JSON.parse of the Henan example)", jsonParse, [
    { name: `parseAmount × ${printed.length}`, run: () => printed.map((s) => parseAmount(s)) },
    {
      name: "parseFunctionalCode × 3",
      run: () => ["2013101", "201 31 01", "201-31-01"].map((s) => parseFunctionalCode(s)),
    },
    {
      name: "addAmounts × 100",
      run: () => {
        let s = a;
        for (let i = 0; i < 100; i++) s = addAmounts(s, a);
        return s;
      },
    },
    {
      name: `parseIndicatorValue × ${values.length} (Henan 13 + 14)`,
      run: () => values.map((v) => parseIndicatorValue(v)),
    },
    { name: "readTargets (Henan 13 + 14)", run: () => readTargets(henan.tables, henan2024) },
  ]);

// ── 3. Large tables: generated 支出表 whose rows nest and add up ─────────────────────────────────
const sizes = [
  ["10² rows", 4, 4, 5],
  ["10³ rows", 10, 9, 10],
  ["10⁴ rows", 25, 16, 24],
] as const;
const tables = (want("tables") ? sizes : []).map(([name, c, k, x]) => {
  const d = expenditureDisclosure(expenditureTable(c, k, x));
  const report = checkDisclosure(d, { profile: henan2024Profile, template: henan2024 });
  if (report.findings.some((f) => f.severity !== "info") || report.unconstrained.length > 0)
    throw new Error(`the generated ${name} table does not check clean`);
  const t = d.tables[0];
  const cells =
    t?.rows.reduce((n, r) => n + Object.values(r.cells).filter((v) => v !== "").length, 0) ?? 0;
  return { name, d, rows: t?.rows.length ?? 0, cells };
});
const tableCase = (i: number): Case => {
  const t = tables[i] as (typeof tables)[number];
  return {
    name: `checkDisclosure, 支出表 of ${t.rows.toLocaleString("en")} rows (${t.cells.toLocaleString("en")} printed cells)`,
    run: () => checkDisclosure(t.d, { profile: henan2024Profile, template: henan2024 }),
  };
};
const rowRows = !want("tables")
  ? []
  : interleaved(tableCase(1), [tableCase(0), tableCase(2)], { rounds: quick ? 3 : 9, batchMs: 1 });
if (want("tables"))
  groups.push({
    title: "Large tables (× the 10³-row table)",
    baseline: rowRows[0]?.name ?? "",
    rows: rowRows,
    note: `${quick ? 3 : 9} interleaved rounds of one call each, after each case's warm-up (at least three calls and 0.5 s): the steady state of every size.`,
  });
const rows10kVs1k = rowRows[2]?.ratio ?? Number.NaN;
const usPerCell10k = ((rowRows[2]?.ms ?? 0) * 1000) / (tables[2]?.cells ?? 1);

// ── 4. Linearity of the narrative reader (realistic paragraphs, 10⁵ → 10⁶ characters) ─────────
const body = henan.texts[0]?.body ?? "";
const paragraphs = (n: number) => `${body}\n`.repeat(Math.ceil(n / (body.length + 1))).slice(0, n);
const small = paragraphs(100_000);
const large = paragraphs(1_000_000);
const narrative = !want("narrative")
  ? []
  : interleaved(
      {
        name: "extractClaims, 10⁵ characters of 情况说明",
        run: () => extractClaims(small, { year: 2024 }),
      },
      [{ name: "extractClaims, 10⁶ characters", run: () => extractClaims(large, { year: 2024 }) }],
      { rounds: quick ? 3 : 5, batchMs: 1 },
    );
if (want("narrative"))
  groups.push({
    title: "The narrative reader (× 10⁵ characters; linear ≈ 10)",
    baseline: narrative[0]?.name ?? "",
    rows: narrative,
  });

// ── 5. The first call, in fresh processes ──────────────────────────────────────────────────────
const first = want("first") ? firstCall(quick ? 3 : 7) : undefined;

// ── 6. Throughput over worker threads ─────────────────────────────────────────────────────────
const docsArg = process.argv.find((a) => a.startsWith("--docs="));
const docs = docsArg !== undefined ? Number(docsArg.slice(7)) : quick ? 1_000 : 10_000;
const welfare = JSON.stringify({
  format: "yusuan.disclosure",
  version: 1,
  ...fixtureDisclosure(shanghaiWelfare2024Fixture, shanghai).disclosure,
});
const tp = want("throughput")
  ? await throughput(welfare, "普陀区社会福利院", docs, quick ? 1 : 3)
  : undefined;

// ── 7. The ledger (issue 10) ───────────────────────────────────────────────────────────────────
const ledger = quick || !want("ledger") ? undefined : ledgerBench(1_000_000, 5);

// ── Report ────────────────────────────────────────────────────────────────────────────────────
const headline: Record<string, number | null> = {
  "check.vsJsonParse": checkVsJsonParse,
  "check.rows10k.vsRows1k": rows10kVs1k,
  "check.firstCallMs": first?.all.totalMs ?? null,
  "check.firstCallCpuMs": first?.all.totalCpuMs ?? null,
  ...Object.fromEntries(
    ["check", "templates", "json"].flatMap((e) => [
      [`import.${e}.ms`, first?.imports[e]?.ms ?? null],
      [`import.${e}.cpuMs`, first?.imports[e]?.cpuMs ?? null],
    ]),
  ),
  "import.zodShare": first?.zodShare ?? null,
  "throughput.docsPerSecond": tp?.docsPerSecond ?? null,
  "throughput.workerSpeedup": tp?.workerSpeedup ?? null,
  "memory.docs1e3MB": tp?.heapMB["1000"] ?? null,
  "memory.docs1e4MB": tp?.heapMB["10000"] ?? null,
  "derive.vsIntegerGroupBy": ledger?.derived.ratio ?? null,
  "derive.naiveDecimalVsDerive": ledger?.naiveDecimalVsDerive ?? null,
};
if (json) {
  console.log(JSON.stringify(headline, null, 2));
  process.exit(0);
}

const lines: string[] = [];
const out = (s = "") => {
  lines.push(s);
  log(s);
};
const cpu = cpus()[0]?.model ?? "unknown CPU";
out("# 基准 / Benchmarks");
out();
out(
  "Generated by `npm run bench` (bench/run.ts); do not edit by hand. See [性能 / Performance](speed.md) for how to read it.",
);
out();
out(
  `- machine: ${cpu}, ${cpus().length} cores; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}`,
);
out(
  `- ${rounds} interleaved rounds per group unless noted; CPU time; ratio = median of the per-round ratios, spread = lowest–highest`,
);
out();
out("## Headline / 要点");
out();
out("| key | value | target |\n|---|---|---|");
const targetOf: Record<string, string> = {
  "check.vsJsonParse": "≤ 10",
  "check.rows10k.vsRows1k": "≤ 10",
  "check.firstCallMs": "≤ 150",
  "import.check.ms": "≤ 50",
  "import.templates.ms": "≤ 50",
  "import.json.ms": "≤ 50",
  "derive.vsIntegerGroupBy": "≤ 1.5",
  "derive.naiveDecimalVsDerive": "≥ 3",
};
for (const [k, v] of Object.entries(headline))
  out(`| \`${k}\` | ${v === null ? "—" : fmt(v)} | ${targetOf[k] ?? ""} |`);
out(`| 10⁴-row table, µs per printed cell | ${fmt(usPerCell10k)} | ≤ 10 |`);
for (const g of groups) {
  out();
  out(`## ${g.title}`);
  out();
  out("| case | ratio | spread | ms per call (CPU) |\n|---|---|---|---|");
  for (const r of g.rows)
    out(`| ${r.name} | ${fmt(r.ratio)} | ${fmt(r.spread[0])}–${fmt(r.spread[1])} | ${fmt(r.ms)} |`);
  if (g.note !== undefined) {
    out();
    out(g.note);
  }
}
if (first !== undefined) {
  out();
  out("## The first call, in a fresh process / 冷启动");
  out();
  out(
    "Medians over fresh `node` processes (bench/first-call.mjs, the built library): import `yusuan/check`, `yusuan/templates` and `yusuan/json`, parse the Henan example with `yusuan/json`, check it (Henan profile, no catalog).",
  );
  out();
  out(
    "Wall time and CPU time of the process (user + system, all its threads: the JIT compiles and the GC marks on helper threads); on a shared machine CPU time is the steadier one.",
  );
  out();
  out("| step | wall ms | CPU ms |\n|---|---|---|");
  for (const step of ["import", "parse", "check", "total"])
    out(
      `| ${step} | ${fmt(first?.all[`${step}Ms`] ?? Number.NaN)} | ${fmt(first?.all[`${step}CpuMs`] ?? Number.NaN)} |`,
    );
  out(`| from the process's start | ${fmt(first?.all.fromProcessStartMs ?? Number.NaN)} | |`);
  out();
  out("| one entry imported alone | wall ms | CPU ms |\n|---|---|---|");
  for (const [k, v] of Object.entries(first?.imports ?? {}))
    out(
      `| ${k === "zod" ? "zod/mini from node_modules (what yusuan/json would pay without bundling it)" : `yusuan/${k}`} | ${fmt(v.ms)} | ${fmt(v.cpuMs)} |`,
    );
  out();
  out(
    `zod/mini's share of yusuan/json: ${fmt((first?.zodShare ?? Number.NaN) * 100)} % of the code of dist/json.js (generated segments, by its source map) is bundled zod/mini.`,
  );
}
if (tp !== undefined) {
  out();
  out("## Throughput / 批量");
  out();
  out(
    `${docs.toLocaleString("en")} documents (the 普陀区社会福利院 2024 unit disclosure, 15 kB of JSON, each a distinct string) parsed with \`parseDisclosureJson\` and checked, on one worker thread and split over ${tp?.threads ?? "—"} threads, in ${tp?.rounds ?? "—"} interleaved rounds (wall time, medians; fresh workers each time).`,
  );
  out();
  out("| measure | value |\n|---|---|");
  if (tp !== undefined) {
    out(`| documents per second, one thread | ${fmt(tp.docsPerSecond)} |`);
    out(`| documents per second, ${tp.threads} threads | ${fmt(tp.parallelDocsPerSecond)} |`);
    out(
      `| speed-up (spread) | ${fmt(tp.workerSpeedup)} (${fmt(tp.speedupSpread[0])}–${fmt(tp.speedupSpread[1])}) |`,
    );
  }
  for (const [k, v] of Object.entries(tp?.heapMB ?? {}))
    out(
      `| heap in use after ${Number(k).toLocaleString("en")} documents (after GC), MB | ${fmt(v)} |`,
    );
}
if (ledger !== undefined) {
  out();
  out(`## Ledger → every table / 台账 (issue 10)`);
  out();
  out(
    `${ledger.lines.toLocaleString("en")} lines, ${ledger.classifications.toLocaleString("en")} distinct classifications, 14 Henan tables, ${ledger.cells.toLocaleString("en")} cells; 5 interleaved rounds.`,
  );
  out();
  out("| step | × integer group-by | spread |\n|---|---|---|");
  for (const r of [ledger.integer, ledger.derived, ledger.decimal])
    out(`| ${r.name} | ${fmt(r.ratio)} | ${fmt(r.spread[0])}–${fmt(r.spread[1])} |`);
  out(`| ledgerOf: validate and index the lines (once) | ${fmt(ledger.buildRatio)} | |`);
  out();
  out(
    `derive is ${fmt(ledger.naiveDecimalVsDerive)}× faster than the decimal.js group-by; the ledger keeps ${fmt(ledger.storeMiB)} MiB of typed arrays (${fmt(ledger.bytesPerLine)} bytes a line; heap ${fmt(ledger.heapMiB)} MiB across the build, GC permitting).`,
  );
}
if (!quick && only === undefined) {
  const page = fileURLToPath(new URL("../docs/benchmarks.md", import.meta.url));
  writeFileSync(page, `${lines.join("\n")}\n`);
  // Formatted as `npm run lint` expects (biome aligns the tables), so the page can be committed as written.
  execFileSync("npx", ["biome", "format", "--write", page], { stdio: "ignore" });
}
