import type { Locale } from "../locale";
import type { Finding, Rule } from "./types";

/**
 * Renders a finding in a locale (zh-CN by default, en on request) from its rule id and params,
 * using the rules given (the profile's).
 *
 * @example
 * ```ts
 * import { type Finding, renderFinding, RULES } from "yusuan/check";
 * const f: Finding = { ruleId: "amount.negative", severity: "warning", outcome: "fail", evidence: [],
 *   params: { atZh: "【三公】", atEn: "[sanGong]" } };
 * renderFinding(f, RULES, "en"); // "[sanGong] is negative."
 * ```
 */
export function renderFinding(
  finding: Finding,
  rules: readonly Rule[],
  locale: Locale = "zh-CN",
): string {
  const rule = rules.find((r) => r.id === finding.ruleId);
  if (finding.outcome === "insufficient-data") {
    const title = rule?.title[locale] ?? finding.ruleId;
    const need = String(finding.params[locale === "en" ? "needEn" : "needZh"] ?? "");
    return locale === "en"
      ? `${title}: not checked, the tables lack ${need}.`
      : `${title}：缺少${need}，无法检查。`;
  }
  if (rule === undefined) return `${finding.ruleId} ${JSON.stringify(finding.params)}`;
  return rule.message(finding)[locale];
}
