import type { Unit } from "../../amount";
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
