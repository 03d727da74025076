/**
 * The 决算 checker on a Putuo 决算 fixture whose 情况说明 is replaced, for tests of the 决算 text's
 * reading: the whole report, or its `final.narrative.*` findings above info as `rule kind`.
 */
import { catalog2024 } from "../../src/catalog/2024";
import type { Disclosure } from "../../src/disclosure";
import { final2024, finalProfile } from "../../src/final";
import { type CheckReport, checkDisclosure } from "../../src/rules";
import { putuoFinanceFinal2024Fixture } from "../fixtures/putuo-finance-final-2024";
import { putuoPlanningFinal2024Fixture } from "../fixtures/putuo-planning-final-2024";
import { putuoSocialWorkFinal2024Fixture } from "../fixtures/putuo-social-work-final-2024";
import type { DisclosureFixture } from "../fixtures/types";
import { fixtureDisclosure } from "./disclosures";

/** The 决算 check of a fixture with `narrative` as its 情况说明. */
export function finalReport(fixture: DisclosureFixture, narrative: string): CheckReport {
  const { disclosure } = fixtureDisclosure({ ...fixture, narrative }, final2024);
  const final: Disclosure = { ...disclosure, meta: { ...disclosure.meta, stage: "决算" } };
  return checkDisclosure(final, {
    profile: finalProfile,
    template: final2024,
    catalog: catalog2024,
  });
}

/** The 决算 narrative findings above info, as `rule kind`. */
export const finalAlarms = (fixture: DisclosureFixture, narrative: string): string[] =>
  finalReport(fixture, narrative)
    .findings.filter((f) => f.ruleId.startsWith("final.narrative.") && f.severity !== "info")
    .map((f) => `${f.ruleId} ${String(f.params.kind)}`);

export const FINANCE: DisclosureFixture = putuoFinanceFinal2024Fixture;
export const SOCIAL: DisclosureFixture = putuoSocialWorkFinal2024Fixture;
/** The planning fixture's heading leaves out 普陀区 (a known error of its own, found by the names rule). */
export const PLANNING: DisclosureFixture = {
  ...putuoPlanningFinal2024Fixture,
  heading: "上海市普陀区规划和自然资源局2024年度部门决算表",
};
