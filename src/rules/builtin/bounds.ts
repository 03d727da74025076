import { type Amount, compareAmounts, sumAmounts } from "../../amount";
import { checkName, findByName } from "../../catalog";
import type { Fact } from "../../facts";
import { FactIds } from "../../facts/intern";
import type { Localized } from "../../locale";
import type { TableKind } from "../../templates";
import { boundsOf } from "../compare";
import type { AnyFact, DerivedFact } from "../derive";
import { evidenceOf } from "../evidence";
import type { MessageLabels } from "../labels";
import { perCheck, printedFacts } from "../per-check";
import type { Finding, Rule, RuleContext } from "../types";
import {
  amountOf,
  atOf,
  cellsOf,
  fromOf,
  insufficientMessage,
  L,
  mismatchFinding,
  otherCatalogYear,
  outcomeOf,
} from "./shared";

/** `small ≤ large`, judged on intervals: fail only when no rounding can explain it. @internal */
export function atMost(small: AnyFact, large: AnyFact): "ok" | "rounding" | "fail" {
  if (small.value === null || large.value === null) return "ok";
  if (compareAmounts(small.value, large.value) <= 0) return "ok";
  const s = boundsOf(small);
  const l = boundsOf(large);
  return compareAmounts(s.low, l.high) <= 0 && s.precision !== l.precision ? "rounding" : "fail";
}

/** Why a part may not exceed its whole, per rule id. */
const WHY: Readonly<Record<string, Localized>> = {
  ofWhich: /*#__PURE__*/ L("“其中”数大于所属数", "a part exceeds its whole"),
  projectSplit: /*#__PURE__*/ L(
    "基本支出不应超过该科目全部支出",
    "basic spending exceeds all spending on the code",
  ),
  "operatingCost.definition": /*#__PURE__*/ L(
    "机关运行经费只含行政和参公单位的公用经费",
    "operating costs cover public spending only",
  ),
};

/**
 * `actual` is more than the `expected` bound, for the reason of the finding's rule. An `actual`
 * summed over several cells (a 款 printed once per 政府经济分类 it maps to) is named as the sum of
 * those cells, each with its printed value, not as its first cell. @internal
 */
export const boundMessage = (f: Finding, labels: MessageLabels): Localized => {
  const parts = f.evidence[0]?.sources ?? [];
  const from = fromOf(f, labels);
  const why = WHY[f.ruleId] ?? L("", "");
  const rest = L(
    `为 ${amountOf(f, "actual", "zh-CN")}，不应大于 ${amountOf(f, "expected", "zh-CN")}（${from["zh-CN"]}）：${why["zh-CN"]}。`,
    `is ${amountOf(f, "actual", "en")}, more than ${amountOf(f, "expected", "en")} (${from.en}): ${why.en}.`,
  );
  if (parts.length > 1) {
    const sum = labels.cells(parts);
    return L(`${sum["zh-CN"]} 之和${rest["zh-CN"]}`, `The sum of ${sum.en} ${rest.en}`);
  }
  const at = atOf(f, labels, false);
  return L(`${at["zh-CN"]} ${rest["zh-CN"]}`, `${at.en} ${rest.en}`);
};

/**
 * A table's facts by row and column (the last fact of a cell wins), listed in the order their
 * cells first appear, without a key string per fact. @internal
 */
class CellIndex {
  readonly #byRow = new Map<string, Map<string, number>>();
  readonly #facts: Fact[] = [];

  constructor(rows: readonly { readonly facts: readonly Fact[] }[]) {
    for (const r of rows) for (const f of r.facts) this.#set(f);
  }

  #set(f: Fact): void {
    const { row, column } = f.source;
    let columns = this.#byRow.get(row);
    if (columns === undefined) {
      columns = new Map();
      this.#byRow.set(row, columns);
    }
    const at = columns.get(column);
    if (at !== undefined) this.#facts[at] = f;
    else {
      columns.set(column, this.#facts.length);
      this.#facts.push(f);
    }
  }

  /** The fact of a cell. */
  get(row: string, column: string): Fact | undefined {
    const at = this.#byRow.get(row)?.get(column);
    return at === undefined ? undefined : this.#facts[at];
  }

  /** One fact per cell, in the order the cells first appear. */
  facts(): readonly Fact[] {
    return this.#facts;
  }
}

/**
 * The whole of each 其中 column and line of a kind (`line:<id>` for lines), found once per kind
 * (a template's data).
 */
const WHOLES = new WeakMap<
  TableKind,
  { of: TableKind["columns"]; lines: TableKind["lines"]; partOf: ReadonlyMap<string, string> }
>();
function wholesOf(kind: TableKind): ReadonlyMap<string, string> {
  const known = WHOLES.get(kind);
  if (known !== undefined && known.of === kind.columns && known.lines === kind.lines)
    return known.partOf;
  const partOf = new Map<string, string>();
  for (const c of kind.columns) if (c.ofWhich !== undefined) partOf.set(c.key, c.ofWhich);
  for (const l of kind.lines ?? [])
    if (l.ofWhich !== undefined) partOf.set(`line:${l.id}`, `line:${l.ofWhich}`);
  WHOLES.set(kind, { of: kind.columns, lines: kind.lines, partOf });
  return partOf;
}

/** 其中 ≤ its whole, for every "of which" column and line. @internal */
export const ofWhichRule: Rule = {
  id: "ofWhich",
  severity: "error",
  domain: "inequality",
  reads: ["columns and lines marked 其中"],
  title: /*#__PURE__*/ L("“其中”数不大于其所属数", "An “of which” figure is at most its whole"),
  message: boundMessage,
  check: (ctx, severity) => {
    const findings: Finding[] = [];
    const checked: AnyFact[] = [];
    let applicable = false;
    for (const t of ctx.tables) {
      const kind = t.kind;
      if (kind === undefined) continue;
      const partOf = wholesOf(kind);
      if (partOf.size === 0) continue;
      const cells = new CellIndex(t.rows);
      for (const f of cells.facts()) {
        const wholeCol = partOf.get(f.source.column);
        const wholeLine = partOf.get(f.source.row);
        const whole =
          wholeCol !== undefined
            ? cells.get(f.source.row, wholeCol)
            : wholeLine !== undefined
              ? cells.get(wholeLine, f.source.column)
              : undefined;
        if (whole === undefined) continue;
        applicable = true;
        checked.push(f, whole);
        const r = atMost(f, whole);
        if (r !== "ok")
          findings.push(mismatchFinding("ofWhich", r === "rounding" ? "info" : severity, whole, f));
      }
    }
    return { outcome: outcomeOf(findings, applicable), findings, checked: cellsOf(checked) };
  },
};

/** Rows whose printed name contradicts their code's catalog name: their code cannot be trusted. @internal */
export function untrustedRows(ctx: RuleContext): Set<string> {
  // Names are checked against the catalog once per check; each caller gets its own copy.
  return new Set(untrusted(ctx));
}

const untrusted: (ctx: RuleContext) => ReadonlySet<string> =
  /*#__PURE__*/ perCheck(findUntrustedRows);

/**
 * The printed facts a measure may rest on: rows whose name contradicts their code left out
 * (listed once per check). @internal
 */
export const trustedFacts: (ctx: RuleContext) => readonly Fact[] = /*#__PURE__*/ perCheck((ctx) => {
  const all = printedFacts(ctx);
  const rows = untrusted(ctx);
  if (rows.size === 0) return all;
  return all.filter((f) => !rows.has(`${f.source.table}#${f.source.row}`));
});

function findUntrustedRows(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  const cat = ctx.catalog?.departmental;
  if (cat === undefined) return out;
  // A catalog of another year may not know a name given since: only another code's name
  // contradicts the printed code then.
  const otherYear = otherCatalogYear(cat.year, ctx.disclosure.meta.year) !== undefined;
  for (const t of ctx.tables)
    for (const r of t.rows) {
      const key = r.row.key;
      if (key.kind !== "economic" || r.row.name === undefined || r.row.name.trim() === "") continue;
      if (checkName(cat, key.econ, r.row.name, ctx.disclosure.meta.year).kind !== "mismatch")
        continue;
      if (otherYear && findByName(cat, r.row.name).every((m) => m.entry.code === key.econ))
        continue;
      out.add(`${t.table.kind}#${r.id}`);
    }
  return out;
}

/**
 * Basic 一般公共预算 spending printed per 部门经济分类 code (one fact per printed row, rows whose
 * printed name contradicts their code left out), built once per rule run.
 */
function basicEconIndex(ctx: RuleContext): ReadonlyMap<string, readonly Fact[]> {
  const seenRows = untrustedRows(ctx);
  const out = new Map<string, Fact[]>();
  for (const f of printedFacts(ctx)) {
    const c = f.coords;
    if (f.concept !== "spending" || c.econ === undefined) continue;
    if (
      c.fund !== "gpb" ||
      (c.nature !== "basic" && c.nature !== "basic.public" && c.nature !== "basic.personnel")
    )
      continue;
    if (c.functional !== undefined || c.project !== undefined) continue;
    const row = `${f.source.table}#${f.source.row}`;
    if (seenRows.has(row)) continue;
    seenRows.add(row);
    const list = out.get(c.econ);
    if (list === undefined) out.set(c.econ, [f]);
    else list.push(f);
  }
  return out;
}

/** One fact, or the sum of several statements of one 款 (under different 政府经济分类). */
function combined(facts: readonly Fact[]): AnyFact {
  const [first, ...rest] = facts;
  if (first === undefined || rest.length === 0) return first as Fact;
  const values = facts.map((f) => f.value).filter((v): v is Amount => v !== null);
  const d: DerivedFact = {
    concept: "spending",
    coords: { econ: first.coords.econ ?? "" },
    value: values.length === 0 ? null : sumAmounts(values),
    table: first.source.table,
    via: { kind: "rollup", column: first.source.column },
    parts: facts,
    sources: facts.map((f) => f.source),
  };
  return d;
}

/**
 * The statements of one table printed per unit (a 支出经济分类汇总表 in unit blocks), by 款, when
 * the units' 款 add up to the table's total; else (a unit block missing, partial or repeated)
 * `unchecked` holds the table's total, or a statement when there is none.
 */
function unitSums(
  ctx: RuleContext,
  byTable: ReadonlyMap<string, readonly Fact[]>,
  ids: FactIds,
): { byEcon: Map<string, Fact[]>; unchecked: Fact[] } {
  const byEcon = new Map<string, Fact[]>();
  const unchecked: Fact[] = [];
  if (byTable.size === 0) return { byEcon, unchecked };
  const totals = new Map<string, Fact>();
  for (const f of printedFacts(ctx))
    if (
      byTable.has(f.source.table) &&
      f.concept === "spending" &&
      Object.keys(f.coords).length === 0
    )
      if (!totals.has(f.source.table)) totals.set(f.source.table, f);
  for (const [table, facts] of byTable) {
    const seen = new Set<number>();
    const kept = facts.filter((f) => {
      const k = ids.of(f.concept, f.coords);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    const values = kept.map((f) => f.value).filter((v): v is Amount => v !== null);
    const total = totals.get(table);
    if (total?.value == null || compareAmounts(sumAmounts(values), total.value) !== 0) {
      unchecked.push(total ?? (kept[0] as Fact));
      continue;
    }
    for (const f of kept) {
      const econ = f.coords.econ ?? "";
      const list = byEcon.get(econ);
      if (list === undefined) byEcon.set(econ, [f]);
      else list.push(f);
    }
  }
  return { byEcon, unchecked };
}

const PROJECT_SPLIT_TITLE: Localized = /*#__PURE__*/ L(
  "经济分类汇总不小于基本支出",
  "Economic summary is at least basic spending, per code",
);

/** I11: per economic 款, all spending ≥ basic 一般公共预算 spending (the difference is project money). @internal */
export const projectSplitRule: Rule = {
  id: "projectSplit",
  severity: "error",
  // a sum of printed figures: a gap a declared rounding (尾差) explains is info
  sums: true,
  domain: "I11",
  reads: ["spending by 部门经济分类 款 (all funds and natures; basic 一般公共预算)"],
  title: PROJECT_SPLIT_TITLE,
  message: (f, labels) =>
    f.outcome === "insufficient-data"
      ? insufficientMessage(
          PROJECT_SPLIT_TITLE,
          L(
            "按款合计的经济分类汇总（分单位印出的各单位之和与表的合计不符）",
            "the economic summary by 款 (printed per unit, its units do not add up to its total)",
          ),
        )
      : boundMessage(f, labels),
  check: (ctx, severity) => {
    // Per 款, every statement once (a 款 is printed once per 政府经济分类 it maps to).
    const ids = new FactIds();
    const wide = new Map<string, Map<number, Fact>>();
    // Statements printed under a unit, by table.
    const perUnit = new Map<string, Fact[]>();
    const all = printedFacts(ctx);
    for (let i = 0; i < all.length; i++) {
      const f = all[i] as Fact;
      const c = f.coords;
      if (f.concept !== "spending" || c.econ === undefined || c.econ.length !== 5) continue;
      if (
        c.fund !== undefined ||
        c.nature !== undefined ||
        c.functional !== undefined ||
        c.project !== undefined
      )
        continue;
      if (c.org !== undefined) {
        const list = perUnit.get(f.source.table);
        if (list === undefined) perUnit.set(f.source.table, [f]);
        else list.push(f);
        continue;
      }
      const byKey = wide.get(c.econ) ?? new Map<number, Fact>();
      const k = ids.of(f.concept, c);
      if (!byKey.has(k)) byKey.set(k, f);
      wide.set(c.econ, byKey);
    }
    // Only where no table prints a 款 whole (a unit's statement is then part of a whole printed).
    const units = unitSums(ctx, wide.size === 0 ? perUnit : new Map(), ids);
    for (const [econ, facts] of units.byEcon) wide.set(econ, new Map(facts.map((f, i) => [i, f])));
    if (wide.size === 0 && units.unchecked.length === 0)
      return { outcome: "not-applicable", findings: [], checked: [] };
    const findings: Finding[] = units.unchecked.map((f) => ({
      ruleId: "projectSplit",
      severity: "info",
      outcome: "insufficient-data",
      params: {},
      evidence: [evidenceOf(f)],
      path: f.source,
    }));
    const checked: AnyFact[] = [];
    const index = basicEconIndex(ctx);
    let compared = 0;
    for (const [econ, facts] of wide) {
      const basic = new Map<number, Fact>();
      for (const f of index.get(econ) ?? []) {
        const k = ids.of(f.concept, f.coords);
        if (!basic.has(k)) basic.set(k, f);
      }
      if (basic.size === 0) continue;
      compared++;
      const w = combined([...facts.values()]);
      const n = combined([...basic.values()]);
      checked.push(n, w);
      const r = atMost(n, w);
      if (r !== "ok")
        findings.push(mismatchFinding("projectSplit", r === "rounding" ? "info" : severity, w, n));
    }
    const outcome = outcomeOf(findings, compared > 0);
    return {
      outcome: outcome === "not-applicable" && findings.length > 0 ? "insufficient-data" : outcome,
      findings,
      checked: cellsOf(checked),
    };
  },
};
