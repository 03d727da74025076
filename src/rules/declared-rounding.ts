/**
 * Declared rounding (尾差): where a table's note, or the document, says its figures are rounded
 * one by one (`注：因四舍五入原因，表中合计数与分项之和可能存在尾差。`), a sum rule's finding whose gap
 * that rounding explains is reported at info, with the reason (`rounding: "declared"`), not as an
 * error. The library's policy stays that figures of the finest precision are exact
 * ({@link roundingSlack}); a declaration only widens it for the figures it speaks for, by the
 * interval model of XBRL Calculations 1.1: each printed figure of a declaring table (of every
 * table, when the document declares) stands for ± half its printed step, so a total and its n
 * parts, all so printed, may differ by up to half a step × (n + 1). A larger gap stays an error;
 * without a declaration nothing changes. Internal.
 */
import { type Amount, addAmounts, compareAmounts, type Unit } from "../amount";
import { absAmount } from "../amount/arithmetic";
import { makeAmount } from "../amount/make";
import { halfStep } from "../amount/span";
import type { Fact } from "../facts";
import type { Localized } from "../locale";
import { fmt, L, outcomeOf, p } from "./builtin/shared";
import { exactZeros } from "./compare";
import { cellId } from "./evidence";
import { allPrintedFacts, perCheck } from "./per-check";
import { declaresRounding } from "./rounding-words";
import type { Finding, Rule, RuleContext, RuleResult } from "./types";

/** Who declared rounding: the document (every table), or the notes of these tables (by kind). */
interface Declarations {
  readonly document: boolean;
  readonly tables: ReadonlySet<string>;
}

/** The check's declarations of rounding, `undefined` when there are none (the common case). */
const declarationsOf = /*#__PURE__*/ perCheck((ctx): Declarations | undefined => {
  const document = ctx.disclosure.texts.some(
    (s) => declaresRounding(s.title) || declaresRounding(s.body),
  );
  const tables = new Set<string>();
  for (const t of ctx.tables) {
    const note = t.table.note;
    if (note !== undefined && declaresRounding(note)) tables.add(t.table.kind);
  }
  return document || tables.size > 0 ? { document, tables } : undefined;
});

/** The printed facts by cell id, and the zeros that are exactly zero, made once per check. */
const printedByCell = /*#__PURE__*/ perCheck((ctx) => {
  const byId = new Map<string, Fact>();
  for (const f of allPrintedFacts(ctx)) byId.set(cellId(f.source), f);
  return { byId, exact: exactZeros(ctx.tables) };
});

/** A plain decimal string (`-0.01`) as an amount in `unit`. */
function amountOf(value: string, unit: Unit): Amount {
  const dot = value.indexOf(".");
  return makeAmount(value, unit, dot < 0 ? 0 : value.length - dot - 1);
}

/**
 * How far the declared rounding may move the gap of a finding: the half steps of the printed
 * figures it cites (on both sides, each once) in a declaring table, and whether a table's own note
 * declared one of them. A blank states nothing and a zero the table prints as nothing (`0` among
 * `0.10`, see {@link exactZeros}) is exactly zero: neither adds. `undefined` when no cited figure
 * is declared rounded.
 */
function declaredSlack(
  ctx: RuleContext,
  declared: Declarations,
  finding: Finding,
): { readonly slack: Amount; readonly byNote: boolean } | undefined {
  const { byId, exact } = printedByCell(ctx);
  const seen = new Set<string>();
  const rounded: Amount[] = [];
  let byNote = false;
  for (const e of finding.evidence)
    for (const cell of e.sources) {
      const noted = declared.tables.has(cell.table);
      if (!declared.document && !noted) continue;
      const id = cellId(cell);
      if (seen.has(id)) continue;
      seen.add(id);
      const f = byId.get(id);
      if (f === undefined || f.value === null || exact.has(f)) continue;
      rounded.push(f.value);
      if (noted) byNote = true;
    }
  // Each figure moves by half the finest step the cited figures print (`77` beside `0.15` is
  // 77.00 printed short, as spreadsheet exports print whole numbers, not a figure rounded to 1万元).
  let finest: Amount | undefined;
  for (const v of rounded)
    if (finest === undefined || compareAmounts(halfStep(v), halfStep(finest)) < 0) finest = v;
  if (finest === undefined) return undefined;
  const half = halfStep(finest);
  let slack = half;
  for (let i = 1; i < rounded.length; i++) slack = addAmounts(slack, half);
  return { slack, byNote };
}

/**
 * The finding at info with the reason, when a declaration of rounding explains its gap; else
 * `undefined`. Only a failing finding of the rule's own id comparing a figure with a sum of
 * printed figures (a derived statement among its evidence) is weighed.
 */
function explained(
  ctx: RuleContext,
  declared: Declarations,
  rule: Rule,
  f: Finding,
): Finding | undefined {
  if (f.ruleId !== rule.id || f.severity === "info" || f.outcome !== "fail") return undefined;
  if (f.difference === undefined || f.unit === undefined) return undefined;
  if (!f.evidence.some((e) => e.derived)) return undefined;
  const reach = declaredSlack(ctx, declared, f);
  if (reach === undefined) return undefined;
  const { slack, byNote } = reach;
  if (compareAmounts(absAmount(amountOf(f.difference, f.unit)), slack) > 0) return undefined;
  return {
    ...f,
    severity: "info",
    params: {
      ...f.params,
      rounding: "declared",
      roundingSlack: fmt(slack),
      roundingUnit: slack.unit,
      declaredBy: byNote ? "note" : "document",
    },
  };
}

/**
 * A rule's result with the findings a declaration of rounding explains at info (see the module's
 * note), for a rule that compares figures with sums of printed figures (`Rule.sums`). The result
 * as it is when the rule does not, or nothing is declared; its outcome passes when no finding is
 * left failing. Internal.
 */
export function withDeclaredRounding(ctx: RuleContext, rule: Rule, result: RuleResult): RuleResult {
  if (rule.sums !== true || result.findings.length === 0) return result;
  const declared = declarationsOf(ctx);
  if (declared === undefined) return result;
  let changed = false;
  const findings = result.findings.map((f) => {
    const e = explained(ctx, declared, rule, f);
    if (e === undefined) return f;
    changed = true;
    return e;
  });
  if (!changed) return result;
  const outcome =
    result.outcome === "fail" && outcomeOf(findings, true) === "pass" ? "pass" : result.outcome;
  return { ...result, outcome, findings };
}

/**
 * What a finding explained by declared rounding adds to its message: who declared it and how far
 * the rounding reaches. `undefined` for any other finding. Internal.
 */
export function declaredRoundingNote(f: Finding): Localized | undefined {
  if (f.params.rounding !== "declared") return undefined;
  const slack = `${p(f, "roundingSlack")}`;
  const unit = p(f, "roundingUnit");
  return p(f, "declaredBy") === "document"
    ? L(
        `文件说明数据因四舍五入存在尾差，该差额在所涉各数四舍五入的范围（±${slack}${unit}）内，不作为错误。`,
        ` The document declares rounding differences (尾差): the gap is within the rounding of the figures involved (±${slack} ${unit}), not an error.`,
      )
    : L(
        `表注说明数据因四舍五入存在尾差，该差额在所涉各数四舍五入的范围（±${slack}${unit}）内，不作为错误。`,
        ` The table's note declares rounding differences (尾差): the gap is within the rounding of the figures involved (±${slack} ${unit}), not an error.`,
      );
}
