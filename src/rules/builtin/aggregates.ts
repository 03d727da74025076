import { isZero } from "../../amount";
import type { Fact } from "../../facts";
import type { Localized } from "../../locale";
import type { CodesMeasure, MeasureDefinition, MeasureResult } from "../../measures";
import { type FactIndex, indexFacts } from "../../measures/index-facts";
import { measureIndexedValue } from "../../measures/measure";
import { inTemplateOrder } from "../../templates/order";
import { boundsOf, compareBounds } from "../compare";
import { type AnyFact, type DerivedFact, isDerived } from "../derive";
import { evidenceOf } from "../evidence";
import { groupOf } from "../groups";
import type { MessageLabels } from "../labels";
import { perCheck } from "../per-check";
import type { Finding, Rule, RuleContext, RuleResult } from "../types";
import { atMost, boundMessage, trustedFacts } from "./bounds";
import {
  type SanGongNone,
  sanGongNone,
  statedNoneMessage,
  statedZero,
  withinNote,
} from "./san-gong-none";
import {
  amountOf,
  atOf,
  cellsOf,
  fmt,
  fromOf,
  insufficientMessage,
  L,
  mismatchFinding,
  outcomeOf,
  p,
} from "./shared";
import { unverifiedRows } from "./unverified-rows";

/**
 * The trusted facts of a check, indexed once for every measure the rules compute on them; in the
 * template's table order, so a figure printed in several tables is taken from the same one
 * whatever order the document binds them in.
 */
const trustedIndex: (ctx: RuleContext) => FactIndex = /*#__PURE__*/ perCheck((ctx) =>
  indexFacts(
    inTemplateOrder(ctx.template, trustedFacts(ctx), (f) => f.source.table),
    undefined,
  ),
);

/** A measure's value as a derived fact citing the facts it rests on (the one fact, if one). */
function basisOf(r: MeasureResult, table: string): AnyFact | undefined {
  if (r.value === null) return undefined;
  const [only, ...rest] = r.facts;
  if (only !== undefined && rest.length === 0 && only.value !== null) return only;
  const d: DerivedFact = {
    concept: "spending",
    coords: {},
    value: r.value,
    table,
    via: { kind: "decomposition", id: `measure:${r.id}` },
    parts: r.facts,
    sources: r.facts.map((f) => f.source),
  };
  return d;
}

/** The codes measures under a definition (the leaves of its sums). */
function leaves(def: MeasureDefinition): CodesMeasure[] {
  return def.kind === "codes" ? [def] : def.parts.flatMap(leaves);
}

/** Not checked for want of data: the finding points at the printed figure that was not checked. */
const insufficient = (ruleId: string, params: Finding["params"], figure: Fact): RuleResult => ({
  outcome: "insufficient-data",
  findings: [
    {
      ruleId,
      severity: "info",
      outcome: "insufficient-data",
      params,
      evidence: [evidenceOf(figure)],
      path: figure.source,
    },
  ],
  checked: [],
});

const SAN_GONG_BOUND_TITLE: Localized = /*#__PURE__*/ L(
  "“三公”各项不小于其经济科目之和",
  "Each 三公 item is at least its economic codes",
);

/**
 * I13: each 三公 item is at least what its economic codes sum to in the profile's 三公 measure
 * (codes, natures and funds as data): the exact sum where a table breaks all spending down by code
 * (Henan 07), otherwise the basic spending by code (三公 covers basic and project money). An item
 * left blank in a 三公 table printed empty under a note saying there was none is a stated 0 (in the
 * fund budget the note names, if one: `san-gong-none`). @internal
 */
export const sanGongBoundRule: Rule = {
  id: "sanGong.bound",
  severity: "error",
  // a sum of printed figures: a gap a declared rounding (尾差) explains is info
  sums: true,
  domain: "I13",
  reads: ["sanGong", "spending by 部门经济分类 款 (the 三公 measure's natures and funds)"],
  title: SAN_GONG_BOUND_TITLE,
  message: (f, labels) => {
    const codes = p(f, "codes").split("/");
    if (f.outcome === "insufficient-data" && p(f, "reason") === "unverified")
      return L(
        `${SAN_GONG_BOUND_TITLE["zh-CN"]}：名称未能按目录核实的 ${codes.join("、")} 行，未能确认是该科目，未检查。`,
        `${SAN_GONG_BOUND_TITLE.en}: not checked, the ${codes.join(", ")} rows, whose names the catalog could not verify, may not be that code.`,
      );
    if (f.outcome === "insufficient-data")
      return insufficientMessage(
        SAN_GONG_BOUND_TITLE,
        L("按经济分类款的支出（三公口径内的资金）", "spending by economic 款 in the 三公 funds"),
      );
    if (p(f, "note") !== "") return statedNoneMessage(f, labels);
    const at = atOf(f, labels, false);
    const from = fromOf(f, labels);
    return L(
      `${at["zh-CN"]} 为 ${amountOf(f, "actual", "zh-CN")}，不应小于 ${amountOf(f, "expected", "zh-CN")}（${from["zh-CN"]}）：“三公”经费含基本和项目支出，不应小于 ${codes.join("、")} 之和。`,
      `${at.en} is ${amountOf(f, "actual", "en")}, less than ${amountOf(f, "expected", "en")} (${from.en}): 三公 covers basic and project money, so it cannot be less than ${codes.join(", ")}.`,
    );
  },
  check: (ctx, severity): RuleResult => {
    const findings: Finding[] = [];
    const checked: AnyFact[] = [];
    let anyItem: Fact | undefined; // the first item printed, pointed at when none can be checked
    let anyBasis = false;
    // an item whose codes' rows the catalog of another year cannot verify: coverage
    let unverified = false;
    const unsure = unverifiedRows(ctx);
    const index = trustedIndex(ctx);
    const meta = ctx.disclosure.meta;
    let noneRead: SanGongNone | null | undefined = null; // read once, when an item is blank
    const stated = () => {
      if (noneRead === null) noneRead = sanGongNone(ctx);
      return noneRead;
    };
    for (const def of leaves(ctx.definitions.sanGong)) {
      const item = def.states.coords?.item;
      const printed = (groupOf(ctx, "sanGong", item === undefined ? {} : { item }) ?? []).filter(
        (f): f is Fact => !isDerived(f),
      );
      const sg = printed[0];
      // A blank item of an empty table whose note says there was none: a stated 0.
      const none = sg?.value == null ? stated() : undefined;
      const against = none === undefined ? sg : statedZero(none, item);
      const scoped = none === undefined ? def : withinNote(def, none.fund);
      if (against === undefined || scoped === undefined) continue;
      // A stated 0 is checked where the codes' spending is printed, never reported as unchecked.
      if (none === undefined) anyItem ??= against;
      const r = measureIndexedValue(index, scoped, { meta });
      // Only the exact value or a lower bound bounds the item from below.
      if (r.status !== "exact" && r.status !== "atLeast") continue;
      if (unsure.size > 0 && r.facts.some((f) => unsure.has(`${f.source.table}#${f.source.row}`))) {
        unverified = true;
        findings.push({
          ruleId: "sanGong.bound",
          severity: "info",
          outcome: "insufficient-data",
          params: { reason: "unverified", item: item ?? "", codes: def.econ.join("/") },
          evidence: [evidenceOf(against)],
          path: against.source,
        });
        continue;
      }
      const basis = basisOf(r, against.source.table);
      if (basis === undefined) continue;
      anyBasis = true;
      checked.push(...(none === undefined ? [against] : []), ...r.facts);
      const bound = atMost(basis, against);
      if (bound !== "ok")
        findings.push(
          mismatchFinding(
            "sanGong.bound",
            bound === "rounding" ? "info" : severity,
            basis,
            against,
            {
              item: item ?? "",
              codes: def.econ.join("/"),
              ...(none === undefined ? {} : { note: none.clause }),
            },
          ),
        );
    }
    if (anyItem === undefined && !anyBasis)
      return { outcome: "not-applicable", findings: [], checked: [] };
    if (anyItem !== undefined && !anyBasis && !unverified)
      return insufficient("sanGong.bound", {}, anyItem);
    const outcome = outcomeOf(findings, anyBasis);
    return {
      outcome: unverified && outcome !== "fail" ? "insufficient-data" : outcome,
      findings,
      checked: cellsOf(checked),
    };
  },
};

const OPERATING_COST_TITLE: Localized = /*#__PURE__*/ L(
  "机构运转经费符合其口径",
  "Operating costs match their definition",
);

/** What an insufficient-data finding of the rule lacks, by its reason. */
const LACKS: Readonly<Record<string, Localized>> = {
  "unit-kinds-unknown": /*#__PURE__*/ L(
    "各单位的类型（行政、参公或事业），只核对了上限",
    "the kind of each unit (行政, 参公 or 事业); only the upper bound was checked",
  ),
  wider: /*#__PURE__*/ L(
    "只按口径的资金来源和支出性质列示的公用经费，只核对了上限",
    "public spending of just the funds and natures the definition covers; only the upper bound was checked",
  ),
  partial: /*#__PURE__*/ L(
    "口径内全部资金来源和支出性质的公用经费，只核对了下限",
    "public spending of every fund and nature the definition covers; only the lower bound was checked",
  ),
};

const lessThanMessage = (f: Finding, labels: MessageLabels): Localized => {
  const at = atOf(f, labels, false);
  const from = fromOf(f, labels);
  return L(
    `${at["zh-CN"]} 为 ${amountOf(f, "actual", "zh-CN")}，不应小于 ${amountOf(f, "expected", "zh-CN")}（${from["zh-CN"]}）：按口径至少为此数。`,
    `${at.en} is ${amountOf(f, "actual", "en")}, less than ${amountOf(f, "expected", "en")} (${from.en}): its definition gives at least that.`,
  );
};

/**
 * I14: 机构运转经费 / 机关运行经费 against the profile's measure. Equal to the measure where the
 * tables give it exactly; where they give only a bound (a department whose 公用经费 includes 事业
 * units, or a definition that over-covers), the printed figure must respect the bound; where the
 * unit kinds are unknown the bound is checked and the rest reported as insufficient data.
 * @internal
 */
export const operatingCostRule: Rule = {
  id: "operatingCost.definition",
  severity: "error",
  // a sum of printed figures: a gap a declared rounding (尾差) explains is info
  sums: true,
  domain: "I14",
  reads: ["operatingCost", "spending (basic, 公用经费, by unit kind)"],
  title: OPERATING_COST_TITLE,
  message: (f, labels) => {
    if (f.outcome === "insufficient-data")
      return insufficientMessage(
        OPERATING_COST_TITLE,
        LACKS[p(f, "reason")] ?? L("基本支出公用经费", "basic public spending"),
      );
    if (p(f, "relation") === "none") {
      const at = atOf(f, labels, false);
      const kinds = p(f, "kinds").split("/");
      return L(
        `${at["zh-CN"]} 为 ${amountOf(f, "actual", "zh-CN")}，但按口径它只含${kinds.join("、")}单位，本披露没有这类单位。`,
        `${at.en} is ${amountOf(f, "actual", "en")}, but its definition covers only ${kinds.join(" and ")} units, and the disclosure has none.`,
      );
    }
    if (p(f, "relation") === "atMost") return boundMessage(f, labels);
    if (p(f, "relation") === "atLeast") return lessThanMessage(f, labels);
    const at = atOf(f, labels, false);
    const from = fromOf(f, labels);
    return p(f, "status") === "rounding"
      ? L(
          `${at["zh-CN"]} 为 ${amountOf(f, "actual", "zh-CN")}，按口径应为 ${amountOf(f, "expected", "zh-CN")}（${from["zh-CN"]}），相差 ${p(f, "difference")}${p(f, "unit")}，可由不同精度的四舍五入解释。`,
          `${at.en} is ${amountOf(f, "actual", "en")}; its definition gives ${amountOf(f, "expected", "en")} (${from.en}); the difference ${p(f, "difference")} ${p(f, "unit")} is within rounding of the printed precisions.`,
        )
      : L(
          `${at["zh-CN"]} 为 ${amountOf(f, "actual", "zh-CN")}，按口径应为 ${amountOf(f, "expected", "zh-CN")}（${from["zh-CN"]}），相差 ${p(f, "difference")}${p(f, "unit")}。`,
          `${at.en} is ${amountOf(f, "actual", "en")}, but its definition gives ${amountOf(f, "expected", "en")} (${from.en}): a difference of ${p(f, "difference")} ${p(f, "unit")}.`,
        );
  },
  check: (ctx, severity) => {
    const id = "operatingCost.definition";
    const oc = (groupOf(ctx, "operatingCost", {}) ?? []).filter((f): f is Fact => !isDerived(f))[0];
    const def = ctx.definitions.operatingCost;
    if (oc === undefined) return { outcome: "not-applicable", findings: [], checked: [] };
    const r = measureIndexedValue(trustedIndex(ctx), def, { meta: ctx.disclosure.meta });
    const upper = def.kind === "codes" && def.bound === "upper";
    if (r.status === "not-applicable") {
      // No unit of the kinds it covers: nothing to print but zero.
      if (oc.value === null || isZero(oc.value))
        return { outcome: "not-applicable", findings: [], checked: [] };
      return {
        outcome: "fail",
        findings: [
          {
            ruleId: id,
            severity: "warning",
            outcome: "fail",
            params: {
              relation: "none",
              actual: fmt(oc.value),
              unit: oc.value.unit,
              kinds: def.kind === "codes" ? (def.unitTypes ?? []).join("/") : "",
            },
            evidence: [evidenceOf(oc)],
            path: oc.source,
            actual: oc.value.value,
            unit: oc.value.unit,
          },
        ],
        checked: [oc.source],
      };
    }
    const basis = basisOf(r, oc.source.table);
    if (r.status === "insufficient-data" || basis === undefined)
      return insufficient(id, { relation: upper ? "atMost" : "equals" }, oc);
    const findings: Finding[] = [];
    const fail = (relation: string, level: "rounding" | "fail", extra = {}) =>
      findings.push(
        mismatchFinding(id, level === "rounding" ? "info" : severity, basis, oc, {
          relation,
          ...extra,
        }),
      );
    if (r.status === "exact") {
      const cmp = compareBounds(boundsOf(basis), boundsOf(oc));
      // Rounding explains it: info. Only truncation explains it: a precision.truncated finding.
      if (cmp === "truncated")
        findings.push(
          mismatchFinding("precision.truncated", "warning", basis, oc, { relation: "equals" }),
        );
      else if (cmp !== "equal")
        fail("equals", cmp === "differ" ? "fail" : "rounding", { status: cmp });
    } else if (r.status === "atMost") {
      const bound = atMost(oc, basis);
      if (bound !== "ok") fail("atMost", bound);
    } else {
      const bound = atMost(basis, oc);
      if (bound !== "ok") fail("atLeast", bound);
    }
    const own = findings.filter((f) => f.ruleId === id);
    const checked = cellsOf([oc, ...r.facts]);
    // Bound respected, but the tables cannot tell whether it is the value: say so.
    if (
      own.length === 0 &&
      (r.reason === "unit-kinds-unknown" || r.reason === "partial" || r.reason === "wider")
    )
      return {
        outcome: "insufficient-data",
        findings: [
          ...findings,
          {
            ruleId: id,
            severity: "info",
            outcome: "insufficient-data",
            params: { relation: r.status, reason: r.reason },
            evidence: [evidenceOf(oc)],
            path: oc.source,
          } satisfies Finding,
        ],
        checked,
      };
    return { outcome: outcomeOf(own, true), findings, checked };
  },
};
