import { type Amount, sumAmounts, zeroAmount } from "../amount";
import { canonicalCoordinates, type Fact } from "../facts";
import { econWithin, fundWithin, natureWithin } from "./scope";
import type { CodesMeasure, LeafFacts, MeasureOptions, MeasureResult, MeasureRow } from "./types";

/**
 * Whether a classified amount (unit kind, fund, nature, economic code) falls inside a codes
 * measure. The one predicate behind a measure over leaf facts and a ledger's derived tables.
 * `unitType` `undefined` is "kind not known": it is inside only when the measure covers every kind.
 *
 * @example
 * ```ts
 * import { henanOperatingCost, inMeasure } from "yusuan/measures";
 * inMeasure(henanOperatingCost, { econ: "30201", nature: "basic.public", fund: "gpb.grant" }); // true
 * inMeasure(henanOperatingCost, { econ: "30201", nature: "project.operating", fund: "gpb.grant" }); // false
 * ```
 */
export function inMeasure(
  def: CodesMeasure,
  leaf: {
    readonly econ?: string | undefined;
    readonly nature?: Fact["coords"]["nature"];
    readonly fund?: Fact["coords"]["fund"];
    readonly unitType?: string | undefined;
  },
): boolean {
  if (leaf.econ === undefined || !econWithin(leaf.econ, def.econ)) return false;
  const nature =
    leaf.nature === undefined
      ? undefined
      : canonicalCoordinates({ nature: leaf.nature, econ: leaf.econ }).nature;
  if (def.natures !== undefined && !def.natures.some((n) => natureWithin(nature, n))) return false;
  if (def.funds !== undefined && !def.funds.some((f) => fundWithin(leaf.fund, f))) return false;
  if (def.unitTypes === undefined) return true;
  return (
    leaf.unitType !== undefined && (def.unitTypes as readonly string[]).includes(leaf.unitType)
  );
}

/** A codes measure over disjoint leaf facts: their exact sum, by 款 and by unit. @internal */
export function measureLeaves(
  def: CodesMeasure,
  input: LeafFacts,
  options: MeasureOptions,
): MeasureResult {
  const kindOf = new Map(input.units.map((u) => [u.code, u.unitType]));
  const types = def.unitTypes;
  const empty = { id: def.id, parts: [], rows: [], byUnit: [] };
  if (
    types !== undefined &&
    input.units.length > 0 &&
    input.units.every((u) => u.unitType !== undefined && !types.includes(u.unitType))
  )
    return {
      ...empty,
      status: "not-applicable",
      value: null,
      unit: options.unit ?? "万元",
      facts: [],
    };
  const { unitTypes: _types, ...anyUnit } = def;
  const facts: Fact[] = [];
  let unknownKind = false;
  const byEcon = new Map<string, Fact[]>();
  const byOrg = new Map<string, Amount[]>();
  for (const u of input.units) if (u.code !== undefined) byOrg.set(u.code, []);
  for (const f of input.leaves) {
    const c = f.coords;
    if (f.concept !== "spending" || c.period !== options.period || f.value === null) continue;
    const unitType = c.org === undefined ? undefined : kindOf.get(c.org);
    const leaf = { econ: c.econ, nature: c.nature, fund: c.fund, unitType };
    if (!inMeasure(def, leaf)) {
      // A leaf that only an unknown unit kind keeps out makes the sum a bound.
      if (types !== undefined && unitType === undefined && inMeasure(anyUnit, leaf)) {
        unknownKind = true;
        facts.push(f);
      }
      continue;
    }
    facts.push(f);
    const econ = c.econ as string;
    byEcon.set(econ, [...(byEcon.get(econ) ?? []), f]);
    if (c.org !== undefined) byOrg.get(c.org)?.push(f.value);
  }
  const values = facts.map((f) => f.value).filter((v): v is Amount => v !== null);
  const unit = values[0]?.unit ?? options.unit ?? "万元";
  const value = values.length === 0 ? zeroAmount(unit) : sumAmounts(values, unit);
  const rows: MeasureRow[] = [...byEcon.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([econ, fs]) => {
      const category =
        def.categories === undefined
          ? undefined
          : (def.categories.byEcon[econ] ?? def.categories.default);
      return {
        econ,
        ...(category === undefined ? {} : { category }),
        value: sumAmounts(
          fs.map((f) => f.value as Amount),
          unit,
        ),
        facts: fs,
      };
    });
  const byUnit = [...byOrg.entries()].map(([org, vs]) => ({
    org,
    value: vs.length === 0 ? zeroAmount(unit) : sumAmounts(vs, unit),
  }));
  const status = unknownKind || def.bound === "upper" ? "atMost" : "exact";
  const reason = unknownKind ? "unit-kinds-unknown" : def.bound === "upper" ? "upper" : undefined;
  return {
    ...empty,
    status,
    ...(reason === undefined ? {} : { reason }),
    value,
    unit,
    facts,
    rows: unknownKind ? [] : rows,
    byUnit: unknownKind ? [] : byUnit,
  };
}
