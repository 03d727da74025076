/**
 * The columns a targets layout reads an indicator from, listed once per layout (template data),
 * and an indicator made of the parts printed.
 */
import type { Indicator } from "../../disclosure";
import type { TargetLayout } from "../../templates";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Whether a column key is given. @internal */
export const isKey = (k: string | undefined): k is string => k !== undefined;

/** An indicator one a row, as a layout lists its columns. @internal */
export type IndicatorSpec = NonNullable<TargetLayout["indicator"]>;

/**
 * The columns an indicator one a row is read from (`all`), and those of its notes alone
 * (`notes`: 说明, 评分标准, 中期指标值, 分值), listed once per layout (the template's own data, not
 * a disclosure's: every row of every table of that layout reads them).
 */
const columnsOf = new WeakMap<
  IndicatorSpec,
  { readonly all: readonly string[]; readonly notes: readonly string[] }
>();
/** @internal */
export function indicatorColumns(c: IndicatorSpec): {
  readonly all: readonly string[];
  readonly notes: readonly string[];
} {
  let columns = columnsOf.get(c);
  if (columns === undefined) {
    const notes = [c.explanation, c.standard, c.midTermValue, c.weight].filter(isKey);
    const all = [c.level1, c.level2, c.name, c.value, ...notes, c.sense, c.direction, c.unit];
    columns = { all: all.filter(isKey), notes };
    columnsOf.set(c, columns);
  }
  return columns;
}

/**
 * The columns a layout reads indicators from, in every row it reads them on: each group's name
 * and value, and each column of an indicator one a row. Listed once per layout (template data).
 * @internal
 */
export function layoutIndicatorColumns(layout: TargetLayout): ReadonlySet<string> {
  let columns = layoutColumns.get(layout);
  if (columns === undefined) {
    const found = new Set<string>();
    for (const g of layout.groups ?? []) found.add(g.name).add(g.value);
    if (layout.indicator !== undefined)
      for (const column of indicatorColumns(layout.indicator).all) found.add(column);
    columns = found;
    layoutColumns.set(layout, columns);
  }
  return columns;
}
const layoutColumns = new WeakMap<TargetLayout, ReadonlySet<string>>();

/**
 * An indicator of the parts printed, a blank part left out, its keys in the order they print
 * (set one by one: no spread of an empty object per part). @internal
 */
export function indicatorOf(
  level1: string,
  level2: string | undefined,
  name: string,
  value: string,
  explanation: string,
  standard: string,
  midTermValue: string,
  weight: string,
): Indicator {
  const out = { level1 } as Mutable<Indicator>;
  if (level2 !== undefined) out.level2 = level2;
  out.name = name;
  out.value = value;
  if (explanation !== "") out.explanation = explanation;
  if (standard !== "") out.standard = standard;
  if (midTermValue !== "") out.midTermValue = midTermValue;
  if (weight !== "") out.weight = weight;
  return out;
}
