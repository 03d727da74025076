import type { ColumnSpec, TableKind, Template } from "../templates";
import { cellProblem } from "./builder-cells";
import { type KeyCodeError, normaliseRowKey } from "./builder-row-key";
import type { BuildPath, BuildProblem, BuildResult } from "./problems";
import { rowKeyId } from "./row-key";
import type { Disclosure, Row, Table } from "./types";

function frozenRecord(record: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  return Object.freeze(Object.fromEntries(Object.entries(record)));
}

function at(prefix: BuildPath, problems: readonly BuildProblem[]): BuildProblem[] {
  return problems.map((p) => ({ ...p, path: [...prefix, ...p.path] }));
}

function result<T>(value: T, problems: readonly BuildProblem[]): BuildResult<T> {
  const ok = problems.every((p) => p.severity !== "error");
  const frozen = problems.map((p) => Object.freeze({ ...p, path: Object.freeze([...p.path]) }));
  return Object.freeze({ ok, value, problems: Object.freeze(frozen) });
}

interface RowContext {
  readonly spec: TableKind | undefined;
  readonly columns: ReadonlyMap<string, ColumnSpec>;
  readonly table: Table;
  readonly problems: BuildProblem[];
}

function checkRow(ctx: RowContext, row: Row, index: number): Row {
  const { spec, table, problems } = ctx;
  const keyErrors: KeyCodeError[] = [];
  const key = normaliseRowKey(row.key, keyErrors);
  const place = { table: table.kind, row: index, rowKey: rowKeyId(key) };
  const base: BuildPath = ["rows", index];
  for (const { field, error } of keyErrors) {
    problems.push({
      code: "malformed-code",
      severity: "error",
      path: [...base, "key", field],
      ...place,
      error,
    });
  }
  if (spec !== undefined && !spec.rowKinds.includes(key.kind)) {
    const path = [...base, "key", "kind"];
    problems.push({
      code: "row-kind-not-allowed",
      severity: "error",
      path,
      ...place,
      rowKind: key.kind,
      allowed: spec.rowKinds,
    });
  } else if (
    key.kind === "line" &&
    spec !== undefined &&
    spec.lines?.some((l) => l.id === key.line) !== true
  ) {
    problems.push({
      code: "unknown-line",
      severity: "error",
      path: [...base, "key", "line"],
      ...place,
      line: key.line,
    });
  }
  if (spec !== undefined) {
    for (const [column, raw] of Object.entries(row.cells)) {
      const path = [...base, "cells", column];
      const col = ctx.columns.get(column);
      const problem =
        col === undefined
          ? {
              code: "unknown-column" as const,
              severity: "error" as const,
              path,
              ...place,
              column,
              input: raw,
            }
          : cellProblem(col, raw, table.unit, { path, ...place, column });
      if (problem !== undefined) problems.push(problem);
    }
  }
  const cells = frozenRecord(row.cells);
  return Object.freeze(row.name === undefined ? { key, cells } : { key, name: row.name, cells });
}

/** Reports keys seen before within the same unit group (rows after an `org` row). */
function checkDuplicates(table: Table, rows: readonly Row[], problems: BuildProblem[]): void {
  const seen = new Map<string, number>();
  let group = "";
  rows.forEach((row, index) => {
    const id = rowKeyId(row.key);
    if (row.key.kind === "org") group = id;
    const scoped = row.key.kind === "org" || row.key.kind === "total" ? id : `${group}\u0000${id}`;
    const first = seen.get(scoped);
    if (first === undefined) {
      seen.set(scoped, index);
      return;
    }
    const path = ["rows", index, "key"];
    problems.push({
      code: "duplicate-row",
      severity: "error",
      path,
      table: table.kind,
      row: index,
      rowKey: id,
      first,
    });
  });
}

function tableProblems(
  template: Template,
  table: Table,
): { table: Table; problems: BuildProblem[] } {
  const problems: BuildProblem[] = [];
  const spec = template.tables.find((t) => t.id === table.kind);
  if (spec === undefined) {
    problems.push({
      code: "unknown-table-kind",
      severity: "error",
      path: ["kind"],
      table: table.kind,
      template: template.id,
    });
  }
  const columns = new Map((spec?.columns ?? []).map((c) => [c.key, c] as const));
  const ctx: RowContext = { spec, columns, table, problems };
  const rows = Object.freeze(table.rows.map((row, index) => checkRow(ctx, row, index)));
  checkDuplicates(table, rows, problems);
  const note = table.note;
  if (
    spec?.emptyNote === "required" &&
    rows.length === 0 &&
    (note === undefined || note.trim() === "")
  ) {
    problems.push({
      code: "empty-table-without-note",
      severity: "warning",
      path: ["rows"],
      table: table.kind,
    });
  }
  const value: Table = Object.freeze({
    kind: table.kind,
    ...(table.title === undefined ? {} : { title: table.title }),
    ...(table.number === undefined ? {} : { number: table.number }),
    unit: table.unit,
    rows,
    ...(note === undefined ? {} : { note }),
    ...(table.texts === undefined ? {} : { texts: frozenRecord(table.texts) }),
  });
  return { table: value, problems };
}

/**
 * Checks a table against a template and returns a frozen copy with its row-key codes normalised
 * (`201 31 01` → `2013101`; a malformed code is kept as printed). This is what
 * `TableBuilder.build()` does; use it for tables from elsewhere (e.g. parsed JSON). Problem paths
 * start at the table. Never throws on data.
 *
 * @param template - the template the table follows
 * @param table - the table to check
 *
 * @example
 * ```ts
 * import { validateTable } from "yusuan";
 * import { henan2024 } from "yusuan/templates";
 * const r = validateTable(henan2024, {
 *   kind: "expenditure", unit: "万元",
 *   rows: [{ key: { kind: "functional", code: "201 31 01" }, cells: { total: "558.07" } }],
 * });
 * r.ok; // true
 * r.value.rows[0]?.key; // { kind: "functional", code: "2013101" }
 * ```
 */
export function validateTable(template: Template, table: Table): BuildResult<Table> {
  const { table: value, problems } = tableProblems(template, table);
  return result(value, problems);
}

/**
 * Checks a disclosure against a template: its meta's template id, every table (as
 * {@link validateTable}, paths under `["tables", i]`) and repeated table kinds. Any subset of the
 * template's tables is fine. Returns a frozen copy with normalised row keys. Never throws on data.
 *
 * @param template - the template the disclosure follows
 * @param disclosure - the disclosure to check
 *
 * @example
 * ```ts
 * import { validateDisclosure } from "yusuan";
 * import { henan2024 } from "yusuan/templates";
 * const r = validateDisclosure(henan2024, {
 *   meta: { year: 2024, documentKind: "单位", template: "henan2024", department: { name: "某单位" }, units: [] },
 *   tables: [{ kind: "sanGong", unit: "万元", rows: [{ key: { kind: "single" }, cells: { total: "6.50" } }] }],
 *   texts: [],
 * });
 * r.ok; // true
 * ```
 */
export function validateDisclosure(
  template: Template,
  disclosure: Disclosure,
): BuildResult<Disclosure> {
  const problems: BuildProblem[] = [];
  const { meta } = disclosure;
  if (meta.template !== template.id) {
    problems.push({
      code: "template-mismatch",
      severity: "error",
      path: ["meta", "template"],
      template: meta.template,
      expected: template.id,
    });
  }
  const firstOfKind = new Map<string, number>();
  const tables = disclosure.tables.map((t, i) => {
    const checked = tableProblems(template, t);
    problems.push(...at(["tables", i], checked.problems));
    const first = firstOfKind.get(t.kind);
    if (first === undefined) firstOfKind.set(t.kind, i);
    else
      problems.push({
        code: "duplicate-table",
        severity: "error",
        path: ["tables", i],
        table: t.kind,
        first,
      });
    return checked.table;
  });
  const value: Disclosure = Object.freeze({
    meta: freezeMeta(meta),
    tables: Object.freeze(tables),
    texts: Object.freeze(
      disclosure.texts.map((s) => Object.freeze({ title: s.title, body: s.body })),
    ),
  });
  return result(value, problems);
}

/** A frozen copy of a meta, without undefined optional properties. @internal */
export function freezeMeta(meta: Disclosure["meta"]): Disclosure["meta"] {
  const { department: d } = meta;
  return Object.freeze({
    year: meta.year,
    documentKind: meta.documentKind,
    template: meta.template,
    department: Object.freeze(
      d.code === undefined ? { name: d.name } : { code: d.code, name: d.name },
    ),
    units: Object.freeze(
      meta.units.map((u) =>
        Object.freeze({
          ...(u.code === undefined ? {} : { code: u.code }),
          name: u.name,
          ...(u.unitType === undefined ? {} : { unitType: u.unitType }),
        }),
      ),
    ),
    ...(meta.unitCounts === undefined ? {} : { unitCounts: Object.freeze({ ...meta.unitCounts }) }),
    ...(meta.regionCode === undefined ? {} : { regionCode: meta.regionCode }),
  });
}
