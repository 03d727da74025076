import { type Amount, sumAmounts, zeroAmount } from "../amount";
import { BASIC_NATURE_BY_ECON_CLASS, type Coordinates, type Fact, type Period } from "../facts";
import { FactIds } from "../facts/intern";

/**
 * Printed (or derived) spending facts indexed for measures: by identity with the government
 * economic code summed out, and by "view" (the coordinates without the economic code) with the
 * codes each view breaks down into. Facts that split spending further (by function, project,
 * 三公 item or category) are left out: a measure sums whole economic codes. Identities are
 * integer ids ({@link FactIds}), so no key string is built per fact. @internal
 */
export interface FactIndex {
  /** Ids of the identities without a government code (`factKey("spending", coords)`). */
  readonly ids: FactIds;
  /** The facts of each identity, by id. */
  readonly byId: readonly (readonly Fact[] | undefined)[];
  /** Ids of the views (identities without economic and government codes). */
  readonly viewIds: FactIds;
  /** The codes and zero of each view, by id. */
  readonly views: readonly (View | undefined)[];
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

/** Coordinates as values in DIMENSIONS order (see {@link FactIds}), into `out`. */
function fill(c: Coordinates, out: (string | undefined)[]): (string | undefined)[] {
  out[0] = c.functional;
  out[1] = c.econ;
  out[2] = c.gov;
  out[3] = c.org;
  out[4] = c.fund;
  out[5] = c.nature;
  out[6] = c.project;
  out[7] = c.item;
  out[8] = c.category;
  out[9] = c.period;
  return out;
}

/** The values of a view: no economic or government code, the nature made canonical first. */
function viewValues(c: Coordinates, out: (string | undefined)[]): (string | undefined)[] {
  fill(c, out);
  const econ = c.econ;
  if (c.nature === "basic" && econ !== undefined)
    out[5] = BASIC_NATURE_BY_ECON_CLASS[econ.slice(0, 3)] ?? "basic";
  out[1] = undefined;
  out[2] = undefined;
  return out;
}

/** Builds the index of the facts of `period` (absent: the current year). @internal */
export function indexFacts(facts: readonly Fact[], period: Period | undefined): FactIndex {
  // One fact per identity: the first printed with a value, else the first.
  const identities = new FactIds();
  const first: Fact[] = [];
  for (const f of facts) {
    const c = f.coords;
    if (f.concept !== "spending" || c.period !== period) continue;
    if (c.functional !== undefined || c.project !== undefined) continue;
    if (c.item !== undefined || c.category !== undefined) continue;
    const id = identities.of(f.concept, c);
    const seen = first[id];
    if (seen === undefined || (seen.value === null && f.value !== null)) first[id] = f;
  }
  const ids = new FactIds();
  const viewIds = new FactIds();
  const byId: Fact[][] = [];
  const views: View[] = [];
  let firstView: View | undefined;
  const scratch: (string | undefined)[] = new Array(10);
  for (const f of first) {
    const values = fill(f.coords, scratch);
    values[2] = undefined;
    const id = ids.ofValues("spending", values, true) as number;
    const list = byId[id];
    if (list === undefined) byId[id] = [f];
    else list.push(f);
    const econ = f.coords.econ;
    if (econ === undefined) continue;
    const v = viewIds.ofValues("spending", viewValues(f.coords, scratch), true) as number;
    let view = views[v];
    if (view === undefined) {
      const unit = f.value?.unit ?? "万元";
      view = { codes: new Set(), zero: zeroAmount(unit, f.value?.decimals ?? 0) };
      views[v] = view;
      firstView ??= view;
    }
    view.codes.add(econ);
  }
  return { ids, byId, viewIds, views, zero: firstView?.zero ?? zeroAmount() };
}

/** Scratch values of a look-up (read at once, never kept). */
const LOOKUP: (string | undefined)[] = new Array(10);

/** A term's coordinates as values in DIMENSIONS order (no object built), with `econ` if given. */
function termValues(
  t: Term,
  period: Period | undefined,
  econ: string | undefined = t.econ,
): (string | undefined)[] {
  const out = LOOKUP;
  out[0] = undefined;
  out[1] = econ;
  out[2] = undefined;
  out[3] = t.org;
  out[4] = t.fund;
  out[5] = t.nature;
  out[6] = undefined;
  out[7] = undefined;
  out[8] = undefined;
  out[9] = period;
  return out;
}

/** The facts of a term's identity (government codes summed out), with `econ` if given. */
const factsAt = (
  index: FactIndex,
  t: Term,
  period: Period | undefined,
  econ: string | undefined = t.econ,
): readonly Fact[] | undefined => {
  const id = index.ids.ofValues("spending", termValues(t, period, econ), false);
  return id === undefined ? undefined : index.byId[id];
};

/** The view of a term (its economic code left out, its nature made canonical first). */
const viewAt = (index: FactIndex, t: Term, period: Period | undefined): View | undefined => {
  const values = termValues(t, period);
  if (t.nature === "basic" && t.econ !== undefined)
    values[5] = BASIC_NATURE_BY_ECON_CLASS[t.econ.slice(0, 3)] ?? "basic";
  values[1] = undefined;
  const id = index.viewIds.ofValues("spending", values, false);
  return id === undefined ? undefined : index.views[id];
};

/** A term's value and the facts behind it. @internal */
export interface TermValue {
  readonly value: Amount;
  readonly facts: readonly Fact[];
}

const total = (facts: readonly Fact[], zero: Amount): Amount => {
  const values: Amount[] = [];
  for (const f of facts) if (f.value !== null) values.push(f.value);
  return values.length === 0 ? zero : sumAmounts(values);
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
  // Basic spending is 人员 (301, 303) and 公用 (302, 310) only: on another 类 it is zero.
  if (
    direct === undefined &&
    index.views.length > 0 &&
    term.econ !== undefined &&
    (term.nature === "basic" ||
      term.nature === "basic.personnel" ||
      term.nature === "basic.public") &&
    BASIC_NATURE_BY_ECON_CLASS[term.econ.slice(0, 3)] === undefined
  )
    return { value: index.zero, facts: [] };
  const view = term.econ === undefined ? undefined : viewAt(index, term, period);
  const zero = view?.zero ?? zeroAmount();
  if (direct !== undefined) return { value: total(direct, zero), facts: direct };
  if (term.econ === undefined || view === undefined) return undefined;
  const econ = term.econ;
  const children = [...view.codes].filter((c) => c.length > econ.length && c.startsWith(econ));
  const facts = children.flatMap((c) => factsAt(index, term, period, c) ?? []);
  return { value: total(facts, zero), facts };
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
