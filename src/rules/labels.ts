import type { SourceCell } from "../facts";
import type { Localized } from "../locale";
import type { Template } from "../templates";

/**
 * What a rule's message uses to name cells and tables in both locales, built at render time from
 * a template (table names from `TableKind.name`, column headers, line labels) or, without one,
 * from the raw ids. Findings hold only data; their text is rendered with these labels.
 *
 * - `cell(source, withValue = true)`: one cell as readers see it, `【部门支出预算表】2013101 行「合计」列（558.07）`
 *   (`[Expenditure] row 2013101, column "合计" (558.07)`); without the printed value when the message
 *   states it anyway.
 * - `cells(sources)`: several cells joined, the printed ones only (all of them when none is
 *   printed), at most 6, then "and N more".
 * - `table(id)`: a table's name, `【】` / `[]` not included.
 *
 * @example
 * ```ts
 * import { type MessageLabels, messageLabels } from "yusuan/check";
 * import { henan2024 } from "yusuan/templates";
 * const labels: MessageLabels = messageLabels(henan2024);
 * const cell = { table: "sanGong", row: "single", column: "reception", raw: "2.60" };
 * labels.cell(cell)["zh-CN"]; // "【一般公共预算“三公”经费预算表】「公务接待费」列（2.60）"
 * messageLabels().cell(cell, false).en; // "[sanGong] column \"reception\""
 * ```
 */
export interface MessageLabels {
  readonly cell: (source: SourceCell, withValue?: boolean) => Localized;
  readonly cells: (sources: readonly SourceCell[]) => Localized;
  readonly table: (id: string) => Localized;
}

/** The id of an indicator line: `indicator:3`. */
const INDICATOR_ROW = /^indicator:([0-9]{1,9})$/u;

/** At most this many cells are named in a list; the rest are counted. */
const MAX_CELLS = 6;

/**
 * Builds the {@link MessageLabels} of a template: table names, column headers and line labels
 * from it; without a template, the raw table ids, column keys and line ids.
 *
 * @example
 * ```ts
 * import { messageLabels } from "yusuan/check";
 * import { henan2024 } from "yusuan/templates";
 * const cell = { table: "expenditure", row: "functional:2013101", column: "total", raw: "558.07" };
 * messageLabels(henan2024).cell(cell).en; // "[Expenditure] row 2013101, column \"合计\" (558.07)"
 * messageLabels().cell(cell)["zh-CN"]; // "【expenditure】2013101 行「total」列（558.07）"
 * ```
 */
export function messageLabels(template?: Template): MessageLabels {
  const kindOf = (table: string) => template?.tables.find((k) => k.id === table);

  /** A row id as readers see it: codes without their kind prefix, lines by their printed label. */
  const rowLabel = (row: string, table: string): { zh: string; en: string } => {
    if (row === "total") return { zh: "合计行", en: "total row" };
    if (row === "single" || row === "") return { zh: "", en: "" };
    if (row.startsWith("line:")) {
      // A line under a section (一般公共预算拨款 under 本年收入, and again under 上年结转) is named
      // with the section's label, so two lines of one label are told apart.
      const lines = kindOf(table)?.lines;
      const line = lines?.find((l) => l.id === row.slice(5));
      const own = line?.labels[0] ?? row.slice(5);
      const section = line?.section && lines?.find((l) => l.id === line.section)?.labels[0];
      const label = section ? `${section}/${own}` : own;
      return { zh: `“${label}”行`, en: `line "${label}"` };
    }
    // An indicator line of a table of targets (`indicator:0`, numbered from 0 among them):
    // counted from 1, as a reader counts them.
    const indicator = INDICATOR_ROW.exec(row);
    if (indicator !== null) {
      const n = Number(indicator[1]) + 1;
      return { zh: `第 ${n} 条指标行`, en: `indicator row ${n}` };
    }
    const plain = row
      .split("/")
      .map((part) => part.replace(/^(org|functional|economic|project|indicator|unplaced):/u, ""))
      .join("/");
    return { zh: `${plain} 行`, en: `row ${plain}` };
  };

  const table = (id: string): Localized => {
    const kind = kindOf(id);
    return { "zh-CN": kind?.name["zh-CN"] ?? id, en: kind?.name.en ?? id };
  };

  const cell = (s: SourceCell, withValue = true): Localized => {
    const name = table(s.table);
    const header = kindOf(s.table)?.columns.find((c) => c.key === s.column)?.headers[0] ?? s.column;
    const row = rowLabel(s.row, s.table);
    const zhValue = withValue ? `（${s.raw === "" ? "空" : s.raw}）` : "";
    const enValue = withValue ? ` (${s.raw === "" ? "blank" : s.raw})` : "";
    // a whole row (a repeated row, a misprinted code) names no column, and a blank value only of a cell
    if (s.column === "") {
      const raw = withValue && s.raw !== "";
      return {
        "zh-CN": `【${name["zh-CN"]}】${row.zh}${raw ? zhValue : ""}`,
        en: `[${name.en}]${row.en === "" ? "" : ` ${row.en}`}${raw ? enValue : ""}`,
      };
    }
    return {
      "zh-CN": `【${name["zh-CN"]}】${row.zh}「${header}」列${zhValue}`,
      en: `[${name.en}] ${row.en === "" ? "" : `${row.en}, `}column "${header}"${enValue}`,
    };
  };

  const cells = (sources: readonly SourceCell[]): Localized => {
    // Blank parts add nothing to a sum: name the printed numbers only (the evidence keeps them all).
    const printed = sources.filter((c) => c.raw.trim() !== "");
    const named = printed.length > 0 ? printed : sources;
    const labels = named.slice(0, MAX_CELLS).map((c) => cell(c));
    const more = Math.max(0, named.length - MAX_CELLS);
    return {
      "zh-CN": labels.map((l) => l["zh-CN"]).join("、") + (more > 0 ? ` 等另 ${more} 格` : ""),
      en: labels.map((l) => l.en).join("; ") + (more > 0 ? ` and ${more} more cells` : ""),
    };
  };

  return { cell, cells, table };
}
