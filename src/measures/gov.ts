import { unitKinds } from "../disclosure";
import type { Fact } from "../facts";
import { type FactIndex, indexFacts } from "./index-facts";
import type { Plan } from "./plans";
import type { CodesMeasure, MeasureOptions, MeasureResult } from "./types";

/** Each index's facts stated by government code alone, indexed by that code (`null`: none). */
const GOV = new WeakMap<FactIndex, FactIndex | null>();
/** The printed fact behind each of those (its government code made its economic one). */
const PRINTED = new WeakMap<Fact, Fact>();

/**
 * The facts of an index that state spending by 政府预算支出经济分类 code without a departmental
 * one (the index keeps them, one per government code, beside the identity's total), indexed as
 * if that code were their economic code, so a definition's government codes are looked up as its
 * departmental ones are (a code a table by government code leaves out is zero). @internal
 */
export function govIndex(index: FactIndex): FactIndex | undefined {
  let found = GOV.get(index);
  if (found === undefined) {
    const facts: Fact[] = [];
    for (const byNature of index.byId.values())
      for (const byOrg of byNature.values())
        for (const byCode of byOrg.values())
          for (const f of byCode.get(undefined)?.facts ?? []) {
            const { gov, ...coords } = f.coords;
            if (gov === undefined) continue;
            const as: Fact = { ...f, coords: { ...coords, econ: gov } };
            PRINTED.set(as, f);
            facts.push(as);
          }
    found = facts.length === 0 ? null : indexFacts(facts, index.period);
    GOV.set(index, found);
  }
  return found ?? undefined;
}

/**
 * Whether a plan reads only funds, natures and units the government codes state something under:
 * a code is zero only beside others printed in the same view (`lookupTerm` also makes basic
 * spending zero on a code outside 301 / 302 / 303 / 310, which every government code is). @internal
 */
export const statedIn =
  (gov: FactIndex) =>
  (plan: Plan): boolean =>
    plan.funds.every((fund) =>
      plan.natures.every((nature) => {
        const byOrg = gov.byId.get(fund)?.get(nature);
        return byOrg !== undefined && plan.orgs.every((org) => byOrg.has(org));
      }),
    );

/** The definition with its government codes in place of its departmental ones (made once). */
const AS_GOV = new WeakMap<CodesMeasure, CodesMeasure>();
/** @internal */
export function asGov(def: CodesMeasure, codes: readonly string[]): CodesMeasure {
  let g = AS_GOV.get(def);
  if (g === undefined) {
    const { gov: _, categories: __, ...rest } = def;
    g = { ...rest, econ: codes };
    AS_GOV.set(def, g);
  }
  return g;
}

type Found = Omit<MeasureResult, "unit"> & { readonly unit?: MeasureResult["unit"] };

/**
 * A measure read from government codes, as far as the units' kinds allow: as read where every
 * unit is of the kinds whose spending the codes hold whole (`def.gov.unitTypes`); otherwise only
 * a lower bound (`atLeast`, reason `units-mixed` or `unit-kinds-unknown`: another kind's spending
 * on the measure lies in other codes), and nothing when no unit is of those kinds. The facts are
 * the printed ones. @internal
 */
export function withinUnitKinds(
  def: CodesMeasure,
  r: Found | undefined,
  options: MeasureOptions,
): Found | undefined {
  const kinds = def.gov?.unitTypes ?? [];
  if (r === undefined) return undefined;
  const facts = r.facts.map((f) => PRINTED.get(f) ?? f);
  const u = unitKinds({
    year: 0,
    documentKind: "部门",
    template: "",
    department: { name: "" },
    units: options.meta?.units ?? [],
    ...(options.meta?.unitCounts === undefined ? {} : { unitCounts: options.meta.unitCounts }),
  });
  const covered = u.present.filter((k) => kinds.includes(k)).length;
  if (u.complete && covered === u.present.length) return { ...r, facts, rows: [], byUnit: [] };
  if ((u.complete && covered === 0) || r.status === "atMost") return undefined;
  const reason =
    r.status === "exact" ? (u.complete ? "units-mixed" : "unit-kinds-unknown") : r.reason;
  return {
    ...r,
    status: "atLeast",
    ...(reason === undefined ? {} : { reason }),
    facts,
    rows: [],
    byUnit: [],
  };
}
