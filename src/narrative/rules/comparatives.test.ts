/**
 * A change printed as a comparative right after what it is compared with (`比上年多134.22万元`,
 * `较2023年少1.00万元`, `比上年预算少了1.00万元`): the figure is the change, never last year's
 * figure. It agrees with last year's document when the change does; a wrong change is still found.
 */
import { describe, expect, it } from "vitest";
import { type Disclosure, type Table, tableBuilder } from "../../disclosure";
import { henan2024Profile } from "../../rules/profiles";
import { renderFinding } from "../../rules/render";
import { henan2024 } from "../../templates";
import { withNarrative } from "./index";
import { checker, disclosure } from "./test-support";

const h = (kind: string) => tableBuilder(henan2024, kind);
const sanGong = (total: string, reception: string): Table =>
  h("sanGong")
    .single({
      total,
      abroad: "",
      vehicles: "4.00",
      "vehicles.purchase": "",
      "vehicles.operation": "4.00",
      reception,
    })
    .build().value;
const expenditure = (total: string): Table => h("expenditure").total({ total }).build().value;
const LAST_YEAR: Disclosure = disclosure(
  [sanGong("7.50", "3.50"), expenditure("834.84")],
  "",
  henan2024,
  2023,
);
const withPrior = { prior: { disclosure: LAST_YEAR, template: henan2024 } };
const THIS_YEAR = [sanGong("6.50", "2.50"), expenditure("969.06")];

const alarms = (body: string) => {
  const profile = withNarrative(henan2024Profile, withPrior);
  const report = checker("narrative.priorYear", "narrative.amount", "narrative.change")(
    disclosure(THIS_YEAR, body),
    henan2024,
    withPrior,
  );
  return report.findings
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId}: ${renderFinding(f, profile.rules, "zh-CN", henan2024)}`);
};

describe("a comparative after what it is compared with is a change", () => {
  it.each([
    "支出合计969.06万元，比上年多134.22万元，主要原因是人员增加。",
    "支出合计969.06万元，比2023年多出134.22万元，主要原因是人员增加。",
    "“三公”经费6.50万元，比上年少1.00万元，主要原因是厉行节约。",
    "“三公”经费6.50万元，较上年预算少了1.00万元，主要原因是厉行节约。",
    "公务接待费2.50万元，较去年少1.00万元，主要原因是厉行节约。",
  ])("%s: no finding", (body) => {
    expect(alarms(body)).toEqual([]);
  });

  it.each([
    ["支出合计969.06万元，比上年多100.00万元，主要原因是人员增加。", "869.06"],
    ["“三公”经费6.50万元，比上年少2.00万元，主要原因是厉行节约。", "8.50"],
  ])("%s: a wrong change is found (it implies last year's %s)", (body, implied) => {
    const found = alarms(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`意味着上年为 ${implied}万元`);
  });

  it.each([
    // not a comparison's direction: an amount of people, a bound, a word
    "2024年支出合计969.06万元，涉及人员较多。",
    "2024年支出合计969.06万元，编发信息不少于600条。",
  ])("%s: 多 / 少 elsewhere is no change", (body) => {
    expect(alarms(body)).toEqual([]);
  });
});
