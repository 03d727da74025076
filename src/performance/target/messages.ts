import { formatAmountError } from "../../amount";
import type { Locale } from "../../locale";
import { TARGET_MONEY_LINE_NAMES, type TargetMoneyLine } from "../../templates/targets";
import type { TargetPath } from "../read/types";
import { formatIndicatorValueError } from "../value/messages";
import type { TargetProblem } from "./problems";

const line = (l: TargetMoneyLine, locale: Locale) => TARGET_MONEY_LINE_NAMES[l][locale];

function where(path: TargetPath): string {
  return path
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`))
    .join("")
    .replace(/^\./, "");
}

function zh(p: TargetProblem): string {
  switch (p.code) {
    case "blank-name":
      return "项目名称为空";
    case "unread-name":
      return "项目名称没有读入（本库的缺口，不是文件的错误）";
    case "blank-level1":
      return `指标“${p.indicator}”没有一级指标`;
    case "missing-value":
      return `指标“${p.indicator}”没有指标值`;
    case "unread-value":
      return `指标“${p.indicator}”的指标值没有读入（表中没有本库认识的指标值列；本库的缺口，不是文件的错误）`;
    case "malformed-value":
      return `指标“${p.indicator}”：${formatIndicatorValueError(p.error)}`;
    case "share-above-whole":
      return `满意度指标“${p.indicator}”的指标值 ${p.value} 超过 100%，无法达到`;
    case "no-output":
      return "没有产出指标";
    case "no-satisfaction":
      return "没有满意度指标";
    case "unknown-level1":
      return `指标体系（${p.framework}）中没有一级指标“${p.level1}”（本库未收录，不是文件的错误）`;
    case "level2-mismatch":
      return `指标体系（${p.framework}）中一级指标“${p.level1}”下没有二级指标“${p.level2}”（本库未收录，不是文件的错误）`;
    case "malformed-money":
      return `${line(p.line, "zh-CN")}：${formatAmountError(p.error)}`;
    case "money-sum":
      return `${p.parts.map((l) => line(l, "zh-CN")).join(" + ")} = ${p.expected}，与资金总额 ${p.actual} 相差 ${p.difference}`;
    case "money-sum-unread":
      return `${p.parts.map((l) => line(l, "zh-CN")).join(" + ")} = ${p.expected}，比资金总额 ${p.actual} 少 ${p.difference}，而本目标有一笔未能读取的金额（行名或列名未知）正是差额，可能就是缺少的部分：未检查`;
    case "money-part-exceeds":
      return `${line(p.line, "zh-CN")} ${p.part} 大于资金总额 ${p.whole}`;
  }
}

function en(p: TargetProblem): string {
  switch (p.code) {
    case "blank-name":
      return "the project has no name";
    case "unread-name":
      return "the project's name was not read (a gap of the library, not of the document)";
    case "blank-level1":
      return `indicator "${p.indicator}" has no 一级 (level-1 category)`;
    case "missing-value":
      return `indicator "${p.indicator}" has no value`;
    case "unread-value":
      return `the value of indicator "${p.indicator}" was not read (the table prints no value column the library knows; a gap of the library, not of the document)`;
    case "malformed-value":
      return `indicator "${p.indicator}": ${formatIndicatorValueError(p.error, "en")}`;
    case "share-above-whole":
      return `satisfaction indicator "${p.indicator}" asks for ${p.value}, more than 100%, which cannot be reached`;
    case "no-output":
      return "no output (产出) indicator";
    case "no-satisfaction":
      return "no satisfaction (满意度) indicator";
    case "unknown-level1":
      return `framework ${p.framework} has no 一级 "${p.level1}" (a gap of the library, not of the document)`;
    case "level2-mismatch":
      return `framework ${p.framework} has no 二级 "${p.level2}" under "${p.level1}" (a gap of the library, not of the document)`;
    case "malformed-money":
      return `${line(p.line, "en")}: ${formatAmountError(p.error, "en")}`;
    case "money-sum":
      return `${p.parts.map((l) => line(l, "en")).join(" + ")} = ${p.expected}, not the total ${p.actual} (a difference of ${p.difference})`;
    case "money-sum-unread":
      return `${p.parts.map((l) => line(l, "en")).join(" + ")} = ${p.expected}, ${p.difference} short of the total ${p.actual}, and the target prints an amount not read (an unknown line or column) that is the difference, which may be the part missing: not checked`;
    case "money-part-exceeds":
      return `${line(p.line, "en")} ${p.part} is more than the total ${p.whole}`;
  }
}

/** The sentence of a problem, without its path (the checker's messages reuse it). @internal */
export function targetProblemText(problem: TargetProblem, locale: Locale): string {
  return locale === "en" ? en(problem) : zh(problem);
}

/**
 * Renders a {@link TargetProblem}: its path, then a sentence, Chinese by default, English on
 * request.
 *
 * @param problem - the problem
 * @param locale - `"zh-CN"` (default) or `"en"`
 *
 * @example
 * ```ts
 * import { formatTargetProblem } from "yusuan/performance";
 * const p = { code: "missing-value", severity: "warning", path: ["indicators", 2, "value"], indicator: "人数" } as const;
 * formatTargetProblem(p); // "indicators[2].value：指标“人数”没有指标值"
 * formatTargetProblem(p, "en"); // 'indicators[2].value: indicator "人数" has no value'
 * ```
 */
export function formatTargetProblem(problem: TargetProblem, locale: Locale = "zh-CN"): string {
  const at = where(problem.path);
  const text = targetProblemText(problem, locale);
  return locale === "en" ? `${at}: ${text}` : `${at}：${text}`;
}
