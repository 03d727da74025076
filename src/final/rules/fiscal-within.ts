import type { Fact } from "../../facts";
import type { Localized } from "../../locale";
import { atMost } from "../../rules/builtin/bounds";
import {
  amountOf,
  atOf,
  cellsOf,
  fromOf,
  L,
  mismatchFinding,
  outcomeOf,
} from "../../rules/builtin/shared";
import type { AnyFact } from "../../rules/derive";
import { groupWithoutFund, identityOf } from "../../rules/groups";
import type { MessageLabels } from "../../rules/labels";
import { printedFacts } from "../../rules/per-check";
import type { Finding, Rule } from "../../rules/types";
import { inTemplateOrder } from "../../templates/order";

const message = (f: Finding, labels: MessageLabels): Localized => {
  const at = atOf(f, labels, false);
  const from = fromOf(f, labels);
  return L(
    `${at["zh-CN"]} 为 ${amountOf(f, "actual", "zh-CN")}，大于同一科目的全部支出 ${amountOf(f, "expected", "zh-CN")}（${from["zh-CN"]}）：财政拨款只是其中一部分。`,
    `${at.en} is ${amountOf(f, "actual", "en")}, more than all spending on the code, ${amountOf(f, "expected", "en")} (${from.en}): fiscal money is only part of it.`,
  );
};

/** The fiscal funds whose spending is a part of all spending at the same 科目 and nature. */
const FISCAL = new Set(["government", "gpb", "govFund", "soe"]);

/**
 * 财政拨款 spending is a part of all spending: the 一般公共预算财政拨款支出决算表 (and the 财政拨款
 * columns of the summary) may differ from the 支出决算表 only by non-fiscal money (上年结转, 其他收入
 * …), so at every 科目 and nature a fiscal figure is at most the all-funds one. A difference only
 * rounding explains is info. @internal
 */
export const fiscalWithinRule: Rule = {
  id: "final.fiscalWithin",
  severity: "error",
  domain: "inequality",
  reads: ["spending by 科目 and nature, per fiscal fund and for all funds"],
  title: /*#__PURE__*/ L(
    "财政拨款支出不大于同一科目的全部支出（决算）",
    "Fiscal spending is at most all spending on the same code (final accounts)",
  ),
  message,
  check: (ctx, severity) => {
    const findings: Finding[] = [];
    const checked: AnyFact[] = [];
    let applicable = false;
    const seen = new Set<number | string>();
    // Each 科目's figures are taken in the template's table order, whatever order the tables are
    // bound in: the first fiscal figure against the first all-funds one.
    const byTable = (f: Fact) => f.source.table;
    for (const f of inTemplateOrder(ctx.template, printedFacts(ctx), byTable)) {
      const fund = f.coords.fund;
      if (f.concept !== "spending" || fund === undefined || !FISCAL.has(fund)) continue;
      if (f.coords.period !== undefined || f.value === null) continue;
      const pair = identityOf(ctx, f.concept, f.coords);
      if (seen.has(pair)) continue;
      const wholes = (groupWithoutFund(ctx, f.concept, f.coords) ?? []).filter(
        (w): w is Fact => !("via" in w) && w.value !== null,
      );
      const whole = inTemplateOrder(ctx.template, wholes, byTable)[0];
      if (whole === undefined) continue;
      seen.add(pair);
      applicable = true;
      checked.push(f, whole);
      const r = atMost(f, whole);
      if (r !== "ok")
        findings.push(
          mismatchFinding("final.fiscalWithin", r === "rounding" ? "info" : severity, whole, f),
        );
    }
    return { outcome: outcomeOf(findings, applicable), findings, checked: cellsOf(checked) };
  },
};
