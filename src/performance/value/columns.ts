import { nfkcCompact } from "./nfkc";
import { isNumeralCharacter } from "./numerals";
import { operatorOf, startsWithOperator, withoutOperator } from "./operators";
import { RANGE_SEPARATORS } from "./scan";

/** What a 计量单位 cell prints for no unit (after NFKC, without whitespace). */
const NO_UNIT: readonly string[] = ["", "-", "--", "—", "——", "/", "\\", "无", "空"];

const compact = nfkcCompact;

/**
 * Whether a cell prints nothing or a mark for nothing (`/`, `—`, `-`, `无`, `空`, full-width or
 * not): what a 绩效 table prints in the cells of an indicator it does not set. @internal
 */
export const noneMark = (s: string): boolean => NO_UNIT.includes(compact(s));

/**
 * Words a 计量单位 cell names a unit by that are no unit after a figure: the unit they name
 * (`百分比` is `%`, `月份` a month, as a measure).
 */
const UNIT_NAMES: Readonly<Record<string, string>> = {
  百分比: "%",
  百分率: "%",
  千分比: "‰",
  月份: "月",
};

/**
 * What a 指标方向 cell prints for the comparison it means: a 正向 indicator is met at or above its
 * value (`≥`), a 反向 (逆向) one at or below it (`≤`).
 */
const DIRECTIONS: Readonly<Record<string, string>> = {
  正向: "≥",
  正向指标: "≥",
  反向: "≤",
  反向指标: "≤",
  逆向: "≤",
  逆向指标: "≤",
};

/** Units that, printed after a figure, would make it a date (`12月`): a 度量单位 of months. */
const isDateWord = (unit: string): boolean => unit === "月";

/**
 * Whether a value is a figure in Chinese numerals alone (`十二`, `≥九十五`): with its unit after
 * it, the value reader reads it as in digits (`十二个月` is `12个月`).
 */
function hanFigure(value: string, more = ""): boolean {
  const s = withoutOperator(compact(value));
  for (const c of s) if (!isNumeralCharacter(c) && !more.includes(c)) return false;
  return s !== "";
}

/** The words of a percentage in numerals (`百分之九十五`, `九成`): a figure, which takes no unit. */
const HAN_PERCENT = "分之成";

/** A number as printed (digits, groups, a decimal part) at the start of a text: its length. */
function numberLength(s: string, from: number): number {
  let i = from;
  const digit = (k: number) => s.charAt(k) >= "0" && s.charAt(k) <= "9";
  if (!digit(i)) return 0;
  while (digit(i) || (s.charAt(i) === "," && digit(i + 1))) i++;
  if (s.charAt(i) === "." && digit(i + 1)) {
    i++;
    while (digit(i)) i++;
  }
  return i - from;
}

/** Magnitudes a figure may print before the unit its 度量单位 cell prints (`10万` and `元`). */
const MAGNITUDES = "百千万亿";

/**
 * Whether a printed value is a figure without a unit (`95`, `≥95`, `90-100`, `1.5万`): an
 * operator or none, then a number (with a magnitude after it, `万`, `亿`) or a range of two, and
 * nothing else. Read by its shape (the reader does not parse values: the rules do).
 */
function bareFigure(value: string): boolean {
  const s = withoutOperator(compact(value));
  const first = numberLength(s, 0);
  if (first === 0) return false;
  if (first === s.length) return true;
  if (first === s.length - 1 && MAGNITUDES.includes(s.charAt(first))) return true;
  if (!RANGE_SEPARATORS.includes(s.charAt(first))) return false;
  const second = numberLength(s, first + 1);
  return second > 0 && first + 1 + second === s.length;
}

/** Suffixes that state a comparison (`95%以上`, `3天内`, `12月底前`), or an approximation. */
const COMPARING_ENDS: readonly string[] = [
  "以上",
  "以下",
  "以内",
  "内",
  "前",
  "后",
  "左右",
  "不等",
];

/**
 * Whether a printed value is a figure or a date stating no comparison (`95%`, `12月`): it starts
 * with a number, is no range, holds no placeholder letter and ends with no comparing suffix.
 */
function figureWithoutOperator(value: string): boolean {
  const s = compact(value);
  const n = numberLength(s, 0);
  if (n === 0 || startsWithOperator(s)) return false;
  // (`"".includes` is true: a figure that ends the text is no range.)
  if (n < s.length && RANGE_SEPARATORS.includes(s.charAt(n))) return false;
  if (s.includes("X")) return false;
  return !COMPARING_ENDS.some((end) => s.endsWith(end));
}

/**
 * What a 指标性质 cell prints to name the kind of an indicator, no value of it: 定性 / 定量, and a
 * class some provinces print there (共性 / 个性, 约束性 / 预期性, 核心), with `指标` after it or not.
 */
const KINDS: ReadonlySet<string> = /*#__PURE__*/ new Set(
  ["定性", "定量", "共性", "个性", "约束性", "预期性", "核心", "中性"].flatMap((w) => [
    w,
    `${w}指标`,
  ]),
);

/**
 * What a 指标性质 / 指标方向 cell prints to name the direction of an indicator (`越高越好`, `上限`,
 * `区间`) or its class (`数量指标`, `社会效益`, the 二级指标 of the target tree), with `指标` after it
 * or not: no value of it.
 */
const SENSE_WORDS: ReadonlySet<string> = /*#__PURE__*/ new Set(
  [
    ...["越高越好", "越低越好", "越大越好", "越小越好", "越多越好", "越少越好"],
    ...["上限", "下限", "区间", "定额"],
    ...["数量", "质量", "时效", "成本", "效益", "满意度", "产出", "效果"],
    ...["经济成本", "社会成本", "生态环境成本", "经济效益", "社会效益", "生态效益", "环境效益"],
    ...["生态环境效益", "可持续影响", "服务对象满意度", "社会公众或服务对象满意度"],
  ].flatMap((w) => [w, `${w}指标`]),
);

/**
 * Whether a 指标性质 / 指标方向 cell prints a value (`较上年提高`, `≥95%`) rather than a comparison
 * (`≥`, `正向`), a kind (`定性`, `共性指标`), a direction or class (`越高越好`, `上限`, `数量指标`) or
 * nothing (`/`): beside a blank 指标值 cell, the
 * indicator's value (a cell merged across both, its text in the first). @internal
 */
export function valueInSense(sense: string): boolean {
  const s = compact(sense);
  return (
    !noneMark(s) &&
    !KINDS.has(s) &&
    !SENSE_WORDS.has(s) &&
    DIRECTIONS[s] === undefined &&
    operatorOf(s) === undefined
  );
}

/**
 * An indicator's value as one printed text, from the 指标值 cell and, when a layout prints them
 * apart, the 指标性质 or 指标方向 cell (the comparison: `≥`, `≤`, `＝`, `正向` is `≥`, `反向` is
 * `≤`; `定性` is none) and the 计量单位 / 度量单位 cell: `95` with `≥` and `%` is `≥95%`, `10万` with
 * `元` is `10万元`. The unit is added only to a figure printed
 * without one, and the comparison only to a figure printed without one; a value that already
 * prints them (`≥95%`), a qualitative value (`按时完成`) and a blank value stay as printed, as
 * does a unit cell printing none (`—`, `/`, `无`).
 *
 * @param value - the 指标值 cell
 * @param sense - the 指标性质 cell (`""` when the layout prints none)
 * @param unit - the 计量单位 cell (`""` when the layout prints none)
 *
 * @example
 * ```ts
 * joinValueColumns("95", "≥", "%"); // "≥95%"
 * joinValueColumns("≥95%", "≥", "%"); // "≥95%"
 * joinValueColumns("按时完成", "定性", ""); // "按时完成"
 * ```
 *
 * @internal
 */
export function joinValueColumns(value: string, sense: string, unit: string): string {
  let out = value.trim();
  if (out === "") return out;
  const printed = compact(unit);
  const u = UNIT_NAMES[printed] ?? printed;
  if (!NO_UNIT.includes(u)) {
    // A unit the figure and it would print as a date (`12` and `月`: December) is written in
    // brackets (`12（月）`: twelve months), as the measure it is; a figure in numerals (`十二`
    // with `个月`) takes its unit as one in digits does, and reads as in digits.
    // (a unit printing its own magnitude, `万元`, is the unit of a figure printing none)
    if (
      bareFigure(out) &&
      !(MAGNITUDES.includes(u.charAt(0)) && MAGNITUDES.includes(out.at(-1) ?? ""))
    )
      out = isDateWord(u) ? `${out}（${u}）` : `${out}${u}`;
    else if (hanFigure(out) && !isDateWord(u)) out = `${out}${u}`;
  }
  const op = DIRECTIONS[compact(sense)] ?? sense.trim();
  // (the figure's shape is read only when there is a comparison to add: most cells print none)
  if (
    operatorOf(op) !== undefined &&
    !startsWithOperator(out) &&
    (figureWithoutOperator(out) || hanFigure(value, HAN_PERCENT))
  )
    out = `${op}${out}`;
  return out;
}
