/**
 * The ledger section of the bench (issue 10): 10⁶ line items of a province added up three ways in
 * this process — the library deriving every Henan table, a hand-written integer group-by of the
 * same lines, a naive decimal.js group-by — in interleaved rounds.
 */
import Decimal from "decimal.js";
import { deriveDisclosure, type LedgerEntry, type LedgerLine, ledgerOf } from "yusuan/ledger";
import { henan2024Measures } from "yusuan/measures";
import { henan2024 } from "yusuan/templates";
import { interleaved, type Measured } from "./measure";

// 10⁶ line items of a province: 200 units (行政, 参公, 事业), 60 functions, 30 economic codes,
// 8 funds, 4,000 projects, amounts in 分 (元 with 2 decimals). Three ways to add them up, in this
// process: the library deriving every Henan table; a hand-written integer group-by of the same
// lines (dictionary ids and integer 分, one Map keyed by the classification, no tables); a naive
// decimal.js group-by of the same lines (string keys, Decimal sums).
export function ledgerBench(N = 1_000_000, rounds = 5) {
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
  const derive = () => deriveDisclosure(ledger, henan2024, { measures: henan2024Measures });
  const [integer, derived, decimal] = interleaved(
    { name: "hand-written integer group-by (baseline, no tables)", run: integerGroupBy },
    [
      { name: "deriveDisclosure, every table", run: derive },
      { name: "naive decimal.js group-by (no tables)", run: decimalGroupBy },
    ],
    { rounds, batchMs: 1 },
  ) as [Measured, Measured, Measured];
  const d = derive();
  const cells = d.disclosure.tables.reduce(
    (n, t) => n + t.rows.reduce((m, r) => m + Object.keys(r.cells).length, 0),
    0,
  );
  return {
    lines: N,
    classifications: s.tuples.size,
    cells,
    integer,
    derived,
    decimal,
    buildRatio: buildNs / 1e6 / integer.ms,
    naiveDecimalVsDerive: decimal.ms / derived.ms,
    storeMiB: storeBytes / 2 ** 20,
    bytesPerLine: storeBytes / N,
    heapMiB: (heapAfter - heapBefore) / 2 ** 20,
  };
}
