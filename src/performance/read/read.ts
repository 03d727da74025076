import type { Disclosure, ProjectTarget, Table, Targets } from "../../disclosure";
import { type Row, rowKeyId } from "../../disclosure";
import { reprintedProject } from "../../disclosure/joined-pages";
import type { TableKind, TargetLayout, Template } from "../../templates";
import { dropClashingBudget } from "./budget-clash";
import { projectBlocks, projectDraft } from "./centred-names";
import { dataSource } from "./data-source";
import { headingAmount, lineValue } from "./form-lines";
import { formStart, isFormLabel, unreadFormRow } from "./form-rows";
import { dropHeadings, unitHeadings } from "./headings";
import { layoutIndicatorColumns } from "./indicator-columns";
import { printsTargetsMoney } from "./prints-money";
import { type Draft, newDraft, Reader } from "./reader";
import type { ReadTargetsOptions, TargetPath, TargetsReading } from "./types";

/**
 * The project a table of projects ended on, its path and its row (the next page's rows may
 * continue it, and its first row may print the project's cells again: see `reprintedProject`).
 */
type Open =
  | { readonly draft: Draft; readonly at: TargetPath; readonly row: Row | undefined }
  | undefined;

/** A column under a header the template does not know (its amount may be a money line). */
const isExtra = (column: string): boolean => column.startsWith("extra:");

function readRows(
  reader: Reader,
  table: Table,
  kind: TableKind,
  layout: TargetLayout,
  carried: Open,
  listed: Set<Draft>,
): Open {
  // A form printed without rows (an empty table) states no target.
  if (table.rows.length === 0 && layout.form === "project") return undefined;
  const fields = layout.fields ?? {};
  const fieldEntries = Object.entries(fields);
  const headings = new Set(layout.headings ?? []);
  // The columns indicators are read from, and those with the headings (an indicator row's cells
  // read whatever it prints in them), made once per table, not per row.
  const indicatorColumns = layoutIndicatorColumns(layout);
  const readOnIndicatorRows = new Set([...headings, ...indicatorColumns]);
  const isForm = layout.form === "project";
  const department = layout.form === "department";
  let current: Draft | undefined;
  let at: TargetPath = [];
  /** The row of the project read last (of the table before, for its first row). */
  let projectRow = carried?.row;
  /** The columns of money lines (a total row's sums), listed once. */
  let sums: Set<string> | undefined;
  // A project form's header block printed where a table of projects was expected (one title for
  // both: 项目支出绩效目标表): from its first label on, the table is the form (see `formStart`).
  const form =
    layout.form === "projects"
      ? formStart(table, new Set([...readOnIndicatorRows, ...fieldEntries.map(([c]) => c)]))
      : undefined;
  const start = (draft: Draft) => {
    if (department) {
      at = ["department"];
    } else {
      reader.projects.push(draft);
      at = ["projects", reader.projects.length - 1];
    }
    current = draft;
  };
  if (department) {
    reader.department ??= newDraft();
    start(reader.department);
  } else if (isForm) {
    const named = table.rows.some((r) => r.key.kind === "line" && fields[r.key.line] === "name");
    const previous = reader.projects.at(-1);
    if (!named && previous !== undefined) {
      current = previous;
      at = ["projects", reader.projects.length - 1];
    } else start({ ...newDraft(), form: table.kind });
  } else if (carried !== undefined) {
    // A table of projects continuing the one bound before it (a page break): the indicator rows
    // it starts with are the last project's.
    current = carried.draft;
    at = carried.at;
  }
  // The project the table before ended on, its cells printed again over its next indicator.
  const top = table.rows[0];
  const first = top && carried ? (reprintedProject(kind, projectRow, top, 0) ?? top) : top;
  const rowAt = (index: number) => (index === 0 ? first : table.rows[index]) as Row;
  // A project's name printed below its block's first row: the project starts on that first row.
  const early =
    layout.form === "projects"
      ? projectBlocks(table, layout, rowAt, form, carried?.draft, reader.frameworks)
      : undefined;
  const begun = new Set(early?.values());
  const begin = (row: Row, byBlock = false) => {
    const draft = projectDraft(table, row.key, byBlock);
    if (draft === undefined) return;
    projectRow = row;
    listed.add(draft);
    start(draft);
  };
  for (let index = 0; index < table.rows.length; index++) {
    const row = rowAt(index);
    const owner = early?.get(index);
    if (owner !== undefined) begin(rowAt(owner), true);
    const key = row.key;
    // The form's rows: its labels and its grid are no projects, and belong to none (the form is
    // not read: a gap of the reading, never projects named 主管部门 or 产出指标).
    const label = key.kind === "project" && form !== undefined && isFormLabel(key.name);
    if ((form !== undefined && form >= 0 && index >= form) || label) {
      unreadFormRow(reader, table, row);
      current = undefined;
      continue;
    }
    if (key.kind === "project" && layout.form === "projects") {
      if (!begun.has(index)) begin(row);
      const draft = current as Draft;
      reader.indicators(draft, at, table, row, layout);
      const used = new Set<string>();
      for (const [column, field] of fieldEntries) {
        if (!(column in row.cells)) continue;
        used.add(column);
        reader.field(
          draft,
          field,
          (row.cells[column] ?? "").trim(),
          reader.cell(table, row, column),
          table,
        );
      }
      // An amount under a header the template does not know may be one of its money lines.
      reader.unreadWithin(table, row, used, at, isExtra, indicatorColumns);
      continue;
    }
    if (key.kind === "line") {
      const field = fields[key.line];
      const heading =
        headings.has(key.line) &&
        !headingAmount(table.rows, index, kind, { fields, headings }, field);
      if (heading || field === undefined || current === undefined) {
        reader.unreadBut(table, row, headings);
        continue;
      }
      if (isForm && field === "name" && current.fields.name !== "")
        start({ ...newDraft(), form: table.kind });
      const draft = current as Draft;
      const value = lineValue(row, kind, headings);
      if (value === undefined) {
        reader.unreadBut(table, row, headings);
        continue;
      }
      const raw = (row.cells[value.column] ?? "").trim();
      const set = reader.field(draft, field, raw, reader.cell(table, row, value.column), table);
      reader.unread(table, row, set ? value.rest : [value.column, ...value.rest]);
      continue;
    }
    if (key.kind === "indicator" && current !== undefined) {
      const draft = current;
      const used = new Set<string>();
      /** The task the row prints (its money may lack a part under an unknown header). */
      let taskAt: TargetPath | undefined;
      /** Whether the row is read for indicators (a row of no task): their columns are read. */
      let indicatorRow = false;
      const tasks = layout.tasks;
      const taskName = tasks === undefined ? "" : (row.cells[tasks.name] ?? "").trim();
      const taskContent = tasks === undefined ? "" : (row.cells[tasks.content] ?? "").trim();
      if (tasks !== undefined && (taskName !== "" || taskContent !== "")) {
        used.add(tasks.name).add(tasks.content);
        const last = draft.tasks.at(-1);
        // A content line without a name continues the task above (a wrapped cell).
        if (taskName === "" && last !== undefined)
          draft.tasks[draft.tasks.length - 1] = {
            ...last,
            content: `${last.content}${taskContent}`,
          };
        else {
          const task = draft.tasks.length;
          draft.cells.set(`tasks/${task}/name`, reader.cell(table, row, tasks.name));
          // Its 预算金额 where the table prints them (a printed blank is "").
          const money: Record<string, string> = {};
          for (const [column, line] of Object.entries(layout.taskMoney ?? {})) {
            if (!(column in row.cells)) continue;
            used.add(column);
            money[line] = reader.money(table, (row.cells[column] ?? "").trim());
            const source = reader.cell(table, row, column);
            draft.cells.set(`tasks/${task}/money/${line}`, source);
          }
          const printed = Object.keys(money).length > 0;
          draft.tasks.push({ name: taskName, content: taskContent, ...(printed ? { money } : {}) });
          taskAt = [...at, "tasks", task];
        }
      } else {
        for (const [column, field] of fieldEntries) {
          const raw = (row.cells[column] ?? "").trim();
          if (raw === "") continue;
          if (reader.field(draft, field, raw, reader.cell(table, row, column), table))
            used.add(column);
        }
        reader.indicators(draft, at, table, row, layout);
        indicatorRow = true;
      }
      if (taskAt === undefined)
        reader.unreadBut(table, row, used, indicatorRow ? readOnIndicatorRows : headings);
      else reader.unreadWithin(table, row, new Set([...used, ...headings]), taskAt, isExtra);
      continue;
    }
    if (key.kind === "indicator") {
      reader.problems.push({ code: "orphan-row", table: table.kind, row: rowKeyId(key) });
      continue;
    }
    // Totals and unit rows of a projects table are sums, read by the checker as amounts; the
    // rows after one belong to no project until the next project row.
    if (layout.form === "projects") current = undefined;
    sums ??= new Set(Object.keys(fields).filter((k) => fields[k]?.startsWith("money.")));
    // A row of a label the layout does not know inside a target (`其中：财政资金` on a form) may
    // be one of its money lines: an amount on it is reported with the target's path.
    if (key.kind === "unplaced" && current !== undefined) reader.unreadWithin(table, row, sums, at);
    else reader.unreadBut(table, row, sums);
  }
  const texts = layout.texts;
  const target = current as Draft | undefined;
  const open: Open =
    target === undefined || department ? undefined : { draft: target, at, row: projectRow };
  if (texts === undefined || table.texts === undefined || target === undefined) return open;
  for (const [key, text] of Object.entries(table.texts)) {
    const source = { table: table.kind, row: "texts", column: key, raw: text };
    if (key === texts.goal) reader.field(target, "goal", text, source, table);
    else if (texts.taskPrefix !== undefined && key.startsWith(texts.taskPrefix)) {
      target.cells.set(`tasks/${target.tasks.length}/name`, source);
      target.tasks.push({ name: key.slice(texts.taskPrefix.length), content: text });
    } else if (text.trim() !== "") reader.problems.push({ code: "unread-cell", ...source });
  }
  return open;
}

function project(d: Draft): ProjectTarget {
  return { ...d.fields, money: { ...d.money }, indicators: d.indicators };
}

/**
 * Reads the performance targets printed in a disclosure's tables: every table whose kind has a
 * `targets` layout (see `TargetLayout` in `yusuan/templates`) is read by that layout, the
 * department-wide sub-tables merged into one target and a project form's indicator sub-table
 * joined to the form above it. Indicators printed one a row take a blank 一级 / 二级 from the row
 * above within the same target (merged cells). A row naming a unit of a multi-unit department
 * (no indicator, no money or its projects' money, or a name in `options.units`) heads the projects
 * after it and is no project. Every non-blank cell the layout does not read is reported
 * (`unread-cell`), so nothing is silently dropped. Never throws.
 *
 * @param tables - the tables (any, those without a targets layout are skipped)
 * @param template - the template the tables follow
 * @param options - the indicator trees the tables print by (see {@link ReadTargetsOptions})
 *
 * @example
 * ```ts
 * import { readTargets } from "yusuan/performance";
 * import { henan2024 } from "yusuan/templates";
 * const table = {
 *   kind: "projectTargets", unit: "万元" as const,
 *   rows: [
 *     { key: { kind: "project" as const, name: "2024年通联值班费" },
 *       cells: { total: "10.00", "output.name": "每天值班次数", "output.value": "≥2次／天" } },
 *     { key: { kind: "indicator" as const, index: 0 },
 *       cells: { "output.name": "保持通联时长", "output.value": "≥24小时／天" } },
 *   ],
 * };
 * const r = readTargets([table], henan2024);
 * r.targets?.projects[0]?.money; // { total: "10.00" }
 * r.targets?.projects[0]?.indicators.map((i) => i.value); // ["≥2次／天", "≥24小时／天"]
 * r.source(["projects", 0, "indicators", 1, "value"]).row; // "indicator:0"
 * ```
 */
export function readTargets(
  tables: readonly Table[],
  template: Template,
  options: ReadTargetsOptions = {},
): TargetsReading {
  const reader = new Reader(options.frameworks);
  // The targets' unit is that of the targets table first in the template's order, whatever the
  // order the document prints them in (a report does not depend on the print order of tables);
  // a part printing no money (a form's indicator grid) states none.
  let first = -1;
  for (const table of tables) {
    const at = template.tables.findIndex((k) => k.id === table.kind);
    const layout = template.tables[at]?.targets;
    if (at < 0 || layout === undefined || table.unit === undefined) continue;
    if (!printsTargetsMoney(table, layout)) continue;
    if (first < 0 || at < first) {
      first = at;
      reader.unit = table.unit;
    }
  }
  // The project the table bound just before ended on, when it is a table of projects of the kind.
  let open: Open;
  let previous: string | undefined;
  /** The drafts started by a project's row of a table of projects (a unit's heading may be one). */
  const listed = new Set<Draft>();
  // Kinds in the template's order, each kind's tables as printed: the projects' order, and so the
  // report, does not depend on the order the document prints tables of different kinds in.
  const rank = (t: Table) => {
    const at = template.tables.findIndex((k) => k.id === t.kind);
    return at < 0 ? template.tables.length : at;
  };
  const ordered = tables
    .map((table, i) => ({ table, i, at: rank(table) }))
    .sort((x, y) => x.at - y.at || x.i - y.i)
    .map((x) => x.table);
  for (const table of ordered) {
    const kind = template.tables.find((k) => k.id === table.kind);
    const layout = kind?.targets;
    const carried = previous === table.kind && layout?.form === "projects" ? open : undefined;
    previous = table.kind;
    open = undefined;
    if (kind === undefined || layout === undefined) continue;
    if (reader.unit === undefined) reader.unit = table.unit;
    else if (table.unit !== reader.unit && printsTargetsMoney(table, layout))
      reader.problems.push({
        code: "unit-differs",
        table: table.kind,
        unit: table.unit,
        used: reader.unit,
      });
    open = readRows(reader, table, kind, layout, carried, listed);
  }
  dropHeadings(reader, unitHeadings(reader, listed, options.units ?? []));
  dropClashingBudget(reader);
  // A project form whose name no line it knows printed: the name is unknown, not blank.
  reader.projects.forEach((draft, i) => {
    if (draft.form !== undefined && !draft.cells.has("name"))
      reader.problems.push({
        code: "unread-name",
        table: draft.form,
        path: ["projects", i, "name"],
      });
  });
  const { unit, department } = reader;
  const targets: Targets | undefined =
    unit === undefined
      ? undefined
      : {
          unit,
          projects: reader.projects.map(project),
          ...(department === undefined
            ? {}
            : {
                department: {
                  ...(department.fields.goal === undefined ? {} : { goal: department.fields.goal }),
                  tasks: department.tasks,
                  budget: { ...department.money },
                  indicators: department.indicators,
                },
              }),
        };
  return {
    targets,
    problems: reader.problems,
    source: (path) => reader.citedAt(path) ?? dataSource(path, undefined),
  };
}

/**
 * The performance targets of a disclosure: `disclosure.targets` when given as data (cited as
 * `targets` pseudo-cells), else those printed in its tables (see {@link readTargets}).
 *
 * @param disclosure - the disclosure
 * @param template - the template its tables follow
 * @param options - as {@link readTargets}'s
 *
 * @example
 * ```ts
 * import { disclosureTargets } from "yusuan/performance";
 * import { henan2024 } from "yusuan/templates";
 * const meta = { year: 2024, documentKind: "单位" as const, template: "henan2024", department: { name: "某单位" }, units: [] };
 * const targets = { unit: "万元" as const, projects: [{ name: "项目甲", money: { total: "1.00" }, indicators: [] }] };
 * const r = disclosureTargets({ meta, tables: [], texts: [], targets }, henan2024);
 * r.source(["projects", 0, "money", "total"]); // { table: "targets", row: "projects/0", column: "money/total", raw: "1.00" }
 * ```
 */
export function disclosureTargets(
  disclosure: Disclosure,
  template: Template,
  options: ReadTargetsOptions = {},
): TargetsReading {
  const given = disclosure.targets;
  const { department, units } = disclosure.meta;
  if (given === undefined)
    return readTargets(disclosure.tables, template, {
      ...options,
      units: options.units ?? [department.name, ...units.map((u) => u.name)],
    });
  return { targets: given, problems: [], source: (path) => dataSource(path, given) };
}
