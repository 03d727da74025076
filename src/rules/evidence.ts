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

/** A row id as readers see it: codes without their kind prefix, lines by their printed label. */
function rowLabel(row: string, template: Template, table: string): { zh: string; en: string } {
  if (row === "total") return { zh: "合计行", en: "total row" };
  if (row === "single" || row === "") return { zh: "", en: "" };
  if (row.startsWith("line:")) {
    const id = row.slice(5);
    const line = template.tables.find((k) => k.id === table)?.lines?.find((l) => l.id === id);
    const label = line?.labels[0] ?? id;
    return { zh: `“${label}”行`, en: `line "${label}"` };
  }
  const plain = row
    .split("/")
    .map((part) => part.replace(/^(org|functional|economic|project|indicator):/u, ""))
    .join("/");
  return { zh: `${plain} 行`, en: `row ${plain}` };
}

/**
 * A cell as readers see it, in both locales: `【部门支出预算表】2013101 行「合计」列（558.07）`; without
 * the printed value when the message states it anyway. @internal
 */
export function cellLabel(s: SourceCell, template: Template, withValue = true): Localized {
  const kind = template.tables.find((k) => k.id === s.table);
  const col = kind?.columns.find((c) => c.key === s.column);
  const zhTable = kind?.name["zh-CN"] ?? s.table;
  const enTable = kind?.name.en ?? s.table;
  const zhCol = col?.headers[0] ?? s.column;
  const row = rowLabel(s.row, template, s.table);
  const zhValue = withValue ? `（${s.raw === "" ? "空" : s.raw}）` : "";
  const enValue = withValue ? ` (${s.raw === "" ? "blank" : s.raw})` : "";
  return {
    "zh-CN": `【${zhTable}】${row.zh}「${zhCol}」列${zhValue}`,
    en: `[${enTable}] ${row.en === "" ? "" : `${row.en}, `}column "${zhCol}"${enValue}`,
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
