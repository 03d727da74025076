import { unitKinds } from "../disclosure";
import type { Fund, Nature } from "../facts";
import { PERSONNEL_CLASSES, PUBLIC_CORE_CLASSES } from "../facts/basic-classes";
import { FUND_PARENT, fundChildren, fundLeaves, natureChildren } from "./scope";
import type { CodesMeasure, MeasureOptions, MeasureReason, MeasureStatus } from "./types";

/**
 * One way of reading a measure from printed facts: the economic codes, natures, funds and units
 * whose facts it sums, and what that sum is (the value, or a bound). @internal
 */
export interface Plan {
  readonly status: "exact" | "atLeast" | "atMost";
  readonly reason?: MeasureReason;
  /** `undefined` in a list: no coordinate (the total over that dimension). */
  readonly econ: readonly (string | undefined)[];
  readonly natures: readonly (Nature | undefined)[];
  readonly funds: readonly (Fund | undefined)[];
  readonly orgs: readonly (string | undefined)[];
}

const key = (xs: readonly (string | undefined)[]) => xs.map((x) => x ?? "*").join(",");

function unique<T extends string | undefined>(lists: readonly (readonly T[])[]): T[][] {
  const seen = new Set<string>();
  const out: T[][] = [];
  for (const l of lists) {
    if (seen.has(key(l))) continue;
    seen.add(key(l));
    out.push([...l]);
  }
  return out;
}

const leafSet = (funds: readonly (Fund | undefined)[]) =>
  new Set(funds.flatMap((f) => fundLeaves(f)));

const sameSet = (a: Set<string>, b: Set<string>) =>
  a.size === b.size && [...a].every((x) => b.has(x));

/** Funds covering exactly the definition's: as given, merged into parents, split into parts. */
function exactFunds(funds: readonly Fund[] | undefined): (Fund | undefined)[][] {
  if (funds === undefined) return [[undefined]];
  const wanted = leafSet(funds);
  const merged = new Set<Fund>(funds);
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of merged) {
      const parent = FUND_PARENT[f];
      if (parent === undefined) continue;
      const siblings = fundChildren(parent);
      if (!siblings.every((x) => merged.has(x))) continue;
      for (const x of siblings) merged.delete(x);
      merged.add(parent);
      changed = true;
      break;
    }
  }
  const candidates: (Fund | undefined)[][] = [
    [...funds],
    [...merged],
    funds.flatMap((f) => (fundChildren(f).length > 0 ? fundChildren(f) : [f])),
  ];
  if (sameSet(wanted, leafSet([undefined]))) candidates.unshift([undefined]);
  return unique(candidates.filter((c) => sameSet(leafSet(c), wanted)));
}

const ALL_FUNDS = /*#__PURE__*/ Object.keys(FUND_PARENT) as Fund[];

/** Single funds strictly inside the definition's, largest first: lower bounds. */
function partialFunds(funds: readonly Fund[] | undefined): (Fund | undefined)[][] {
  const wanted = leafSet(funds ?? [undefined]);
  return ALL_FUNDS.map((f) => [f, leafSet([f])] as const)
    .filter(([, leaves]) => leaves.size < wanted.size && [...leaves].every((l) => wanted.has(l)))
    .sort((a, b) => b[1].size - a[1].size)
    .map(([f]) => [f]);
}

/** Funds strictly wider than the definition's (their ancestors), narrowest first: upper bounds. */
function widerFunds(funds: readonly Fund[] | undefined): (Fund | undefined)[][] {
  if (funds === undefined) return [];
  const wanted = leafSet(funds);
  const out: (Fund | undefined)[][] = [];
  for (const f of ALL_FUNDS) {
    const leaves = leafSet([f]);
    if (leaves.size > wanted.size && [...wanted].every((l) => leaves.has(l))) out.push([f]);
  }
  out.sort((a, b) => leafSet(a).size - leafSet(b).size);
  return [...out, [undefined]];
}

/** Natures strictly wider than the definition's one nature (its parent, then all). */
function widerNatures(natures: readonly Nature[] | undefined): (Nature | undefined)[][] {
  if (coversAllNatures(natures)) return [];
  const [only, ...others] = natures ?? [];
  if (only === undefined || others.length > 0) return [[undefined]];
  const dot = only.indexOf(".");
  return dot < 0 ? [[undefined]] : [[only.slice(0, dot) as Nature], [undefined]];
}

const coversAllNatures = (natures: readonly Nature[] | undefined) =>
  natures === undefined || (natures.includes("basic") && natures.includes("project"));

function exactNatures(natures: readonly Nature[] | undefined): (Nature | undefined)[][] {
  return coversAllNatures(natures) ? [[undefined]] : [[...(natures ?? [])]];
}

function partialNatures(natures: readonly Nature[] | undefined): (Nature | undefined)[][] {
  const tops: (Nature | undefined)[] = coversAllNatures(natures)
    ? [undefined]
    : [...(natures ?? [])];
  return tops.flatMap((n) => natureChildren(n).map((c) => [c]));
}

/**
 * The economic terms: the codes, and also "no code" when the codes are exactly the 类 of the
 * measure's one basic nature (公用经费 = 302 + 310 is printed without a code).
 */
function econOptions(def: CodesMeasure): (string | undefined)[][] {
  const out: (string | undefined)[][] = [[...def.econ]];
  const [only, ...others] = def.natures ?? [];
  if (only !== undefined && others.length === 0) {
    // the 类 a 公用经费 / 人员经费 total is the sum of where no other is printed (DOMAIN I5)
    const classes =
      only === "basic.public"
        ? PUBLIC_CORE_CLASSES
        : only === "basic.personnel"
          ? PERSONNEL_CLASSES
          : [];
    if (classes.length > 0 && sameSet(new Set(classes), new Set(def.econ))) out.push([undefined]);
  }
  return out;
}

/** The plans of a measure, or why there are none. @internal */
export interface Plans {
  readonly plans: readonly Plan[];
  readonly none?: MeasureStatus;
}

/**
 * What {@link plansFor} reads of the units: each unit's code and kind, and which kinds the unit
 * counts name (a key, so the plans of a definition are built once per kind of department).
 */
function unitsKey(meta: MeasureOptions["meta"]): string {
  const units = (meta?.units ?? []).map((u) => [u.code ?? null, u.unitType ?? null]);
  const counts = meta?.unitCounts;
  const kinds =
    counts === undefined
      ? null
      : (["行政", "参公", "事业"] as const).map((kind) => (counts[kind] ?? 0) > 0);
  return JSON.stringify([units, kinds]);
}

/** At most this many unit keys are kept per definition (then the cache starts over). */
const PLANS_PER_DEFINITION = 16;

/** Plans are pure in the definition and the units: built once, then reused. */
const PLANS = new WeakMap<CodesMeasure, Map<string, Plans>>();

/** The plans for a measure, best first, or why there are none. @internal */
export function plansFor(def: CodesMeasure, meta: MeasureOptions["meta"]): Plans {
  let byUnits = PLANS.get(def);
  if (byUnits === undefined) {
    byUnits = new Map();
    PLANS.set(def, byUnits);
  }
  const k = unitsKey(meta);
  let found = byUnits.get(k);
  if (found === undefined) {
    if (byUnits.size >= PLANS_PER_DEFINITION) byUnits.clear();
    found = buildPlans(def, meta);
    byUnits.set(k, found);
  }
  return found;
}

function buildPlans(def: CodesMeasure, meta: MeasureOptions["meta"]): Plans {
  const units = meta?.units ?? [];
  const allCodes = units.every((u) => u.code !== undefined)
    ? units.map((u) => u.code as string)
    : [];
  const exactOrgs: (string | undefined)[][] = [[undefined]];
  const upperOrgs: { orgs: (string | undefined)[]; reason: MeasureReason }[] = [];
  if (allCodes.length > 1) exactOrgs.push(allCodes);
  const types = def.unitTypes;
  if (types !== undefined) {
    const kinds = unitKinds({
      year: 0,
      documentKind: "部门",
      template: "",
      department: { name: "" },
      units,
      ...(meta?.unitCounts === undefined ? {} : { unitCounts: meta.unitCounts }),
    });
    const included = kinds.present.filter((k) => types.includes(k));
    if (kinds.complete && included.length === 0) return { plans: [], none: "not-applicable" };
    const mixed = kinds.present.some((k) => !types.includes(k));
    if (!kinds.complete || mixed) {
      // Exact only from each included unit's own figures, which needs every unit's kind and code.
      exactOrgs.length = 0;
      if (units.length > 0 && units.every((u) => u.unitType !== undefined && u.code !== undefined))
        exactOrgs.push(
          units
            .filter((u) => u.unitType !== undefined && types.includes(u.unitType))
            .map((u) => u.code as string),
        );
      upperOrgs.push({
        orgs: [undefined],
        reason: kinds.complete ? "units-mixed" : "unit-kinds-unknown",
      });
    }
  }
  const upper = def.bound === "upper";
  const plans: Plan[] = [];
  const add = (
    status: Plan["status"],
    reason: MeasureReason | undefined,
    econ: readonly (string | undefined)[],
    natures: readonly (Nature | undefined)[],
    funds: readonly (Fund | undefined)[],
    orgs: readonly (string | undefined)[],
  ) =>
    plans.push({ status, ...(reason === undefined ? {} : { reason }), econ, natures, funds, orgs });
  const econs = econOptions(def);
  for (const orgs of exactOrgs)
    for (const econ of econs)
      for (const natures of exactNatures(def.natures))
        for (const funds of exactFunds(def.funds))
          add(upper ? "atMost" : "exact", upper ? "upper" : undefined, econ, natures, funds, orgs);
  if (!upper) {
    const natureOptions = [...exactNatures(def.natures), ...partialNatures(def.natures)];
    const fundOptions = [...exactFunds(def.funds), ...partialFunds(def.funds)];
    const exactN = exactNatures(def.natures).length;
    const exactF = exactFunds(def.funds).length;
    for (const orgs of exactOrgs)
      for (const [i, natures] of natureOptions.entries())
        for (const [j, funds] of fundOptions.entries())
          if (i >= exactN || j >= exactF) add("atLeast", "partial", def.econ, natures, funds, orgs);
  }
  for (const { orgs, reason } of upperOrgs)
    for (const econ of econs)
      for (const natures of exactNatures(def.natures))
        for (const funds of exactFunds(def.funds))
          add("atMost", reason, econ, natures, funds, orgs);
  // Figures of wider funds or natures bound it from above (the codes alone, or without a code
  // when the measure's codes are all of one basic nature).
  const natureOptions = [...exactNatures(def.natures), ...widerNatures(def.natures)];
  const fundOptions = [...exactFunds(def.funds), ...widerFunds(def.funds)];
  const exactN = exactNatures(def.natures).length;
  const exactF = exactFunds(def.funds).length;
  for (const orgs of [...exactOrgs, ...upperOrgs.map((u) => u.orgs)])
    for (const econ of econs)
      for (const [i, natures] of natureOptions.entries())
        for (const [j, funds] of fundOptions.entries())
          if (i >= exactN || j >= exactF) add("atMost", "wider", econ, natures, funds, orgs);
  return { plans };
}
