/**
 * Helpers shared by the templates tests (not part of the library): looking a table kind up, and the
 * fact a column or line states.
 */
import { type Coordinates, DIMENSIONS, factKey } from "../facts";
import type { ColumnSpec, LineSpec, TableKind, Template } from "./types";

/** The fact an amount column states (lines excepted), as a fact key; `line…` when the line decides. */
export function meaning(kind: TableKind, col: ColumnSpec): string {
  const coords: Coordinates = { ...kind.fixed, ...col.coords };
  const concept = col.concept ?? kind.concept;
  if (concept !== undefined) return factKey(concept, coords);
  return `line${DIMENSIONS.map((d) => (coords[d] === undefined ? "" : `|${d}=${coords[d]}`)).join("")}`;
}

export function lineMeaning(kind: TableKind, line: LineSpec): string {
  if (line.concept === undefined) return "text";
  return factKey(line.concept, { ...kind.fixed, ...line.coords });
}

export function kindOf(template: Template, id: string): TableKind {
  const k = template.tables.find((t) => t.id === id);
  if (k === undefined) throw new Error(`no kind ${id} in ${template.id}`);
  return k;
}

export function kindForTitle(template: Template, title: string): string | undefined {
  return template.tables.find((k) => k.titles.includes(title))?.id;
}
