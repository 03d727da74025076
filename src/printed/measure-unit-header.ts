/**
 * A bare `单位` header in a table of performance targets: beside the indicator's value it is the
 * value's measure unit (计量单位), elsewhere an organisation's name (单位名称).
 */
import type { TableKind } from "../templates";
import { markedLevels } from "./periods";

/** The level a bare unit header prints, and the one it is read as beside the value. */
const BARE = "单位";
const MEASURE = "计量单位";

/**
 * The headers with a bare `单位` (`绩效指标/单位`, `单　位`) read as `计量单位` where it names the
 * measure unit of the indicator's value: in a kind reading an indicator's unit apart
 * (`targets.indicator.unit`), no other header naming that column, and the nearest column on
 * either side, past the comparison printed apart (指标性质 / 指标方向 / 符号), named best by the
 * indicator's value column (`指标值 | 单位`, `指标值 | 指标性质 | 单位`, `单位 | 目标值`). Printed
 * anywhere else (`单位 | 项目名称 | …`) it is an organisation's name and stays as printed. Only the
 * first such header is read so. `quality` is the kind's `columnQuality`. Linear in the headers
 * (the columns looked at for a bare `单位` header only). @internal
 */
export function measureUnitHeaders(
  texts: readonly string[],
  kind: TableKind,
  quality: (path: readonly string[], column: number) => number,
): readonly string[] {
  const indicator = kind.targets?.indicator;
  if (indicator?.unit === undefined) return texts;
  const paths = texts.map((t) => markedLevels(t).levels);
  if (!paths.some((p) => p.at(-1) === BARE)) return texts;
  const columnOf = (key: string | undefined) =>
    key === undefined ? -1 : kind.columns.findIndex((c) => c.key === key);
  const unit = columnOf(indicator.unit);
  const value = columnOf(indicator.value);
  const between = new Set([columnOf(indicator.sense), columnOf(indicator.direction)]);
  between.delete(-1);
  if (unit < 0 || value < 0 || paths.some((p) => quality(p, unit) > 0)) return texts;
  /** The column a printed header names best (-1: none or several). */
  const best = (path: readonly string[] | undefined): number => {
    if (path === undefined || path.length === 0) return -1;
    let top = 0;
    let at = -1;
    for (let c = 0; c < kind.columns.length; c++) {
      const q = quality(path, c);
      if (q > top) [top, at] = [q, c];
      else if (q === top && q > 0) at = -1;
    }
    return at;
  };
  /** Whether the nearest column from `i` towards `step`, past comparisons, is the value's. */
  const reaches = (i: number, step: 1 | -1): boolean => {
    for (let j = i + step; j >= 0 && j < paths.length; j += step) {
      const named = best(paths[j]);
      if (named === value) return true;
      if (!between.has(named)) return false;
    }
    return false;
  };
  const at = paths.findIndex((p, i) => p.at(-1) === BARE && (reaches(i, -1) || reaches(i, 1)));
  if (at < 0) return texts;
  const text = texts[at] ?? "";
  const read = [...texts];
  read[at] = `${text.slice(0, text.lastIndexOf("/") + 1)}${MEASURE}`;
  return read;
}
