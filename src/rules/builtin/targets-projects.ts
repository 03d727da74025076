/**
 * The projects of the disclosure's project tables (the 项目支出表) and the project targets'
 * matches with them, by code or by name: what the targets rules compare a target's money with.
 */
import { normalizeName } from "../../codes";
import type { Fact } from "../../facts";
import { perCheck } from "../per-check";
import type { RuleContext } from "../types";
import { shorterNames, splitCode, withoutOrg, yearless } from "./targets-names";
import { targetKinds, targetsOf } from "./targets-shared";

/** A project of the 项目支出表 (a table that does not print targets): name, code, its total. @internal */
export interface TableProject {
  readonly name: string;
  readonly code?: string;
  /** The unit (its code) the table prints it under, if any. */
  readonly org?: string;
  readonly fact: Fact;
  /** Its table's unit line names no known unit (`Table.unknownUnit`): its money is not compared. */
  readonly unknownUnit: boolean;
}

/**
 * The projects of the disclosure's project tables. A project printed again with the same name,
 * code and amount (in another table) is listed once. @internal
 */
export function tableProjects(ctx: RuleContext, kinds: ReadonlySet<string>): TableProject[] {
  const out: TableProject[] = [];
  const seen = new Set<string>();
  for (const t of ctx.tables) {
    if (kinds.has(t.table.kind)) continue;
    for (const r of t.rows) {
      const key = r.row.key;
      if (key.kind !== "project") continue;
      const fact = r.facts.find((f) => {
        const c = f.coords;
        return (
          f.concept === "spending" &&
          c.project !== undefined &&
          c.fund === undefined &&
          c.econ === undefined &&
          c.functional === undefined &&
          c.period === undefined
        );
      });
      const printed = splitCode(key.name);
      const name = normalizeName(printed.name);
      const code = key.code ?? printed.code;
      const id = `${name}|${code ?? ""}|${fact?.value?.value ?? ""}`;
      if (fact === undefined || seen.has(id)) continue;
      seen.add(id);
      const org = fact.coords.org;
      out.push({
        name,
        ...(code === undefined ? {} : { code }),
        ...(org === undefined ? {} : { org }),
        fact,
        unknownUnit: t.table.unknownUnit !== undefined,
      });
    }
  }
  return out;
}

/**
 * The table projects by code and by normalised name, built once per rule run. A name (or code)
 * two projects share (two units' 机关运行经费) finds neither: `sharedNames` lists those names, and
 * a rule cannot tell which target belongs to such a project. @internal
 */
export interface ProjectIndex {
  readonly byCode: ReadonlyMap<string, TableProject>;
  readonly byName: ReadonlyMap<string, TableProject>;
  readonly sharedNames: ReadonlySet<string>;
  /** The names without the document's year ({@link yearless}), of one project each. */
  readonly byYearless: ReadonlyMap<string, TableProject>;
  /** The document's year, if known. */
  readonly year: number | undefined;
  /** The department's and its units' names, normalised, longest first (see `withoutOrg`). */
  readonly orgs: readonly string[];
  /** The code of the department and of each unit, by its normalised name (where it has one). */
  readonly orgCodes: ReadonlyMap<string, string>;
  /** The projects by their unit's code and normalised name (`org\u0000name`), of one project each. */
  readonly byOrgName: ReadonlyMap<string, TableProject>;
}

/** A project's key in {@link ProjectIndex.byOrgName}. */
const orgName = (org: string, name: string): string => `${org}\u0000${name}`;

/**
 * The table project a name without its year or words after it names: the first of its
 * {@link shorterNames} a project is printed with, else the one project whose {@link yearless}
 * name it shares (`校舍维修` for `校舍维修经费`).
 */
function byShorterName(index: ProjectIndex, name: string): TableProject | undefined {
  for (const n of shorterNames(name, index.year)) {
    const p = index.byName.get(n);
    if (p !== undefined) return p;
  }
  return index.byYearless.get(yearless(name, index.year));
}

/**
 * Indexes the table projects (see {@link ProjectIndex}): `orgs` are the department's and its
 * units' names, `units` those with their codes (a target's 实施单位 names its project's unit).
 * @internal
 */
export function indexProjects(
  projects: readonly TableProject[],
  year?: number,
  orgs: readonly string[] = [],
  units: readonly { readonly code?: string; readonly name: string }[] = [],
): ProjectIndex {
  const byCode = new Map<string, TableProject | null>();
  const byName = new Map<string, TableProject | null>();
  const byYearless = new Map<string, TableProject | null>();
  const byOrgName = new Map<string, TableProject | null>();
  const put = (map: Map<string, TableProject | null>, key: string, p: TableProject) =>
    map.set(key, map.has(key) ? null : p);
  for (const p of projects) {
    if (p.code !== undefined) put(byCode, p.code, p);
    put(byName, p.name, p);
    put(byYearless, yearless(p.name, year), p);
    if (p.org !== undefined) put(byOrgName, orgName(p.org, p.name), p);
  }
  // A name two units share names neither (which unit's code would it be?).
  const codes = new Map<string, string | null>();
  for (const u of units) {
    const code = u.code?.trim() ?? "";
    const name = normalizeName(u.name);
    if (code === "" || name === "") continue;
    const before = codes.get(name);
    codes.set(name, before === undefined || before === code ? code : null);
  }
  const unique = (map: Map<string, TableProject | null>) =>
    new Map([...map].filter((e): e is [string, TableProject] => e[1] !== null));
  const sharedNames = new Set([...byName].filter(([, p]) => p === null).map(([name]) => name));
  return {
    byCode: unique(byCode),
    byName: unique(byName),
    sharedNames,
    byYearless: unique(byYearless),
    year,
    orgs: [...new Set(orgs.map((o) => normalizeName(o)))].sort((a, b) => b.length - a.length),
    orgCodes: new Map([...codes].filter((e): e is [string, string] => e[1] !== null)),
    byOrgName: unique(byOrgName),
  };
}

/**
 * The projects of the disclosure's project tables (outside the targets tables) and their index,
 * built once per check. @internal
 */
export const checkProjects: (ctx: RuleContext) => {
  readonly projects: readonly TableProject[];
  readonly index: ProjectIndex;
} = /*#__PURE__*/ perCheck((ctx) => {
  const projects = tableProjects(ctx, targetKinds(ctx));
  const meta = ctx.disclosure.meta;
  const units = [meta.department, ...(meta.units ?? [])].filter(
    (u): u is { readonly code?: string; readonly name: string } => typeof u?.name === "string",
  );
  const orgs = units.map((u) => u.name);
  return { projects, index: indexProjects(projects, meta.year, orgs, units) };
});

/** What a target is matched by: its name, code and 实施单位 (a unit's name), as read. @internal */
export interface MatchedTarget {
  readonly name: string;
  readonly code?: string;
  readonly implementer?: string;
}

/**
 * The table project a target names: by code when both print one (before its name or after it in
 * brackets), else by name, else (a name two units' projects share) by name under the unit its
 * 实施单位 names, else by a name without the document's year or a word after it printed as a
 * project's ({@link shorterNames}), else by its {@link yearless} name where one project only has
 * it, else so without the department's or a unit's name printed before it.
 * @internal
 */
export function matchProject(index: ProjectIndex, target: MatchedTarget): TableProject | undefined {
  return matchOf(index, target)?.project;
}

/**
 * {@link matchProject}'s project, and whether it is named as printed (`exact`: by code, or by
 * its name as the table prints it) rather than by a name without the year, a word after it or
 * an organisation's before it.
 */
function matchOf(
  index: ProjectIndex,
  target: MatchedTarget,
): { readonly project: TableProject; readonly exact: boolean } | undefined {
  // a code printed in the name cell (`4103…17294 社区养老服务补助`) is the project's code too
  const printed = splitCode(target.name);
  const name = normalizeName(printed.name);
  const code = target.code?.trim() || printed.code;
  const byCode = code === undefined || code === "" ? undefined : index.byCode.get(code);
  if (byCode !== undefined) return { project: byCode, exact: true };
  const same = index.byName.get(name);
  if (same !== undefined) return { project: same, exact: true };
  // …else, a name two units' projects share, by the unit its 实施单位 names
  const org =
    target.implementer === undefined
      ? undefined
      : index.orgCodes.get(normalizeName(target.implementer));
  const ofUnit = org === undefined ? undefined : index.byOrgName.get(orgName(org, name));
  if (ofUnit !== undefined) return { project: ofUnit, exact: true };
  // …else by its name without the year or the words after it, or without the department's or a
  // unit's name printed before it
  const own = withoutOrg(name, index.orgs);
  const found =
    byShorterName(index, name) ??
    (own === undefined ? undefined : (index.byName.get(own) ?? byShorterName(index, own)));
  return found === undefined ? undefined : { project: found, exact: false };
}

/**
 * The targets' matches ({@link matchOf}), each target's project or `undefined`, where a project
 * that several targets name keeps only those naming it as printed: a target named with more
 * around the name (`校舍维修项目` beside `校舍维修`, `校舍维修经费` beside `校舍维修专项`) is then
 * another project's, which the table does not print (never paired with this one). @internal
 */
export function matchTargets(
  index: ProjectIndex,
  targets: readonly MatchedTarget[],
): (TableProject | undefined)[] {
  const matches = targets.map((t) => matchOf(index, t));
  const named = new Map<TableProject, number>();
  for (const m of matches)
    if (m !== undefined) named.set(m.project, (named.get(m.project) ?? 0) + 1);
  return matches.map((m) =>
    m === undefined || (!m.exact && (named.get(m.project) ?? 0) > 1) ? undefined : m.project,
  );
}

/**
 * The table project each project target of the check names ({@link matchProject}; `undefined`
 * where none), index by index with the reading's `targets.projects`: matched once per check for
 * the rules that ask (`targets.money`, `targets.sum`, `targets.coverage`). @internal
 */
export const targetMatches: (ctx: RuleContext) => readonly (TableProject | undefined)[] =
  /*#__PURE__*/ perCheck((ctx) => {
    const targets = targetsOf(ctx).targets?.projects ?? [];
    const { index } = checkProjects(ctx);
    return matchTargets(index, targets);
  });

/**
 * {@link everyProjectTargeted} for the check's own project targets, by their matches
 * ({@link targetMatches}). @internal
 */
export function everyTargetMatched(ctx: RuleContext): boolean {
  const { projects } = checkProjects(ctx);
  if (projects.length === 0) return false;
  const matched = new Set(targetMatches(ctx));
  return projects.every((p) => matched.has(p));
}

/**
 * Whether every project of the 项目支出表 has targets (matched by code or name): with none
 * printed, nothing says they all have (the targets may be a selection: 重点项目, the 一般公共预算's
 * projects), so their money is held to at most 项目支出, never to equal it. @internal
 */
export function everyProjectTargeted(
  ctx: RuleContext,
  targeted: readonly { readonly name: string; readonly code?: string }[],
): boolean {
  const { projects, index } = checkProjects(ctx);
  if (projects.length === 0) return false;
  const matched = new Set<TableProject>();
  for (const t of targeted) {
    const m = matchProject(index, t);
    if (m !== undefined) matched.add(m);
  }
  return projects.every((p) => matched.has(p));
}
