import { isUnit } from "../amount/units";
import type { ColumnSpec, TableKind, Template } from "../templates";
import { nearestKeys } from "../templates/suggest";
import { cellProblem } from "./builder-cells";
import { checkDuplicates } from "./builder-duplicates";
import { type KeyCodeError, normaliseRowKey } from "./builder-row-key";
import { columnSuggestions, kindSuggestions, lineSuggestions } from "./builder-suggest";
import { tablesSetAside } from "./first-tables";
import type { BuildPath, BuildProblem, BuildResult } from "./problems";
import { rowKeyId } from "./row-key";
import { type ShapeProblem, shapeDisclosure, shapeTable } from "./shape";
import { DISCLOSURE_STAGES, type Disclosure, type Row, type Table } from "./types";

const RESERVED = "__proto__";

function shapeProblem(p: ShapeProblem): BuildProblem {
  return p.code === "wrong-type"
    ? { ...p, severity: "error" }
    : { ...p, severity: "error", suggestions: nearestKeys(p.input, p.expected) };
}

/** `f(key)`, computed once per key. */
function memo<T>(f: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    const found = seen.get(key);
    if (found !== undefined || seen.has(key)) return found as T;
    const value = f(key);
    seen.set(key, value);
    return value;
  };
}

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
  readonly columnSuggestions: (key: string) => readonly string[];
  readonly lineSuggestions: (line: string) => readonly string[];
}

function checkRow(ctx: RowContext, row: Row, index: number): Row {
  const { spec, table, problems } = ctx;
  const keyErrors: KeyCodeError[] = [];
  const key = normaliseRowKey(row.key, keyErrors);
  const place = { table: table.kind, row: index, rowKey: rowKeyId(key) };
  const base: BuildPath = ["rows", index];
  for (const found of keyErrors) {
    const path = [...base, "key", found.field];
    if ("error" in found)
      problems.push({
        code: "malformed-code",
        severity: "error",
        path,
        ...place,
        error: found.error,
      });
    else
      problems.push({
        code: "misprinted-code",
        severity: "warning",
        path,
        ...place,
        printed: found.misprint.printed,
        denotes: found.misprint.code.value,
      });
  }
  if (key.kind === "unplaced") {
    problems.push({
      code: "unplaced-row",
      severity: "warning",
      path: [...base, "key"],
      ...place,
      label: key.label,
    });
  } else if (spec !== undefined && !spec.rowKinds.includes(key.kind)) {
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
      suggestions: ctx.lineSuggestions(key.line),
    });
  }
  if (spec !== undefined) {
    const amounts = isUnit(table.unit); // in an unknown unit no amount is read (one problem)
    for (const [column, raw] of Object.entries(row.cells)) {
      const path = [...base, "cells", column];
      const col = ctx.columns.get(column);
      if (column === RESERVED) {
        problems.push({
          code: "reserved-key",
          severity: "error",
          path,
          table: table.kind,
          key: column,
        });
        continue;
      }
      if (col?.role === "amount" && !amounts) continue;
      const problem =
        col === undefined
          ? {
              code: "unknown-column" as const,
              severity: "error" as const,
              path,
              ...place,
              column,
              input: raw,
              suggestions: ctx.columnSuggestions(column),
            }
          : cellProblem(col, raw, table.unit, { path, ...place, column });
      if (problem !== undefined) problems.push(problem);
    }
  }
  const cells = frozenRecord(row.cells);
  return Object.freeze(row.name === undefined ? { key, cells } : { key, name: row.name, cells });
}

function tableProblems(
  template: Template,
  given: Table,
): { table: Table; problems: BuildProblem[] } {
  const shaped = shapeTable(given);
  const table = shaped.table;
  const problems: BuildProblem[] = shaped.problems.map(shapeProblem);
  const spec = template.tables.find((t) => t.id === table.kind);
  // A table that is no object, or has no kind, is reported as such, not as a kind "".
  if (spec === undefined && (table.kind !== "" || problems.length === 0)) {
    problems.push({
      code: "unknown-table-kind",
      severity: "error",
      path: ["kind"],
      table: table.kind,
      template: template.id,
      suggestions: kindSuggestions(template, table.kind),
    });
  }
  const columns = new Map((spec?.columns ?? []).map((c) => [c.key, c] as const));
  const ctx: RowContext = {
    spec,
    columns,
    table,
    problems,
    columnSuggestions: memo((key) => (spec === undefined ? [] : columnSuggestions(spec, key))),
    lineSuggestions: memo((line) => (spec === undefined ? [] : lineSuggestions(spec, line))),
  };
  const rows = Object.freeze(table.rows.map((row, index) => checkRow(ctx, row, index)));
  checkDuplicates(table, spec, rows, problems);
  if (table.texts !== undefined && Object.hasOwn(table.texts, RESERVED))
    problems.push({
      code: "reserved-key",
      severity: "error",
      path: ["texts", RESERVED],
      table: table.kind,
      key: RESERVED,
    });
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
    ...(table.unknownUnit === undefined ? {} : { unknownUnit: table.unknownUnit }),
    rows,
    ...(table.otherPeriods === undefined
      ? {}
      : { otherPeriods: frozenRecord(table.otherPeriods) as NonNullable<Table["otherPeriods"]> }),
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
 * @param table - the table to check (a plain object is shaped first: see `wrong-type`)
 * @param template - the template the table follows
 *
 * @example
 * ```ts
 * import { validateTable } from "yusuan";
 * import { henan2024 } from "yusuan/templates";
 * const r = validateTable(
 *   { kind: "expenditure", unit: "万元",
 *     rows: [{ key: { kind: "functional", code: "201 31 01" }, cells: { total: "558.07" } }] },
 *   henan2024,
 * );
 * r.ok; // true
 * r.value.rows[0]?.key; // { kind: "functional", code: "2013101" }
 * ```
 */
export function validateTable(table: Table, template: Template): BuildResult<Table> {
  const { table: value, problems } = tableProblems(template, table);
  return result(value, problems);
}

/**
 * Checks a disclosure against a template: its meta's template id, every table (as
 * {@link validateTable}, paths under `["tables", i]`) and repeated table kinds. Any subset of the
 * template's tables is fine. Returns a frozen copy with normalised row keys. Never throws on data.
 *
 * @param disclosure - the disclosure to check (a plain object is shaped first: see `wrong-type`)
 * @param template - the template the disclosure follows
 *
 * @example
 * ```ts
 * import { validateDisclosure } from "yusuan";
 * import { henan2024 } from "yusuan/templates";
 * const r = validateDisclosure(
 *   {
 *     meta: { year: 2024, documentKind: "单位", template: "henan2024", department: { name: "某单位" }, units: [] },
 *     tables: [{ kind: "sanGong", unit: "万元", rows: [{ key: { kind: "single" }, cells: { total: "6.50" } }] }],
 *     texts: [],
 *   },
 *   henan2024,
 * );
 * r.ok; // true
 * ```
 *
 * @example Misuse is reported with the way out, never thrown:
 * ```ts
 * import { formatBuildProblem, validateDisclosure } from "yusuan";
 * import { henan2024 } from "yusuan/templates";
 * const r = validateDisclosure(
 *   {
 *     meta: { year: 2024, documentKind: "单位", template: "henan2024", department: { name: "某单位" }, units: [] },
 *     tables: [{ kind: "sangong", unit: "万元", rows: [] }],
 *     texts: [],
 *   },
 *   henan2024,
 * );
 * r.problems.map((p) => formatBuildProblem(p, "en")); // ['template henan2024 has no table kind "sangong" (did you mean "sanGong"?)']
 * ```
 */
export function validateDisclosure(
  disclosure: Disclosure,
  template: Template,
): BuildResult<Disclosure> {
  const shaped = shapeDisclosure(disclosure);
  const problems: BuildProblem[] = shaped.problems.map(shapeProblem);
  const { meta } = shaped.disclosure;
  if (meta.template !== template.id) {
    problems.push({
      code: "template-mismatch",
      severity: "error",
      path: ["meta", "template"],
      template: meta.template,
      expected: template.id,
    });
  }
  const stage: unknown = meta.stage;
  if (stage !== undefined && !DISCLOSURE_STAGES.some((s) => s === stage)) {
    problems.push({
      code: "invalid-value",
      severity: "error",
      path: ["meta", "stage"],
      input: String(stage),
      expected: DISCLOSURE_STAGES,
      suggestions: [],
    });
  }
  const checked = shaped.disclosure.tables.map((t) => tableProblems(template, t));
  // One table of a kind is read: the first bound, or the one listing every unit (`readTables`).
  const { aside } = tablesSetAside(
    checked.map(({ table: t }) => ({
      kind: template.tables.find((k) => k.id === t.kind),
      title: t.title,
      rows: t.rows,
      unit: t.unknownUnit === undefined ? t.unit : undefined,
    })),
    meta,
  );
  const tables = checked.map((c, i) => {
    problems.push(...at(["tables", i], c.problems));
    const kind = c.table.kind;
    const first = aside.get(i);
    // A 部门预算 may bind a unit's own 单位预算 tables beside the department's: the check reads
    // one of a kind and sets the others aside (`tables.repeated`, a warning), so this is a
    // warning too. No `first`: none of the kind is read (each a unit's own).
    if (aside.has(i))
      problems.push({
        code: "duplicate-table",
        severity: "warning",
        path: ["tables", i],
        table: kind,
        ...(first === undefined ? {} : { first }),
      });
    return c.table;
  });
  const value: Disclosure = Object.freeze({
    meta: freezeMeta(meta),
    tables: Object.freeze(tables),
    texts: Object.freeze(
      shaped.disclosure.texts.map((s) => Object.freeze({ title: s.title, body: s.body })),
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
    ...(meta.stage === undefined ? {} : { stage: meta.stage }),
  });
}
