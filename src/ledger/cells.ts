import type { UnitType } from "../disclosure";
import type { Concept, Coordinates, Fund, Nature } from "../facts";
import { FUND_CARRIED, FUND_CURRENT } from "../facts/funds";
import {
  type CodesMeasure,
  fundWithin,
  inMeasure,
  type MeasureDefinition,
  type MeasureSet,
  natureWithin,
} from "../measures";

/**
 * What a cell needs to know of a classified amount, besides the row it falls in: spending or a
 * carry-forward, its fund, nature and period, its economic code (款 or 类, `""` for none), and its
 * unit's kind. @internal
 */
export interface Signature {
  readonly carryForward: boolean;
  readonly fund: Fund;
  readonly nature: Nature | undefined;
  readonly prior: boolean;
  readonly econ: string;
  readonly unitType: UnitType | undefined;
}

/** Which carried-over fund a `revenue.carryover` fact of a fund (or of the whole) is. */
const carriedOf = (fund: Fund | undefined): Fund | undefined =>
  fund === undefined ? "carryover" : FUND_CARRIED[fund];

const isCarried = (f: Fund) => fundWithin(f, "carryover");

/**
 * Whether an amount of fund `f` is spending of `fund`: a fund's spending holds what its 上年结转
 * pays for (`gpb` = `gpb.current` + `carryover.gpb`), but not a carry-over the same cells print
 * apart (`apart`: the 项目支出表's 财政拨款结转结余/一般公共预算 beside its 本年拨款/一般公共预算);
 * this year's appropriation (`gpb.current`) is the fund's money less any carry-over.
 */
function spentFrom(fund: Fund | undefined, apart: readonly Fund[]): (f: Fund) => boolean {
  if (fund === undefined) return () => true;
  const current = FUND_CURRENT[fund];
  if (current !== undefined) return (f) => fundWithin(f, current);
  const carried = FUND_CARRIED[fund];
  if (carried === undefined) return (f) => fundWithin(f, fund);
  return (f) =>
    fundWithin(f, fund) || (fundWithin(f, carried) && !apart.some((a) => fundWithin(f, a)));
}

function leaves(def: MeasureDefinition): CodesMeasure[] {
  return def.kind === "codes" ? [def] : def.parts.flatMap(leaves);
}

function stating(def: MeasureDefinition, item: string | undefined): MeasureDefinition | undefined {
  if ((def.states.coords?.item ?? undefined) === item) return def;
  if (def.kind === "codes") return undefined;
  for (const p of def.parts) {
    const found = stating(p, item);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Whether a measure concept's value depends on economic 款 and unit kinds. @internal */
export const isMeasureConcept = (c: Concept) => c === "sanGong" || c === "operatingCost";

/**
 * The amounts a cell stating `concept` at `coords` adds up (the row's own coordinates aside):
 * spending lines (a fund's with what its carry-over pays for, unless one of `apart`, the
 * carried-over funds its neighbouring cells print, holds it), carry-forwards, income as the funds
 * of both (本年收入: this year's funds; 上年结转: the carried-over ones), and the measures (三公
 * items, 机构运转经费) by the profile's definitions. `undefined` when the ledger cannot state it
 * at all. @internal
 */
export function cellPredicate(
  concept: Concept,
  coords: Coordinates,
  measures: MeasureSet | undefined,
  apart: readonly Fund[] = [],
): ((s: Signature) => boolean) | undefined {
  const fund = coords.fund;
  const nature = coords.nature;
  const econ = coords.econ;
  const prior = coords.period === "prior";
  const spent = spentFrom(fund, apart);
  const inFund = (s: Signature) => spent(s.fund);
  const inRevenueFund = (s: Signature) => fundWithin(s.fund, fund);
  const common = (s: Signature) =>
    s.prior === prior &&
    (nature === undefined || natureWithin(s.nature, nature)) &&
    (econ === undefined || s.econ.startsWith(econ));
  // A carry-forward has no function, code or nature: only cells without them hold it.
  const carryable = nature === undefined && econ === undefined;
  switch (concept) {
    case "spending":
      return (s) => !s.carryForward && inFund(s) && common(s);
    case "spending.carryforward":
      return carryable ? (s) => s.carryForward && inFund(s) && s.prior === prior : undefined;
    case "spending.total":
      return (s) => (carryable || !s.carryForward) && inFund(s) && common(s);
    case "revenue":
      return (s) =>
        (carryable || !s.carryForward) && !isCarried(s.fund) && inRevenueFund(s) && common(s);
    case "revenue.carryover": {
      const carried = carriedOf(fund);
      if (carried === undefined) return undefined;
      return (s) => !s.carryForward && fundWithin(s.fund, carried) && common(s);
    }
    case "revenue.total": {
      const carried = carriedOf(fund);
      return (s) =>
        (carryable || !s.carryForward) &&
        (isCarried(s.fund)
          ? carried !== undefined && fundWithin(s.fund, carried)
          : inRevenueFund(s)) &&
        common(s);
    }
    case "sanGong":
    case "operatingCost": {
      const root = measures?.[concept];
      const def = root === undefined ? undefined : stating(root, coords.item);
      if (def === undefined) return undefined;
      const parts = leaves(def);
      const category = coords.category;
      return (s) =>
        !s.carryForward &&
        inFund(s) &&
        common(s) &&
        (category === undefined || categoryOf(parts, s.econ) === category) &&
        parts.some((d) => inMeasure(d, s));
    }
    default:
      return undefined;
  }
}

/** The 项目类别 a measure gives an economic code. @internal */
export function categoryOf(defs: readonly CodesMeasure[], econ: string): string | undefined {
  for (const d of defs)
    if (d.categories !== undefined) return d.categories.byEcon[econ] ?? d.categories.default;
  return undefined;
}

/** The codes measures a concept's measure consists of. @internal */
export function measureLeaves(concept: Concept, measures: MeasureSet | undefined): CodesMeasure[] {
  if (concept !== "sanGong" && concept !== "operatingCost") return [];
  const root = measures?.[concept];
  return root === undefined ? [] : leaves(root);
}
