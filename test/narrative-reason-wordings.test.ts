/**
 * A change's cause as other printers introduce it (`原因分析：…`, `究其原因，…`, `原因如下：…`,
 * `随着…，…`, `鉴于…，…`), after a change of 10% or more: read as the change's reason (was: a
 * narrative.changeReason warning that no reason was given, the library's gap). A change with no
 * reason is still reported; an empty `原因分析：` is still a reason left blank.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/narrative";
import { henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { probe } from "./support/narrative-alarms";

// the narrative rules alone (the tables' own rules take most of the time)
const { alarms } = probe(henan2024Fixture, henan2024, { ...henan2024Profile, rules: [] });
const CHANGE =
  "2024年收入总计969.06万元，支出总计969.06万元，与上年相比收、支总计各增加134.22万元，增长16.08%。";

describe("a change's reason, however it is introduced", () => {
  it.each([
    "原因分析：人员数量增加，人员经费相应增加。",
    "究其原因，人员数量增加，人员经费相应增加。",
    "原因如下：人员数量增加，人员经费相应增加。",
    "随着人员数量增加，人员经费相应增加。",
    "鉴于人员数量增加，人员经费相应增加。",
  ])("%s: the change's reason", (reason) => {
    expect(alarms(CHANGE + reason)).toEqual([]);
  });

  it("bites: a change with no reason is still reported", () => {
    expect(alarms(CHANGE)).toEqual([expect.stringMatching(/^narrative\.changeReason: /u)]);
  });

  it("an empty 原因分析： is a reason left blank", () => {
    const r = extractClaims(`${CHANGE}原因分析：。`, { year: 2024 });
    expect(r.remarks).toEqual([expect.objectContaining({ kind: "reason", empty: true })]);
  });
});
