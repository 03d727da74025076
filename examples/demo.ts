/**
 * The main job on the embedded Henan 2024 example: read the disclosure (JSON interchange format),
 * check it, print the checked tables, recompute the aggregates, compute the 三公 and 机构运转经费
 * measures, derive the tables of a small ledger, change one cell and show the finding in Chinese
 * and English; then read its 情况说明, print every claim checked against the tables, and change one
 * figure of the text; then evaluate two of its performance targets against sample actual results
 * and print their self-evaluation scores; finally check one 部门决算 (上海市普陀区规划和自然资源局 2024)
 * and print its execution report. Run: `npm run demo`.
 */
import { readFileSync } from "node:fs";
import {
  type Amount,
  amount,
  amountsEqual,
  type Disclosure,
  disclosureFacts,
  type Fact,
  factKey,
  formatAmount,
  lowerDisclosure,
  percentage,
  subtractAmounts,
  sumAmounts,
} from "yusuan";
import { catalog2024 } from "yusuan/catalog/2024";
import {
  checkDisclosure,
  decomposeTable,
  formatCoverage,
  henan2024Profile,
  RULES,
  renderFinding,
  rollUpTable,
} from "yusuan/check";
import { executionReport, final2024, finalProfile } from "yusuan/final";
import { parseDisclosureJson } from "yusuan/json";
import {
  deriveDisclosure,
  formatLedgerProblem,
  type LedgerProblem,
  ledgerBuilder,
} from "yusuan/ledger";
import { henan2024Measures, type MeasureResult, measure } from "yusuan/measures";
import { extractClaims, withNarrative } from "yusuan/narrative";
import {
  type Actual,
  computeFormula,
  DEPARTMENT_FORMULAS,
  disclosureTargets,
  evaluateIndicator,
  type ProjectActuals,
  scoreProject,
} from "yusuan/performance";
import { henan2024 } from "yusuan/templates";

const text = readFileSync(new URL("./henan-2024.json", import.meta.url), "utf8");
const parsed = parseDisclosureJson(text);
if (!parsed.ok) throw new Error(`the example does not parse: ${JSON.stringify(parsed.error[0])}`);
const disclosure = parsed.value;
const options = { profile: henan2024Profile, template: henan2024, catalog: catalog2024 };

console.log(`# ${disclosure.meta.department.name} ${disclosure.meta.year}年部门预算\n`);

// 1. The checked tables
const report = checkDisclosure(disclosure, options);
const facts = disclosureFacts(disclosure, henan2024);
console.log("## 表 / Tables");
for (const t of disclosure.tables) {
  const kind = henan2024.tables.find((k) => k.id === t.kind);
  const numbers = facts.filter((f) => f.source.table === t.kind && f.value !== null).length;
  const findings = report.findings.filter(
    (f) => f.path?.table === t.kind && f.severity !== "info",
  ).length;
  console.log(
    `  ${(kind?.number ?? "").padEnd(8)} ${kind?.name["zh-CN"] ?? t.kind}: ${t.rows.length} 行, ${numbers} 个数, ${findings === 0 ? "✓" : `${findings} 个问题`}`,
  );
}
const count = (o: string) => report.outcomes.filter((x) => x.outcome === o).length;
console.log(
  `\n## 检查 / Check: ${report.outcomes.length} 条规则 — ${count("pass")} pass, ${count("fail")} fail, ${count("not-applicable")} n/a, ${count("insufficient-data")} insufficient data`,
);
console.log(
  `  errors ${report.findings.filter((f) => f.severity === "error").length}, warnings ${report.findings.filter((f) => f.severity === "warning").length}, info ${report.findings.filter((f) => f.severity === "info").length}; unconstrained cells: ${report.unconstrained.length}`,
);
console.log(`  ${formatCoverage(report.coverage)}`);
console.log(`  ${formatCoverage(report.coverage, "en")}`);

// 2. The aggregates: each printed figure next to the same figure recomputed by the library from
//    the cells below it (row roll-ups and decompositions of the table that prints it).
/** The printed value of a fact; a blank cell ("no value") shows as 0 of the table's unit. */
const value = (concept: Fact["concept"], coords: Fact["coords"]): Amount => {
  const same = facts.filter((x) => factKey(x.concept, x.coords) === factKey(concept, coords));
  const printed = same.find((x) => x.value !== null)?.value;
  if (printed !== undefined && printed !== null) return printed;
  if (same.length > 0) return amount("0", "万元");
  throw new Error(`no fact ${factKey(concept, coords)}`);
};
const lowered = lowerDisclosure(disclosure, henan2024);
/** The figure recomputed from one table's own cells (the derivation with the most parts). */
const recomputed = (table: string, concept: Fact["concept"], coords: Fact["coords"]): Amount => {
  const t = lowered.find((x) => x.table.kind === table);
  if (t === undefined) throw new Error(`no table ${table}`);
  const key = factKey(concept, coords);
  const derived = [...rollUpTable(t), ...decomposeTable(t)]
    .filter((d) => factKey(d.concept, d.coords) === key)
    .sort((a, b) => b.parts.length - a.parts.length)[0];
  if (derived === undefined) throw new Error(`nothing recomputes ${key} in ${table}`);
  return derived.value ?? amount("0", "万元");
};
const pct = (part: Amount, whole: Amount) => {
  const r = percentage(part, whole, { decimals: 2 });
  return r.ok ? `${r.value}%` : "—";
};
const show = (a: Amount) => `${formatAmount(a, { grouping: true })}${a.unit}`;
const both = (printed: Amount, again: Amount) =>
  `${show(printed)} (recomputed ${show(again)} ${amountsEqual(printed, again) ? "✓" : "✗"})`;
const total = value("spending", {});
const basic = value("spending", { nature: "basic" });
const project = value("spending", { nature: "project" });
const personnel = value("spending", { nature: "basic.personnel", fund: "gpb" });
const publicCost = value("spending", { nature: "basic.public", fund: "gpb" });
console.log("\n## 汇总 / Aggregates (printed, and recomputed from the cells below)");
console.log(
  `  支出总计 ${both(value("spending.total", {}), recomputed("summary", "spending.total", {}))} = 收入总计 ${show(value("revenue.total", {}))}`,
);
console.log(
  `  本年支出 ${both(total, recomputed("expenditure", "spending", {}))} — Σ of the 支出表's rows`,
);
console.log(
  `  基本支出 ${both(basic, recomputed("expenditure", "spending", { nature: "basic" }))} = ${pct(basic, total)}; 项目支出 ${both(project, recomputed("projects", "spending", { nature: "project" }))} = ${pct(project, total)} — Σ of 11 projects`,
);
console.log(
  `  人员经费 ${both(personnel, recomputed("gpbBasic", "spending", { nature: "basic.personnel", fund: "gpb" }))} = ${pct(personnel, basic)}; 公用经费 ${show(publicCost)} = ${pct(publicCost, basic)}`,
);
const sg = (item?: "abroad" | "vehicles" | "reception") =>
  value("sanGong", item === undefined ? {} : { item });
console.log(
  `  “三公”经费 ${both(sg(), recomputed("sanGong", "sanGong", {}))} = 出国 ${show(sg("abroad"))} + 公务用车 ${show(sg("vehicles"))} + 接待 ${show(sg("reception"))}`,
);
console.log(
  `  机构运转经费 ${both(value("operatingCost", {}), recomputed("operatingCost", "operatingCost", {}))} = 基本支出 302 ${show(value("spending", { nature: "basic.public", econ: "302" }))}`,
);
// 情况说明 says 收支总计各增加 134.22 万元，增长 16.08%: growth = Δ / (current − Δ)
const delta = amount("134.22", "万元");
console.log(
  `  比2023年增长 / growth vs 2023: 134.22 / (969.06 − 134.22) = ${pct(delta, subtractAmounts(total, delta))} (情况说明: 16.08%)`,
);

// 3. The measures, computed from the disclosure's economic facts by the profile's definitions
const shown = (r: MeasureResult) =>
  r.value === null
    ? `— (${r.status})`
    : `${show(r.value)}${r.status === "exact" ? "" : ` (${r.status})`}`;
const source = { disclosure, template: henan2024 };
const sanGong = measure(source, henan2024Measures.sanGong);
console.log("\n## 度量 / Measures (computed from the economic facts, `yusuan/measures`)");
console.log(
  `  “三公”经费 ${shown(sanGong)} = ${sanGong.parts
    .map((p) =>
      p.parts.length === 0
        ? `${p.id.replace("sanGong.", "")} ${shown(p)}`
        : `${p.id.replace("sanGong.", "")} (${p.parts.map((q) => shown(q)).join(" + ")})`,
    )
    .join(
      " + ",
    )} — from ${sanGong.facts.map((f) => `${f.source.table} ${f.source.row}`).join(", ")}`,
);
const operating = measure(source, henan2024Measures.operatingCost);
const byCategory = new Map<string, Amount[]>();
for (const row of operating.rows)
  byCategory.set(row.category ?? "", [...(byCategory.get(row.category ?? "") ?? []), row.value]);
console.log(
  `  机构运转经费 ${shown(operating)} = ${[...byCategory]
    .map(([category, values]) => `${category} ${show(sumAmounts(values))}`)
    .join(" + ")}`,
);

// 4. One table derived from a small ledger (line items), checked like a printed one
const meta = {
  year: 2024,
  documentKind: "部门" as const,
  department: { code: "116", name: "某部门" },
  units: [
    { code: "116001", name: "某部门机关", unitType: "行政" as const },
    { code: "116002", name: "某服务中心", unitType: "事业" as const },
  ],
};
const small = ledgerBuilder(meta, { unit: "万元", decimals: 2 })
  .line({
    unit: "116001",
    fund: "gpb.grant",
    functional: "2013101",
    econ: "30201",
    gov: "50201",
    nature: "basic",
    amount: "8.02",
  })
  .line({
    unit: "116001",
    fund: "gpb.grant",
    functional: "2013101",
    econ: "30217",
    gov: "50206",
    nature: "basic",
    amount: "1.50",
  })
  .line({
    unit: "116001",
    fund: "gpb.grant",
    functional: "2013102",
    econ: "30217",
    gov: "50206",
    nature: "project.operating",
    project: { name: "机关公务活动经费" },
    amount: "1.00",
  })
  .line({
    unit: "116002",
    fund: "gpb.grant",
    functional: "2013101",
    econ: "30101",
    gov: "50501",
    nature: "basic",
    amount: "40.00",
  })
  .line({
    unit: "116002",
    fund: "business",
    functional: "2013101",
    econ: "30231",
    gov: "50502",
    nature: "basic",
    amount: "4.00",
  })
  .build();
if (!small.ok)
  throw new Error(
    `the demo ledger is invalid: ${formatLedgerProblem(small.error[0] as LedgerProblem)}`,
  );
const derived = deriveDisclosure(small.value, henan2024, {
  measures: henan2024Measures,
  catalog: catalog2024,
});
const derivedReport = checkDisclosure(derived.disclosure, options);
const income = derived.disclosure.tables.find((t) => t.kind === "income");
console.log(
  `\n## 明细账 / From a ledger: ${small.value.size} lines → ${derived.disclosure.tables.length} tables, ${derivedReport.findings.filter((f) => f.severity !== "info").length} errors or warnings`,
);
console.log("  部门收入预算表 (02): 单位 | 总计 | 一般公共预算 | 其中：财政拨款 | 事业收入");
for (const row of income?.rows ?? [])
  console.log(
    `  ${(row.name ?? "").padEnd(10, "　")} | ${row.cells.total} | ${row.cells.gpb || "—"} | ${row.cells["gpb.grant"] || "—"} | ${row.cells.business || "—"}`,
  );

// 5. A caught error: change one cell and check again
const changed: Disclosure = {
  ...disclosure,
  tables: disclosure.tables.map((t) =>
    t.kind !== "expenditure"
      ? t
      : {
          ...t,
          rows: t.rows.map((r) =>
            r.key.kind === "functional" && r.key.code === "2013101"
              ? { ...r, cells: { ...r.cells, "basic.goods": "49.69" } }
              : r,
          ),
        },
  ),
};
const after = checkDisclosure(changed, options);
const errors = after.findings.filter((f) => f.severity === "error");
console.log(
  `\n## 改动一格 / One cell changed: 部门支出预算表 2013101 商品和服务支出 49.68 → 49.69 — ${errors.length} errors`,
);
for (const f of errors.slice(0, 3)) {
  console.log(`  [${f.ruleId}] ${renderFinding(f, RULES, "zh-CN", henan2024)}`);
  console.log(`  [${f.ruleId}] ${renderFinding(f, RULES, "en", henan2024)}`);
}

// 4. The narrative (情况说明) read and checked against the tables: every figure it states
const narrative = disclosure.texts[0]?.body ?? "";
const reading = extractClaims(narrative, {
  year: disclosure.meta.year,
  catalog: catalog2024.functional,
  tables: disclosure.tables,
});
const stated = new Map<string, Amount | null>();
for (const f of facts) {
  const k = factKey(f.concept, f.coords);
  if (!stated.has(k) || stated.get(k) === null) stated.set(k, f.value);
}
const amountClaims = reading.claims.filter((c) => c.kind === "amount");
const inTables = amountClaims.filter(
  (c) => c.kind === "amount" && stated.has(factKey(c.subject.concept, c.subject.coords)),
);
console.log(
  `\n## 情况说明 / Narrative: ${reading.claims.length} claims read (${amountClaims.length} amounts, ${reading.claims.length - amountClaims.length} changes, percentages and counts), ${reading.unplaced.length} numbers unplaced`,
);
for (const c of inTables) {
  if (c.kind !== "amount") continue;
  const k = factKey(c.subject.concept, c.subject.coords);
  const t = stated.get(k) ?? null;
  const same = t === null ? /^0(\.0+)?$/u.test(c.value.value) : amountsEqual(t, c.value);
  console.log(
    `  ${c.span.text.padEnd(10)} ${k.padEnd(42)} table ${t === null ? "空" : show(t)} ${same ? "✓" : "✗"}`,
  );
}
const profile = withNarrative(henan2024Profile);
const narrativeReport = checkDisclosure(disclosure, { ...options, profile });
console.log(`  ${formatCoverage(narrativeReport.coverage)}`);
const narrativeOutcome = (id: string) =>
  narrativeReport.outcomes.find((o) => o.ruleId === id)?.outcome ?? "—";
console.log(
  `  narrative.amount ${narrativeOutcome("narrative.amount")}, narrative.percent ${narrativeOutcome("narrative.percent")} (${reading.claims.filter((c) => c.kind === "percent").length} percentages recomputed), narrative.reason ${narrativeOutcome("narrative.reason")}`,
);

// 5. A caught change in the text: the 三公 total restated as 6.05 instead of 6.50
const edited: Disclosure = {
  ...disclosure,
  texts: [
    { title: "情况说明", body: narrative.replace("支出预算为6.50万元", "支出预算为6.05万元") },
  ],
};
const caught = checkDisclosure(edited, { ...options, profile }).findings.filter((f) =>
  f.ruleId.startsWith("narrative."),
);
console.log(
  `\n## 改动说明中的一个数字 / One figure changed in the text: “三公”经费 6.50 → 6.05 — ${caught.length} finding`,
);
for (const f of caught) {
  console.log(`  [${f.ruleId}] ${renderFinding(f, profile.rules, "zh-CN", henan2024)}`);
  console.log(`  [${f.ruleId}] ${renderFinding(f, profile.rules, "en", henan2024)}`);
}

// 6. Performance targets: two Henan projects against sample actual results (invented for the
//    demo: the disclosure is a budget, it prints no outcomes), scored with the default weights.
const targets = disclosureTargets(disclosure, henan2024).targets;
console.log(
  `\n## 绩效目标 / Performance targets: ${targets?.projects.length ?? 0} 个项目, ${targets?.department?.indicators.length ?? 0} 个部门整体指标`,
);
const met: Actual = { judgment: "met" };
const samples: readonly (readonly [string, ProjectActuals])[] = [
  [
    "2024年通联值班费",
    {
      execution: [amount("9.80"), amount("10.00")],
      indicators: { 0: met, 1: "2次/天", 2: met, 3: "97%", 4: "100%", 5: "24小时/天" },
    },
  ],
  [
    "2024年劳务派遣人员经费",
    // 保障出行及时性 (无延误) is not judged yet: the score is incomplete.
    {
      execution: [amount("3.20"), amount("3.50")],
      indicators: { 0: "3150元/人", 1: "2人", 2: met, 3: "88%", 4: met },
    },
  ],
];
const statusZh = { met: "达成", "not-met": "未达成", "needs-judgment": "待判断" } as const;
for (const [name, actuals] of samples) {
  const target = targets?.projects.find((p) => p.name === name);
  if (target === undefined) throw new Error(`no targets for ${name}`);
  const score = scoreProject(target, actuals);
  console.log(
    `  ${name} (${target.money.total}万元): ${score.score} 分 ${score.grade}${score.complete ? "" : " (incomplete: 有指标待判断)"} — 预算执行率 ${score.execution.rate}% → ${score.execution.points}/${score.execution.weight}; ${score.groups.map((g) => `${g.id} ${g.points}/${g.weight}`).join(", ")}`,
  );
  for (const i of score.indicators) {
    const indicator = target.indicators[i.index];
    const e = i.evaluation;
    const actual = actuals.indicators[i.index];
    const shown =
      actual === undefined ? "—" : typeof actual === "string" ? actual : actual.judgment;
    const margin = e?.margin === undefined ? "" : ` margin ${e.margin}${e.unit ?? ""}`;
    console.log(
      `    ${indicator?.level1}/${i.name}: 目标 ${indicator?.value}, 实际 ${shown} → ${e === undefined ? "待判断" : statusZh[e.status]}${margin}, credit ${i.credit}`,
    );
  }
}
// The department-wide formulas, computed exactly from sample inputs and compared with table 13.
const formula = (id: string) => DEPARTMENT_FORMULAS.find((f) => f.id === id);
for (const [id, inputs] of [
  ["budgetExecution", [amount("930.30"), amount("969.06")]],
  ["sanGongControl", [amount("6.20"), amount("6.50")]],
] as const) {
  const f = formula(id);
  const indicator = targets?.department?.indicators.find((i) => f?.names.includes(i.name));
  const rate = f === undefined ? undefined : computeFormula(f, inputs);
  if (f === undefined || indicator === undefined || rate === undefined || !rate.ok) continue;
  const e = evaluateIndicator(indicator.value, `${rate.value}%`);
  console.log(
    `  ${indicator.name} = ${f.formula["zh-CN"]} = ${inputs[0].value}/${inputs[1].value} = ${rate.value}% (目标 ${indicator.value}) → ${statusZh[e.status]}`,
  );
}

// 5. A 部门决算 (final accounts): the same model one year later, its stage 决算.
const finalText = readFileSync(
  new URL("./putuo-planning-final-2024.json", import.meta.url),
  "utf8",
);
const finalParsed = parseDisclosureJson(finalText);
if (!finalParsed.ok) throw new Error("the 决算 example does not parse");
const finalDisclosure = finalParsed.value;
const finalReport = checkDisclosure(finalDisclosure, {
  profile: finalProfile,
  template: final2024,
  catalog: catalog2024,
});
console.log(
  `\n# ${finalDisclosure.meta.department.name} ${finalDisclosure.meta.year}年部门${finalDisclosure.meta.stage ?? "预算"}\n`,
);
const finalSerious = finalReport.findings.filter((f) => f.severity !== "info");
console.log(
  `## 检查 / Check: ${finalReport.outcomes.length} 条规则, ${finalSerious.length} 个问题 (errors ${finalSerious.filter((f) => f.severity === "error").length}, warnings ${finalSerious.filter((f) => f.severity === "warning").length})`,
);
for (const f of finalSerious.filter((x) => x.ruleId.startsWith("final.")))
  console.log(`  [${f.ruleId}] ${renderFinding(f, finalProfile.rules, "zh-CN", final2024)}`);
const execution = executionReport({ disclosure: finalDisclosure, template: final2024 });
console.log(
  `\n## 预算执行 / Execution (budgets from the ${execution.source}, ${execution.base === "full" ? "全年预算" : "年初预算"})`,
);
console.log(
  `  合计: 预算 ${execution.total.budget?.value}万元, 决算 ${execution.total.outcome?.value}万元, 差额 ${execution.total.difference?.value}万元, 执行率 ${execution.total.rate}%`,
);
for (const l of execution.lines)
  console.log(
    `  ${l.code ?? "(未识别)"} ${(l.names ?? []).at(-1) ?? ""}: ${l.budget?.value ?? "—"} → ${l.outcome?.value ?? "—"} (${l.rate ?? "—"}%)${l.overBudget ? " 超预算" : ""}`,
  );
if (execution.sanGong !== undefined)
  console.log(
    `  “三公”经费: 预算 ${execution.sanGong.budget?.value}万元, 决算 ${execution.sanGong.outcome?.value}万元, 控制率 ${execution.sanGong.rate}%`,
  );
const budgetExecution = formula("budgetExecution");
const inputs = execution.formulaInputs.budgetExecution;
if (budgetExecution !== undefined && inputs !== undefined) {
  const rate = computeFormula(budgetExecution, inputs);
  if (rate.ok)
    console.log(`  绩效 预算执行率 = ${inputs[0].value}/${inputs[1].value} = ${rate.value}%`);
}
