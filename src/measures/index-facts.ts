import { type Amount, sumAmounts, zeroAmount } from "../amount";
import {
  BASIC_NATURE_BY_ECON_CLASS,
  type Coordinates,
  canonicalCoordinates,
  type Fact,
  factKey,
  type Period,
} from "../facts";

/**
 * Printed (or derived) spending facts indexed for measures: by identity with the government
 * economic code summed out, and by "view" (the coordinates without the economic code) with the
 * codes each view breaks down into. Facts that split spending further (by function, project,
 * 三公 item or category) are left out: a measure sums whole economic codes. @internal
 */
export interface FactIndex {
  readonly byKey: ReadonlyMap<string, readonly Fact[]>;
  readonly views: ReadonlyMap<string, { readonly codes: Set<string>; readonly zero: Amount }>;
  /** A zero in the unit and precision of the first breakdown. */
  readonly zero: Amount;
}

/** The coordinates a measure term looks up. @internal */
export interface Term {
  readonly econ?: string;
  readonly nature?: Coordinates["nature"];
  readonly fund?: Coordinates["fund"];
  readonly org?: string;
}

const withoutGov = (c: Coordinates): Coordinates => {
  if (c.gov === undefined) return c;
  const { gov: _gov, ...rest } = c;
  return rest;
};

const viewKey = (c: Coordinates): string => {
  const { econ: _econ, gov: _gov, ...rest } = canonicalCoordinates(c);
  return factKey("spending", rest);
};

/** Builds the index of the facts of `period` (absent: the current year). @internal */
export function indexFacts(facts: readonly Fact[], period: Period | undefined): FactIndex {
  // One fact per identity: the first printed with a value, else the first.
  const first = new Map<string, Fact>();
  for (const f of facts) {
    const c = f.coords;
    if (f.concept !== "spending" || c.period !== period) continue;
    if (c.functional !== undefined || c.project !== undefined) continue;
    if (c.item !== undefined || c.category !== undefined) continue;
    const k = factKey(f.concept, c);
    const seen = first.get(k);
    if (seen === undefined || (seen.value === null && f.value !== null)) first.set(k, f);
  }
  const byKey = new Map<string, Fact[]>();
  const views = new Map<string, { codes: Set<string>; zero: Amount }>();
  for (const f of first.values()) {
    const k = factKey("spending", withoutGov(f.coords));
    const list = byKey.get(k);
    if (list === undefined) byKey.set(k, [f]);
    else list.push(f);
    const econ = f.coords.econ;
    if (econ === undefined) continue;
    const v = viewKey(f.coords);
    let view = views.get(v);
    if (view === undefined) {
      const unit = f.value?.unit ?? "万元";
      view = { codes: new Set(), zero: zeroAmount(unit, f.value?.decimals ?? 0) };
      views.set(v, view);
    }
    view.codes.add(econ);
  }
  return { byKey, views, zero: views.values().next().value?.zero ?? zeroAmount() };
}

const coordsOf = (t: Term, period: Period | undefined): Coordinates => ({
  ...(t.econ === undefined ? {} : { econ: t.econ }),
  ...(t.org === undefined ? {} : { org: t.org }),
  ...(t.fund === undefined ? {} : { fund: t.fund }),
  ...(t.nature === undefined ? {} : { nature: t.nature }),
  ...(period === undefined ? {} : { period }),
});

/** A term's value and the facts behind it. @internal */
export interface TermValue {
  readonly value: Amount;
  readonly facts: readonly Fact[];
}

const total = (facts: readonly Fact[], zero: Amount): Amount => {
  const values = facts.map((f) => f.value).filter((v): v is Amount => v !== null);
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
  const coords = coordsOf(term, period);
  const direct = index.byKey.get(factKey("spending", coords));
  // Basic spending is 人员 (301, 303) and 公用 (302, 310) only: on another 类 it is zero.
  if (
    direct === undefined &&
    index.views.size > 0 &&
    term.econ !== undefined &&
    (term.nature === "basic" ||
      term.nature === "basic.personnel" ||
      term.nature === "basic.public") &&
    BASIC_NATURE_BY_ECON_CLASS[term.econ.slice(0, 3)] === undefined
  )
    return { value: index.zero, facts: [] };
  const view = term.econ === undefined ? undefined : index.views.get(viewKey(coords));
  const zero = view?.zero ?? zeroAmount();
  if (direct !== undefined) return { value: total(direct, zero), facts: direct };
  if (term.econ === undefined || view === undefined) return undefined;
  const econ = term.econ;
  const children = [...view.codes].filter((c) => c.length > econ.length && c.startsWith(econ));
  const facts = children.flatMap(
    (c) => index.byKey.get(factKey("spending", coordsOf({ ...term, econ: c }, period))) ?? [],
  );
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
  const view = index.views.get(viewKey(coordsOf(term, period)));
  if (view === undefined) return undefined;
  return [...view.codes].filter((c) => c.length === 5 && c.startsWith(econ)).sort();
}
