/**
 * Rows and tables for the targets reader's tests (./read.test.ts, ./read-forms.test.ts): an
 * indicator row, a project row, a line row, a table in 万元. @internal
 */
import type { Row, Table } from "../../disclosure";

/** An indicator row (`indicator:<index>`) printing `cells`. @internal */
export const ind = (index: number, cells: Record<string, string>): Row => ({
  key: { kind: "indicator", index },
  cells,
});
/** A project's row, with its code when given. @internal */
export const project = (name: string, cells: Record<string, string>, code?: string): Row => ({
  key: { kind: "project", name, ...(code === undefined ? {} : { code }) },
  cells,
});
/** A line row (`line:<id>`). @internal */
export const line = (id: string, cells: Record<string, string>): Row => ({
  key: { kind: "line", line: id },
  cells,
});
/** A table of `kind` in 万元 with `rows` (and `extra` fields). @internal */
export const table = (kind: string, rows: Row[], extra: Partial<Table> = {}): Table => ({
  kind,
  unit: "万元",
  rows,
  ...extra,
});
