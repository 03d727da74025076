/**
 * A share in an aside or clause about last year (or another earlier year) is last year's share,
 * through the whole checker against the Henan tables: `占70.38%（上年为68.00%）`,
 * `（2023年为68.00%）`, `，上年占比68.00%` (was compared with this year's share of this year's
 * part: a false narrative.percent on a correct document). This year's share, wrong, is still found.
 */
import { describe, expect, it } from "vitest";
import { henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { probe } from "./support/narrative-alarms";

// the narrative rules alone (the tables' own rules find nothing on the fixture, and take most
// of the time)
const { alarms } = probe(henan2024Fixture, henan2024, { ...henan2024Profile, rules: [] });

const HEAD = "2024年支出预算969.06万元，其中：基本支出682.06万元，";

describe("a share dated last year is not this year's share", () => {
  it.each([
    `${HEAD}占70.38%（上年为68.00%）；项目支出287.00万元，占29.62%。`,
    `${HEAD}占70.38%（2023年为68.00%）；项目支出287.00万元，占29.62%。`,
    `${HEAD}占70.38%，上年占比68.00%；项目支出287.00万元，占29.62%。`,
    `${HEAD}占比70.38%，2023年占比为68.00%，提高2.38个百分点。`,
    "2024年基本支出682.06万元，占支出预算的70.38%（上年同期占比68.00%）。",
    `${HEAD}基本支出占比70.38%（上年为68.00%）。`,
  ])("%s", (body) => {
    expect(alarms(body)).toEqual([]);
  });

  it.each([
    [`${HEAD}占71.38%（上年为68.00%）。`, "71.38%"],
    ["2024年基本支出682.06万元，占支出预算的71.38%（2023年为68.00%）。", "71.38%"],
  ])("bites: %s: this year's wrong share is found, last year's is not", (body, wrong) => {
    expect(alarms(body)).toEqual([
      expect.stringMatching(new RegExp(`^narrative\\.percent: .*${wrong}`, "u")),
    ]);
  });
});
