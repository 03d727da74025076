/**
 * A unit's share inside the department's figure, printed with the unit's name and no measure of
 * its own (`支出预算400.00万元，其中：某县第一中学110.00万元`): the whole's measure, of that unit —
 * placed on its rows where the tables give them, else left unplaced (`unit-part`); never the
 * department's figure, and a name that is the department's own places nothing.
 */
import { describe, expect, it } from "vitest";
import { countySchools, withCounty } from "./test-support";

const tables = countySchools();
const withUnits = withCounty(tables);
const WHOLE = "amount spending 400.00万元 current budget equals [400.00万元]";

describe("其中：<unit> <figure>", () => {
  it.each([
    [
      "2025年支出预算400.00万元，其中：某县第一中学110.00万元，某县实验小学40.00万元。",
      ["amount spending|org=301002 110.00万元", "amount spending|org=301003 40.00万元"],
    ],
    [
      "2025年支出预算400.00万元，其中某县第一中学为110.00万元。",
      ["amount spending|org=301002 110.00万元"],
    ],
    [
      "2025年支出预算400.00万元。其中：县一中110.00万元，城关镇中心校100.00万元。",
      ["amount spending|org=301002 110.00万元", "amount spending|org=301004 100.00万元"],
    ],
    [
      "2025年支出预算400.00万元，其中：某县教育局本级150.00万元，实验小学40.00万元。",
      ["amount spending|org=301001 150.00万元", "amount spending|org=301003 40.00万元"],
    ],
    [
      "2025年基本支出300.00万元，其中：某县第一中学80.00万元。",
      ["amount spending|org=301002|nature=basic 80.00万元"],
    ],
  ])("%s: each the unit's", (text, parts) => {
    const r = withUnits(text);
    expect(r.unplaced).toEqual([]);
    expect(r.claims.slice(1).map((c) => c.replace(/ current.*$/u, ""))).toEqual(parts);
  });

  it("units listed with their figures by 、 and 和 are each their own; names joined alone are a group (the department only when it names every unit)", () => {
    expect(
      withUnits(
        "2025年支出预算400.00万元，其中：本级150.00万元、县一中110.00万元和实验小学40.00万元。",
      ).claims.map((c) => c.replace(/ current.*$/u, "")),
    ).toEqual([
      WHOLE.replace(/ current.*$/u, ""),
      "amount spending|org=301001 150.00万元",
      "amount spending|org=301002 110.00万元",
      "amount spending|org=301003 40.00万元",
    ]);
    expect(
      withUnits("某县教育局本级、某县第一中学、某县实验小学和城关镇中心校支出预算400.00万元。")
        .claims,
    ).toEqual([WHOLE]);
    // two of the four units: a sum over them, no table's (was read as the department's)
    for (const text of [
      "某县教育局本级和某县第一中学支出预算260.00万元。",
      "本级、某县第一中学支出预算260.00万元。",
    ]) {
      const r = withUnits(text);
      expect(r.claims).toEqual([]);
      expect(r.unplaced.map((u) => u.split(" ")[0])).toEqual(["unit-part"]);
    }
  });

  it("the unit's change and share after its figure are the unit's", () => {
    expect(
      withUnits(
        "2025年支出预算400.00万元，其中：某县第一中学110.00万元，比上年增加10.00万元，占27.50%。",
      ).claims,
    ).toEqual([
      WHOLE,
      "amount spending|org=301002 110.00万元 current budget equals [110.00万元]",
      "change spending|org=301002 up 10.00 budget [10.00万元]",
      "percent share spending|org=301002 27.50 - p1 w0",
    ]);
  });

  it.each([
    // a unit the tables do not list (short or in full), the sub-units as a group
    "2025年支出预算400.00万元，其中：县二中90.00万元。",
    "2025年支出预算400.00万元，其中：所属单位250.00万元。",
    "2025年支出预算400.00万元，其中：某县第二中学90.00万元。",
  ])("%s: the part is left unplaced, never the department's", (text) => {
    const r = withUnits(text);
    expect(r.claims).toEqual([WHOLE]);
    expect(r.unplaced.length).toBe(1);
    expect(r.unplaced[0]).toMatch(/^(unit-part|no-subject) /u);
  });

  it.each([
    // the department's own name, no 其中 whole, a department of one unit
    ["2025年支出预算400.00万元，其中：某县教育局400.00万元。", tables],
    ["某县第一中学110.00万元。", tables],
    ["2025年支出预算400.00万元，其中：某县第一中学110.00万元。", []],
  ])("%s: nothing placed", (text, given) => {
    const r = withUnits(text, given);
    expect(r.claims.filter((c) => c !== WHOLE)).toEqual([]);
    expect(r.unplaced.length).toBe(1);
  });
});
