/**
 * 决算 tables printed in 元 while the 情况说明 prints 万元 (common: Shanghai districts print their
 * tables in 元): a text figure rounding a table's cell to 万元 is no error, and the messages name
 * the table's figure in 万元. The text's wrong figure is still found.
 */
import { describe, expect, it } from "vitest";
import { final2024, finalProfile } from "../src/final";
import { renderFinding } from "../src/rules";
import type { DisclosureFixture } from "./fixtures/types";
import { finalReport, SOCIAL } from "./support/final-narrative";

/** The social-work 决算 with only its 收入支出决算总表, printed in 元 off the round 万元. */
function inYuan(cells: Readonly<Record<string, string>>): DisclosureFixture {
  const summary = SOCIAL.tables.filter((t) => t.title === "收入支出决算总表");
  expect(summary).toHaveLength(1);
  return {
    ...SOCIAL,
    tables: summary.map((t) => ({
      ...t,
      unit: "元",
      rows: t.rows.map((r) => r.map((c) => cells[c] ?? c)),
    })),
  };
}
// 307.82 = 264.87 + 10.82 + 2.71 + 29.42 万元, each a few 元 off the round figure in 元
const DECIMAL = {
  "307.82": "3,078,234.00",
  "264.87": "2,648,734.00",
  "10.82": "108,200.00",
  "2.71": "27,100.00",
  "29.42": "294,200.00",
};
const WHOLE = Object.fromEntries(
  Object.entries(DECIMAL).map(([k, v]) => [k, v.replaceAll(",", "").replace(".00", "")]),
);
const amountFindings = (fixture: DisclosureFixture, narrative = fixture.narrative) =>
  finalReport(fixture, narrative).findings.filter((f) => f.ruleId === "final.narrative.amount");

describe("决算 tables in 元, the text in 万元", () => {
  it.each([
    ["with two decimals", DECIMAL, "307.823400"],
    ["in whole 元", WHOLE, "307.8234"],
  ])("a text figure rounding the table's cell (%s) is no alarm", (_, cells, inWan) => {
    const found = amountFindings(inYuan(cells));
    expect(found.filter((f) => f.severity !== "info")).toEqual([]);
    // the text's 307.82 against the table's 307.8234: noted as a rounding
    expect(found.map((f) => [f.severity, f.params.printed, f.params.table])).toContainEqual([
      "info",
      "307.82",
      inWan,
    ]);
  });

  it("finds the text's figure no rounding of the table gives, in 万元 in the message", () => {
    const fixture = inYuan(DECIMAL);
    const narrative = fixture.narrative.replace("收入支出总计 307.82", "收入支出总计 307.83");
    expect(narrative).not.toBe(fixture.narrative);
    const wrong = amountFindings(fixture, narrative).filter((f) => f.severity !== "info");
    expect(wrong.map((f) => [f.params.printed, f.params.table])).toEqual([
      ["307.83", "307.823400"],
    ]);
    const [first] = wrong;
    expect(first).toBeDefined();
    if (first === undefined) return;
    expect(renderFinding(first, finalProfile.rules, "zh-CN", final2024)).toContain(
      "表中为 307.8234万元",
    );
    expect(renderFinding(first, finalProfile.rules, "en", final2024)).toContain(
      "307.8234 万元 in the tables",
    );
  });
});
