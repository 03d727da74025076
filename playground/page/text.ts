/**
 * The playground's own words in both locales (the library's findings and schema issues bring
 * their own messages).
 */
import type { Locale, Localized } from "yusuan";

/** Every label the page prints, by key. */
export const UI = {
  example: { "zh-CN": "示例", en: "Example" },
  pasted: { "zh-CN": "粘贴的文档", en: "Your document" },
  profile: { "zh-CN": "检查配置", en: "Profile" },
  auto: { "zh-CN": "按文档的模板", en: "From the document's template" },
  language: { "zh-CN": "语言", en: "Language" },
  document: {
    "zh-CN": "披露文档（JSON 交换格式，可直接粘贴）",
    en: "Disclosure (JSON interchange format; paste your own)",
  },
  check: { "zh-CN": "检查", en: "Check" },
  checking: { "zh-CN": "检查中…", en: "Checking…" },
  issues: {
    "zh-CN": "不是有效的披露文档：",
    en: "Not a valid disclosure document:",
  },
  crashed: {
    "zh-CN": "检查时出错（这是本库的问题，请报告）：",
    en: "The check failed (a bug of the library, please report it):",
  },
  summary: { "zh-CN": "结果", en: "Result" },
  rules: { "zh-CN": "条规则", en: "rules" },
  pass: { "zh-CN": "通过", en: "pass" },
  fail: { "zh-CN": "未通过", en: "fail" },
  "not-applicable": { "zh-CN": "不适用", en: "not applicable" },
  "insufficient-data": { "zh-CN": "数据不足", en: "insufficient data" },
  error: { "zh-CN": "错误", en: "errors" },
  warning: { "zh-CN": "警告", en: "warnings" },
  info: { "zh-CN": "提示", en: "info" },
  coverage: { "zh-CN": "覆盖", en: "Coverage" },
  aggregates: { "zh-CN": "汇总", en: "Aggregates" },
  printed: { "zh-CN": "印刷值", en: "printed" },
  recomputed: { "zh-CN": "由下级单元格重算", en: "recomputed from the cells below" },
  notPrinted: { "zh-CN": "未印", en: "not printed" },
  noDerivation: { "zh-CN": "无可重算", en: "nothing to recompute from" },
  share: { "zh-CN": "占比", en: "share" },
  findings: { "zh-CN": "检查结论", en: "Findings" },
  noFindings: { "zh-CN": "没有错误或警告。", en: "No errors or warnings." },
  infoFindings: { "zh-CN": "条提示", en: "info findings" },
  cited: { "zh-CN": "所引单元格", en: "Cells cited" },
  table: { "zh-CN": "表", en: "Table" },
  row: { "zh-CN": "行", en: "Row" },
  column: { "zh-CN": "列", en: "Column" },
  raw: { "zh-CN": "印刷文本", en: "Printed text" },
  fact: { "zh-CN": "事实", en: "Fact" },
  derived: { "zh-CN": "由各部分计算", en: "computed from its parts" },
  outcomes: { "zh-CN": "各规则结果", en: "Rule outcomes" },
  rule: { "zh-CN": "规则", en: "Rule" },
  severity: { "zh-CN": "严重程度", en: "Severity" },
  outcome: { "zh-CN": "结果", en: "Outcome" },
  count: { "zh-CN": "结论数", en: "Findings" },
  off: { "zh-CN": "关闭", en: "off" },
  ruleReference: { "zh-CN": "规则参考", en: "Rule reference" },
  templateMismatch: {
    "zh-CN": "注意：文档声明的模板与所选配置的模板不同，结果可能不可靠。",
    en: "Note: the document names another template than the chosen profile's; the result may not be meaningful.",
  },
  coverageTables: { "zh-CN": "各表", en: "per table" },
  expected: { "zh-CN": "应为", en: "expected" },
  actual: { "zh-CN": "印刷", en: "printed" },
  difference: { "zh-CN": "相差", en: "difference" },
  blank: { "zh-CN": "（空）", en: "(blank)" },
  totalRow: { "zh-CN": "合计行", en: "total row" },
} as const satisfies Readonly<Record<string, Localized>>;

/** A key of {@link UI}. */
export type UiKey = keyof typeof UI;

/** The label `key` in `locale`. */
export function t(key: UiKey, locale: Locale): string {
  return UI[key][locale];
}
