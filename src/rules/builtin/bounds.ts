import { type Amount, compareAmounts, sumAmounts } from "../../amount";
import { checkName } from "../../catalog";
import { type Fact, factKey } from "../../facts";
import { boundsOf, compareBounds } from "../compare";
import { type AnyFact, type DerivedFact, isDerived } from "../derive";
import type { Finding, Rule, RuleContext, RuleResult, Severity } from "../types";
import { cellsOf, L, mismatchFinding, outcomeOf, p } from "./shared";

/** `small ≤ large`, judged on intervals: fail only when no rounding can explain it. */
function atMost(small: AnyFact, large: AnyFact): "ok" | "rounding" | "fail" {
  if (small.value === null || large.value === null) return "ok";
  if (compareAmounts(small.value, large.value) <= 0) return "ok";
  const s = boundsOf(small);
  const l = boundsOf(large);
  return compareAmounts(s.low, l.high) <= 0 && s.precision !== l.precision ? "rounding" : "fail";
}

const boundMessage = (f: Finding) =>
  L(
    `${p(f, "atZh")} 为 ${p(f, "actual")}，不应大于 ${p(f, "expected")}（${p(f, "fromZh")}）：${p(f, "whyZh")}。`,
    `${p(f, "atEn")} is ${p(f, "actual")}, more than ${p(f, "expected")} (${p(f, "fromEn")}): ${p(f, "whyEn")}.`,
  );

function boundFinding(
  id: string,
  severity: Severity,
  small: AnyFact,
  large: AnyFact,
  ctx: RuleContext,
  why: [string, string],
): Finding {
  return mismatchFinding(id, severity, large, small, ctx, { whyZh: why[0], whyEn: why[1] });
}

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
          findings.push(
            boundFinding("ofWhich", r === "rounding" ? "info" : severity, f, whole, ctx, [
              "“其中”数大于所属数",
              "a part exceeds its whole",
            ]),
          );
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

function basicEconFacts(ctx: RuleContext, codes: readonly string[]): Fact[] {
  const wanted = new Set(codes);
  const seenRows = untrustedRows(ctx);
  const out: Fact[] = [];
  for (const f of printedFacts(ctx)) {
    const c = f.coords;
    if (f.concept !== "spending" || c.econ === undefined || !wanted.has(c.econ)) continue;
    if (
      c.fund !== "gpb" ||
      (c.nature !== "basic" && c.nature !== "basic.public" && c.nature !== "basic.personnel")
    )
      continue;
    if (c.functional !== undefined || c.project !== undefined) continue;
    const row = `${f.source.table}#${f.source.row}`;
    if (seenRows.has(row)) continue;
    seenRows.add(row);
    out.push(f);
  }
  return out;
}

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

/** I13: each 三公 item ≥ its economic codes in basic spending (三公 covers basic and project). @internal */
export const sanGongBoundRule: Rule = {
  id: "sanGong.bound",
  severity: "error",
  domain: "I13",
  reads: ["sanGong", "spending (basic, 一般公共预算, by 部门经济分类 款)"],
  title: /*#__PURE__*/ L(
    "“三公”各项不小于基本支出中对应经济科目",
    "Each 三公 item is at least its basic-spending economic codes",
  ),
  message: (f) =>
    L(
      `${p(f, "atZh")} 为 ${p(f, "actual")}，不应小于 ${p(f, "expected")}（${p(f, "fromZh")}）：${p(f, "whyZh")}。`,
      `${p(f, "atEn")} is ${p(f, "actual")}, less than ${p(f, "expected")} (${p(f, "fromEn")}): ${p(f, "whyEn")}.`,
    ),
  check: (ctx, severity): RuleResult => {
    const findings: Finding[] = [];
    const checked: AnyFact[] = [];
    let anyItem = false;
    let anyBasis = false;
    for (const [item, codes] of Object.entries(ctx.definitions.sanGongCodes)) {
      const printed = (
        ctx.groups.get(factKey("sanGong", { item: item as "reception" })) ?? []
      ).filter((f): f is Fact => !isDerived(f));
      const sg = printed[0];
      if (sg === undefined) continue;
      anyItem = true;
      const basic = sumFact(basicEconFacts(ctx, codes), sg.source.table);
      if (basic === undefined) continue;
      anyBasis = true;
      checked.push(sg, ...basic.parts);
      const r = atMost(basic, sg);
      if (r !== "ok")
        findings.push(
          mismatchFinding("sanGong.bound", r === "rounding" ? "info" : severity, basic, sg, ctx, {
            whyZh: `“三公”经费含基本和项目支出，不应小于基本支出中 ${codes.join("、")} 之和`,
            whyEn: `三公 covers basic and project money, so it cannot be less than basic ${codes.join(", ")}`,
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
            params: {
              needZh: "一般公共预算基本支出（按经济分类款）",
              needEn: "basic spending by economic 款",
            },
            evidence: [],
          },
        ],
        checked: [],
      };
    }
    return { outcome: outcomeOf(findings, true), findings, checked: cellsOf(checked) };
  },
};

/** I14: 机构运转经费 / 机关运行经费 against its definition (a profile's data). @internal */
export const operatingCostRule: Rule = {
  id: "operatingCost.definition",
  severity: "error",
  domain: "I14",
  reads: ["operatingCost", "spending (basic, 公用经费)"],
  title: /*#__PURE__*/ L("机构运转经费符合其口径", "Operating costs match their definition"),
  message: (f) =>
    p(f, "relation") === "atMost"
      ? boundMessage(f)
      : p(f, "status") === "rounding"
        ? L(
            `${p(f, "atZh")} 为 ${p(f, "actual")}，按口径应为 ${p(f, "expected")}（${p(f, "fromZh")}），相差 ${p(f, "difference")}${p(f, "unit")}，可由不同精度的四舍五入解释。`,
            `${p(f, "atEn")} is ${p(f, "actual")}; its definition gives ${p(f, "expected")} (${p(f, "fromEn")}); the difference ${p(f, "difference")} ${p(f, "unit")} is within rounding of the printed precisions.`,
          )
        : L(
            `${p(f, "atZh")} 为 ${p(f, "actual")}，按口径应为 ${p(f, "expected")}（${p(f, "fromZh")}），相差 ${p(f, "difference")}${p(f, "unit")}。`,
            `${p(f, "atEn")} is ${p(f, "actual")}, but its definition gives ${p(f, "expected")} (${p(f, "fromEn")}): a difference of ${p(f, "difference")} ${p(f, "unit")}.`,
          ),
  check: (ctx, severity) => {
    const oc = (ctx.groups.get(factKey("operatingCost", {})) ?? []).find((f) => !isDerived(f));
    const def = ctx.definitions.operatingCost;
    const applies =
      def.appliesTo === undefined ||
      ctx.disclosure.meta.units.some((u) => def.appliesTo?.includes(u.unitType) === true);
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
            params: {
              needZh: "基本支出公用经费",
              needEn: "basic public spending",
              relation: def.relation,
            },
            evidence: [],
          },
        ],
        checked: [],
      };
    }
    const extra = {
      relation: def.relation,
      whyZh: "机关运行经费只含行政和参公单位的公用经费",
      whyEn: "operating costs cover public spending only",
    };
    const findings: Finding[] = [];
    if (def.relation === "equals") {
      const cmp = compareBounds(boundsOf(basis), boundsOf(oc));
      // Rounding explains it: info. Only truncation explains it: a precision.truncated finding.
      if (cmp === "truncated")
        findings.push(mismatchFinding("precision.truncated", "warning", basis, oc, ctx, extra));
      else if (cmp !== "equal")
        findings.push(
          mismatchFinding(
            "operatingCost.definition",
            cmp === "differ" ? severity : "info",
            basis,
            oc,
            ctx,
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
            ctx,
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
    const narrow = basicEconFacts(ctx, [...wide.keys()]);
    for (const n of narrow) {
      const w = wide.get(n.coords.econ ?? "");
      if (w === undefined) continue;
      checked.push(n, w);
      const r = atMost(n, w);
      if (r !== "ok")
        findings.push(
          boundFinding("projectSplit", r === "rounding" ? "info" : severity, n, w, ctx, [
            "基本支出不应超过该科目全部支出",
            "basic spending exceeds all spending on the code",
          ]),
        );
    }
    return { outcome: outcomeOf(findings, narrow.length > 0), findings, checked: cellsOf(checked) };
  },
};
