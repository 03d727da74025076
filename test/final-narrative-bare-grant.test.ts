/**
 * 五 of a 决算 情况说明 naming its figure `财政拨款支出` alone (`2024年度财政拨款支出307.82万元，占本年
 * 支出合计的…`, `财政拨款支出…主要用于以下方面：一般公共服务支出264.87万元，占…`; a review's
 * reproductions, 2026-12-07): read as 五's, so a wrong share or amount is found. The words name the
 * 一般公共预算's spending in most texts, every 财政拨款's in some: a figure agreeing with either is
 * clean, and each share is checked against the text's own figure.
 */
import { describe, expect, it } from "vitest";
import { bareHeadAt } from "../src/final/narrative/shares";
import type { DisclosureFixture } from "./fixtures/types";
import { socialWithGovFund } from "./support/final-gov-fund";
import { finalReport, SOCIAL } from "./support/final-narrative";

const FIRST = "一般公共预算财政拨款支出 307.82 万元，占本年支出合计的100.00%。";
const LIST =
  "一般公共预算财政拨款支出 307.82 万元，主要用于以下方面：一般公共服务支出（类）264.87 万元，占 86.05%；";

/** The 五 share and amount alarms (above info) of a fixture with the narrative `text`. */
const shareAndAmount = (fixture: DisclosureFixture, text: string): string[] =>
  finalReport(fixture, text)
    .findings.filter(
      (f) =>
        (f.ruleId === "final.narrative.share" || f.ruleId === "final.narrative.amount") &&
        f.severity !== "info",
    )
    .map((f) => `${f.ruleId.slice("final.narrative.".length)} ${String(f.params.printed)}`);

/**
 * The alarms the fixture with `from` replaced by `to` adds to its own (the social fixture's
 * 住房保障 share 9.55 of 29.42 / 307.82 is one).
 */
function alarms(fixture: DisclosureFixture, from: string, to: string): string[] {
  if (!fixture.narrative.includes(from)) throw new Error(from);
  const had = new Set(shareAndAmount(fixture, fixture.narrative));
  return shareAndAmount(fixture, fixture.narrative.replace(from, to)).filter((a) => !had.has(a));
}

describe("五(一) named 财政拨款支出 alone", () => {
  it.each([
    "财政拨款支出 307.82 万元，占本年支出合计的100.00%。",
    "2024年度财政拨款支出307.82万元，占本年支出合计的100%。",
    "本部门财政拨款支出307.82万元，占本年支出合计的100.00%。",
  ])("true: %s raises nothing", (text) => {
    expect(alarms(SOCIAL, FIRST, text)).toEqual([]);
  });

  it("a wrong share or amount is found", () => {
    expect(
      alarms(SOCIAL, FIRST, "2024年度财政拨款支出307.82万元，占本年支出合计的90.00%。"),
    ).toEqual(["share 90.00"]);
    expect(alarms(SOCIAL, FIRST, "财政拨款支出 300.82 万元，占本年支出合计的97.73%。")).toEqual([
      "amount 300.82",
    ]);
  });

  it("with a 政府性基金: the 一般公共预算's or every 财政拨款's figure is clean, another is found", () => {
    const fx = socialWithGovFund();
    const first = "一般公共预算财政拨款支出 307.82 万元，占本年支出合计的86.03%。";
    expect(alarms(fx, first, "财政拨款支出 307.82 万元，占本年支出合计的86.03%。")).toEqual([]);
    expect(alarms(fx, first, "财政拨款支出 357.82 万元，占本年支出合计的100.00%。")).toEqual([]);
    expect(alarms(fx, first, "财政拨款支出 337.82 万元，占本年支出合计的94.41%。")).toEqual([
      "amount 337.82",
    ]);
    // named the 一般公共预算's, it is that fund's alone (as before)
    expect(
      alarms(fx, first, "一般公共预算财政拨款支出 357.82 万元，占本年支出合计的100.00%。"),
    ).toEqual(["amount 357.82"]);
  });
});

describe("五(二) after 财政拨款支出, its 类 without （类）", () => {
  it.each([
    "2024年度财政拨款支出307.82万元，主要用于以下方面：一般公共服务支出264.87万元，占86.05%；",
    "财政拨款支出 307.82 万元，主要用于以下方面：一般公共服务支出（类）264.87 万元，占 86.05%；",
    "财政拨款支出307.82万元，主要用于以下方面：一般公共服务支出264.87万元，占86.05%；",
  ])("true: %s raises nothing", (text) => {
    expect(alarms(SOCIAL, LIST, text)).toEqual([]);
  });

  it("a wrong share or 类 amount is found", () => {
    expect(
      alarms(
        SOCIAL,
        LIST,
        "2024年度财政拨款支出307.82万元，主要用于以下方面：一般公共服务支出264.87万元，占86.50%；",
      ),
    ).toEqual(["share 86.50"]);
    expect(
      alarms(
        SOCIAL,
        LIST,
        "财政拨款支出307.82万元，主要用于以下方面：一般公共服务支出246.87万元，占80.20%；",
      ),
    ).toEqual(["amount 246.87"]);
  });
});

describe("bareHeadAt", () => {
  it("takes the words opening a clause, after a year or the department", () => {
    for (const p of ["财政拨款支出1.00万元", "2024 年度财政拨款支出1.00万元", "本部门财政拨款支出"])
      expect(bareHeadAt(p)).toBe(p.indexOf("财政拨款支出"));
  });
  it("leaves another fund's, the 三公's, last year's and basic spending's", () => {
    for (const p of [
      "政府性基金预算财政拨款支出1.00万元",
      "一般公共预算财政拨款支出1.00万元",
      "“三公”经费财政拨款支出1.00万元",
      "上年度财政拨款支出1.00万元",
      "财政拨款基本支出1.00万元",
    ])
      expect(bareHeadAt(p)).toBe(-1);
  });
});
