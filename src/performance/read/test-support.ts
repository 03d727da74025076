/**
 * Rows and tables for the targets reader's tests (./read.test.ts, ./read-forms.test.ts): an
 * indicator row, a project row, a line row, a table in 万元. @internal
 */
import type { Row, Table } from "../../disclosure";

export const ind = (index: number, cells: Record<string, string>): Row => ({
  key: { kind: "indicator", index },
  cells,
});
export const project = (name: string, cells: Record<string, string>, code?: string): Row => ({
  key: { kind: "project", name, ...(code === undefined ? {} : { code }) },
  cells,
});
export const line = (id: string, cells: Record<string, string>): Row => ({
  key: { kind: "line", line: id },
  cells,
});
export const table = (kind: string, rows: Row[], extra: Partial<Table> = {}): Table => ({
  kind,
  unit: "万元",
  rows,
  ...extra,
});
