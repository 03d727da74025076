import {
  type Amount,
  compareAmounts,
  convertAmount,
  isZero,
  percentage,
  subtractAmounts,
} from "../../amount";
import { finerUnit } from "../../amount/units";
import { normalizeName } from "../../codes";
import { type Disclosure, disclosureFacts } from "../../disclosure";
import { type Coordinates, type Fact, factKey } from "../../facts";
import type { Template } from "../../templates";
import { readFinalNarrative } from "../narrative/read";
import type { ExecutionLine, ExecutionReport } from "./types";

/**
 * A disclosure with the template its tables follow (a 决算 with `final2024`, a 预算 with its own).
 *
 * @example
 * ```ts
 * import { final2024, type DisclosureWithTemplate } from "yusuan/final";
 * const input: DisclosureWithTemplate = {
 *   disclosure: { meta: { year: 2024, documentKind: "部门", template: "final2024", department: { name: "某局" }, units: [], stage: "决算" }, tables: [], texts: [] },
 *   template: final2024,
 * };
 * ```
 */
export interface DisclosureWithTemplate {
  readonly disclosure: Disclosure;
  readonly template: Template;
}

type Input = DisclosureWithTemplate;

/** Printed facts by identity (the first with a value wins). */
function index(input: Input): Map<string, Fact> {
  const out = new Map<string, Fact>();
  for (const f of disclosureFacts(input.disclosure, input.template)) {
    if (f.value === null) continue;
    const k = factKey(f.concept, f.coords);
    if (!out.has(k)) out.set(k, f);
  }
  return out;
}

const valueAt = (facts: Map<string, Fact>, concept: "spending" | "sanGong", coords: Coordinates) =>
  facts.get(factKey(concept, coords))?.value ?? null;

function line(
  budget: Amount | null,
  outcome: Amount | null,
  extra: Omit<ExecutionLine, "budget" | "outcome" | "difference" | "overBudget"> = {},
): ExecutionLine {
  let difference: Amount | null = null;
  let rate: string | undefined;
  let over = false;
  if (budget !== null && outcome !== null) {
    const unit = finerUnit(budget.unit, outcome.unit);
    difference = subtractAmounts(convertAmount(outcome, unit), convertAmount(budget, unit));
    over = compareAmounts(convertAmount(outcome, unit), convertAmount(budget, unit)) > 0;
    if (!isZero(budget)) {
      const r = percentage(outcome, budget, { decimals: 2 });
      if (r.ok) rate = r.value;
    }
  }
  return {
    ...extra,
    budget,
    outcome,
    difference,
    ...(rate === undefined ? {} : { rate }),
    overBudget: over,
  };
}

/** The 项 codes of the 决算's 一般公共预算 table by their printed 类 / 款 / 项 names, and the names by code. */
function itemNames(input: Input): { byPath: Map<string, string>; byCode: Map<string, string> } {
  const byCode = new Map<string, string>();
  for (const table of input.disclosure.tables) {
    const kind = input.template.tables.find((k) => k.id === table.kind);
    if (kind?.fixed?.fund !== "gpb") continue;
    for (const row of table.rows)
      if (row.key.kind === "functional" && row.name !== undefined)
        byCode.set(row.key.code, row.name);
  }
  const byPath = new Map<string, string>();
  for (const [code, name] of byCode) {
    if (code.length !== 7) continue;
    const path = [byCode.get(code.slice(0, 3)), byCode.get(code.slice(0, 5)), name]
      .map((n) => normalizeName(n ?? ""))
      .join("/");
    byPath.set(path, code);
  }
  return { byPath, byCode };
}

/**
 * Budget against outcome (一般公共预算财政拨款) for a 决算: per 项 and in total, the difference and
 * 执行率, the 三公 control rate, the lines over budget with no reason stated in the 决算's text, and
 * the inputs of the 绩效 formulas 预算执行率 and “三公”经费控制率. The budgets come from `budget`, the
 * 预算 disclosure of the same year and department, when given (its 一般公共预算 facts by 项 and in
 * total, its 三公); otherwise from the 决算's own 情况说明 (五(三): each 项's 年初 / 全年预算, the total
 * on the same base) and its 三公 table's 预算数. Outcomes are the 决算's tables. Pure; never throws
 * on data: a figure it cannot find is `null`.
 *
 * @param final - the 决算 disclosure and its template (`final2024`)
 * @param budget - the 预算 disclosure of the same year and its template, when there is one
 *
 * @example
 * ```ts
 * import { executionReport, final2024 } from "yusuan/final";
 * const disclosure = {
 *   meta: { year: 2024, documentKind: "部门" as const, template: "final2024", department: { name: "某局" }, units: [], stage: "决算" as const },
 *   tables: [{ kind: "gpbExpenditure", unit: "万元" as const, rows: [
 *     { key: { kind: "total" as const }, cells: { total: "2940.05" } },
 *   ] }],
 *   texts: [{ title: "情况说明", body: "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。" }],
 * };
 * const r = executionReport({ disclosure, template: final2024 });
 * [r.source, r.total.rate, r.formulaInputs.budgetExecution?.map((a) => a.value)]; // ["narrative", "98.20", ["2940.05", "2993.92"]]
 * ```
 */
export function executionReport(final: Input, budget?: Input): ExecutionReport {
  const outcomes = index(final);
  const gpb = (code?: string) =>
    valueAt(
      outcomes,
      "spending",
      code === undefined ? { fund: "gpb" } : { fund: "gpb", functional: code },
    );
  const { byPath, byCode } = itemNames(final);
  let lines: ExecutionLine[];
  let total: ExecutionLine;
  let sanGong: ExecutionReport["sanGong"];
  let base: ExecutionReport["base"];
  const narrative = readFinalNarrative(final.disclosure.texts.map((t) => t.body).join("\n"));
  if (budget !== undefined) {
    const budgets = index(budget);
    const codes = new Set<string>();
    for (const f of budgets.values())
      if (f.concept === "spending" && f.coords.fund === "gpb" && f.coords.functional?.length === 7)
        codes.add(f.coords.functional);
    for (const code of byCode.keys()) if (code.length === 7) codes.add(code);
    lines = [...codes].sort().map((code) => {
      const name = byCode.get(code);
      return line(valueAt(budgets, "spending", { fund: "gpb", functional: code }), gpb(code), {
        code,
        ...(name === undefined ? {} : { names: [name] }),
      });
    });
    total = line(valueAt(budgets, "spending", { fund: "gpb" }), gpb());
    sanGong = sanGongLine(valueAt(budgets, "sanGong", {}), valueAt(outcomes, "sanGong", {}));
  } else {
    const items = narrative.items;
    base = items[0]?.base ?? (narrative.execution?.rate?.base === "full" ? "full" : "initial");
    lines = items.map((i) => {
      const code = byPath.get(i.names.map((n) => normalizeName(n)).join("/"));
      const outcome = (code === undefined ? null : gpb(code)) ?? i.outcome ?? null;
      return line(i.budget ?? null, outcome, {
        ...(code === undefined ? {} : { code }),
        names: i.names,
        reasonStated: i.reason,
      });
    });
    const e = narrative.execution;
    const named = base === "full" ? e?.full : e?.initial;
    total = line(named ?? null, gpb() ?? e?.outcome ?? null);
    sanGong = sanGongLine(
      valueAt(outcomes, "sanGong", { period: "budget" }),
      valueAt(outcomes, "sanGong", {}),
    );
  }
  const over = lines.filter((l) => l.overBudget && l.reasonStated !== true);
  return {
    source: budget === undefined ? "narrative" : "budget",
    ...(base === undefined ? {} : { base }),
    lines,
    total,
    ...(sanGong === undefined ? {} : { sanGong }),
    overBudgetWithoutReason: over,
    formulaInputs: {
      ...(total.budget === null || total.outcome === null
        ? {}
        : { budgetExecution: [total.outcome, total.budget] as const }),
      ...(sanGong?.budget == null || sanGong.outcome === null
        ? {}
        : { sanGongControl: [sanGong.outcome, sanGong.budget] as const }),
    },
  };
}

function sanGongLine(budget: Amount | null, outcome: Amount | null): ExecutionReport["sanGong"] {
  if (budget === null && outcome === null) return undefined;
  const rate =
    budget === null || outcome === null || isZero(budget)
      ? undefined
      : percentage(outcome, budget, { decimals: 2 });
  return { budget, outcome, ...(rate?.ok ? { rate: rate.value } : {}) };
}
