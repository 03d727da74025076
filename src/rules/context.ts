import { compareAmounts, isNegative, isZero } from "../amount";
import type { CatalogSet } from "../catalog";
import { type Disclosure, type LoweredTable, lowerDisclosure, lowerTable } from "../disclosure";
import { factKey } from "../facts";
import { FactIds } from "../facts/intern";
import type { Template } from "../templates";
import { tableRanks } from "../templates/order";
import { uncertainCells } from "./carryover-lines";
import { againstClass, classedClasses } from "./classed-rows";
import {
  agreesExactly,
  type Bounds,
  boundsOf,
  coarser,
  compareBounds,
  exactZeroBounds,
  exactZeros,
  truncationExplains,
} from "./compare";
import { Compared } from "./compared";
import { type AnyFact, isDerived, isIncomplete, sourcesOf } from "./derive";
import { groupFacts } from "./group-facts";
import { indexGroups, tableOfFact, visibleFacts } from "./groups";
import { tablesRead } from "./read-tables";
import { lineGapColumns, readingGaps, wrappedBlank } from "./reading-gaps";
import type { Definitions, RuleContext } from "./types";

function ruleOf(f: AnyFact, decompositionRule: Map<string, string>): string {
  if (!isDerived(f)) return "same-fact";
  if (f.via.kind === "rollup") return "rollup";
  return decompositionRule.get(f.via.id) ?? "nature";
}

/**
 * A printed part under the other nature than its 科目's 类 (`classed-rows.ts`: classed so by the
 * document, or misprinted).
 */
const classedPart = (f: AnyFact): boolean => !isDerived(f) && againstClass(f);

/** More places than any template has tables (a kind the template does not list takes the last). */
const RANK_SPAN = 1 << 20;

/**
 * What a group's other statements are compared with: its printed figure from the table that comes
 * first in the template (the first such table the document binds, if it binds several of one
 * kind; a table kind the template does not list comes last), so that which statement is the
 * reference, and so which cells a disagreement cites, does not depend on the order the document
 * binds its tables in. A blank is the reference only where no statement prints a figure; with
 * nothing printed, the derived statement of the table first in the template. A blank that is
 * unread (`unread`: its figure may be on a line the reader did not place) comes after the blanks
 * printed as such, before the derived statements (so a roll-up compared with it is still the
 * roll-up's comparison).
 */
function referenceOf(
  group: readonly AnyFact[],
  rank: ReadonlyMap<string, number>,
  unread: (f: AnyFact) => boolean,
): AnyFact {
  // One order: printed figures, then printed blanks, then unread blanks, then derived statements;
  // within each, the table's place in the template. The first of the lowest key wins (binding
  // order breaks ties).
  let best = group[0] as AnyFact;
  let bestKey = Number.POSITIVE_INFINITY;
  for (let i = 0; i < group.length; i++) {
    const m = group[i] as AnyFact;
    const derived = isDerived(m);
    const tier = derived ? 3 : m.value !== null ? 0 : unread(m) ? 2 : 1;
    const place = rank.get(derived ? m.table : m.source.table) ?? RANK_SPAN - 1;
    const key = tier * RANK_SPAN + place;
    if (key < bestKey) {
      best = m;
      bestKey = key;
    }
  }
  return best;
}

/** Builds the shared context of a check. @internal */
export function buildContext(
  disclosure: Disclosure,
  template: Template,
  catalog: CatalogSet | undefined,
  definitions: Definitions,
): RuleContext {
  const { tables, repeated, stating } = tablesRead(
    lowerDisclosure(disclosure, template),
    disclosure.meta,
    (t) => lowerTable(t, template, disclosure.meta),
  );
  // Facts grouped by identity under small integer ids (no key string per fact).
  const ids = new FactIds();
  const grouping = groupFacts(stating, definitions.decompositions, ids);
  const members = grouping.members;

  const rank = tableRanks(template);
  const decompositionRule = new Map(definitions.decompositions.map((d) => [d.id, d.rule]));
  const comparisons = new Map<string, Compared>();
  const { pairs } = grouping;
  const bucket = (rule: string) => {
    let b = comparisons.get(rule);
    if (b === undefined) {
      b = new Compared(pairs);
      comparisons.set(rule, b);
    }
    return b;
  };
  // Bounds are only needed where two statements differ (most agree exactly): the map is made
  // then, and shared by the nested sums of one check.
  let bounds: Map<AnyFact, Bounds> | undefined;
  // A zero printed `0` in a table printing its figures with decimals is exactly zero.
  let exact: ReadonlySet<AnyFact> | undefined;
  const boundsFor = (f: AnyFact) => {
    bounds ??= new Map();
    exact ??= exactZeros(stating);
    return !isDerived(f) && exact.has(f) ? exactZeroBounds(f) : boundsOf(f, bounds);
  };
  // A table of some of the disclosure's rows (a kind's `subset`) states its own facts: they are
  // compared with that table's own statements only (its sums with its subtotals), never with
  // another table's (its 116 row sums its projects, not the department's 项目支出).
  const subsets = new Set(template.tables.filter((k) => k.subset === true).map((k) => k.id));
  // A table whose unit is not known (a unit line naming 千元, or two units) is summed within
  // itself only: its amounts, in no known unit, are never compared with another table's, nor
  // read by the rules that read groups (the narrative's comparisons): insufficient data there.
  const hidden = new Set(
    stating.filter((t) => t.table.unknownUnit !== undefined).map((t) => t.table.kind),
  );
  // A line that may or may not hold its fund's 上年结转 (a department target's 资金来源), where
  // the disclosure prints carry-over of that fund, states what cannot be told: it and the sums it
  // takes part in are compared with nothing outside their own scope.
  const uncertain = uncertainCells(stating);
  const scopeOf = (f: AnyFact) => {
    const table = tableOfFact(f);
    if (uncertain.size > 0 && sourcesOf(f).some((c) => uncertain.has(c))) return "carryover?";
    return subsets.has(table) || hidden.has(table) ? table : "";
  };
  // A roll-up left incomplete in a table the reader read whole lacks only rows of an unknown
  // attribute (a blank 项目类型): with no part negative, those rows can only add to it, so a
  // printed figure it already exceeds is wrong.
  const gapTables = new Set(stating.filter((t) => readingGaps(t).rows).map((t) => t.table.kind));
  // (not one counting a row the document classes under the other nature, which may hold more)
  const lowerBound = (f: AnyFact): boolean =>
    isDerived(f) &&
    f.incomplete === true &&
    f.via.kind === "rollup" &&
    !gapTables.has(f.table) &&
    f.parts.every((x) => (x.value === null || !isNegative(x.value)) && !classedPart(x));
  // A decomposition counting a part the document classes under the other nature (合计 = 人员经费 +
  // 公用经费 on a 302 row split across both), or a nature's total by 类 (人员经费 = 301 + 303) in a
  // document classing a figure of one nature's 类 under the other, is no sum the library can finish.
  const classing = classedClasses(stating);
  const classedSum = (f: AnyFact): boolean =>
    classing !== undefined &&
    isDerived(f) &&
    f.via.kind !== "rollup" &&
    (f.parts.some(classedPart) ||
      (f.coords.econ === undefined &&
        (f.coords.nature === "basic.personnel" || f.coords.nature === "basic.public") &&
        f.parts.every((x) => x.coords.econ !== undefined)));
  // Where a table classes a 科目 of a 类 under the other nature (30239 under 人员经费), a statement
  // of that 类 may be its whole (a 支出表's 商品和服务支出 column, a 合计 column) or its own nature's
  // part: only that table's own-nature statements of it are known to be the part.
  const classedWhole = (f: AnyFact): boolean => classing?.eitherPart(f, tableOfFact(f)) === true;
  const exceeds = (sum: AnyFact, printed: AnyFact): boolean =>
    !isDerived(printed) &&
    lowerBound(sum) &&
    sum.value !== null &&
    (printed.value === null ? !isZero(sum.value) : compareAmounts(sum.value, printed.value) > 0);
  // A printed blank on the row printed just before a line of its table the reader did not place,
  // which prints a figure in its column, is unread, not a statement of none: its figure may be on
  // that line (pdftotext prints a long row's figures on the next, unlabelled line). Compared, it
  // is incomplete (coverage).
  const wrapping = new Map<string, LoweredTable[]>();
  for (const t of stating) {
    if (!readingGaps(t).lines || lineGapColumns(t).size === 0) continue;
    const list = wrapping.get(t.table.kind);
    if (list === undefined) wrapping.set(t.table.kind, [t]);
    else list.push(t);
  }
  const unread = (f: AnyFact): boolean =>
    wrapping.size > 0 &&
    !isDerived(f) &&
    f.value === null &&
    wrapping.get(f.source.table)?.some((t) => wrappedBlank(t, f)) === true;
  const compareGroup = (group: readonly AnyFact[]) => {
    // (where a 类 may be stated whole or in part, a statement known to be the part is the
    // reference, so the part's own sums are still compared with it)
    const known = classing === undefined ? group : group.filter((f) => !classedWhole(f));
    const reference = referenceOf(known.length > 0 ? known : group, rank, unread);
    const rv = reference.value;
    for (let i = 0; i < group.length; i++) {
      const m = group[i] as AnyFact;
      if (m === reference) continue;
      const rule = ruleOf(m, decompositionRule);
      const b = bucket(rule);
      b.compared(m, reference);
      // Exact agreements are decided on the values alone, as `compareBounds` decides them first:
      // a fact's bounds hold its value, or zero for a blank (or a sum of blanks).
      if (agreesExactly(rv, m.value)) continue;
      const compared = compareBounds(boundsFor(reference), boundsFor(m));
      if (compared === "equal") continue;
      const status =
        unread(m) || unread(reference)
          ? "incomplete"
          : !(
                isIncomplete(m) ||
                isIncomplete(reference) ||
                classedSum(m) ||
                classedSum(reference) ||
                classedWhole(m) ||
                classedWhole(reference)
              ) ||
              (compared === "differ" && (exceeds(m, reference) || exceeds(reference, m)))
            ? compared
            : "incomplete";
      const derivedFirst = isDerived(m);
      // Between two printed figures that precision explains, the coarser one is cited (it is the
      // one rounded, or truncated), whichever is the reference.
      const swap =
        !derivedFirst &&
        ((status === "rounding" && coarser(boundsFor(reference), boundsFor(m))) ||
          (status === "truncated" && !truncationExplains(boundsFor(m), boundsFor(reference))));
      b.mismatches.push({
        rule,
        status,
        expected: derivedFirst || swap ? m : reference,
        actual: derivedFirst || swap ? reference : m,
      });
    }
  };
  // A waiting pair's sum agrees with its printed figure, the reference (see `Grouping`), in the
  // same scope (one table), unless a cell behind the sum is uncertain: then it is made and compared.
  let pair = 0;
  let pairAt = pairs.count > 0 ? pairs.member(0) : -1;
  for (let g = 0; g < members.length; g++) {
    let group = members[g] as readonly AnyFact[];
    if (g === pairAt) {
      const k = pair++;
      pairAt = pair < pairs.count ? pairs.member(pair) : -1;
      if (uncertain.size > 0) group = pairs.group(k);
      else {
        bucket(decompositionRule.get(pairs.decomposition(k)) ?? "nature").paired(k);
        continue;
      }
    }
    if (group.length < 2) continue;
    if (
      (subsets.size === 0 && hidden.size === 0 && uncertain.size === 0) ||
      !group.some((f) => scopeOf(f) !== "")
    ) {
      compareGroup(group);
      continue;
    }
    const scoped = new Map<string, AnyFact[]>();
    for (const f of group) {
      const scope = scopeOf(f);
      const part = scoped.get(scope);
      if (part === undefined) scoped.set(scope, [f]);
      else part.push(f);
    }
    for (const part of scoped.values()) if (part.length > 1) compareGroup(part);
  }
  // Rules that read the tables directly (targets, the narrative's names) read the shaped ones.
  const shaped: Disclosure = { ...disclosure, tables: tables.map((t) => t.table) };
  // The string-keyed groups are built when a rule first reads them: one key per identity.
  let groups: Map<string, AnyFact[]> | undefined;
  const ctx: RuleContext = {
    disclosure: shaped,
    template,
    tables,
    get derived() {
      return grouping.derived();
    },
    get groups() {
      if (groups === undefined) {
        grouping.makeAll();
        groups = new Map();
        for (const g of members) {
          const seen = visibleFacts(g, hidden.size === 0 ? undefined : hidden);
          const first = seen?.[0];
          if (first !== undefined)
            groups.set(factKey(first.concept, first.coords), (seen ?? g) as AnyFact[]);
        }
      }
      return groups;
    },
    catalog,
    definitions,
    comparisons,
    repeated,
  };
  indexGroups(ctx, ids, grouping, hidden);
  return ctx;
}
