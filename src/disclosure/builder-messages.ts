import { formatAmountError } from "../amount";
import { formatCodeError } from "../codes";
import type { Locale } from "../locale";
import type { BuildProblem } from "./problems";

type RowProblem = Extract<BuildProblem, { readonly row: number }>;

function quoteList(values: readonly string[], en: boolean): string {
  if (values.length === 0) return en ? "(none)" : "（无）";
  return en ? values.map((v) => `"${v}"`).join(", ") : values.map((v) => `“${v}”`).join("、");
}

/** ` (did you mean "sanGong"?)` / `（是否指“sanGong”？）`, or nothing. */
function didYouMean(suggestions: readonly string[], en: boolean): string {
  if (suggestions.length === 0) return "";
  return en
    ? ` (did you mean ${suggestions.map((v) => `"${v}"`).join(" or ")}?)`
    : `（是否指${suggestions.map((v) => `“${v}”`).join("或")}？）`;
}

/** A path as a property access: `tables[0].rows[3].cells.total`; `(root)` for `[]`. */
function pathText(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path)
    out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out === "" ? "(root)" : out;
}

const EXPECTED_ZH = {
  text: '印出的文字（如 "6.50"）',
  object: "对象",
  array: "数组",
  integer: "整数",
} as const;
const EXPECTED_EN = {
  text: 'printed text (such as "6.50")',
  object: "an object",
  array: "an array",
  integer: "an integer",
} as const;

/** `表 expenditure 第 4 行（functional:2013101）` / `table expenditure, row 4 (functional:2013101)`. */
function rowPlace(p: RowProblem, en: boolean): string {
  const n = p.row + 1;
  return en
    ? `table ${p.table}, row ${n} (${p.rowKey})`
    : `表 ${p.table} 第 ${n} 行（${p.rowKey}）`;
}

function zh(p: BuildProblem): string {
  switch (p.code) {
    case "wrong-type":
      return `${pathText(p.path)}：应为${EXPECTED_ZH[p.expected]}，这里是 ${p.actual}`;
    case "invalid-value":
      return `${pathText(p.path)}：“${p.input}”不是可用的取值（可取 ${quoteList(p.expected, false)}）${didYouMean(p.suggestions, false)}`;
    case "reserved-key":
      return `表 ${p.table} 的 ${pathText(p.path)}：键“${p.key}”不能使用（JSON 文档也不能携带它），请换一个键`;
    case "unknown-table-kind":
      return `模板 ${p.template} 没有表种类“${p.table}”${didYouMean(p.suggestions, false)}`;
    case "duplicate-table":
      return p.first === undefined
        ? `表种类“${p.table}”的各张表都是所属单位自己的，没有部门的：都不检查`
        : `表种类“${p.table}”重复出现（第一次是第 ${p.first + 1} 张表）`;
    case "template-mismatch":
      return `元数据中的模板“${p.template}”与所用模板“${p.expected}”不一致`;
    case "empty-table-without-note":
      return `表 ${p.table} 没有数据行，也没有说明；此表为空时须附说明`;
    case "row-kind-not-allowed":
      return `${rowPlace(p, false)}：此表不接受 ${p.rowKind} 行，只接受 ${p.allowed.join("、")}`;
    case "unknown-line":
      return `${rowPlace(p, false)}：此表没有行项目“${p.line}”${didYouMean(p.suggestions, false)}`;
    case "duplicate-row":
      return `${rowPlace(p, false)}：行键与第 ${p.first + 1} 行重复`;
    case "unknown-column":
      return `${rowPlace(p, false)}：此表没有列“${p.column}”（内容“${p.input}”已保留）${didYouMean(p.suggestions, false)}`;
    case "malformed-amount":
      return `${rowPlace(p, false)}列“${p.column}”：${formatAmountError(p.error)}`;
    case "malformed-code": {
      const where = p.column === undefined ? "行键" : `列“${p.column}”`;
      return `${rowPlace(p, false)}${where}：${formatCodeError(p.error)}`;
    }
    case "misprinted-code":
      return `${rowPlace(p, false)}：编码印作“${p.printed}”，少了前导 0，读作 ${p.denotes}`;
    case "unplaced-row":
      return `${rowPlace(p, false)}：阅读器未能识别的行（“${p.label}”），已保留，不参与计算`;
    case "unknown-attribute-value":
      return `${rowPlace(p, false)}列“${p.column}”：“${p.input}”不是可识别的取值（可取 ${quoteList(p.known, false)}）`;
  }
}

function en(p: BuildProblem): string {
  switch (p.code) {
    case "wrong-type":
      return `${pathText(p.path)}: expected ${EXPECTED_EN[p.expected]}, got ${p.actual}`;
    case "invalid-value":
      return `${pathText(p.path)}: "${p.input}" is not one of ${quoteList(p.expected, true)}${didYouMean(p.suggestions, true)}`;
    case "reserved-key":
      return `table ${p.table}, ${pathText(p.path)}: the key "${p.key}" cannot be used (a JSON document cannot carry it either); use another key`;
    case "unknown-table-kind":
      return `template ${p.template} has no table kind "${p.table}"${didYouMean(p.suggestions, true)}`;
    case "duplicate-table":
      return p.first === undefined
        ? `every table of kind "${p.table}" is a unit's own, none the department's: none is checked`
        : `table kind "${p.table}" appears again (first as table ${p.first + 1})`;
    case "template-mismatch":
      return `the meta names template "${p.template}" but the template used is "${p.expected}"`;
    case "empty-table-without-note":
      return `table ${p.table} has no rows and no note; this table must carry a note when empty`;
    case "row-kind-not-allowed":
      return `${rowPlace(p, true)}: this table has no ${p.rowKind} rows, only ${p.allowed.join(", ")}`;
    case "unknown-line":
      return `${rowPlace(p, true)}: this table has no line "${p.line}"${didYouMean(p.suggestions, true)}`;
    case "duplicate-row":
      return `${rowPlace(p, true)}: the row key repeats row ${p.first + 1}`;
    case "unknown-column":
      return `${rowPlace(p, true)}: this table has no column "${p.column}" (its text "${p.input}" is kept)${didYouMean(p.suggestions, true)}`;
    case "malformed-amount":
      return `${rowPlace(p, true)}, column "${p.column}": ${formatAmountError(p.error, "en")}`;
    case "malformed-code": {
      const where = p.column === undefined ? "row key" : `column "${p.column}"`;
      return `${rowPlace(p, true)}, ${where}: ${formatCodeError(p.error, "en")}`;
    }
    case "misprinted-code":
      return `${rowPlace(p, true)}: code printed "${p.printed}" without a leading zero, read as ${p.denotes}`;
    case "unplaced-row":
      return `${rowPlace(p, true)}: a row the reader could not place ("${p.label}"), kept and left out of the sums`;
    case "unknown-attribute-value":
      return `${rowPlace(p, true)}, column "${p.column}": "${p.input}" is not a known value (one of ${quoteList(p.known, true)})`;
  }
}

/**
 * Renders a {@link BuildProblem} as a message naming the table kind, the row (counted from 1, with
 * its key) and the column, in Chinese by default or in English.
 *
 * @param problem - a problem from `build()`
 * @param locale - `"zh-CN"` (default) or `"en"`
 *
 * @example
 * ```ts
 * import { formatBuildProblem, tableBuilder } from "yusuan";
 * import { henan2024 } from "yusuan/templates";
 * const r = tableBuilder(henan2024, "expenditure").functional("2013101", "行政运行", { cost: "1" }).build();
 * const p = r.problems[0];
 * if (p) {
 *   formatBuildProblem(p); // "表 expenditure 第 1 行（functional:2013101）：此表没有列“cost”（内容“1”已保留）"
 *   formatBuildProblem(p, "en"); // 'table expenditure, row 1 (functional:2013101): this table has no column "cost" (its text "1" is kept)'
 * }
 * ```
 */
export function formatBuildProblem(problem: BuildProblem, locale: Locale = "zh-CN"): string {
  return locale === "en" ? en(problem) : zh(problem);
}
