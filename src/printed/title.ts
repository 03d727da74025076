import { normalizeName } from "../codes";
import type { TableKind, Template } from "../templates";

/** A leading year (`2024年`, `2024年度`). Province wording (Shanghai's `预算单位…`) is template data. */
const LEADING_YEAR = /^(?:[0-9]{4}年度?)?/u;

/** A printed table number anywhere in the title: `预算05表`, `表5`, `附表3`. */
const TABLE_NUMBER = /预算[0-9]+表|附?表[0-9]+/gu;

/**
 * A printed title reduced for comparison: whitespace, the table number (`预算05表`) and the leading
 * year (`2024年`, `2024年度`) are stripped, then the title is normalised like a name (quotes
 * dropped, brackets half-width). Province wording stays: templates list their own title variants.
 *
 * @example
 * ```ts
 * import { normalizeTableTitle } from "yusuan/printed";
 * normalizeTableTitle("2025年预算单位财务收支预算总表"); // "预算单位财务收支预算总表"
 * normalizeTableTitle(" 2024年一般公共预算“三公”经费预算表 预算08表"); // "一般公共预算三公经费预算表"
 * ```
 */
export function normalizeTableTitle(title: string): string {
  const compact = title.normalize("NFKC").replace(/\s+/gu, "").replace(TABLE_NUMBER, "");
  return normalizeName(compact.replace(LEADING_YEAR, ""));
}

/**
 * The table kind a printed title names, with a score: 1 when the normalised title equals one of
 * the kind's `titles` (normalised the same way), otherwise, when one contains the other, the ratio
 * of the shorter length to the longer (the best score wins; ties go to the kind listed first).
 *
 * @returns the kind and its score, or `undefined` when no kind's title matches
 *
 * @example
 * ```ts
 * import { henan2024 } from "yusuan/templates";
 * import { recogniseTableKind } from "yusuan/printed";
 * recogniseTableKind("2024年部门支出预算表", henan2024)?.kind.id; // "expenditure"
 * recogniseTableKind("2025年预算单位财务收支预算总表", henan2024)?.kind.id; // "summary"
 * recogniseTableKind("人员名单", henan2024); // undefined
 * ```
 */
export function recogniseTableKind(
  title: string,
  template: Template,
): { kind: TableKind; score: number } | undefined {
  const printed = normalizeTableTitle(title);
  if (printed === "") return undefined;
  let best: { kind: TableKind; score: number } | undefined;
  for (const kind of template.tables) {
    for (const variant of kind.titles) {
      const known = normalizeTableTitle(variant);
      if (known === "") continue;
      let score = 0;
      if (known === printed) score = 1;
      else if (printed.includes(known) || known.includes(printed)) {
        score = Math.min(known.length, printed.length) / Math.max(known.length, printed.length);
      }
      if (score > 0 && (best === undefined || score > best.score)) best = { kind, score };
    }
  }
  return best;
}
