import { type Amount, compareAmounts, sumAmounts } from "../../amount";
import { checkName } from "../../catalog";
import { type Fact, factKey } from "../../facts";
import type { Localized } from "../../locale";
import { boundsOf, compareBounds } from "../compare";
import { type AnyFact, type DerivedFact, isDerived } from "../derive";
import type { MessageLabels } from "../labels";
import type { Finding, Rule, RuleContext, RuleResult } from "../types";
import {
  amountOf,
  atOf,
  cellsOf,
  fromOf,
  insufficientMessage,
  L,
  mismatchFinding,
  outcomeOf,
  p,
} from "./shared";

/** `small ≤ large`, judged on intervals: fail only when no rounding can explain it. */
function atMost(small: AnyFact, large: AnyFact): "ok" | "rounding" | "fail" {
  if (small.value === null || large.value === null) return "ok";
  if (compareAmounts(small.value, large.value) <= 0) return "ok";
  const s = boundsOf(small);
  const l = boundsOf(large);
  return compareAmounts(s.low, l.high) <= 0 && s.precision !== l.precision ? "rounding" : "fail";
}

/** Why a part may not exceed its whole, per rule id. */
const WHY: Readonly<Record<string, Localized>> = {
  ofWhich: /*#__PURE__*/ L("“其中”数大于所属数", "a part exceeds its whole"),
  projectSplit: /*#__PURE__*/ L(
    "基本支出不应超过该科目全部支出",
    "basic spending exceeds all spending on the code",
  ),
  "operatingCost.definition": /*#__PURE__*/ L(
    "机关运行经费只含行政和参公单位的公用经费",
    "operating costs cover public spending only",
  ),
};

/** `actual` is more than the `expected` bound, for the reason of the finding's rule. */
const boundMessage = (f: Finding, labels: MessageLabels): Localized => {
  const at = atOf(f, labels, false);
  const from = fromOf(f, labels);
  const why = WHY[f.ruleId] ?? L("", "");
  return L(
    `${at["zh-CN"]} 为 ${amountOf(f, "actual", "zh-CN")}，不应大于 ${amountOf(f, "expected", "zh-CN")}（${from["zh-CN"]}）：${why["zh-CN"]}。`,
    `${at.en} is ${amountOf(f, "actual", "en")}, more than ${amountOf(f, "expected", "en")} (${from.en}): ${why.en}.`,
  );
};

function printedFacts(ctx: RuleContext): Fact[] {
  return ctx.tables.flatMap((t) => t.rows.flatMap((r) => r.facts));
}

/** 其中 ≤ its whole, for every "of which" column and line. @internal */
export const ofWhichRule: Rule = {
  id: "ofWhich",
  severity: "error",
  domain: "inequality",
  reads: ["columns and lines marked 其中"],
  title: /*#__PURE__*/ L("“其中”数不大于其所属数", "An “of which” figure is at most its whole"),
  message: boundMessage,
  check: (ctx, severity) => {
    const findings: Finding[] = [];
    const checked: AnyFact[] = [];
    let applicable = false;
    for (const t of ctx.tables) {
      const kind = t.kind;
      if (kind === undefined) continue;
      const partOf = new Map<string, string>();
      for (const c of kind.columns) if (c.ofWhich !== undefined) partOf.set(c.key, c.ofWhich);
      for (const l of kind.lines ?? [])
        if (l.ofWhich !== undefined) partOf.set(`line:${l.id}`, `line:${l.ofWhich}`);
      if (partOf.size === 0) continue;
      const byRowCol = new Map<string, Fact>();
      for (const r of t.rows)
        for (const f of r.facts) byRowCol.set(`${f.source.row}#${f.source.column}`, f);
      for (const f of byRowCol.values()) {
        const wholeCol = partOf.get(f.source.column);
        const wholeLine = partOf.get(f.source.row);
        const whole =
          wholeCol !== undefined
            ? byRowCol.get(`${f.source.row}#${wholeCol}`)
            : wholeLine !== undefined
              ? byRowCol.get(`${wholeLine}#${f.source.column}`)
              : undefined;
        if (whole === undefined) continue;
        applicable = true;
        checked.push(f, whole);
        const r = atMost(f, whole);
        if (r !== "ok")
          findings.push(mismatchFinding("ofWhich", r === "rounding" ? "info" : severity, whole, f));
      }
    }
    return { outcome: outcomeOf(findings, applicable), findings, checked: cellsOf(checked) };
  },
};

/** Rows whose printed name contradicts their code's catalog name: their code cannot be trusted. */
function untrustedRows(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  const cat = ctx.catalog?.departmental;
  if (cat === undefined) return out;
  for (const t of ctx.tables)
    for (const r of t.rows) {
      const key = r.row.key;
      if (key.kind !== "economic" || r.row.name === undefined || r.row.name.trim() === "") continue;
      if (checkName(cat, key.econ, r.row.name, ctx.disclosure.meta.year).kind === "mismatch")
        out.add(`${t.table.kind}#${r.id}`);
    }
  return out;
}

/**
 * Basic 一般公共预算 spending printed per 部门经济分类 code (one fact per printed row, rows whose
 * printed name contradicts their code left out), built once per rule run.
 */
function basicEconIndex(ctx: RuleContext): ReadonlyMap<string, readonly Fact[]> {
  const seenRows = untrustedRows(ctx);
  const out = new Map<string, Fact[]>();
  for (const f of printedFacts(ctx)) {
    const c = f.coords;
    if (f.concept !== "spending" || c.econ === undefined) continue;
    if (
      c.fund !== "gpb" ||
      (c.nature !== "basic" && c.nature !== "basic.public" && c.nature !== "basic.personnel")
    )
      continue;
    if (c.functional !== undefined || c.project !== undefined) continue;
    const row = `${f.source.table}#${f.source.row}`;
    if (seenRows.has(row)) continue;
    seenRows.add(row);
    const list = out.get(c.econ);
    if (list === undefined) out.set(c.econ, [f]);
    else list.push(f);
  }
  return out;
}

const factsFor = (index: ReadonlyMap<string, readonly Fact[]>, codes: Iterable<string>): Fact[] =>
  [...codes].flatMap((code) => index.get(code) ?? []);

function sumFact(parts: readonly Fact[], table: string): DerivedFact | undefined {
  const values = parts.map((f) => f.value).filter((v): v is Amount => v !== null);
  const first = values[0];
  if (first === undefined) return undefined;
  return {
    concept: "spending",
    coords: {},
    value: sumAmounts(values, first.unit),
    table,
    via: { kind: "decomposition", id: "basic-econ" },
    parts,
    sources: parts.map((f) => f.source),
  };
}

const SAN_GONG_BOUND_TITLE: Localized = /*#__PURE__*/ L(
  "“三公”各项不小于基本支出中对应经济科目",
  "Each 三公 item is at least its basic-spending economic codes",
);

/** I13: each 三公 item ≥ its economic codes in basic spending (三公 covers basic and project). @internal */
export const sanGongBoundRule: Rule = {
  id: "sanGong.bound",
  severity: "error",
  domain: "I13",
  reads: ["sanGong", "spending (basic, 一般公共预算, by 部门经济分类 款)"],
  title: SAN_GONG_BOUND_TITLE,
  message: (f, labels) => {
    if (f.outcome === "insufficient-data")
      return insufficientMessage(
        SAN_GONG_BOUND_TITLE,
        L("一般公共预算基本支出（按经济分类款）", "basic spending by economic 款"),
      );
    const at = atOf(f, labels, false);
    const from = fromOf(f, labels);
    const codes = p(f, "codes").split("/");
    return L(
      `${at["zh-CN"]} 为 ${amountOf(f, "actual", "zh-CN")}，不应小于 ${amountOf(f, "expected", "zh-CN")}（${from["zh-CN"]}）：“三公”经费含基本和项目支出，不应小于基本支出中 ${codes.join("、")} 之和。`,
      `${at.en} is ${amountOf(f, "actual", "en")}, less than ${amountOf(f, "expected", "en")} (${from.en}): 三公 covers basic and project money, so it cannot be less than basic ${codes.join(", ")}.`,
    );
  },
  check: (ctx, severity): RuleResult => {
    const findings: Finding[] = [];
    const checked: AnyFact[] = [];
    let anyItem = false;
    let anyBasis = false;
    const basicIndex = basicEconIndex(ctx);
    for (const [item, codes] of Object.entries(ctx.definitions.sanGongCodes)) {
      const printed = (
        ctx.groups.get(factKey("sanGong", { item: item as "reception" })) ?? []
      ).filter((f): f is Fact => !isDerived(f));
      const sg = printed[0];
      if (sg === undefined) continue;
      anyItem = true;
      const basic = sumFact(factsFor(basicIndex, codes), sg.source.table);
      if (basic === undefined) continue;
      anyBasis = true;
      checked.push(sg, ...basic.parts);
      const r = atMost(basic, sg);
      if (r !== "ok")
        findings.push(
          mismatchFinding("sanGong.bound", r === "rounding" ? "info" : severity, basic, sg, {
            item,
            codes: codes.join("/"),
          }),
        );
    }
    if (!anyItem) return { outcome: "not-applicable", findings: [], checked: [] };
    if (!anyBasis) {
      return {
        outcome: "insufficient-data",
        findings: [
          {
            ruleId: "sanGong.bound",
            severity: "info",
            outcome: "insufficient-data",
            params: {},
            evidence: [],
          },
        ],
        checked: [],
      };
    }
    return { outcome: outcomeOf(findings, true), findings, checked: cellsOf(checked) };
  },
};

const OPERATING_COST_TITLE: Localized = /*#__PURE__*/ L(
  "机构运转经费符合其口径",
  "Operating costs match their definition",
);

/** I14: 机构运转经费 / 机关运行经费 against its definition (a profile's data). @internal */
export const operatingCostRule: Rule = {
  id: "operatingCost.definition",
  severity: "error",
  domain: "I14",
  reads: ["operatingCost", "spending (basic, 公用经费)"],
  title: OPERATING_COST_TITLE,
  message: (f, labels) => {
    if (f.outcome === "insufficient-data")
      return insufficientMessage(
        OPERATING_COST_TITLE,
        L("基本支出公用经费", "basic public spending"),
      );
    if (p(f, "relation") === "atMost") return boundMessage(f, labels);
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
    const oc = (ctx.groups.get(factKey("operatingCost", {})) ?? []).find((f) => !isDerived(f));
    const def = ctx.definitions.operatingCost;
    const applies =
      def.appliesTo === undefined ||
      ctx.disclosure.meta.units.some(
        (u) => u.unitType !== undefined && def.appliesTo?.includes(u.unitType) === true,
      );
    if (oc === undefined || !applies)
      return { outcome: "not-applicable", findings: [], checked: [] };
    const basis = def.of
      .map((o) => ctx.groups.get(factKey(o.concept, o.coords)) ?? [])
      .map((g) => g.find((f) => !isDerived(f) && f.value !== null) ?? g[0])
      .find((f) => f !== undefined);
    if (basis === undefined) {
      return {
        outcome: "insufficient-data",
        findings: [
          {
            ruleId: "operatingCost.definition",
            severity: "info",
            outcome: "insufficient-data",
            params: { relation: def.relation },
            evidence: [],
          },
        ],
        checked: [],
      };
    }
    const extra = { relation: def.relation };
    const findings: Finding[] = [];
    if (def.relation === "equals") {
      const cmp = compareBounds(boundsOf(basis), boundsOf(oc));
      // Rounding explains it: info. Only truncation explains it: a precision.truncated finding.
      if (cmp === "truncated")
        findings.push(mismatchFinding("precision.truncated", "warning", basis, oc, extra));
      else if (cmp !== "equal")
        findings.push(
          mismatchFinding(
            "operatingCost.definition",
            cmp === "differ" ? severity : "info",
            basis,
            oc,
            { ...extra, status: cmp },
          ),
        );
    } else {
      const r = atMost(oc, basis);
      if (r !== "ok")
        findings.push(
          mismatchFinding(
            "operatingCost.definition",
            r === "rounding" ? "info" : severity,
            basis,
            oc,
            extra,
          ),
        );
    }
    const own = findings.filter((f) => f.ruleId === "operatingCost.definition");
    return { outcome: outcomeOf(own, true), findings, checked: cellsOf([oc, basis]) };
  },
};

/** I11: per economic 款, all spending ≥ basic 一般公共预算 spending (the difference is project money). @internal */
export const projectSplitRule: Rule = {
  id: "projectSplit",
  severity: "error",
  domain: "I11",
  reads: ["spending by 部门经济分类 款 (all funds and natures; basic 一般公共预算)"],
  title: /*#__PURE__*/ L(
    "经济分类汇总不小于基本支出",
    "Economic summary is at least basic spending, per code",
  ),
  message: boundMessage,
  check: (ctx, severity) => {
    const wide = new Map<string, Fact>();
    for (const f of printedFacts(ctx)) {
      const c = f.coords;
      if (f.concept !== "spending" || c.econ === undefined || c.econ.length !== 5) continue;
      if (
        c.fund !== undefined ||
        c.nature !== undefined ||
        c.functional !== undefined ||
        c.project !== undefined ||
        c.org !== undefined
      )
        continue;
      if (!wide.has(c.econ)) wide.set(c.econ, f);
    }
    if (wide.size === 0) return { outcome: "not-applicable", findings: [], checked: [] };
    const findings: Finding[] = [];
    const checked: AnyFact[] = [];
    const narrow = factsFor(basicEconIndex(ctx), wide.keys());
    for (const n of narrow) {
      const w = wide.get(n.coords.econ ?? "");
      if (w === undefined) continue;
      checked.push(n, w);
      const r = atMost(n, w);
      if (r !== "ok")
        findings.push(mismatchFinding("projectSplit", r === "rounding" ? "info" : severity, w, n));
    }
    return { outcome: outcomeOf(findings, narrow.length > 0), findings, checked: cellsOf(checked) };
  },
};
