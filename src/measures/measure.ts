import { type Amount, sumAmounts } from "../amount";
import { disclosureFacts } from "../disclosure";
import type { Fact } from "../facts";
import { inTemplateOrder } from "../templates/order";
import { type FactIndex, indexFacts } from "./index-facts";
import { measureLeaves } from "./leaves";
import { measurePrinted } from "./printed";
import type {
  LeafFacts,
  MeasureDefinition,
  MeasureInput,
  MeasureOptions,
  MeasureResult,
  MeasureStatus,
} from "./types";

type Source =
  | { readonly kind: "leaves"; readonly input: LeafFacts }
  | { readonly kind: "printed"; readonly index: FactIndex };

const isLeaves = (input: MeasureInput): input is LeafFacts => "leaves" in input;

/** The status of a sum of parts: exact only when every part is; bounds on one side only. */
function sumStatus(statuses: readonly MeasureStatus[]): MeasureStatus {
  if (statuses.some((s) => s === "insufficient-data")) return "insufficient-data";
  const live = statuses.filter((s) => s !== "not-applicable");
  if (live.length === 0) return "not-applicable";
  const lower = live.includes("atLeast");
  const upper = live.includes("atMost");
  if (lower && upper) return "insufficient-data";
  return lower ? "atLeast" : upper ? "atMost" : "exact";
}

function mergeUnits(parts: readonly MeasureResult[]): MeasureResult["byUnit"] {
  const first = parts[0]?.byUnit ?? [];
  const orgs = first.map((u) => u.org).join("|");
  if (first.length === 0 || parts.some((p) => p.byUnit.map((u) => u.org).join("|") !== orgs))
    return [];
  return first.map((u, i) => ({
    org: u.org,
    value: sumAmounts(parts.map((p) => p.byUnit[i]?.value as Amount)),
  }));
}

function run(
  def: MeasureDefinition,
  source: Source,
  options: MeasureOptions,
  detail = true,
): MeasureResult {
  if (def.kind === "sum") {
    const parts = def.parts.map((p) => run(p, source, options, detail));
    const status = sumStatus(parts.map((p) => p.status));
    const values = parts
      .filter((p) => p.status !== "not-applicable")
      .map((p) => p.value)
      .filter((v): v is Amount => v !== null);
    const value =
      status === "insufficient-data" || status === "not-applicable" || values.length === 0
        ? null
        : sumAmounts(values);
    const reason = parts.find((p) => p.status !== "exact" && p.reason !== undefined)?.reason;
    return {
      id: def.id,
      status,
      ...(status === "exact" || reason === undefined ? {} : { reason }),
      value,
      unit: value?.unit ?? parts[0]?.unit ?? options.unit ?? "万元",
      facts: parts.flatMap((p) => p.facts),
      parts,
      rows: parts.flatMap((p) => p.rows),
      byUnit: status === "exact" ? mergeUnits(parts) : [],
    };
  }
  if (source.kind === "leaves") return measureLeaves(def, source.input, options);
  const r = measurePrinted(def, source.index, options, detail);
  return { ...r, unit: r.unit ?? options.unit ?? "万元" };
}

/**
 * Computes a measure (三公, 机构运转经费, 机关运行经费, or a user's own definition) exactly, with its
 * unit, the facts it rests on, and its breakdowns: by part, by economic 款 (with 项目类别), by unit.
 *
 * The input is printed facts (a disclosure with its template, or facts), or disjoint leaf facts
 * (a ledger's `ledgerFacts`). Leaf facts give the exact sum. Printed facts give the value when the
 * tables state it (directly, or as codes a table breaks down; a code a breakdown does not list is
 * zero), and otherwise a bound with its `reason`: `atLeast` when only part of the natures or funds
 * is printed by code (e.g. basic spending without project money), `atMost` when a department
 * figure includes units of kinds the measure leaves out or the definition over-covers;
 * `insufficient-data` when nothing states it. Never throws on data.
 *
 * @param input - facts, `{ disclosure, template }`, or leaf facts
 * @param definition - a measure definition (see `henan2024Measures`, `shanghaiMeasures`, …)
 * @param options - `period: "prior"` for last year's value; `meta` for the units when the input
 *   is bare facts
 *
 * @example
 * ```ts
 * import { amount, type Fact } from "yusuan";
 * import { henan2024Measures, measure } from "yusuan/measures";
 * // 支出经济分类汇总表: 30231 4.00 and 30217 2.50 (basic + project), 其中：财政拨款
 * const cell = (econ: string, v: string): Fact => ({
 *   concept: "spending", coords: { econ, fund: "gpb.grant" }, value: amount(v),
 *   source: { table: "economicSummary", row: `economic:${econ}`, column: "gpb.grant", raw: v },
 * });
 * const r = measure([cell("30231", "4.00"), cell("30217", "2.50")], henan2024Measures.sanGong);
 * [r.status, r.value?.value]; // ["exact", "6.50"]
 * r.parts.map((p) => p.value?.value); // ["0.00", "4.00", "2.50"]
 * ```
 */
export function measure(
  input: MeasureInput,
  definition: MeasureDefinition,
  options: MeasureOptions = {},
): MeasureResult {
  if (isLeaves(input)) {
    const meta = options.meta ?? { units: input.units };
    return run(definition, { kind: "leaves", input }, { ...options, meta });
  }
  let facts: readonly Fact[];
  let meta = options.meta;
  if ("disclosure" in input) {
    // In the template's table order: a figure printed in several tables is taken from the same
    // one whatever order the document binds them in.
    facts = inTemplateOrder(
      input.template,
      disclosureFacts(input.disclosure, input.template),
      (f) => f.source.table,
    );
    meta ??= input.disclosure.meta;
  } else facts = input;
  const index = indexFacts(facts, options.period);
  return run(
    definition,
    { kind: "printed", index },
    meta === undefined ? options : { ...options, meta },
  );
}

/**
 * {@link measure} over printed facts already indexed (`indexFacts`): the checker indexes a check's
 * facts once for every measure it compares. @internal
 */
export function measureIndexed(
  index: FactIndex,
  definition: MeasureDefinition,
  options: MeasureOptions = {},
): MeasureResult {
  return run(definition, { kind: "printed", index }, options);
}

/**
 * {@link measureIndexed} without the breakdowns: `rows` and `byUnit` are left empty (status,
 * value, reason and facts are the same). For the checker's rules, which compare values only.
 * @internal
 */
export function measureIndexedValue(
  index: FactIndex,
  definition: MeasureDefinition,
  options: MeasureOptions = {},
): MeasureResult {
  return run(definition, { kind: "printed", index }, options, false);
}
