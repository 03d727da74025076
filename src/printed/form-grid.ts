/**
 * A project form (申报表) printed as one grid: label / value pairs (`主管部门 | 某局 | 实施单位 |
 * 某中心`, `资金情况（万元） | 年度资金总额 | 300.00`), then the indicator grid's header row and its
 * rows, all in one table, as the national 项目支出绩效目标申报表 is often extracted.
 */
import { normalizeLabel } from "../codes";
import type { TableKind } from "../templates";
import { PROJECT_FORM_LABELS } from "../templates/targets";
import { columnQuality } from "./header-quality";
import type { ColumnMatch } from "./headers";
import { markedLevels } from "./periods";
import type { ReadProblem } from "./problems";
import type { Reshaped } from "./reshape";
import type { PrintedTable } from "./types";

/** A cell of the printed table: its row among `[headers, ...rows]` and its column. */
interface At {
  readonly row: number;
  readonly cell: number;
}

/** A label and what its row prints after it, up to the next label. */
interface Field {
  readonly label: string;
  readonly at: At;
  value: string;
  valueAt: At | undefined;
}

/** {@link PROJECT_FORM_LABELS} after `normalizeLabel` (made when first asked). */
let formLabels: ReadonlySet<string> | undefined;

/** A cell's text as a label is compared (`其中：财政拨款：` → `财政拨款`). */
const labelKey = (text: string): string => normalizeLabel(text).replace(/[:：]$/u, "");

/** Whether a label is one a project form prints (with or without `项目` before it). */
function isFormLabel(key: string): boolean {
  formLabels ??= new Set(PROJECT_FORM_LABELS.map(labelKey));
  return formLabels.has(key) || (key.startsWith("项目") && formLabels.has(key.slice(2)));
}

/**
 * The form's label / value pairs, row by row above the indicator grid's header row (`end`): a
 * label (one a form prints, or one `modelled` by the kind) opens a field; the next text is its
 * value (a merged cell given again, the same text, is read once); a second text after the value
 * opens a field of a label no form is known to print; a row opening with blank cells continues
 * the last field's value (a wrapped cell), unless it opens with a label.
 */
function fieldsOf(
  all: readonly (readonly string[])[],
  end: number,
  modelled: (key: string) => string | undefined,
): Field[] {
  const fields: Field[] = [];
  for (let r = 0; r < end; r++) {
    let current: Field | undefined;
    (all[r] ?? []).forEach((raw, c) => {
      const text = raw.trim();
      if (text === "") return;
      const key = labelKey(text);
      const last = fields.at(-1);
      if (isFormLabel(key) || modelled(key) !== undefined) {
        current = { label: text, at: { row: r, cell: c }, value: "", valueAt: undefined };
        fields.push(current);
      } else if (current === undefined && c > 0 && last !== undefined) {
        last.value = `${last.value}${text}`;
        last.valueAt ??= { row: r, cell: c };
      } else if (current === undefined || (current.value !== "" && current.value !== text)) {
        current = { label: text, at: { row: r, cell: c }, value: "", valueAt: undefined };
        fields.push(current);
      } else if (current.value === "") {
        current.value = text;
        current.valueAt = { row: r, cell: c };
      }
    });
  }
  return fields;
}

/**
 * A project form printed as one grid, for a kind reading a project's targets (`targets.form`
 * `project`, a 申报表 of line rows, or `projects`, a table of projects), in the kind's shape: its
 * first row's (or header's) first text a form's label (`项目名称`, `主管部门` …), then, below, a row
 * naming the kind's indicator value column and its 三级 or 一级 (`一级指标 | 二级指标 | 三级指标 |
 * 指标值`: the grid's header row), the indicators under it. Each label the kind reads (a line of a
 * 申报表; a field column of a table of projects, `项目名称` its name) becomes a line (`项目 | 内容`)
 * or a column of the project's first row; a label it does not read (`项目属性`, `项目期限`,
 * `项目负责人`, a label no form is known to print) printed with a value is noted as a `form-field`
 * (info, coverage: kept with its value), one printed without a value labels the lines below it
 * (`资金情况（万元）`). A table of projects needs the form's name. Any other table: `undefined`.
 * Linear in the cells (each cell matched once against the kind's columns). @internal
 */
export function formGrid(printed: PrintedTable, kind: TableKind): Reshaped | undefined {
  const layout = kind.targets;
  const indicator = layout?.indicator;
  if (layout === undefined || indicator === undefined) return undefined;
  if (layout.form !== "project" && layout.form !== "projects") return undefined;
  const all = [printed.headers, ...printed.rows];
  const opening = labelKey(all[0]?.find((c) => c.trim() !== "") ?? "");
  if (!isFormLabel(opening)) return undefined;
  const quality = columnQuality(kind);
  /** The key of the column a text names best, or `undefined`. */
  const named = (text: string): string | undefined => {
    const path = markedLevels(text).levels;
    if (path.length === 0) return undefined;
    let top = 0;
    let at: string | undefined;
    kind.columns.forEach((column, c) => {
      const q = quality(path, c);
      if (q > top) [top, at] = [q, column.key];
    });
    return at;
  };
  const isGridHeader = (row: readonly string[]): boolean => {
    const keys = new Set(row.map(named));
    return (
      keys.has(indicator.value) &&
      (keys.has(indicator.name ?? indicator.value) || keys.has(indicator.level1 ?? indicator.value))
    );
  };
  // (a table whose headers name the grid's columns is a table of its own: a header row below is
  // its page's again, no form's)
  if (printed.headers.some((c) => named(c) === indicator.value)) return undefined;
  const header = all.findIndex((row, r) => r > 0 && isGridHeader(row));
  if (header < 1) return undefined;
  // What a label reads into: a line of the kind (a 申报表), or a field column (a table of projects).
  const lines = new Map<string, string>();
  for (const line of kind.lines ?? [])
    for (const label of line.labels) lines.set(labelKey(label), line.id);
  const fieldColumns = new Set([
    ...Object.keys(layout.fields ?? {}),
    ...kind.columns.filter((c) => c.role === "name").map((c) => c.key),
  ]);
  const modelled = (key: string): string | undefined => {
    if (layout.form === "project") return lines.get(key);
    const column = named(key);
    return column !== undefined && fieldColumns.has(column) ? column : undefined;
  };
  const fields = fieldsOf(all, header, modelled);
  const problems: ReadProblem[] = [];
  const origin = (at: At): At => ({ row: Math.max(0, at.row - 1), cell: at.cell });
  const read: Field[] = [];
  const taken = new Set<string>();
  for (const field of fields) {
    const into = modelled(labelKey(field.label));
    if (into !== undefined && field.value === "") continue;
    if (into !== undefined && (layout.form === "project" || !taken.has(into))) {
      taken.add(into);
      read.push(field);
    } else if (field.value !== "" || (into === undefined && !isFormLabel(labelKey(field.label))))
      problems.push({
        code: "form-field",
        severity: "info",
        path: origin(field.at),
        label: field.label,
        value: field.value,
      });
  }
  const named1 = kind.columns.find((c) => c.role === "name");
  if (layout.form === "projects" && !read.some((f) => modelled(labelKey(f.label)) === named1?.key))
    return undefined;
  const grid = all[header] ?? [];
  const below = all.slice(header + 1);
  const gridAt = (r: number, c: number): At => origin({ row: header + 1 + r, cell: c });
  const rows: string[][] = [];
  const origins: At[][] = [];
  let headers: string[];
  let headerOrigin: number[];
  if (layout.form === "project") {
    const content = kind.columns.find(
      (c) => c.role === "text" && !Object.values(indicator).includes(c.key),
    );
    headers = [named1?.headers[0] ?? "项目", content?.headers[0] ?? "内容", ...grid];
    headerOrigin = [0, 1, ...grid.map((_, c) => c)];
    for (const f of read) {
      rows.push([f.label, f.value, ...grid.map(() => "")]);
      const at = origin(f.at);
      origins.push([at, origin(f.valueAt ?? f.at), ...grid.map(() => at)]);
    }
    below.forEach((cells, r) => {
      rows.push(["", "", ...grid.map((_, c) => cells[c] ?? "")]);
      origins.push([gridAt(r, 0), gridAt(r, 0), ...grid.map((_, c) => gridAt(r, c))]);
    });
  } else {
    headers = [...read.map((f) => f.label), ...grid];
    headerOrigin = [...read.map((f) => f.at.cell), ...grid.map((_, c) => c)];
    const count = Math.max(1, below.length);
    for (let r = 0; r < count; r++) {
      const cells = below[r] ?? [];
      rows.push([
        ...read.map((f) => (r === 0 ? f.value : "")),
        ...grid.map((_, c) => cells[c] ?? ""),
      ]);
      origins.push([
        ...read.map((f) => origin(r === 0 ? (f.valueAt ?? f.at) : gridAt(r, 0))),
        ...grid.map((_, c) => gridAt(r, c)),
      ]);
    }
  }
  const first = origin({ row: header + 1, cell: 0 });
  return {
    table: { ...printed, headers, rows },
    cellOrigin: (row, cell) => origins[row]?.[cell] ?? first,
    headerOrigin: (h) => headerOrigin[h] ?? 0,
    columns: (inner: readonly ColumnMatch[]) => inner,
    problems,
  };
}
