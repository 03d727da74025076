import type { CatalogSet } from "../catalog";
import type { Disclosure } from "../disclosure";
import type { Concept, Coordinates, Fund, Nature } from "../facts";
import { BASIC_NATURE_BY_ECON_CLASS } from "../facts/basic-classes";
import { fundWithin, type MeasureSet } from "../measures";
import type { TableKind, Template } from "../templates";
import type { RowKeys, Signatures } from "./engine";
import {
  CARRY_FORWARD,
  FUND_IDS,
  type Ledger,
  NATURE_IDS,
  type Projection,
  type View,
} from "./store";
import { derivedTable } from "./table";
import type { LedgerFund } from "./types";

/**
 * Options of {@link deriveDisclosure}.
 *
 * @example
 * ```ts
 * import type { DeriveOptions } from "yusuan/ledger";
 * import { henan2024Measures } from "yusuan/measures";
 * const o: DeriveOptions = { measures: henan2024Measures };
 * ```
 */
export interface DeriveOptions {
  /** The measures the 三公 and 机构运转经费 cells state: the profile's (e.g. `henan2024Measures`). */
  readonly measures?: MeasureSet;
  /** Catalogs to name the code rows (and the 政府经济分类 name columns) from. */
  readonly catalog?: CatalogSet;
  /** The note of an empty table that must carry one; default “注：本年度无此项预算安排，故此表无数据。” */
  readonly emptyNote?: (kind: TableKind) => string;
}

/**
 * What a derivation could not print: a fund no column or line of the template states, a
 * carry-forward the template has no line for (both left out of every cell), a measure cell without `measures`, lines without the
 * 政府经济分类 a table prints on every economic row (`gov-missing`: their rows lack the pair),
 * basic spending on a 类 a table that splits 人员经费 / 公用经费 into columns by 类 has no column for
 * (`class-not-printed`: 399 其他支出 in a Henan 支出表, whose 公用经费 is 商品和服务支出 + 资本性支出;
 * its 公用经费 column counts it, its split cannot), or sums beyond ±9×10¹⁵ units of the ledger's
 * precision (then no table is derived).
 *
 * @example
 * ```ts
 * import type { DeriveProblem } from "yusuan/ledger";
 * const p: DeriveProblem = { code: "fund-not-printed", fund: "specialAccount" };
 * ```
 */
export type DeriveProblem =
  | { readonly code: "fund-not-printed"; readonly fund: LedgerFund }
  | { readonly code: "carryforward-not-printed" }
  | { readonly code: "measures-missing"; readonly table: string; readonly concept: Concept }
  | { readonly code: "gov-missing"; readonly table: string }
  | {
      readonly code: "class-not-printed";
      readonly table: string;
      readonly classes: readonly string[];
    }
  | { readonly code: "too-large" };

/**
 * The result of {@link deriveDisclosure}: the disclosure and what it could not print.
 *
 * @example
 * ```ts
 * import type { Derived } from "yusuan/ledger";
 * const clean = (d: Derived) => d.problems.length === 0;
 * ```
 */
export interface Derived {
  readonly disclosure: Disclosure;
  readonly problems: readonly DeriveProblem[];
}

/** Each ledger fund's id in the store. */
const FUND_ID_OF = new Map<Fund, number>(FUND_IDS.map((f, i) => [f as Fund, i]));

const DEFAULT_NOTE = "注：本年度无此项预算安排，故此表无数据。";

/**
 * The funds a template breaks out: each cell's fund, a 上年结转 cell's as the carried-over fund.
 * A table of targets restates its projects' money (绩效目标资金), no breakdown of the budget's: a
 * fund only it prints is printed nowhere.
 */
function statedFunds(template: Template): Set<Fund> {
  const out = new Set<Fund>();
  const add = (concept: Concept | undefined, coords: Coordinates) => {
    if (concept === "revenue.carryover")
      out.add(coords.fund === undefined ? "carryover" : (`carryover.${coords.fund}` as Fund));
    else if (coords.fund !== undefined) out.add(coords.fund);
  };
  for (const k of template.tables) {
    if (k.targets !== undefined || k.derived === false) continue;
    for (const c of k.columns)
      if (c.role === "amount" && c.derived !== false)
        add(c.concept ?? k.concept, { ...k.fixed, ...c.coords });
    for (const l of k.lines ?? [])
      if (l.derived !== false) add(l.concept, { ...k.fixed, ...l.coords });
  }
  return out;
}

/**
 * The tables that split 人员经费 or 公用经费 into columns by 类 (the Henan 支出表's 工资福利支出 …
 * 资本性支出), each with the 类 of this year's basic lines of its fund that no column of it prints.
 */
function classesNotPrinted(ledger: Ledger, template: Template): DeriveProblem[] {
  const { store } = ledger;
  const t = store.tuples;
  // fund id → the 类 its basic lines spend on
  const byFund = new Map<number, Set<string>>();
  for (let i = 0; i < t.size; i++) {
    if (t.period[i] !== 0 || t.kind[i] === CARRY_FORWARD) continue;
    const nature = NATURE_IDS[t.nature[i] as number];
    if (nature !== "basic.personnel" && nature !== "basic.public") continue;
    const fund = t.fund[i] as number;
    let classes = byFund.get(fund);
    if (classes === undefined) {
      classes = new Set();
      byFund.set(fund, classes);
    }
    classes.add((store.econ[t.econ[i] as number] as string).slice(0, 3));
  }
  const out: DeriveProblem[] = [];
  for (const k of template.tables) {
    if (k.derived === false) continue;
    const split = new Set<Nature>();
    const printed = new Set<string>();
    for (const c of k.columns) {
      const n = c.coords?.nature;
      if (c.role !== "amount" || c.derived === false || c.coords?.econ === undefined) continue;
      if (n !== "basic.personnel" && n !== "basic.public") continue;
      split.add(n);
      printed.add(c.coords.econ.slice(0, 3));
    }
    if (split.size === 0) continue;
    const missing = new Set<string>();
    for (const [fund, classes] of byFund) {
      if (k.fixed?.fund !== undefined && !fundWithin(FUND_IDS[fund] as LedgerFund, k.fixed.fund))
        continue;
      for (const c of classes) {
        const n = BASIC_NATURE_BY_ECON_CLASS[c];
        if (n !== undefined && split.has(n) && !printed.has(c)) missing.add(c);
      }
    }
    if (missing.size > 0)
      out.push({ code: "class-not-printed", table: k.id, classes: [...missing].sort() });
  }
  return out;
}

/** The template's own problems with the ledger: funds it has no place for, carry-forwards. */
function coverage(ledger: Ledger, template: Template): DeriveProblem[] {
  const problems: DeriveProblem[] = [];
  const funds = statedFunds(template);
  const t = ledger.store.tuples;
  const used = new Uint8Array(FUND_IDS.length);
  let carryForward = false;
  let govMissing = false;
  for (let i = 0; i < t.size; i++) {
    if (t.period[i] !== 0) continue; // last year's lines print nowhere
    used[t.fund[i] as number] = 1;
    if (t.kind[i] === CARRY_FORWARD) carryForward = true;
    else if (t.gov[i] === 0) govMissing = true;
  }
  for (let id = 0; id < used.length; id++) {
    if (used[id] !== 1) continue;
    const fund = FUND_IDS[id] as LedgerFund;
    if (![...funds].some((s) => fundWithin(fund, s)))
      problems.push({ code: "fund-not-printed", fund });
  }
  const cfPrinted = template.tables.some(
    (k) =>
      (k.lines ?? []).some((l) => l.concept === "spending.carryforward" && l.derived !== false) ||
      k.columns.some((c) => c.concept === "spending.carryforward"),
  );
  if (carryForward && !cfPrinted) problems.push({ code: "carryforward-not-printed" });
  problems.push(...classesNotPrinted(ledger, template));
  if (govMissing)
    for (const k of template.tables)
      if (
        k.rowKinds.includes("economic") &&
        k.columns.some((c) => c.role === "code" && c.system === "government")
      )
        problems.push({ code: "gov-missing", table: k.id });
  return problems;
}

/**
 * Prints every table of a template from a ledger: the lines of the 收支总表 and 财政拨款收支总表,
 * the unit, function, economic-code and project rows of the others, as each table kind lays them
 * out (its `layout`), and the 三公 and 机构运转经费 cells by the given measures. Consistent by
 * construction: every figure is a sum of the same exact integer amounts, so every identity of the
 * fact model holds and the checker finds nothing. A fund's spending holds what its 上年结转 pays
 * for (`carryover.gpb` in the 一般公共预算 columns), except in a table printing that carry-over in a
 * column of its own. Money the template has no place for (`fund-not-printed`,
 * `carryforward-not-printed`) is said and left out of every cell, so no total disagrees with its
 * lines. Amounts print in each table's unit, exactly
 * (decimals grow when the ledger is finer than the table). A cell no amount reaches is blank; an
 * empty table that must carry a note gets one.
 *
 * One pass adds the ledger's amounts up per classification tuple, then per table the (far fewer)
 * tuple sums are placed: linear in the ledger's size.
 *
 * @param ledger - the ledger
 * @param template - the template whose tables to print
 * @param options - the measures of the 三公 and 机构运转经费 cells, catalogs for row names
 *
 * @example
 * ```ts
 * import { deriveDisclosure, ledgerOf } from "yusuan/ledger";
 * import { henan2024Measures } from "yusuan/measures";
 * import { henan2024 } from "yusuan/templates";
 * const meta = { year: 2024, documentKind: "单位", department: { name: "某局" }, units: [{ code: "1", name: "某局", unitType: "行政" }] } as const;
 * const r = ledgerOf(meta, { unit: "万元", decimals: 2 }, [
 *   { unit: "1", fund: "gpb.grant", functional: "2013101", econ: "30217", nature: "basic", amount: "1.50" },
 *   { unit: "1", fund: "gpb.grant", functional: "2013102", econ: "30217", nature: "project.operating", project: { name: "接待保障" }, amount: "1.00" },
 * ]);
 * if (r.ok) {
 *   const { disclosure } = deriveDisclosure(r.value, henan2024, { measures: henan2024Measures });
 *   disclosure.tables.find((t) => t.kind === "sanGong")?.rows[0]?.cells.reception; // "2.50"
 * }
 * ```
 */
export function deriveDisclosure(
  ledger: Ledger,
  template: Template,
  options: DeriveOptions = {},
): Derived {
  const problems = coverage(ledger, template);
  const { meta, store } = ledger;
  const disclosureMeta = { ...meta, template: template.id };
  if (store.absTotal > Number.MAX_SAFE_INTEGER)
    return {
      disclosure: { meta: disclosureMeta, tables: [], texts: [] },
      problems: [...problems, { code: "too-large" }],
    };
  // A fund the template has no place for is said (`fund-not-printed`) and left out of every
  // cell: its totals would otherwise disagree with their lines.
  const unprinted = new Set<number>();
  for (const p of problems)
    if (p.code === "fund-not-printed") unprinted.add(FUND_ID_OF.get(p.fund) ?? -1);
  // The one pass over the entries: exact, since Σ|amount| is a safe integer.
  const tupleSums = new Float64Array(store.tuples.size);
  const tupleOf = store.tupleOf;
  const amounts = store.amounts;
  // Likewise a carry-forward (结转下年) a template has no line or column for.
  const cfOut = problems.some((p) => p.code === "carryforward-not-printed");
  const tupleFund = store.tuples.fund;
  const tupleKind = store.tuples.kind;
  // Per tuple, how many of its entries print: a row none of whose entries prints is no row.
  const left = unprinted.size > 0 || cfOut;
  const tupleKept = left ? new Float64Array(store.tuples.size) : undefined;
  for (let i = 0; i < tupleOf.length; i++) {
    const t = tupleOf[i] as number;
    if (unprinted.size > 0 && unprinted.has(tupleFund[t] as number)) continue;
    if (cfOut && tupleKind[t] === CARRY_FORWARD) continue;
    tupleSums[t] = (tupleSums[t] as number) + (amounts[i] as number);
    if (tupleKept !== undefined) tupleKept[t] = (tupleKept[t] as number) + 1;
  }
  const viewSums = new Map<Projection | undefined, Float64Array>();
  const viewKept = new Map<Projection | undefined, Float64Array>();
  const signatures = new Map<View, Signatures>();
  const rowKeys = new Map<string, RowKeys>();
  const missing = new Set<string>();
  const tables = template.tables
    .filter((kind) => kind.derived !== false)
    .map((kind) =>
      derivedTable(kind, {
        ledger,
        tupleSums,
        viewSums,
        ...(tupleKept === undefined ? {} : { kept: { tuples: tupleKept, views: viewKept } }),
        signatures,
        rowKeys,
        measures: options.measures,
        catalog: options.catalog,
        note: options.emptyNote?.(kind) ?? DEFAULT_NOTE,
        missing: (concept) => {
          const k = `${kind.id}|${concept}`;
          if (missing.has(k)) return;
          missing.add(k);
          problems.push({ code: "measures-missing", table: kind.id, concept });
        },
      }),
    );
  return { disclosure: { meta: disclosureMeta, tables, texts: [] }, problems };
}
