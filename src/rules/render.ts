import type { Locale } from "../locale";
import type { Template } from "../templates";
import { declaredRoundingNote } from "./declared-rounding";
import { messageLabels } from "./labels";
import type { Finding, Rule } from "./types";

/**
 * Renders a finding in a locale (zh-CN by default, en on request) with its rule's message, using
 * the rules given (the profile's). Cells and tables are named from the template when one is given
 * (the one the disclosure was checked with: table names, column headers, line labels), else by
 * their raw ids. A finding of a rule not given renders as its id and params.
 *
 * @example
 * ```ts
 * import { type Finding, renderFinding, RULES } from "yusuan/check";
 * import { henan2024 } from "yusuan/templates";
 * const f: Finding = { ruleId: "amount.negative", severity: "warning", outcome: "fail", evidence: [],
 *   params: {}, path: { table: "sanGong", row: "single", column: "reception", raw: "-2.60" } };
 * renderFinding(f, RULES, "zh-CN", henan2024); // "【一般公共预算“三公”经费预算表】「公务接待费」列（-2.60） 为负数。"
 * renderFinding(f, RULES, "en"); // "[sanGong] column \"reception\" (-2.60) is negative."
 * ```
 */
export function renderFinding(
  finding: Finding,
  rules: readonly Rule[],
  locale: Locale = "zh-CN",
  template?: Template,
): string {
  const rule = rules.find((r) => r.id === finding.ruleId);
  if (rule === undefined) return `${finding.ruleId} ${JSON.stringify(finding.params)}`;
  const text = rule.message(finding, messageLabels(template))[locale];
  // A gap a declared rounding explains (尾差) says so after the rule's own words.
  const declared = declaredRoundingNote(finding);
  return declared === undefined ? text : text + declared[locale];
}
