/**
 * Benchmarks, reported as ratios against a baseline measured in the same process (never as
 * absolute wall-clock claims). Run: `npm run bench`.
 */
import { readFileSync } from "node:fs";
import Decimal from "decimal.js";
import { addAmounts, amount, parseAmount, parseFunctionalCode } from "yusuan";
import { catalog2024 } from "yusuan/catalog/2024";
import { checkDisclosure, henan2024Profile } from "yusuan/check";
import { parseDisclosureJson } from "yusuan/json";
import { deriveDisclosure, type LedgerEntry, type LedgerLine, ledgerOf } from "yusuan/ledger";
import { henan2024Measures } from "yusuan/measures";
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

// ── Ledger → every table (issue 10) ───────────────────────────────────────────────────────────
// 10⁶ line items of a province: 200 units (行政, 参公, 事业), 60 functions, 30 economic codes,
// 8 funds, 4,000 projects, amounts in 分 (元 with 2 decimals). Three ways to add them up, in this
// process: the library deriving every Henan table; a hand-written integer group-by of the same
// lines (dictionary ids and integer 分, one Map keyed by the classification, no tables); a naive
// decimal.js group-by of the same lines (string keys, Decimal sums).
{
  const N = 1_000_000;
  const UNITS = 200;
  const functional = Array.from(
    { length: 60 },
    (_, i) =>
      `2${String(1 + (i % 29)).padStart(2, "0")}${String(1 + Math.floor(i / 29)).padStart(2, "0")}01`,
  );
  const econ = [
    "30101",
    "30102",
    "30103",
    "30107",
    "30108",
    "30110",
    "30112",
    "30113",
    "30199",
    "30201",
    "30202",
    "30205",
    "30206",
    "30207",
    "30211",
    "30212",
    "30213",
    "30215",
    "30216",
    "30217",
    "30226",
    "30228",
    "30229",
    "30231",
    "30239",
    "30299",
    "30302",
    "31002",
    "31013",
    "39999",
  ];
  const funds = [
    "gpb.grant",
    "gpb.fees",
    "govFund.own",
    "soe",
    "specialAccount",
    "business",
    "other",
    "carryover.unitFunds",
  ] as const;
  const kinds = ["行政", "参公", "事业"] as const;
  const units = Array.from({ length: UNITS }, (_, i) => ({
    code: `9${String(i).padStart(5, "0")}`,
    name: `单位${i}`,
    unitType: kinds[i % 3] as (typeof kinds)[number],
  }));
  // a deterministic pseudo-random sequence (mulberry32; no Math.random: the same lines every run)
  let seed = 42;
  const next = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const lines: LedgerEntry[] = [];
  for (let i = 0; i < N; i++) {
    const unit = next(UNITS);
    const isProject = next(3) === 0;
    const fund = funds[next(funds.length)] as (typeof funds)[number];
    const code = econ[next(econ.length)] as string;
    const basicOk = !code.startsWith("399");
    const cents = next(10_000_000);
    lines.push({
      unit: (units[unit] as (typeof units)[number]).code,
      fund: isProject && fund.startsWith("carryover") ? "gpb.grant" : fund,
      functional: functional[next(functional.length)] as string,
      econ: isProject || basicOk ? code : "30201",
      gov: "50201",
      nature: isProject ? (next(2) === 0 ? "project.operating" : "project.specific") : "basic",
      ...(isProject
        ? { project: { name: `项目${unit}-${next(20)}-${isProject && next(2)}` } }
        : {}),
      amount: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`,
    } as LedgerEntry);
  }
  // project names carry their unit and class: one unit, one class per project
  for (const l of lines)
    if (l.kind !== "carryforward" && l.project !== undefined)
      (l as { project: { name: string } }).project = {
        name: `${l.project.name}-${l.unit}-${l.nature}`,
      };
  const meta = {
    year: 2024,
    documentKind: "部门" as const,
    department: { code: "9", name: "某省" },
    units,
  };
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  const built = ledgerOf(meta, { unit: "元", decimals: 2 }, lines);
  const buildNs = Number(process.hrtime.bigint() - t0);
  if (!built.ok)
    throw new Error(`bench ledger invalid: ${JSON.stringify(built.error.slice(0, 3))}`);
  const ledger = built.value;
  const heapAfter = process.memoryUsage().heapUsed;
  const s = ledger.store;
  const storeBytes =
    s.tupleOf.byteLength +
    s.amounts.byteLength +
    [s.tuples, ...s.projections.map((p) => p.view)].reduce(
      (b, v) => b + v.unit.byteLength * 5 + v.fund.byteLength * 4,
      0,
    ) +
    s.projections.reduce((b, p) => b + p.of.byteLength, 0);

  // the same lines as a hand-written tool keeps them: dictionary ids and integer 分
  const ids = (key: (l: LedgerLine) => string) => {
    const dict = new Map<string, number>();
    const out = new Int32Array(N);
    lines.forEach((l, i) => {
      const k = key(l as LedgerLine);
      let id = dict.get(k);
      if (id === undefined) {
        id = dict.size;
        dict.set(k, id);
      }
      out[i] = id;
    });
    return { out, size: dict.size };
  };
  const cols = [
    ids((l) => l.unit),
    ids((l) => l.fund),
    ids((l) => l.functional),
    ids((l) => l.econ),
    ids((l) => l.nature),
    ids((l) => l.project?.name ?? ""),
  ];
  const cents = new Float64Array(N);
  lines.forEach((l, i) => {
    cents[i] = Number(l.amount.replace(".", ""));
  });
  const integerGroupBy = () => {
    const sums = new Map<number, number>();
    for (let i = 0; i < N; i++) {
      let key = 0;
      for (const c of cols) key = key * c.size + (c.out[i] as number);
      sums.set(key, (sums.get(key) ?? 0) + (cents[i] as number));
    }
    return sums.size;
  };
  const decimalGroupBy = () => {
    const sums = new Map<string, Decimal>();
    for (const l of lines as LedgerLine[]) {
      const key = `${l.unit}|${l.fund}|${l.functional}|${l.econ}|${l.nature}|${l.project?.name ?? ""}`;
      sums.set(key, (sums.get(key) ?? new Decimal(0)).plus(new Decimal(l.amount)));
    }
    return sums.size;
  };
  // Interleaved, best of 5 each: the machine is shared, and the best run is the one least
  // disturbed by others (the three run the same way, so their ratios stay fair).
  const derive = () => deriveDisclosure(ledger, henan2024, { measures: henan2024Measures });
  const best = {
    integer: Number.POSITIVE_INFINITY,
    derive: Number.POSITIVE_INFINITY,
    decimal: Number.POSITIVE_INFINITY,
  };
  for (let k = 0; k < 5; k++)
    for (const [name, fn] of [
      ["integer", integerGroupBy],
      ["derive", derive],
      ["decimal", decimalGroupBy],
    ] as const) {
      const t = process.hrtime.bigint();
      fn();
      best[name] = Math.min(best[name], Number(process.hrtime.bigint() - t));
    }
  const integerNs = best.integer;
  const deriveNs = best.derive;
  const decimalNs = best.decimal;
  const d = deriveDisclosure(ledger, henan2024, { measures: henan2024Measures });
  const cells = d.disclosure.tables.reduce(
    (n, t) => n + t.rows.reduce((m, r) => m + Object.keys(r.cells).length, 0),
    0,
  );
  console.log(
    `\nledger → every table (${N.toLocaleString("en")} lines, ${s.tuples.size.toLocaleString("en")} distinct classifications, 14 Henan tables, ${cells.toLocaleString("en")} cells):`,
  );
  console.log("| step | × integer group-by |\n|---|---|");
  console.log(`| hand-written integer group-by (baseline, no tables) | 1.00 |`);
  console.log(`| deriveDisclosure, every table | ${(deriveNs / integerNs).toFixed(2)} |`);
  console.log(`| naive decimal.js group-by (no tables) | ${(decimalNs / integerNs).toFixed(2)} |`);
  console.log(
    `| ledgerOf: validate and index the lines (once) | ${(buildNs / integerNs).toFixed(2)} |`,
  );
  console.log(
    `derive is ${(decimalNs / deriveNs).toFixed(1)}× faster than the decimal.js group-by; memory: the ledger of ${N.toLocaleString("en")} lines keeps ${(storeBytes / 2 ** 20).toFixed(1)} MiB of typed arrays (${(storeBytes / N).toFixed(0)} bytes a line; heap ${heapAfter >= heapBefore ? "+" : ""}${((heapAfter - heapBefore) / 2 ** 20).toFixed(0)} MiB across the build, GC permitting)`,
  );
}
