/**
 * 决算 情况说明 sentences printing a year in a cause or basis clause (`因2023年机构改革`,
 * `根据2023年度审计整改要求`, `按照2023年制定的办法`, `自2023年起`, `于2023年成立`) or in a clause
 * of its own before the figure. Found by a review probe (2026-12-07): any year before a figure in
 * its sentence dated it, so `2024年度，因2023年机构改革，机关运行经费支出99.23万元。` read the
 * figure as 2023's and left it unchecked. A year dates only the clause it is printed in, unless it
 * opens the sentence or is a time clause of its own (`2024年度，…`, `截至2024年12月31日，…`); a year
 * in a cause or basis clause dates nothing. A wrong figure of the document's year is found; a
 * correct one raises nothing.
 */
import { describe, expect, it } from "vitest";
import { finalAlarms as alarms, FINANCE } from "./support/final-narrative";

const COST = "（一）机关运行经费支出情况\n";
/** Sentences around FINANCE's 机关运行经费 (184.65万元): `@` is the figure. */
const COST_WORDINGS = [
  "2024年度，因2023年机构改革，机关运行经费支出@万元。",
  "因2023年机构改革，机关运行经费支出@万元。",
  "由于2023年机构改革，本部门机关运行经费支出@万元。",
  "本部门根据2023年度审计整改要求，机关运行经费支出@万元。",
  "2024年，本部门按照2023年制定的办法，机关运行经费支出@万元。",
  "本局依据2022年出台的管理办法，2024年度机关运行经费支出@万元。",
  "本局自2023年起实行公用经费定额管理，机关运行经费支出@万元。",
  "本局于2023年成立，机关运行经费支出@万元。",
  "2024年度，本局于2023年底完成机构改革，机关运行经费支出@万元。",
  "本局2024年机关运行经费支出@万元，主要用于2023年结转的办公设备更新。",
];

describe("决算 情况说明: a year in a cause or basis clause dates nothing", () => {
  it.each(COST_WORDINGS)("%s: the correct figure gives no alarm", (w) => {
    expect(alarms(FINANCE, COST + w.replace("@", "184.65"))).toEqual([]);
  });
  it.each(COST_WORDINGS)("%s: a wrong figure is found", (w) => {
    expect(alarms(FINANCE, COST + w.replace("@", "284.65"))).toContain(
      "final.narrative.operatingCost bound",
    );
  });

  it("a year's own clause still dates its figure: last year's cost is not compared", () => {
    const text = `${COST}2023年度机关运行经费支出284.65万元，2024年度机关运行经费支出184.65万元。`;
    expect(alarms(FINANCE, text)).toEqual([]);
    expect(alarms(FINANCE, text.replace("184.65", "284.66"))).toContain(
      "final.narrative.operatingCost bound",
    );
  });

  it("a sentence opened by another year stays that year's (`2025年度…，其中：…`)", () => {
    const text = `${COST}2025年度机关运行经费预算284.65万元，其中：办公费284.65万元。`;
    expect(alarms(FINANCE, text)).toEqual([]);
  });
});
