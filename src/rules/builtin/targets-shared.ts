import type { Unit } from "../../amount";
import { normalizeName } from "../../codes";
import type { Concept, Coordinates, Fact, SourceCell } from "../../facts";
import type { Localized } from "../../locale";
import { disclosureTargets } from "../../performance/read/read";
import type { TargetsReading } from "../../performance/read/types";
import { parseMoney } from "../../performance/target/money-text";
import { inTemplateOrder } from "../../templates/order";
import { TARGET_MONEY_LINE_NAMES, type TargetMoneyLine } from "../../templates/targets";
import { type AnyFact, isDerived, sourcesOf } from "../derive";
import { groupOf } from "../groups";
import type { MessageLabels } from "../labels";
import { perCheck } from "../per-check";
import type { Finding, Rule, RuleContext, RuleResult } from "../types";
import { L, p } from "./shared";

/**
 * The targets of the disclosure being checked (given as data, or read from its tables), read
 * once per check: five rules ask for them, and a context never changes. @internal
 */
export const targetsOf: (ctx: RuleContext) => TargetsReading = /*#__PURE__*/ perCheck((ctx) =>
  disclosureTargets(ctx.disclosure, ctx.template),
);

/**
 * Ids of the table kinds that print targets (their facts are not "the disclosure's" figures),
 * listed once per check. @internal
 */
export const targetKinds: (ctx: RuleContext) => ReadonlySet<string> = /*#__PURE__*/ perCheck(
  (ctx) => new Set(ctx.template.tables.filter((k) => k.targets !== undefined).map((k) => k.id)),
);

/** The table a fact is printed in or derived from. */
const tableOf = (f: AnyFact): string => (isDerived(f) ? f.table : f.source.table);

/** Whether a fact comes (only) from tables that do not print targets. */
function outside(f: AnyFact, kinds: ReadonlySet<string>): boolean {
  return sourcesOf(f).every((s) => !kinds.has(s.table));
}

/**
 * Whether a table printing targets was read with a unit line naming no known unit
 * (`Table.unknownUnit`): the targets' money is then of no known unit, compared with nothing.
 * @internal
 */
export function targetsUnitUnknown(ctx: RuleContext): boolean {
  const kinds = targetKinds(ctx);
  return ctx.tables.some((t) => kinds.has(t.table.kind) && t.table.unknownUnit !== undefined);
}

/**
 * The disclosure's own statement of a fact, outside the targets tables: the printed one with a
 * value from the table first in the template (whatever order the tables are bound in), else a
 * derived one, else a printed blank. @internal
 */
export function disclosureFact(
  ctx: RuleContext,
  concept: Concept,
  coords: Coordinates,
  kinds: ReadonlySet<string>,
): AnyFact | undefined {
  const group = inTemplateOrder(
    ctx.template,
    (groupOf(ctx, concept, coords) ?? []).filter((f) => outside(f, kinds)),
    tableOf,
  );
  return (
    group.find((f) => !isDerived(f) && f.value !== null) ??
    group.find((f) => isDerived(f) && f.value !== null) ??
    group[0]
  );
}

/** A project of the 项目支出表 (a table that does not print targets): name, code, its total. @internal */
export interface TableProject {
  readonly name: string;
  readonly code?: string;
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
      out.push({
        name,
        ...(code === undefined ? {} : { code }),
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
}

/**
 * A project code printed before a name, as printed (`410305240000000017294 社区…`, `[4103…]社区…`,
 * `4103…社区…`): a code, bracketed or not, then a space, a closing bracket or a Chinese character.
 * Bounded, so linear.
 */
const LEADING_CODE = /^[[(（【]?([0-9A-Za-z]{13,40})(?:[\])）】]\s*|\s+|(?=\p{Script=Han}))/u;
/**
 * Whether a character (by its code) may start {@link LEADING_CODE}: an ASCII letter or digit, or
 * one of its opening brackets `[ ( （ 【`.
 */
function mayOpenCode(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5b ||
    c === 0x28 ||
    c === 0xff08 ||
    c === 0x3010
  );
}

/** Words a printer may add after a project's name in one table only (`…补助项目`, `…补助资金`). */
const NAME_TAILS = ["项目", "资金"] as const;

/**
 * A printed project name and the project code printed before it in the same cell, if any
 * (`410305240000000017294 社区养老服务补助`: an extractor joined the code column). @internal
 */
export function splitCode(printed: string): { readonly name: string; readonly code?: string } {
  const t = printed.trim();
  // Most names start with a Chinese character: no code before them, the pattern not run.
  if (!mayOpenCode(t.charCodeAt(0))) return { name: t };
  const m = LEADING_CODE.exec(t);
  if (m === null || m[0].length >= t.length) return { name: t };
  return { name: t.slice(m[0].length), code: m[1] as string };
}

/**
 * A normalised project name as two tables may print it differently, for a match where one project
 * only has it: without the document's year printed before or after it (`2024年`, `2024年度` first;
 * `(2024年)`, `(2024年度)`, `(2024)` last: one table may print `2024年机关运行经费` where another
 * prints `机关运行经费`; another year's project, `2023年结转…`, stays another), and without a
 * `项目` / `资金` after it. @internal
 */
export function yearless(name: string, year: number | undefined): string {
  let n = name;
  if (year !== undefined) {
    const y = String(year);
    const head = [`${y}年度`, `${y}年`].find((h) => n.length > h.length && n.startsWith(h));
    const tail = [`(${y}年度)`, `(${y}年)`, `(${y})`].find(
      (t) => n.length > t.length && n.endsWith(t),
    );
    if (head !== undefined) n = n.slice(head.length);
    else if (tail !== undefined) n = n.slice(0, -tail.length);
  }
  const word = NAME_TAILS.find((w) => n.length > w.length + 1 && n.endsWith(w));
  return word === undefined ? n : n.slice(0, -word.length);
}

/** Indexes the table projects (see {@link ProjectIndex}). @internal */
export function indexProjects(projects: readonly TableProject[], year?: number): ProjectIndex {
  const byCode = new Map<string, TableProject | null>();
  const byName = new Map<string, TableProject | null>();
  const byYearless = new Map<string, TableProject | null>();
  const put = (map: Map<string, TableProject | null>, key: string, p: TableProject) =>
    map.set(key, map.has(key) ? null : p);
  for (const p of projects) {
    if (p.code !== undefined) put(byCode, p.code, p);
    put(byName, p.name, p);
    put(byYearless, yearless(p.name, year), p);
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
  return { projects, index: indexProjects(projects, ctx.disclosure.meta.year) };
});

/**
 * The table project a target names: by code when both print one, else by name, else by name
 * without the document's year ({@link yearless}) where one project only has that name. @internal
 */
export function matchProject(
  index: ProjectIndex,
  target: { readonly name: string; readonly code?: string },
): TableProject | undefined {
  // a code printed in the name cell (`4103…17294 社区养老服务补助`) is the project's code too
  const printed = splitCode(target.name);
  const name = normalizeName(printed.name);
  const code = target.code?.trim() || printed.code;
  const byCode = code === undefined || code === "" ? undefined : index.byCode.get(code);
  if (byCode !== undefined) return byCode;
  return index.byName.get(name) ?? index.byYearless.get(yearless(name, index.year));
}

/** A target's money line as a fact (`null` value for a blank); `undefined` when malformed. @internal */
export function moneyFact(
  raw: string | undefined,
  unit: Unit,
  source: SourceCell,
  coords: Coordinates,
): Fact | undefined {
  if (raw === undefined) return undefined;
  const r = parseMoney(raw, unit);
  if (!r.ok) return undefined;
  return { concept: "spending", coords, value: r.value, source };
}

/**
 * The cell a target finding is about, named: a table cell by the template's labels, a part of
 * targets given as data as `【绩效目标】projects/0 money/total`. @internal
 */
export function targetCell(f: Finding, labels: MessageLabels): Localized {
  const p = f.path;
  if (p === undefined) return L("", "");
  const project = String(f.params.project ?? "");
  // An indicator line below a project's row is found by its project (its own cells name none).
  if (onIndicatorLine(f) && project !== "") {
    // The table's name, then its column, as the labels print them (`【表】「列」列`).
    const table = labels.cell({ ...p, row: "single", column: "" }, false);
    const cell = labels.cell({ ...p, row: "single" }, false);
    const column = (locale: "zh-CN" | "en") => cell[locale].slice(table[locale].length).trim();
    return L(
      `${table["zh-CN"]}项目“${project}”的指标行${column("zh-CN")}`,
      `${table.en} an indicator row of project "${project}", ${column("en")}`,
    );
  }
  if (p.table !== "targets") return labels.cell(p, false);
  return L(`【绩效目标】${p.row} ${p.column}`, `[targets] ${p.row} ${p.column}`);
}

/** Whether a finding is about a cell of an indicator line (`indicator:0`, no name of its own). @internal */
export const onIndicatorLine = (f: Finding): boolean =>
  f.path !== undefined && f.path.table !== "targets" && f.path.row.startsWith("indicator:");

/** The project a finding names, quoted, or nothing. @internal */
export function projectOf(f: Finding): Localized {
  const name = String(f.params.project ?? "");
  return name === "" ? L("", "") : L(`项目“${name}”`, `project "${name}"`);
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
    return targets.map((t) => matchProject(index, t));
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

/** A money line's printed name (the id when unknown), wrapped by `wrap`. @internal */
export function lineName(line: string, wrap: (zh: string, en: string) => Localized): Localized {
  const names = TARGET_MONEY_LINE_NAMES[line as TargetMoneyLine];
  return wrap(names?.["zh-CN"] ?? line, names?.en ?? line);
}

/**
 * Where each 预算情况 line is stated elsewhere in the disclosure (first candidate present wins).
 * @internal
 */
export const BUDGET_FACTS: readonly (readonly [
  TargetMoneyLine,
  readonly [Fact["concept"], Coordinates][],
])[] = [
  [
    "total",
    [
      ["revenue.total", {}],
      ["spending.total", {}],
    ],
  ],
  ["government", [["revenue", { fund: "government" }]]],
  ["specialAccount", [["revenue", { fund: "specialAccount" }]]],
  ["unitFunds", [["revenue", { fund: "unitFunds" }]]],
  ["gpb", [["revenue", { fund: "gpb" }]]],
  ["govFund", [["revenue", { fund: "govFund" }]]],
  ["soe", [["revenue", { fund: "soe" }]]],
  ["basic", [["spending", { nature: "basic" }]]],
  ["project", [["spending", { nature: "project" }]]],
];

/** A 资金来源 line not compared: the disclosure has carry-over of its fund. @internal */
export function carryoverMessage(f: Finding, labels: Parameters<Rule["message"]>[1]): Localized {
  const at = targetCell(f, labels);
  const name = lineName(p(f, "line"), (zh, en) => L(zh, en));
  return L(
    `${at["zh-CN"]}：预算情况“${name["zh-CN"]}”可能含上年结转，也可能只是本年收入，而本部门印有可能属于该来源的上年结转：无法与本年收入比较，未检查。`,
    `${at.en}: budget line "${name.en}" may hold last year's carry-over or this year's money only, and the disclosure prints carry-over that may be of that source: it cannot be compared with this year's revenue, not checked.`,
  );
}

/**
 * Not checked for want of data: the finding points at the targets (their table, when printed).
 * @internal
 */
export const insufficient = (ruleId: string, ctx: RuleContext): RuleResult => {
  const kinds = targetKinds(ctx);
  // The targets table first in the template, whatever order the document binds them in.
  const table =
    inTemplateOrder(ctx.template, ctx.tables, (t) => t.table.kind).find((t) =>
      kinds.has(t.table.kind),
    )?.table.kind ?? "targets";
  const path = { table, row: "", column: "", raw: "" };
  return {
    outcome: "insufficient-data",
    findings: [
      { ruleId, severity: "info", outcome: "insufficient-data", params: {}, evidence: [], path },
    ],
    checked: [],
  };
};

/** The kinds of the template's tables of project targets (a `projects` or `project` layout). */
const projectTargetKinds = (ctx: RuleContext): ReadonlySet<string> =>
  new Set(
    ctx.template.tables
      .filter((k) => k.targets?.form !== undefined && k.targets.form !== "department")
      .map((k) => k.id),
  );

/**
 * Whether the disclosure prints a table of project targets and the printed reader placed every
 * row of it: each project it prints is known (a cell the targets reader did not read may be
 * left, in a project's row). Targets given as data are not printed tables: `false`. @internal
 */
export function projectTablesGiven(ctx: RuleContext): boolean {
  if (ctx.disclosure.targets !== undefined) return false;
  const kinds = projectTargetKinds(ctx);
  const tables = ctx.tables.filter((t) => kinds.has(t.table.kind));
  return (
    tables.length > 0 && tables.every((t) => t.table.rows.every((r) => r.key.kind !== "unplaced"))
  );
}

/**
 * Whether the disclosure prints a table of project targets (a `projects` or `project` layout)
 * and the readers placed every row and cell of it: a table read whole, whatever it lists.
 * @internal
 */
export function projectTablesRead(ctx: RuleContext, reading: TargetsReading): boolean {
  if (!projectTablesGiven(ctx)) return false;
  const kinds = projectTargetKinds(ctx);
  // A cell the targets reader did not place may be a project's: the table was not read whole.
  return !reading.problems.some((p) => p.code === "unread-cell" && kinds.has(p.table));
}
