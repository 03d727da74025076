import type { CatalogSet } from "../catalog";
import { type Disclosure, type LoweredTable, lowerDisclosure } from "../disclosure";
import { factKey } from "../facts";
import type { Template } from "../templates";
import { type Bounds, boundsOf, compareBounds } from "./compare";
import {
  type AnyFact,
  type DerivedFact,
  decomposeTable,
  isDerived,
  isIncomplete,
  rollUpTable,
} from "./derive";
import type { Definitions, Mismatch, RuleContext } from "./types";

function ruleOf(f: AnyFact, ctx: { decompositionRule: Map<string, string> }): string {
  if (!isDerived(f)) return "same-fact";
  if (f.via.kind === "rollup") return "rollup";
  return ctx.decompositionRule.get(f.via.id) ?? "nature";
}

function withoutBlankDuplicates(t: LoweredTable): LoweredTable {
  const count = new Map<string, number>();
  for (const r of t.rows) count.set(r.id, (count.get(r.id) ?? 0) + 1);
  const rows = t.rows.filter(
    (r) => (count.get(r.id) ?? 0) < 2 || r.facts.some((f) => f.value !== null),
  );
  return rows.length === t.rows.length ? t : { ...t, rows };
}

/** Builds the shared context of a check. @internal */
export function buildContext(
  disclosure: Disclosure,
  template: Template,
  catalog: CatalogSet | undefined,
  definitions: Definitions,
): RuleContext {
  const tables = lowerDisclosure(disclosure, template);
  // A blank template row repeating another row's key (rows.duplicate reports it) states nothing:
  // it takes part in neither derivations nor comparisons.
  const stating = tables.map(withoutBlankDuplicates);
  const derived: DerivedFact[] = [];
  for (const t of stating)
    derived.push(...rollUpTable(t), ...decomposeTable(t, definitions.decompositions));
  const groups = new Map<string, AnyFact[]>();
  const add = (f: AnyFact) => {
    const k = factKey(f.concept, f.coords);
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [f]);
    else g.push(f);
  };
  for (const t of stating) for (const r of t.rows) for (const f of r.facts) add(f);
  for (const d of derived) add(d);

  const decompositionRule = new Map(definitions.decompositions.map((d) => [d.id, d.rule]));
  const comparisons = new Map<
    string,
    { count: number; mismatches: Mismatch[]; checked: AnyFact[] }
  >();
  const bucket = (rule: string) => {
    let b = comparisons.get(rule);
    if (b === undefined) {
      b = { count: 0, mismatches: [], checked: [] };
      comparisons.set(rule, b);
    }
    return b;
  };
  const bounds = new Map<AnyFact, Bounds>();
  const boundsFor = (f: AnyFact) => boundsOf(f, bounds);
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const reference =
      members.find((m) => !isDerived(m) && m.value !== null) ??
      members.find((m) => !isDerived(m)) ??
      members[0];
    if (reference === undefined) continue;
    for (const m of members) {
      if (m === reference) continue;
      const rule = ruleOf(m, { decompositionRule });
      const b = bucket(rule);
      b.count++;
      b.checked.push(m, reference);
      const compared = compareBounds(boundsFor(reference), boundsFor(m));
      if (compared === "equal") continue;
      const status = isIncomplete(m) || isIncomplete(reference) ? "incomplete" : compared;
      const derivedFirst = isDerived(m);
      b.mismatches.push({
        rule,
        status,
        expected: derivedFirst ? m : reference,
        actual: derivedFirst ? reference : m,
      });
    }
  }
  // Rules that read the tables directly (targets, the narrative's names) read the shaped ones.
  const shaped: Disclosure = { ...disclosure, tables: tables.map((t) => t.table) };
  return {
    disclosure: shaped,
    template,
    tables,
    derived,
    groups,
    catalog,
    definitions,
    comparisons,
  };
}
