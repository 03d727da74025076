import { type Amount, sumAmounts, zeroAmount } from "../amount";
import { BASIC_NATURE_BY_ECON_CLASS, type Coordinates, type Fact, type Period } from "../facts";

/** Maps by fund, canonical nature, unit and code (`undefined` a key too: no coordinate). */
type ByCode<T> = Map<string | undefined, T>;
type Nested<T> = Map<string | undefined, Map<string | undefined, Map<string | undefined, T>>>;

/**
 * Printed (or derived) spending facts indexed for measures: by identity with the government
 * economic code summed out, and by "view" (the coordinates without the economic code) with the
 * codes each view breaks down into. Facts that split spending further (by function, project,
 * 三公 item or category) are left out: a measure sums whole economic codes. Identities are
 * nested maps of the coordinates the facts already hold (fund, nature, unit, code), so no key
 * string is built per fact. @internal
 */
export interface FactIndex {
  /** The period the facts are of (a look-up of another period finds nothing). */
  readonly period: Period | undefined;
  /** The facts of each identity without a government code (`factKey("spending", coords)`). */
  readonly byId: Nested<ByCode<Slot>>;
  /** The codes and zero of each view (identities without economic and government codes). */
  readonly views: Nested<View>;
  /** Whether any view breaks down into codes. */
  readonly hasViews: boolean;
  /** A zero in the unit and precision of the first breakdown. */
  readonly zero: Amount;
}

/** The codes a view breaks down into, and a zero in the unit of its first fact. @internal */
export interface View {
  readonly codes: Set<string>;
  readonly zero: Amount;
}

/** The coordinates a measure term looks up. @internal */
export interface Term {
  readonly econ?: string;
  readonly nature?: Coordinates["nature"];
  readonly fund?: Coordinates["fund"];
  readonly org?: string;
}

/** A nature made canonical: `basic` on a 301/303 or 302/310 (399 …) code is personnel or public. */
const canonicalNature = (
  nature: string | undefined,
  econ: string | undefined,
): string | undefined =>
  nature === "basic" && econ !== undefined
    ? (BASIC_NATURE_BY_ECON_CLASS[econ.slice(0, 3)] ?? "basic")
    : nature;

/** The value under fund, nature and unit, `undefined` when absent. */
function at<T>(
  m: Nested<T>,
  fund: string | undefined,
  nature: string | undefined,
  org: string | undefined,
): T | undefined {
  return m.get(fund)?.get(nature)?.get(org);
}

/** The map of codes under fund, nature and unit, made when absent (`value` put there if given). */
function made<T>(
  m: Nested<T>,
  fund: string | undefined,
  nature: string | undefined,
  org: string | undefined,
  value?: T,
): T | undefined {
  let byNature = m.get(fund);
  if (byNature === undefined) {
    byNature = new Map();
    m.set(fund, byNature);
  }
  let byOrg = byNature.get(nature);
  if (byOrg === undefined) {
    byOrg = new Map();
    byNature.set(nature, byOrg);
  }
  if (value !== undefined) byOrg.set(org, value);
  return byOrg.get(org);
}

/** The facts of one identity (government codes summed out), and where each is in `first`. @internal */
export interface Slot {
  readonly facts: Fact[];
  readonly at: number[];
}

/**
 * A row id whose row is keyed by no economic code (`total`, `functional:2013101`, `line:…`,
 * `project:…`, a unit's `org:116001`, each maybe under `org:<unit>/`): a code on its facts is its
 * column's. Fixed words, no unbounded run before them: linear.
 */
const NOT_ECONOMIC_ROW =
  /^(?:org:[^/]*\/)?(?:total$|single$|functional:|project:|line:|org:|indicator:)/u;

/**
 * Whether a fact's economic code is its row's (`economic:30201`, `org:116001/economic:302`),
 * not its column's. A fact whose row id is no row key the library gives (bare facts a user
 * built) counts as a row's.
 */
const byRow = (f: Fact): boolean => {
  const row = (f as Partial<Fact>).source?.row;
  return row === undefined || row.includes("economic:") || !NOT_ECONOMIC_ROW.test(row);
};

/** Builds the index of the facts of `period` (absent: the current year). @internal */
export function indexFacts(facts: readonly Fact[], period: Period | undefined): FactIndex {
  // One fact per identity (with its government code): the first printed with a value, else the
  // first; `first` lists them in the order their identities are first met.
  const slots: Nested<ByCode<Slot>> = new Map();
  const first: Fact[] = [];
  // Indexed loops: this runs once per check over every printed fact, often before the optimising
  // compiler has taken it over (a for-of loop then allocates an iterator result per step).
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i] as Fact;
    const c = f.coords;
    if (f.concept !== "spending" || c.period !== period) continue;
    if (c.functional !== undefined || c.project !== undefined) continue;
    if (c.item !== undefined || c.category !== undefined) continue;
    const econ = c.econ;
    const nature = canonicalNature(c.nature, econ);
    let byCode = at(slots, c.fund, nature, c.org);
    if (byCode === undefined) {
      byCode = new Map();
      made(slots, c.fund, nature, c.org, byCode);
    }
    const slot = byCode.get(econ);
    if (slot === undefined) {
      // Lists of one made as such (an empty list grows room for many on its first push).
      byCode.set(econ, { facts: [f], at: [first.length] });
      first.push(f);
      continue;
    }
    const gov = c.gov;
    let k = 0;
    while (k < slot.facts.length && (slot.facts[k] as Fact).coords.gov !== gov) k++;
    const seen = slot.facts[k];
    if (seen === undefined) {
      slot.facts.push(f);
      slot.at.push(first.length);
      first.push(f);
    } else if (seen.value === null && f.value !== null) {
      slot.facts[k] = f;
      first[slot.at[k] as number] = f;
    }
  }
  const views: Nested<View> = new Map();
  let firstView: View | undefined;
  for (let i = 0; i < first.length; i++) {
    const f = first[i] as Fact;
    const c = f.coords;
    const econ = c.econ;
    if (econ === undefined) continue;
    // A code lists in its view when a row prints it: a table by economic 科目 prints the codes
    // that have money, so one it leaves out is zero. A column's code says nothing of the codes
    // of the columns a printer did not print (a 支出表 without its 商品和服务支出 column).
    if (!byRow(f)) continue;
    const nature = canonicalNature(c.nature, econ);
    let view = at(views, c.fund, nature, c.org);
    if (view === undefined) {
      const unit = f.value?.unit ?? "万元";
      view = { codes: new Set(), zero: zeroAmount(unit, f.value?.decimals ?? 0) };
      made(views, c.fund, nature, c.org, view);
    }
    firstView ??= view;
    view.codes.add(econ);
  }
  return {
    period,
    byId: slots,
    views,
    hasViews: firstView !== undefined,
    zero: firstView?.zero ?? zeroAmount(),
  };
}

/** The facts of a term's identity (government codes summed out), with `econ` if given. */
const factsAt = (
  index: FactIndex,
  t: Term,
  period: Period | undefined,
  econ: string | undefined = t.econ,
): readonly Fact[] | undefined =>
  period !== index.period
    ? undefined
    : at(index.byId, t.fund, canonicalNature(t.nature, econ), t.org)?.get(econ)?.facts;

/** The view of a term (its economic code left out, its nature made canonical first). */
const viewAt = (index: FactIndex, t: Term, period: Period | undefined): View | undefined =>
  period !== index.period
    ? undefined
    : at(index.views, t.fund, canonicalNature(t.nature, t.econ), t.org);

/** A term's value and the facts behind it. @internal */
export interface TermValue {
  readonly value: Amount;
  readonly facts: readonly Fact[];
}

/** The sum of the facts' values; the view's zero (or a zero) when none has one. */
const total = (facts: readonly Fact[], view: View | undefined): Amount => {
  const values: Amount[] = [];
  for (const f of facts) if (f.value !== null) values.push(f.value);
  return values.length === 0 ? (view?.zero ?? zeroAmount()) : sumAmounts(values);
};

/**
 * The value of one term: its printed fact(s) (summed over government codes); for a 类 not printed,
 * the sum of its 款 printed in the same view; a code the view does not list is zero when the view
 * lists others (a table prints the codes that have money). `undefined` when nothing states it.
 * @internal
 */
export function lookupTerm(
  index: FactIndex,
  term: Term,
  period: Period | undefined,
): TermValue | undefined {
  const direct = factsAt(index, term, period);
  // Basic spending is on the 类 of 人员 (301, 303) and 公用 (302, 310, 399 …) only: on another
  // 类 (none of the departmental catalog) it is zero.
  if (
    direct === undefined &&
    index.hasViews &&
    term.econ !== undefined &&
    (term.nature === "basic" ||
      term.nature === "basic.personnel" ||
      term.nature === "basic.public") &&
    BASIC_NATURE_BY_ECON_CLASS[term.econ.slice(0, 3)] === undefined
  )
    return { value: index.zero, facts: [] };
  const view = term.econ === undefined ? undefined : viewAt(index, term, period);
  if (direct !== undefined) return { value: total(direct, view), facts: direct };
  if (term.econ === undefined || view === undefined) return undefined;
  const econ = term.econ;
  const facts: Fact[] = [];
  for (const c of view.codes)
    if (c.length > econ.length && c.startsWith(econ))
      for (const f of factsAt(index, term, period, c) ?? []) facts.push(f);
  return { value: total(facts, view), facts };
}

/** The 款 of `econ` a view lists (`econ` itself when it is a 款). @internal */
export function sectionsOf(
  index: FactIndex,
  term: Term,
  period: Period | undefined,
): readonly string[] | undefined {
  const econ = term.econ;
  if (econ === undefined) return undefined;
  if (econ.length >= 5) return [econ];
  const view = viewAt(index, term, period);
  if (view === undefined) return undefined;
  return [...view.codes].filter((c) => c.length === 5 && c.startsWith(econ)).sort();
}
