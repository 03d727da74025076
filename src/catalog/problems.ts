import type { CodeError } from "../codes";
import type { CodeLevel, CodeSystem } from "../codes/types";
import type { Locale } from "../locale/locale";
import type { NameVariant } from "./types";

/**
 * The part of a {@link CatalogSet} a set-level problem is about. Internal, so inlined in the docs.
 *
 * @inline
 */
type SetField = "functional" | "departmental" | "government" | "mapping";

/**
 * A problem found in catalog or mapping data by {@link defineCatalog},
 * {@link defineEconomicMapping} or {@link defineCatalogSet}. A discriminated union on `code`;
 * `position` is the index of the entry (or mapping rule) in the data given.
 * Render it with {@link formatCatalogProblem}.
 *
 * @example
 * ```ts
 * import { defineCatalog } from "yusuan";
 * const r = defineCatalog({
 *   system: "departmental", year: 2024, coverage: {},
 *   entries: [{ code: "30101", name: "基本工资" }, { code: "30101", name: "基本工资" }],
 * });
 * if (!r.ok) r.error[0]?.code; // "duplicate-code"
 * ```
 */
export type CatalogProblem =
  | { readonly code: "invalid-year"; readonly input: number }
  | {
      readonly code: "invalid-code";
      readonly input: string;
      readonly position: number;
      readonly error: CodeError;
    }
  | {
      readonly code: "level-mismatch";
      readonly input: string;
      readonly position: number;
      readonly declared: CodeLevel;
      readonly actual: CodeLevel;
    }
  | {
      readonly code: "parent-mismatch";
      readonly input: string;
      readonly position: number;
      readonly declared: string;
      readonly expected: string;
    }
  | {
      readonly code: "unexpected-parent";
      readonly input: string;
      readonly position: number;
      readonly declared: string;
    }
  | {
      readonly code: "duplicate-code";
      readonly input: string;
      readonly position: number;
      readonly firstPosition: number;
    }
  | {
      readonly code: "missing-parent";
      readonly input: string;
      readonly position: number;
      readonly parent: string;
    }
  | { readonly code: "empty-name"; readonly input: string; readonly position: number }
  | {
      readonly code: "invalid-alias-years";
      readonly input: string;
      readonly position: number;
      readonly alias: NameVariant;
    }
  | {
      readonly code: "invalid-mapping-code";
      readonly input: string;
      readonly position: number;
      readonly field: "from" | "to";
    }
  | {
      readonly code: "empty-mapping-field";
      readonly input: string;
      readonly position: number;
      readonly field: "unitKinds" | "to";
    }
  | { readonly code: "invalid-unit-kind"; readonly input: string; readonly position: number }
  | {
      readonly code: "unknown-mapping-code";
      readonly input: string;
      readonly position: number;
      readonly field: "from" | "to";
    }
  | {
      readonly code: "system-mismatch";
      readonly input: CodeSystem;
      readonly expected: CodeSystem;
      readonly field: SetField;
    }
  | {
      readonly code: "year-mismatch";
      readonly input: number;
      readonly expected: number;
      readonly field: SetField;
    };

const LEVEL_EN: Readonly<Record<CodeLevel, string>> = {
  类: "class (类)",
  款: "section (款)",
  项: "item (项)",
};

const SYSTEM_ZH: Readonly<Record<CodeSystem, string>> = {
  functional: "支出功能分类",
  departmental: "部门预算支出经济分类",
  government: "政府预算支出经济分类",
};

const SET_FIELD_ZH: Readonly<Record<SetField, string>> = {
  functional: "功能分类目录",
  departmental: "部门经济分类目录",
  government: "政府经济分类目录",
  mapping: "经济分类对应关系",
};

const FIELD_ZH: Readonly<Record<"from" | "to" | "unitKinds", string>> = {
  from: "部门经济分类编码",
  to: "政府经济分类编码",
  unitKinds: "单位类型",
};

const FIELD_EN: Readonly<Record<"from" | "to" | "unitKinds", string>> = {
  from: "departmental code",
  to: "government code",
  unitKinds: "unit kinds",
};

function formatZh(p: CatalogProblem): string {
  switch (p.code) {
    case "invalid-year":
      return `年度无效：${p.input}`;
    case "invalid-code":
      return `第${p.position + 1}条：编码“${p.input}”无效`;
    case "level-mismatch":
      return `第${p.position + 1}条：编码“${p.input}”是${p.actual}级，却标为${p.declared}级`;
    case "parent-mismatch":
      return `第${p.position + 1}条：编码“${p.input}”的上级应为“${p.expected}”，却标为“${p.declared}”`;
    case "unexpected-parent":
      return `第${p.position + 1}条：类级编码“${p.input}”不应有上级（标为“${p.declared}”）`;
    case "duplicate-code":
      return `第${p.position + 1}条：编码“${p.input}”与第${p.firstPosition + 1}条重复`;
    case "missing-parent":
      return `第${p.position + 1}条：编码“${p.input}”的上级“${p.parent}”不在目录中，而该级目录标为完整`;
    case "empty-name":
      return `第${p.position + 1}条：编码“${p.input}”的名称为空`;
    case "invalid-alias-years":
      return `第${p.position + 1}条：编码“${p.input}”的别名“${p.alias.name}”的起止年度无效`;
    case "invalid-mapping-code":
      return `第${p.position + 1}条对应规则：${FIELD_ZH[p.field]}“${p.input}”无效`;
    case "empty-mapping-field":
      return `第${p.position + 1}条对应规则（${p.input}）：${FIELD_ZH[p.field]}为空`;
    case "invalid-unit-kind":
      return `第${p.position + 1}条对应规则：单位类型“${p.input}”无效，应为“机关”或“事业单位”`;
    case "unknown-mapping-code":
      return `第${p.position + 1}条对应规则：${FIELD_ZH[p.field]}“${p.input}”不在完整目录中`;
    case "system-mismatch":
      return `${SET_FIELD_ZH[p.field]}：应为${SYSTEM_ZH[p.expected]}，实为${SYSTEM_ZH[p.input]}`;
    case "year-mismatch":
      return `${SET_FIELD_ZH[p.field]}：年度应为${p.expected}，实为${p.input}`;
  }
}

function formatEn(p: CatalogProblem): string {
  switch (p.code) {
    case "invalid-year":
      return `invalid year: ${p.input}`;
    case "invalid-code":
      return `entry ${p.position + 1}: invalid code "${p.input}"`;
    case "level-mismatch":
      return `entry ${p.position + 1}: code "${p.input}" is a ${LEVEL_EN[p.actual]} code but is marked ${LEVEL_EN[p.declared]}`;
    case "parent-mismatch":
      return `entry ${p.position + 1}: the parent of code "${p.input}" is "${p.expected}", not "${p.declared}"`;
    case "unexpected-parent":
      return `entry ${p.position + 1}: class code "${p.input}" has no parent, but "${p.declared}" is given`;
    case "duplicate-code":
      return `entry ${p.position + 1}: code "${p.input}" repeats entry ${p.firstPosition + 1}`;
    case "missing-parent":
      return `entry ${p.position + 1}: the parent "${p.parent}" of code "${p.input}" is missing from a level marked complete`;
    case "empty-name":
      return `entry ${p.position + 1}: code "${p.input}" has an empty name`;
    case "invalid-alias-years":
      return `entry ${p.position + 1}: alias "${p.alias.name}" of code "${p.input}" has invalid years`;
    case "invalid-mapping-code":
      return `mapping rule ${p.position + 1}: invalid ${FIELD_EN[p.field]} "${p.input}"`;
    case "empty-mapping-field":
      return `mapping rule ${p.position + 1} (${p.input}): no ${FIELD_EN[p.field]}`;
    case "invalid-unit-kind":
      return `mapping rule ${p.position + 1}: unknown unit kind "${p.input}" (expected 机关 or 事业单位)`;
    case "unknown-mapping-code":
      return `mapping rule ${p.position + 1}: ${FIELD_EN[p.field]} "${p.input}" is not in the complete catalog`;
    case "system-mismatch":
      return `${p.field}: expected a ${p.expected} catalog, got a ${p.input} catalog`;
    case "year-mismatch":
      return `${p.field}: expected year ${p.expected}, got ${p.input}`;
  }
}

/**
 * Renders a {@link CatalogProblem} as a message, in Chinese by default or in English.
 *
 * @example
 * ```ts
 * import { formatCatalogProblem } from "yusuan";
 * formatCatalogProblem({ code: "empty-name", input: "30101", position: 0 });
 * // "第1条：编码“30101”的名称为空"
 * formatCatalogProblem({ code: "empty-name", input: "30101", position: 0 }, "en");
 * // "entry 1: code \"30101\" has an empty name"
 * ```
 */
export function formatCatalogProblem(problem: CatalogProblem, locale: Locale = "zh-CN"): string {
  return locale === "en" ? formatEn(problem) : formatZh(problem);
}
