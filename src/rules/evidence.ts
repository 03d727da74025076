import type { SourceCell } from "../facts";
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
