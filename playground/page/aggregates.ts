/**
 * The aggregates the demo prints (totals, basic / project spending, 人员 / 公用经费, 三公,
 * 机构运转经费), each as printed and recomputed from the cells below it, computed from the facts
 * with the library's own functions. Pure.
 */
import {
  type Amount,
  amount,
  amountsEqual,
  type Concept,
  type Coordinates,
  type Fact,
  factKey,
  type Localized,
  type LoweredTable,
  percentage,
  type SourceCell,
} from "yusuan";
import { type DerivedFact, decomposeTable, rollUpTable } from "yusuan/check";

/** One aggregate the page shows, as data. */
export interface AggregateSpec {
  readonly id: string;
  readonly label: Localized;
  readonly concept: Concept;
  readonly coords: Coordinates;
  /** The aggregate this one is a share of. */
  readonly shareOf?: string;
}

/** The aggregates, in the demo's order. */
export const AGGREGATES: readonly AggregateSpec[] = [
  {
    id: "spending.total",
    label: { "zh-CN": "支出总计", en: "Total spending" },
    concept: "spending.total",
    coords: {},
  },
  {
    id: "revenue.total",
    label: { "zh-CN": "收入总计", en: "Total revenue" },
    concept: "revenue.total",
    coords: {},
  },
  {
    id: "spending",
    label: { "zh-CN": "本年支出", en: "Spending this year" },
    concept: "spending",
    coords: {},
  },
  {
    id: "basic",
    label: { "zh-CN": "基本支出", en: "Basic spending" },
    concept: "spending",
    coords: { nature: "basic" },
    shareOf: "spending",
  },
  {
    id: "project",
    label: { "zh-CN": "项目支出", en: "Project spending" },
    concept: "spending",
    coords: { nature: "project" },
    shareOf: "spending",
  },
  {
    id: "personnel",
    label: { "zh-CN": "人员经费", en: "Personnel costs" },
    concept: "spending",
    coords: { nature: "basic.personnel", fund: "gpb" },
    shareOf: "basic",
  },
  {
    id: "public",
    label: { "zh-CN": "公用经费", en: "Public costs" },
    concept: "spending",
    coords: { nature: "basic.public", fund: "gpb" },
    shareOf: "basic",
  },
  {
    id: "sanGong",
    label: { "zh-CN": "“三公”经费", en: "Three public expenses (三公)" },
    concept: "sanGong",
    coords: {},
  },
  {
    id: "sanGong.abroad",
    label: { "zh-CN": "因公出国（境）费", en: "Travel abroad" },
    concept: "sanGong",
    coords: { item: "abroad" },
  },
  {
    id: "sanGong.vehicles",
    label: { "zh-CN": "公务用车购置及运行费", en: "Official vehicles" },
    concept: "sanGong",
    coords: { item: "vehicles" },
  },
  {
    id: "sanGong.reception",
    label: { "zh-CN": "公务接待费", en: "Official reception" },
    concept: "sanGong",
    coords: { item: "reception" },
  },
  {
    id: "operatingCost",
    label: { "zh-CN": "机构运转经费 / 机关运行经费", en: "Operating costs" },
    concept: "operatingCost",
    coords: {},
  },
];

/** One aggregate computed for a disclosure. */
export interface AggregateLine {
  readonly spec: AggregateSpec;
  /**
   * The printed figure and its cell; a blank cell counts as 0 in its table's unit (`blank`).
   * Absent when no table prints it.
   */
  readonly printed?: {
    readonly value: Amount;
    readonly source: SourceCell;
    readonly blank: boolean;
  };
  /**
   * The same figure recomputed from the cells below it: the derivation (row roll-up or
   * decomposition) with the most parts, in whichever table.
   */
  readonly recomputed?: { readonly value: Amount; readonly table: string; readonly parts: number };
  /** Printed and recomputed agree (absent when either is missing). */
  readonly agrees?: boolean;
  /** `percent` of the aggregate `of` (two decimals), when both are printed and it is defined. */
  readonly share?: { readonly of: string; readonly percent: string };
}

/** Groups items by a key, in one pass. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}

/**
 * Computes {@link AGGREGATES} (or `specs`) from a disclosure's lowered tables (`lowerDisclosure`
 * with the template it is checked against).
 */
export function aggregates(
  lowered: readonly LoweredTable[],
  specs: readonly AggregateSpec[] = AGGREGATES,
): readonly AggregateLine[] {
  const facts: readonly Fact[] = lowered.flatMap((t) => t.rows.flatMap((r) => r.facts));
  const printedByKey = groupBy(facts, (f) => factKey(f.concept, f.coords));
  const derivedByKey = groupBy(
    lowered.flatMap((t) => [...rollUpTable(t), ...decomposeTable(t)]),
    (d) => factKey(d.concept, d.coords),
  );
  const unitOf = (table: string) =>
    lowered.find((t) => t.table.kind === table)?.table.unit ?? "万元";

  const lines = new Map<string, AggregateLine>();
  for (const spec of specs) {
    const key = factKey(spec.concept, spec.coords);
    const same = printedByKey.get(key) ?? [];
    const first = same.find((f) => f.value !== null) ?? same[0];
    const printed =
      first === undefined
        ? undefined
        : {
            value: first.value ?? amount("0", unitOf(first.source.table)),
            source: first.source,
            blank: first.value === null,
          };
    let best: DerivedFact | undefined;
    for (const d of derivedByKey.get(key) ?? []) {
      if (best === undefined || d.parts.length > best.parts.length) best = d;
    }
    const recomputed =
      best === undefined
        ? undefined
        : {
            value: best.value ?? amount("0", unitOf(best.table)),
            table: best.table,
            parts: best.parts.length,
          };
    const whole = spec.shareOf === undefined ? undefined : lines.get(spec.shareOf)?.printed;
    const pct =
      whole === undefined || printed === undefined
        ? undefined
        : percentage(printed.value, whole.value, { decimals: 2 });
    lines.set(spec.id, {
      spec,
      ...(printed === undefined ? {} : { printed }),
      ...(recomputed === undefined ? {} : { recomputed }),
      ...(printed === undefined || recomputed === undefined
        ? {}
        : { agrees: amountsEqual(printed.value, recomputed.value) }),
      ...(pct?.ok === true && spec.shareOf !== undefined
        ? { share: { of: spec.shareOf, percent: pct.value } }
        : {}),
    });
  }
  return [...lines.values()];
}
