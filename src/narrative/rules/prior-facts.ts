import type { Disclosure, Table } from "../../disclosure";
import { lowerDisclosure, lowerTable } from "../../disclosure";
import { DECOMPOSITIONS, type Decomposition, factKey } from "../../facts";
import { type AnyFact, decomposeTable, rollUpTable } from "../../rules/derive";
import { tablesRead } from "../../rules/read-tables";
import type { Template } from "../../templates";
import { readNarrative } from "../extract";
import type { ClaimSubject } from "../types";
import { claimFact, reference, tableFacts } from "./read";

/**
 * Last year's disclosure, given to the narrative rules so that this year's document tells one
 * story with it: its budget (`stage` `budget`, the default: its figures are last year's budget)
 * or its final accounts (`final`, 决算: last year's execution), read with its own template.
 *
 * @example
 * ```ts
 * import type { PriorYear } from "yusuan/narrative";
 * import { henan2024 } from "yusuan/templates";
 * const lastYear: PriorYear = {
 *   disclosure: { meta: { year: 2023, documentKind: "部门", template: "henan2024", department: { name: "某局" }, units: [] }, tables: [], texts: [] },
 *   template: henan2024,
 * };
 * ```
 */
export interface PriorYear {
  readonly disclosure: Disclosure;
  readonly template: Template;
  readonly stage?: "budget" | "final";
}

/** Last year's printed figures, looked up by this year's subjects. @internal */
export interface PriorLookup {
  readonly stage: "budget" | "final";
  readonly year: number;
  /** Last year's figure of a subject, as printed in its tables (else its text). */
  readonly printed: (subject: ClaimSubject) => AnyFact | undefined;
  /**
   * Last year's figure a citation of `basis` refers to: its budget for 上年预算, its 决算 for
   * 上年执行数; undefined when the disclosure given is of the other stage.
   */
  readonly value: (subject: ClaimSubject, basis: "budget" | "execution") => AnyFact | undefined;
}

/**
 * Reads last year's disclosure once: its tables lowered, rolled up and decomposed (those a check
 * reads: the first of each kind, residue rows left out), then the figures its narrative states
 * that its tables do not. Pure. @internal
 */
export function priorLookup(
  prior: PriorYear,
  decompositions: readonly Decomposition[] = DECOMPOSITIONS,
): PriorLookup {
  const { disclosure, template } = prior;
  const stage = prior.stage ?? "budget";
  const groups = new Map<string, AnyFact[]>();
  const add = (f: AnyFact) => {
    const k = factKey(f.concept, f.coords);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [f]);
    else list.push(f);
  };
  // Its tables as a check reads them: one of each kind (a unit's own table bound beside the
  // department's states another scope), without template residue rows.
  const lower = (t: Table) => lowerTable(t, template, disclosure.meta);
  for (const t of tablesRead(lowerDisclosure(disclosure, template), disclosure.meta, lower)
    .stating) {
    for (const r of t.rows) for (const f of r.facts) add(f);
    for (const d of rollUpTable(t)) add(d);
    for (const d of decomposeTable(t, decompositions)) add(d);
  }
  const scope = { groups, definitions: { decompositions } };
  const inTables = new Set(groups.keys());
  for (const section of disclosure.texts) {
    const reading = readNarrative(section.body, {
      year: disclosure.meta.year,
      tables: disclosure.tables,
    });
    for (const c of reading.claims)
      if (c.kind === "amount" && c.period === "current" && c.relation === "equals") {
        const k = factKey(c.subject.concept, c.subject.coords);
        if (!inTables.has(k)) add(claimFact(section, c));
      }
  }
  const printed = (subject: ClaimSubject) => {
    const ref = reference(tableFacts(scope, subject, "current"));
    return ref?.value == null ? undefined : ref;
  };
  return {
    stage,
    year: disclosure.meta.year,
    printed,
    value: (subject, basis) =>
      (basis === "execution") === (stage === "final") ? printed(subject) : undefined,
  };
}
