import type { SourceCell } from "../facts";
import type { Localized } from "../locale";
import type { Template } from "../templates";
import { type AnyFact, isDerived, sourcesOf } from "./derive";
import type { Evidence } from "./types";

/** Evidence for a fact (value as printed-canonical string). @internal */
export function evidenceOf(f: AnyFact): Evidence {
  return {
    concept: f.concept,
    coords: f.coords,
    value: f.value?.value ?? null,
    unit: f.value?.unit ?? null,
    derived: isDerived(f),
    sources: sourcesOf(f),
  };
}

/** A stable id of a source cell. @internal */
export function cellId(s: SourceCell): string {
  return `${s.table}|${s.row}|${s.column}`;
}

/** A cell as readers see it, in both locales: `【部门支出预算表】行 functional:2013101 · 列 total`. @internal */
export function cellLabel(s: SourceCell, template: Template): Localized {
  const kind = template.tables.find((k) => k.id === s.table);
  const col = kind?.columns.find((c) => c.key === s.column);
  const zhTable = kind?.name["zh-CN"] ?? s.table;
  const enTable = kind?.name.en ?? s.table;
  const zhCol = col?.headers[0] ?? s.column;
  return {
    "zh-CN": `【${zhTable}】${s.row} 行「${zhCol}」列（${s.raw === "" ? "空" : s.raw}）`,
    en: `[${enTable}] row ${s.row}, column "${zhCol}" (${s.raw === "" ? "blank" : s.raw})`,
  };
}

/** Labels of several cells joined, in both locales. @internal */
export function cellsLabel(cells: readonly SourceCell[], template: Template, max = 6): Localized {
  const labels = cells.slice(0, max).map((c) => cellLabel(c, template));
  const more = cells.length > max ? cells.length - max : 0;
  return {
    "zh-CN": labels.map((l) => l["zh-CN"]).join("、") + (more > 0 ? ` 等另 ${more} 格` : ""),
    en: labels.map((l) => l.en).join("; ") + (more > 0 ? ` and ${more} more cells` : ""),
  };
}
