/**
 * A count printed in Chinese numerals is checked as one in digits: the Henan text's `共11个项目`
 * spelled `共十一个项目` passes `targets.narrative`, `共十二个项目` is a wrong count; two counts of the
 * vehicles, one spelled, that differ are `narrative.consistent`.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import { withNarrative } from "../src/narrative";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";
import { henanProbe } from "./support/narrative-alarms";

const { disclosure } = fixtureDisclosure(henan2024Fixture, henan2024);
const profile = withNarrative(henan2024Profile);
const edited = (from: string, to: string): Disclosure => {
  const body = disclosure.texts[0]?.body ?? "";
  expect(body).toContain(from);
  return { ...disclosure, texts: [{ title: "情况说明", body: body.replace(from, to) }] };
};
const targets = (d: Disclosure) =>
  checkDisclosure(d, { profile, template: henan2024, catalog: catalog2024 }).findings.filter(
    (f) => f.ruleId === "targets.narrative",
  );

describe("a count in Chinese numerals", () => {
  it.each(["共十一个项目", "共 十一 个项目"])("the right count passes: %s", (to) => {
    expect(targets(edited("共11个项目", to))).toEqual([]);
  });

  it.each(["共十二个项目", "共一十二个项目", "共二十一个项目"])(
    "a wrong count is caught: %s",
    (to) => {
      const f = targets(edited("共11个项目", to));
      expect(f.map((x) => [x.params.kind, x.params.expected])).toEqual([["count", 11]]);
    },
  );

  it("two counts of the vehicles that differ, one spelled", () => {
    const alarms = henanProbe.alarms("本部门共有车辆两辆。截至目前，本部门共有车辆3辆。");
    expect(
      alarms.some((a) => a.startsWith("narrative.consistent")),
      alarms.join("\n"),
    ).toBe(true);
    expect(henanProbe.alarms("本部门共有车辆三辆。截至目前，本部门共有车辆3辆。")).toEqual([]);
  });
});
