/**
 * Zero false alarms in the 决算 情况说明 as other printers word it: correct sentences about the
 * Putuo 决算 fixtures' figures, found to raise `final.narrative.*` findings by a probe of invented
 * variants (2026-12-04), checked through the whole 决算 checker. A wrong figure in the same words
 * is still found.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import { final2024, finalProfile } from "../src/final";
import { checkDisclosure } from "../src/rules";
import { putuoFinanceFinal2024Fixture } from "./fixtures/putuo-finance-final-2024";
import { putuoSocialWorkFinal2024Fixture } from "./fixtures/putuo-social-work-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";

/** The 决算 narrative findings above info with `narrative` as the fixture's 情况说明. */
function alarms(fixture: DisclosureFixture, narrative: string): string[] {
  const { disclosure } = fixtureDisclosure({ ...fixture, narrative }, final2024);
  const final: Disclosure = { ...disclosure, meta: { ...disclosure.meta, stage: "决算" } };
  return checkDisclosure(final, {
    profile: finalProfile,
    template: final2024,
    catalog: catalog2024,
  })
    .findings.filter((f) => f.ruleId.startsWith("final.narrative.") && f.severity !== "info")
    .map((f) => `${f.ruleId} ${String(f.params.kind)}`);
}
const HEAD =
  "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。\n";

describe("决算 情况说明: other printers' wordings (上海市普陀区财政局)", () => {
  it.each([
    // the department's name said informally
    "上海普陀区财政局2024年度收入支出总计2995.39万元。",
    "上海市普陀财政局2024年度收入支出总计2995.39万元。",
    // a 持平 in an item's reason is not the item's comparison
    `${HEAD}1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为1560.05万元，支出决算为1511.89万元，决算数小于预算数，公用经费与预算持平。`,
    // an item's 基本支出决算为 is not its own 支出决算为
    `${HEAD}1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为1560.05万元，基本支出决算为1503.52万元，项目支出决算为8.37万元，合计1511.89万元。`,
  ])("%s", (text) => {
    expect(alarms(putuoFinanceFinal2024Fixture, text)).toEqual([]);
  });

  it("an item's own outcome after its parts' is still checked (1511.98 for 1511.89)", () => {
    const text = `${HEAD}1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为1560.05万元，基本支出决算为1503.52万元，项目支出决算为8.37万元，支出决算为1511.98万元。`;
    expect(alarms(putuoFinanceFinal2024Fixture, text)).not.toEqual([]);
  });

  it("another body's name in place of the department's is still found (上海市财政局)", () => {
    expect(
      alarms(putuoFinanceFinal2024Fixture, "上海市财政局2024年度收入支出总计2995.39万元。"),
    ).toEqual(["final.narrative.names orgName"]);
  });
});

describe("决算 情况说明: the full-year budget however it is named (社会工作部)", () => {
  const fixture = putuoSocialWorkFinal2024Fixture;
  it.each([
    "一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成预算的95.89%。",
    "一般公共预算财政拨款支出年初预算为0万元，调整预算为321.02万元，支出决算为307.82万元，完成调整预算的95.89%。",
  ])("%s", (text) => {
    expect(alarms(fixture, text)).toEqual([]);
  });

  it("a rate that is wrong against the full-year budget is still found (95.98 for 95.89)", () => {
    expect(
      alarms(
        fixture,
        "一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成预算的95.98%。",
      ),
    ).toEqual(["final.narrative.rate rate"]);
  });
});
