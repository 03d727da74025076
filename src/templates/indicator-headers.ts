/**
 * How printers head the columns of a performance indicator printed one a row (一级 / 二级 / 三级 /
 * 指标值 and what is printed beside it): one list of variants, shared by every targets kind (a
 * table of projects, a project form, a department's 整体绩效目标表), so a header one printer uses
 * reads on every kind.
 */
import { plainColumn } from "./build";
import type { IndicatorColumns } from "./targets";
import type { ColumnSpec } from "./types";

/** A part of an indicator printed in a column of its own: a key of {@link IndicatorColumns}. @internal */
export type IndicatorPart = keyof IndicatorColumns;

/** The group heading printers put over indicator columns (`绩效指标/指标值`). */
const GROUP = "绩效指标";

/** The headers an indicator's 指标值 column is printed under, by printers' wording. @internal */
export const INDICATOR_VALUE_HEADERS: readonly string[] = [
  "指标值",
  "目标值",
  "年度指标值",
  "预期指标值",
  "指标值（包含数字及文字描述）",
  "年度目标值",
  "指标目标值",
  "绩效目标值",
  "预期目标值",
  "标准值",
  "指标标准值",
];

/** How printers head an indicator's 三级 name (also under its 一级, side by side). @internal */
export const INDICATOR_NAME_HEADERS: readonly string[] = [
  "三级指标",
  "指标名称",
  "指标内容",
  "三级指标名称",
];

/**
 * Each part's headers, the first its name in messages (the {@link GROUP} heading over the others
 * added by {@link indicatorColumnSpecs}):
 *
 * - `sense`: 指标性质 (`≥`, `≤`, or `定量` / `定性`, which add no comparison);
 * - `direction`: 指标方向 (`≥`, `≤`, or `正向` / `反向`, which say which way is better) and a sign
 *   column (`指标值符号`, `运算符号`: `≥ | 95 | 人次` is `≥95人次`), printed instead of `sense` or
 *   beside it: the comparison is read from whichever prints one;
 * - `unit`: 计量单位 (a bare `单位` only beside the value, no other unit column printed: elsewhere
 *   in a table of projects it is the budget unit's name; see `measureUnitHeaders` in `printed/`);
 * - `explanation`: 指标值说明, read as text;
 * - `standard`: 评（扣）分标准; `midTermValue`: 中期指标值 beside the year's; `weight`: 分值 / 权重.
 */
const HEADERS: Readonly<Record<IndicatorPart, readonly string[]>> = {
  level1: [`${GROUP}/一级指标`, "一级指标", "指标类别", "指标类型"],
  level2: [`${GROUP}/二级指标`, "二级指标"],
  name: [`${GROUP}/三级指标`, ...INDICATOR_NAME_HEADERS],
  value: [`${GROUP}/指标值`, ...INDICATOR_VALUE_HEADERS],
  explanation: ["指标值说明", "指标解释", "指标说明", "指标值解释"],
  standard: ["评（扣）分标准", "评分标准", "扣分标准", "评（扣）分规则", "评分规则"],
  midTermValue: ["中期指标值", "中期目标值"],
  weight: ["分值", "指标分值", "分值（分）", "权重", "指标权重", "权重（%）", "权重（分）"],
  // `定量` / `定性` under 指标值类型 (other printers' word for the same column).
  sense: ["指标性质", "指标值类型"],
  direction: [
    "指标方向",
    "指标方向性",
    "指标值符号",
    "运算符号",
    "运算符",
    "符号",
    "比较符号",
    "指标符号",
  ],
  unit: ["计量单位", "度量单位", "指标值单位", "指标单位"],
};

/** The parts in the order their columns are listed. */
const PARTS: readonly IndicatorPart[] = [
  "level1",
  "level2",
  "name",
  "value",
  "explanation",
  "standard",
  "midTermValue",
  "weight",
  "sense",
  "direction",
  "unit",
];

/**
 * The columns of an indicator printed one a row, under the shared headers (each alone and under
 * `绩效指标/`), and the layout's keys of them: `key(part)` names each part's column.
 * @internal
 */
export function indicatorColumnSpecs(key: (part: IndicatorPart) => string): {
  readonly columns: readonly ColumnSpec[];
  readonly indicator: IndicatorColumns;
} {
  const columns = PARTS.map((part) => {
    const words = HEADERS[part];
    const grouped = words.filter((w) => !w.startsWith(`${GROUP}/`)).map((w) => `${GROUP}/${w}`);
    return plainColumn("text", key(part), [...new Set([...words, ...grouped])]);
  });
  const indicator = {} as Record<IndicatorPart, string>;
  for (const part of PARTS) indicator[part] = key(part);
  return { columns, indicator };
}
