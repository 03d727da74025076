import { compareAmounts, isNegative, isZero } from "../../src/amount";

import type { CatalogSet } from "../../src/catalog";
import {
  type Disclosure,
  type LoweredTable,
  lowerDisclosure,
  lowerTable,
} from "../../src/disclosure";
import type { Fact } from "../../src/facts";
import { factKey } from "../../src/facts";
import { uncertainCells } from "../../src/rules/carryover-lines";
import { tablesRead } from "../../src/rules/read-tables";
import type { Definitions, Mismatch, RuleContext } from "../../src/rules/types";
import type { Template } from "../../src/templates";
import { type Bounds, boundsOf, compareBounds, truncates, widthOf } from "./compare";
import {
  type AnyFact,
  blankWholesOf,
  type DerivedFact,
  decomposeTable,
  isDerived,
  isIncomplete,
  readingGaps,
  rollUpTable,
} from "./derive";

function ruleOf(f: AnyFact, ctx: { decompositionRule: Map<string, string> }): string {
  if (!isDerived(f)) return "same-fact";
  if (f.via.kind === "rollup") return "rollup";
  return ctx.decompositionRule.get(f.via.id) ?? "nature";
}

/** Whether a row states no figure but zeros (blank cells included). */
const zerosOnly = (r: LoweredTable["rows"][number]) =>
  r.facts.every((f) => f.value === null || isZero(f.value));

/** Without the unit rows printing no figure right above rows by code or project (headings). */
function withoutUnitHeadings(t: LoweredTable): LoweredTable {
  const rows = t.rows.filter((r, i) => {
    const next = t.rows[i + 1]?.row.key.kind;
    const heads = next === "functional" || next === "economic" || next === "project";
    return !(r.row.key.kind === "org" && heads && r.facts.every((f) => f.value === null));
  });
  return rows.length === t.rows.length ? t : { ...t, rows };
}

/** Without repeats of a row key stating nothing, or only zeros beside a repeat with a figure. */
function withoutResidueRows(t: LoweredTable): LoweredTable {
  const count = new Map<string, number>();
  for (const r of t.rows) count.set(r.id, (count.get(r.id) ?? 0) + 1);
  const stated = new Set(t.rows.filter((r) => !zerosOnly(r)).map((r) => r.id));
  const rows = t.rows.filter(
    (r) =>
      (count.get(r.id) ?? 0) < 2 ||
      (r.facts.some((f) => f.value !== null) && !(zerosOnly(r) && stated.has(r.id))),
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
  // Which table of a kind is read (the department's, a table continued on the next page read
  // with its head) is the check's choice, not the engine's: the oracle takes it from the check
  // (src/rules/read-tables.ts) and checks what the engine derives and compares from there.
  const { tables, repeated } = tablesRead(
    lowerDisclosure(disclosure, template),
    disclosure.meta,
    (t) => lowerTable(t, template, disclosure.meta),
  );
  // A template row repeating another row's key (rows.duplicate reports it) that states nothing,
  // or only zeros beside a figure, takes part in neither derivations nor comparisons.
  const stating = tables.map((t) => withoutResidueRows(withoutUnitHeadings(t)));
  const derived: DerivedFact[] = [];
  for (const t of stating) {
    const decomposed = decomposeTable(t, definitions.decompositions);
    derived.push(...rollUpTable(t, blankWholesOf(t, decomposed)), ...decomposed);
  }
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
  const rank = new Map(template.tables.map((k, i) => [k.id, i]));
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
  // A zero printed `0` in a table whose nonzero figures all print decimals is exactly zero.
  const exactZero = new Set<AnyFact>();
  for (const t of stating) {
    const printed = t.rows.flatMap((r) => r.facts).filter((f) => f.value !== null);
    const nonzero = printed.filter((f) => f.value !== null && !isZero(f.value));
    if (nonzero.length > 0 && nonzero.every((f) => (f.value?.decimals ?? 0) > 0))
      for (const f of printed)
        if (f.value !== null && isZero(f.value) && f.value.decimals === 0) exactZero.add(f);
  }
  const bounds = new Map<AnyFact, Bounds>();
  const boundsFor = (f: AnyFact) => {
    let b = bounds.get(f);
    if (b === undefined) {
      b =
        exactZero.has(f) && !isDerived(f) && f.value !== null
          ? { value: f.value, low: f.value, high: f.value, precision: "blank", printed: undefined }
          : boundsOf(f);
      bounds.set(f, b);
    }
    return b;
  };
  // A subset table's facts are compared with its own statements only; so are the facts of a line
  // that may or may not hold its fund's carry-over, where the tables print some (and their sums).
  const subsets = new Set(template.tables.filter((k) => k.subset === true).map((k) => k.id));
  const uncertain = uncertainCells(stating);
  const scopes: AnyFact[][] = [];
  for (const group of groups.values()) {
    const by = new Map<string, AnyFact[]>();
    for (const f of group) {
      const table = isDerived(f) ? f.table : (f as Fact).source.table;
      const sources = isDerived(f) ? f.sources : [(f as Fact).source];
      const scope = sources.some((c) => uncertain.has(c))
        ? "carryover?"
        : subsets.has(table)
          ? table
          : "";
      by.set(scope, [...(by.get(scope) ?? []), f]);
    }
    scopes.push(...by.values());
  }
  // A partial roll-up (rows of unknown attribute left out; table read whole) of parts none negative
  // is a lower bound: a printed figure below it is wrong.
  const gapTables = new Set(stating.filter((t) => readingGaps(t).rows).map((t) => t.table.kind));
  const exceeds = (sum: AnyFact, printed: AnyFact): boolean =>
    !isDerived(printed) &&
    isDerived(sum) &&
    sum.incomplete === true &&
    sum.via.kind === "rollup" &&
    !gapTables.has(sum.table) &&
    sum.parts.every((x) => x.value === null || !isNegative(x.value)) &&
    sum.value !== null &&
    (printed.value === null ? !isZero(sum.value) : compareAmounts(sum.value, printed.value) > 0);
  // A printed blank on the row just before a line the reader did not place (an unplaced row of a
  // kind with lines, a line the template does not know), in a column where that line prints a
  // digit, is unread: the row's figure may be on that line. Compared, it is incomplete.
  const unread = new Set<AnyFact>();
  for (const t of stating) {
    const lines = new Set(t.kind?.lines?.map((l) => l.id) ?? []);
    const gap = (r: LoweredTable["rows"][number]) =>
      (r.row.key.kind === "unplaced" && lines.size > 0) ||
      (r.row.key.kind === "line" && !lines.has(r.row.key.line));
    let before: LoweredTable["rows"][number] | undefined;
    for (const r of t.rows) {
      if (!gap(r)) {
        before = r;
        continue;
      }
      for (const [column, raw] of Object.entries(r.row.cells))
        if (/[0-9０-９]/u.test(raw))
          for (const f of before?.facts ?? [])
            if (f.source.column === column && f.value === null) unread.add(f);
    }
  }
  for (const members of scopes) {
    if (members.length < 2) continue;
    // The printed figure of the table first in the template (then a printed blank, then an
    // unread one, then the derived statement of the table first in the template): the same
    // whatever order the tables are bound in.
    const tableOf = (m: AnyFact) => (isDerived(m) ? m.table : (m as Fact).source.table);
    const ranked = members
      .map((m, i) => ({ m, i, r: rank.get(tableOf(m)) ?? Infinity }))
      .sort((x, y) => x.r - y.r || x.i - y.i)
      .map((x) => x.m);
    const printed = ranked.filter((m) => !isDerived(m));
    const reference =
      printed.find((m) => m.value !== null) ??
      printed.find((m) => !unread.has(m)) ??
      printed[0] ??
      ranked[0];
    if (reference === undefined) continue;
    for (const m of members) {
      if (m === reference) continue;
      const rule = ruleOf(m, { decompositionRule });
      const b = bucket(rule);
      b.count++;
      b.checked.push(m, reference);
      const compared = compareBounds(boundsFor(reference), boundsFor(m));
      if (compared === "equal") continue;
      const lower = compared === "differ" && (exceeds(m, reference) || exceeds(reference, m));
      const status =
        unread.has(m) ||
        unread.has(reference) ||
        ((isIncomplete(m) || isIncomplete(reference)) && !lower)
          ? "incomplete"
          : compared;
      const derivedFirst = isDerived(m);
      // Two printed figures that precision explains: the coarser (rounded or truncated) is cited.
      const [rb, mb] = [boundsFor(reference), boundsFor(m)];
      const swap =
        !derivedFirst &&
        ((status === "rounding" && compareAmounts(widthOf(rb), widthOf(mb)) > 0) ||
          (status === "truncated" && !truncates(mb, rb)));
      b.mismatches.push({
        rule,
        status,
        expected: derivedFirst || swap ? m : reference,
        actual: derivedFirst || swap ? reference : m,
      });
    }
  }
  // Rules that read the tables directly read those checked only.
  const read: Disclosure = { ...disclosure, tables: tables.map((t) => t.table) };
  return {
    disclosure: read,
    template,
    tables,
    derived,
    groups,
    catalog,
    definitions,
    comparisons,
    repeated,
  };
}
