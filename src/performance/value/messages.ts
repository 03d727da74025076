import type { Locale } from "../../locale";
import { startsWithOperator } from "./operators";
import type { IndicatorValueError } from "./types";

function zh(e: IndicatorValueError): string {
  const head = `指标值“${e.input}”无效：`;
  switch (e.code) {
    case "empty":
      return "指标值为空";
    case "missing-number":
      return startsWithOperator(e.input)
        ? `${head}比较符号后缺少数值`
        : `${head}模板占位未填写，缺少数值`;
    case "malformed-number":
      return `${head}数值写法不对`;
    case "malformed-unit":
      return `${head}“${e.unit}”不是计量单位`;
    case "conflicting-operators":
      return `${head}前后的比较方向相互矛盾`;
    case "operator-with-range":
      return `${head}区间前不能再加比较符号`;
    case "inverted-range":
      return `${head}区间下限大于上限`;
    case "range-units-differ":
      return `${head}区间两端的单位不同`;
    case "invalid-date":
      return `${head}日期不存在`;
    case "not-text":
      return `指标值应为文本，实为 ${e.found}`;
  }
}

function en(e: IndicatorValueError): string {
  const head = `invalid indicator value "${e.input}": `;
  switch (e.code) {
    case "empty":
      return "the indicator value is blank";
    case "missing-number":
      return startsWithOperator(e.input)
        ? `${head}a comparison without a number after it`
        : `${head}a template's placeholder left unfilled, without a number`;
    case "malformed-number":
      return `${head}the number is malformed`;
    case "malformed-unit":
      return `${head}"${e.unit}" is not a unit`;
    case "conflicting-operators":
      return `${head}the comparisons before and after the number disagree`;
    case "operator-with-range":
      return `${head}a range cannot have a comparison in front`;
    case "inverted-range":
      return `${head}the low end of the range is above the high end`;
    case "range-units-differ":
      return `${head}the two ends of the range have different units`;
    case "invalid-date":
      return `${head}no such date`;
    case "not-text":
      return `an indicator value must be text, found ${e.found}`;
  }
}

/**
 * Renders an {@link IndicatorValueError} as a sentence quoting the input: Chinese by default,
 * English on request.
 *
 * @param error - the error
 * @param locale - `"zh-CN"` (default) or `"en"`
 *
 * @example
 * ```ts
 * import { formatIndicatorValueError, parseIndicatorValue } from "yusuan/performance";
 * const r = parseIndicatorValue("90%-80%");
 * if (!r.ok) formatIndicatorValueError(r.error, "en"); // 'invalid indicator value "90%-80%": the low end of the range is above the high end'
 * ```
 */
export function formatIndicatorValueError(
  error: IndicatorValueError,
  locale: Locale = "zh-CN",
): string {
  return locale === "en" ? en(error) : zh(error);
}
