/**
 * Benchmarks, reported as ratios against a baseline measured in the same process (never as
 * absolute wall-clock claims). Run: `npm run bench`.
 */
import { readFileSync } from "node:fs";
import { addAmounts, amount, parseAmount, parseFunctionalCode } from "yusuan";
import { catalog2024 } from "yusuan/catalog/2024";
import { checkDisclosure, henan2024Profile } from "yusuan/check";
import { parseDisclosureJson } from "yusuan/json";
import { extractClaims } from "yusuan/narrative";
import {
  disclosureTargets,
  parseIndicatorValue,
  readTargets,
  scoreProject,
} from "yusuan/performance";
import { henan2024 } from "yusuan/templates";

function time(fn: () => void, minMs = 300): number {
  fn();
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs * 1e6) {
    fn();
    n++;
    elapsed = Number(process.hrtime.bigint() - start);
  }
  return elapsed / n; // ns per call
}

const text = readFileSync(new URL("../examples/henan-2024.json", import.meta.url), "utf8");
const parsed = parseDisclosureJson(text);
if (!parsed.ok) throw new Error("example does not parse");
const henan = parsed.value;

// Baseline: a JSON round trip of the same disclosure (what any tool does at least once).
const baseline = time(() => JSON.parse(JSON.stringify(henan)));
const rows: [string, number][] = [];
const add = (name: string, ns: number) => rows.push([name, ns / baseline]);

const printed = ["969.06", "1,212.12", "24,840,779", "3，518.85", "-1.00", "0.00", ""];
add(
  `parseAmount × ${printed.length}`,
  time(() => {
    for (const s of printed) parseAmount(s);
  }),
);
add(
  "parseFunctionalCode × 3",
  time(() => {
    for (const s of ["2013101", "201 31 01", "201-31-01"]) parseFunctionalCode(s);
  }),
);
const a = amount("969.06");
add(
  "addAmounts × 100",
  time(() => {
    let s = a;
    for (let i = 0; i < 100; i++) s = addAmounts(s, a);
  }),
);
add(
  "parseDisclosureJson (Henan)",
  time(() => parseDisclosureJson(text)),
);
const options = { profile: henan2024Profile, template: henan2024, catalog: catalog2024 };
add(
  "checkDisclosure (Henan, 14 tables)",
  time(() => checkDisclosure(henan, options)),
);

// Performance targets: every 指标值 of the Henan tables 13 and 14, reading the targets, a score.
const targets = disclosureTargets(henan, henan2024).targets;
if (targets === undefined) throw new Error("no targets in the example");
const values = [
  ...targets.projects.flatMap((p) => p.indicators.map((i) => i.value)),
  ...(targets.department?.indicators.map((i) => i.value) ?? []),
];
add(
  `parseIndicatorValue × ${values.length} (Henan 13 + 14)`,
  time(() => {
    for (const v of values) parseIndicatorValue(v);
  }),
);
add(
  "readTargets (Henan 13 + 14)",
  time(() => readTargets(henan.tables, henan2024)),
);
const project = targets.projects[4];
if (project === undefined) throw new Error("no project 5");
add(
  "scoreProject (one Henan project)",
  time(() =>
    scoreProject(project, {
      execution: "96%",
      indicators: { 0: { judgment: "met" }, 1: "2", 3: "93.1%", 4: "100%", 5: "24" },
    }),
  ),
);
// Linearity of the 指标值 scanner on long adversarial input (digits then range separators).
const perChar: [number, number][] = [];
for (const n of [1_000, 10_000, 100_000]) {
  const input = `≥${"9".repeat(n)}${"-".repeat(n)}`;
  perChar.push([2 * n, time(() => parseIndicatorValue(input), 200) / (2 * n)]);
}

// Linearity of the targets rules: k projects in the 项目支出表 and the 汇总表, each matched once.
const targetsProfile = {
  ...henan2024Profile,
  rules: henan2024Profile.rules.filter((r) => r.id.startsWith("targets.")),
};
const withProjects = (k: number) => {
  const names = Array.from({ length: k }, (_, i) => `项目${i}`);
  const row = (name: string) => ({
    key: { kind: "project" as const, name },
    cells: { total: "1.00" },
  });
  return {
    ...henan,
    tables: [
      { kind: "projects", unit: "万元" as const, rows: names.map(row) },
      {
        kind: "projectTargets",
        unit: "万元" as const,
        rows: names.map((n) => ({
          ...row(n),
          cells: {
            total: "1.00",
            "output.name": "数量",
            "output.value": "≥1个",
            "satisfaction.name": "满意度",
            "satisfaction.value": "≥90%",
          },
        })),
      },
    ],
  };
};
const perProject: [number, number][] = [];
for (const k of [100, 400, 1600]) {
  const d = withProjects(k);
  const o = { ...options, profile: targetsProfile };
  perProject.push([k, time(() => checkDisclosure(d, o), 200) / k]);
}

// Linearity: k copies of the 支出表 rows under distinct codes; time per row should stay flat.
const expenditure = henan.tables.find((t) => t.kind === "expenditure");
if (expenditure === undefined) throw new Error("no expenditure table");
const leafRows = expenditure.rows.filter((r) => r.key.kind === "functional");
const scaled = (k: number) => ({
  ...henan,
  tables: [
    {
      ...expenditure,
      rows: Array.from({ length: k }, (_, i) =>
        leafRows.map((r) => ({
          ...r,
          key: {
            kind: "functional" as const,
            code: `2${String(10 + (i % 89)).padStart(2, "0")}${String(Math.floor(i / 89) % 100).padStart(2, "0")}${r.key.kind === "functional" ? r.key.code.slice(5) : "01"}`,
          },
        })),
      ).flat(),
    },
  ],
});
const perRow: [number, number][] = [];
for (const k of [10, 40, 160]) {
  const d = scaled(k);
  const rowsN = d.tables[0]?.rows.length ?? 1;
  perRow.push([rowsN, time(() => checkDisclosure(d, options), 200) / rowsN]);
}

// The narrative reader on 10⁶ characters: realistic paragraphs (the Henan 情况说明 repeated) and
// adversarial ones (the phrase that was cubic in the old percentage reader, runs of digits and of
// spaces). Linear: the time per character stays flat from 10⁵ to 10⁶.
const MILLION = 1_000_000;
const body = henan.texts[0]?.body ?? "";
const narratives: Readonly<Record<string, (n: number) => string>> = {
  "情况说明 paragraphs": (n) => `${body}\n`.repeat(Math.ceil(n / (body.length + 1))).slice(0, n),
  "执行数为1万元，预算安排2万元， repeated": (n) =>
    "执行数为1万元，预算安排2万元，".repeat(Math.ceil(n / 16)).slice(0, n),
  "a run of digits": (n) => "1".repeat(n),
  "a run of spaces": (n) => " ".repeat(n),
};
const narrativeRows: [string, number, number][] = [];
for (const [name, make] of Object.entries(narratives)) {
  const large = make(MILLION);
  const small = make(MILLION / 10);
  const tLarge = time(() => extractClaims(large, { year: 2024 }), 1000);
  const tSmall = time(() => extractClaims(small, { year: 2024 }), 500);
  narrativeRows.push([name, tLarge, tLarge / (10 * tSmall)]);
}

console.log(`baseline: JSON round trip of the Henan disclosure = 1.00\n`);
console.log("| benchmark | × baseline |\n|---|---|");
for (const [name, r] of rows) console.log(`| ${name} | ${r.toFixed(2)} |`);
console.log("\nlinearity (time per row relative to the smallest size; flat ≈ linear):");
const first = perRow[0]?.[1] ?? 1;
for (const [n, t] of perRow)
  console.log(`  ${String(n).padStart(5)} rows: ${(t / first).toFixed(2)}`);
console.log("\nlinearity of parseIndicatorValue (time per character relative to the smallest):");
const firstChar = perChar[0]?.[1] ?? 1;
for (const [n, t] of perChar)
  console.log(`  ${String(n).padStart(6)} chars: ${(t / firstChar).toFixed(2)}`);
console.log("\nlinearity of the targets rules (time per project relative to the smallest):");
const firstProject = perProject[0]?.[1] ?? 1;
for (const [n, t] of perProject)
  console.log(`  ${String(n).padStart(6)} projects: ${(t / firstProject).toFixed(2)}`);

console.log(
  "\nextractClaims on 10⁶ characters (× baseline; per-character time at 10⁶ relative to 10⁵, flat ≈ linear):",
);
for (const [name, t, flat] of narrativeRows)
  console.log(
    `  ${name.padEnd(36)} ${(t / baseline).toFixed(1).padStart(7)} × baseline (${(t / 1e6).toFixed(0)} ms), per character ${flat.toFixed(2)}`,
  );
