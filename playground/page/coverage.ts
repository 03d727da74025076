/**
 * The coverage line: what the library read, placed and did not understand. A report that carries
 * a `coverage` part (cells printed / placed / not understood, per table) is shown as it comes;
 * the page reads it loosely (counts by name, per table), so it keeps working while that part
 * grows. Without it, the line says what today's report tells: the cells read, the cells no rule
 * reached and the unreadable ones. Pure.
 */
import type { LoweredTable } from "yusuan";
import type { CheckReport } from "yusuan/check";

/** Counts by name (`printed`, `placed`, `notUnderstood`, …). */
export type Counts = Readonly<Record<string, number>>;

/** The coverage as the page shows it. */
export interface CoverageView {
  /** `report`: from `report.coverage`; `derived`: from the facts and the findings. */
  readonly from: "report" | "derived";
  readonly totals: Counts;
  readonly tables: readonly { readonly table: string; readonly counts: Counts }[];
}

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The numeric properties of a value. */
function countsOf(value: unknown): Record<string, number> {
  const counts: Record<string, number> = {};
  if (!isRecord(value)) return counts;
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === "number" && Number.isFinite(v)) counts[k] = v;
    else if (Array.isArray(v)) counts[k] = v.length;
  }
  return counts;
}

/** Per-table entries of a coverage value: an array of entries, or a record by table id. */
function tableEntries(value: unknown): { table: string; counts: Counts }[] {
  const entries: { table: string; counts: Counts }[] = [];
  const name = (entry: unknown, fallback: string): string => {
    if (!isRecord(entry)) return fallback;
    const id = entry.table ?? entry.kind ?? entry.id ?? entry.title;
    return typeof id === "string" ? id : fallback;
  };
  if (Array.isArray(value)) {
    value.forEach((entry, i) => {
      entries.push({ table: name(entry, String(i + 1)), counts: countsOf(entry) });
    });
  } else if (isRecord(value)) {
    for (const [k, entry] of Object.entries(value)) {
      if (isRecord(entry)) entries.push({ table: name(entry, k), counts: countsOf(entry) });
    }
  }
  return entries;
}

/** Σ of each count over the tables. */
function sumCounts(tables: readonly { readonly counts: Counts }[]): Counts {
  const totals: Record<string, number> = {};
  for (const { counts } of tables) {
    for (const [k, v] of Object.entries(counts)) totals[k] = (totals[k] ?? 0) + v;
  }
  return totals;
}

/**
 * The coverage of a check: `report.coverage` when the report has one (feature-detected, read
 * loosely), else counts derived from the lowered tables and the report.
 */
export function coverageView(report: CheckReport, lowered: readonly LoweredTable[]): CoverageView {
  const coverage: unknown = (report as { readonly coverage?: unknown }).coverage;
  if (coverage !== undefined && coverage !== null) {
    const source = isRecord(coverage) && "tables" in coverage ? coverage.tables : coverage;
    const tables = tableEntries(source);
    const own = Array.isArray(coverage) ? {} : countsOf(coverage);
    const totals = Object.keys(own).length > 0 ? own : sumCounts(tables);
    return { from: "report", totals, tables };
  }
  const tally = (tables: readonly (string | undefined)[]) => {
    const counts = new Map<string | undefined, number>();
    for (const table of tables) counts.set(table, (counts.get(table) ?? 0) + 1);
    return counts;
  };
  const unconstrained = tally(report.unconstrained.map((c) => c.table));
  const unreadable = tally(
    report.findings.filter((f) => f.ruleId === "cell.unreadable").map((f) => f.path?.table),
  );
  const tables = lowered.map((t) => ({
    table: t.table.kind,
    counts: {
      read: t.rows.reduce((n, r) => n + r.facts.filter((f) => f.value !== null).length, 0),
      unconstrained: unconstrained.get(t.table.kind) ?? 0,
      unreadable: unreadable.get(t.table.kind) ?? 0,
    },
  }));
  return { from: "derived", totals: sumCounts(tables), tables };
}
