import { type Amount, amountsEqual, sumAmounts } from "../amount";
import type { Fact, Period } from "../facts";
import { asGov, govIndex, statedIn, withinUnitKinds } from "./gov";
import { type FactIndex, lookupTerm, sectionsOf, type Term } from "./index-facts";
import { type Plan, plansFor } from "./plans";
import type { CodesMeasure, MeasureOptions, MeasureResult, MeasureRow } from "./types";

interface Evaluated {
  readonly value: Amount;
  readonly facts: readonly Fact[];
}

/** A term with just the coordinates given (assigned one by one: no object spread per term). */
function term(
  econ: string | undefined,
  nature: Term["nature"],
  fund: Term["fund"],
  org: string | undefined,
): Term {
  const t: { -readonly [K in keyof Term]: Term[K] } = {};
  if (econ !== undefined) t.econ = econ;
  if (nature !== undefined) t.nature = nature;
  if (fund !== undefined) t.fund = fund;
  if (org !== undefined) t.org = org;
  return t;
}

function termsOf(plan: Plan, econ: readonly (string | undefined)[]): Term[] {
  const out: Term[] = [];
  for (const e of econ)
    for (const nature of plan.natures)
      for (const fund of plan.funds)
        for (const org of plan.orgs) out.push(term(e, nature, fund, org));
  return out;
}

/** Each plan's terms for its own codes, made on first use (plans are reused: so are these). */
const PLAN_TERMS = new WeakMap<Plan, readonly Term[]>();
function planTerms(plan: Plan): readonly Term[] {
  let terms = PLAN_TERMS.get(plan);
  if (terms === undefined) {
    terms = termsOf(plan, plan.econ);
    PLAN_TERMS.set(plan, terms);
  }
  return terms;
}

function evaluate(
  index: FactIndex,
  terms: readonly Term[],
  period: Period | undefined,
): Evaluated | undefined {
  // Most plans fail on their first term: the lists are made once one is stated.
  let values: Amount[] | undefined;
  let facts: Fact[] | undefined;
  for (const t of terms) {
    const v = lookupTerm(index, t, period);
    if (v === undefined) return undefined;
    values ??= [];
    facts ??= [];
    values.push(v.value);
    for (const f of v.facts) facts.push(f);
  }
  return { value: sumAmounts(values ?? []), facts: facts ?? [] };
}

/** The measure's 款 under a plan, when every 类 it names is broken down in the same views. */
function rowsOf(
  def: CodesMeasure,
  index: FactIndex,
  plan: Plan,
  period: Period | undefined,
): MeasureRow[] | undefined {
  if (plan.econ.some((e) => e === undefined)) return undefined;
  const sections = new Set<string>();
  for (const t of termsOf(plan, def.econ)) {
    const s = sectionsOf(index, t, period);
    if (s === undefined) return undefined;
    for (const c of s) sections.add(c);
  }
  const rows: MeasureRow[] = [];
  for (const econ of [...sections].sort()) {
    const v = evaluate(index, termsOf(plan, [econ]), period);
    if (v === undefined) return undefined;
    if (v.facts.length === 0) continue;
    const category =
      def.categories === undefined
        ? undefined
        : (def.categories.byEcon[econ] ?? def.categories.default);
    rows.push({ econ, ...(category === undefined ? {} : { category }), ...v });
  }
  return rows;
}

const rowsTotal = (rows: readonly MeasureRow[]): Amount | undefined =>
  rows.length === 0 ? undefined : sumAmounts(rows.map((r) => r.value));

/**
 * A codes measure from printed facts: the first plan whose every term is stated gives the value
 * (or a bound). Its 款 rows come from that plan, or from a plan of part of the natures or funds
 * whose total equals the exact value (the rest is then zero: budget amounts are not negative).
 * Where the departmental codes state nothing, or only a bound, a definition's government codes
 * (`def.gov`) are read (see `measureGov`). `detail: false` leaves the rows and the units' values out (empty). @internal
 */
export function measurePrinted(
  def: CodesMeasure,
  index: FactIndex,
  options: MeasureOptions,
  detail = true,
): Omit<MeasureResult, "unit"> & { readonly unit?: MeasureResult["unit"] } {
  const { none } = plansFor(def, options.meta);
  const empty = { id: def.id, facts: [], parts: [], rows: [], byUnit: [] };
  if (none !== undefined) return { ...empty, status: none, value: null };
  const byCode = byDepartmentalCode(def, index, options, detail);
  if (byCode?.status === "exact" || def.gov === undefined)
    return byCode ?? { ...empty, status: "insufficient-data", value: null, reason: "no-figures" };
  // Stated by 政府预算支出经济分类 code alone: read where the departmental codes give nothing,
  // or give only a bound where the government codes give the value.
  const gov = govIndex(index);
  const byGov =
    gov === undefined
      ? undefined
      : withinUnitKinds(
          def,
          byDepartmentalCode(asGov(def, def.gov.codes), gov, options, false, statedIn(gov)),
          options,
        );
  if (byGov !== undefined && (byCode === undefined || byGov.status === "exact"))
    return { ...byGov, id: def.id };
  return byCode ?? { ...empty, status: "insufficient-data", value: null, reason: "no-figures" };
}

/** A codes measure from facts stated by departmental economic code: the first plan stated. */
function byDepartmentalCode(
  def: CodesMeasure,
  index: FactIndex,
  options: MeasureOptions,
  detail: boolean,
  keep?: (plan: Plan) => boolean,
): (Omit<MeasureResult, "unit"> & { readonly unit?: MeasureResult["unit"] }) | undefined {
  const period = options.period;
  const { plans } = plansFor(def, options.meta);
  const empty = { id: def.id, facts: [], parts: [], rows: [], byUnit: [] };
  for (const plan of plans) {
    if (keep !== undefined && !keep(plan)) continue;
    const found = evaluate(index, planTerms(plan), period);
    if (found === undefined) continue;
    let rows = detail ? (rowsOf(def, index, plan, period) ?? []) : [];
    if (detail && plan.status === "exact" && !sameTotal(rows, found.value)) {
      rows = [];
      for (const other of plans) {
        if (other.status !== "atLeast") continue;
        const r = rowsOf(def, index, other, period);
        if (r !== undefined && sameTotal(r, found.value)) {
          rows = r;
          break;
        }
      }
    }
    const byUnit = detail && plan.status === "exact" ? unitsOf(def, index, plan, options) : [];
    return {
      ...empty,
      status: plan.status,
      ...(plan.reason === undefined ? {} : { reason: plan.reason }),
      value: found.value,
      unit: found.value.unit,
      facts: found.facts,
      rows,
      byUnit,
    };
  }
  return undefined;
}

const sameTotal = (rows: readonly MeasureRow[], value: Amount): boolean => {
  const t = rowsTotal(rows);
  return t !== undefined && amountsEqual(t, value);
};

/** Each unit's value under the plan's natures and funds, when every unit's is printed. */
function unitsOf(
  def: CodesMeasure,
  index: FactIndex,
  plan: Plan,
  options: MeasureOptions,
): { org: string; value: Amount }[] {
  const units = options.meta?.units ?? [];
  const included = units.filter(
    (u) =>
      def.unitTypes === undefined ||
      (u.unitType !== undefined && def.unitTypes.includes(u.unitType)),
  );
  const out: { org: string; value: Amount }[] = [];
  for (const u of included) {
    if (u.code === undefined) return [];
    const v = evaluate(index, termsOf({ ...plan, orgs: [u.code] }, plan.econ), options.period);
    if (v === undefined) return [];
    out.push({ org: u.code, value: v.value });
  }
  return out;
}
