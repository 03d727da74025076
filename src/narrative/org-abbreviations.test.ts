/**
 * Units the text names by a short form with no word of an organisation at its end (`县一中` for
 * `某县第一中学`, `城关镇中心校` for `某县城关镇中心学校`, `实验二小`, `县职高`): the one unit it
 * abbreviates (a number in it a whole number of the unit's: `一中` is not `第十一中学`), else a unit
 * the reader cannot name (coverage), never the department.
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../disclosure";
import { abbreviates } from "./org-names";
import { countySchools, withCounty } from "./test-support";

describe("abbreviates: numbers are whole", () => {
  it.each([
    ["县一中", "某县第一中学"],
    ["一中", "某县第一中学"],
    ["十一中", "某县第十一中学"],
    ["城关镇中心校", "某县城关镇中心学校"],
    ["实验二小", "某县实验第二小学"],
  ])("%s abbreviates %s", (short, full) => {
    expect(abbreviates(short, full)).toBe(true);
  });
  it.each([
    ["县一中", "某县第十一中学"],
    ["县一中", "某县第一中心小学"],
    ["二小", "某县第十二小学"],
    ["十中", "某县第十一中学"],
  ])("%s does not abbreviate %s", (short, full) => {
    expect(abbreviates(short, full)).toBe(false);
  });
});

/** The bureau, two schools, a primary school and a township's central school, each with rows. */
const tables = countySchools("某县实验第二小学");
const withUnits = withCounty(tables);

describe("extractClaims: a unit's short name without a word of an organisation", () => {
  it.each([
    ["县一中2025年支出预算110.00万元。", "amount spending|org=301002 110.00万元"],
    ["一中支出预算110.00万元。", "amount spending|org=301002 110.00万元"],
    ["其中：县一中支出预算110.00万元。", "amount spending|org=301002 110.00万元"],
    ["城关镇中心校支出预算100.00万元。", "amount spending|org=301004 100.00万元"],
    ["实验二小2025年收入预算40.00万元。", "amount revenue|org=301003 40.00万元"],
  ])("%s: %s", (text, claim) => {
    expect(withUnits(text).claims[0]).toMatch(
      new RegExp(`^${claim.replace(/[|()]/gu, "\\$&")}`, "u"),
    );
  });

  it.each([
    // a school the tables do not list, two the name fits alike, a number of another school
    "县二中2025年支出预算90.00万元。",
    "县职高支出预算90.00万元。",
    "城南中心校支出预算90.00万元。",
    "县十一中支出预算90.00万元。",
  ])("%s: left unplaced (unit-part), never the department's", (text) => {
    const r = withUnits(text);
    expect(r.claims).toEqual([]);
    expect(r.unplaced.every((u) => u.startsWith("unit-part"))).toBe(true);
  });

  it("a name two units share is no one unit's", () => {
    const two: Table[] = [
      {
        kind: "expenditure",
        unit: "万元",
        rows: [
          ...(tables[0]?.rows ?? []),
          { key: { kind: "org", code: "301005" }, name: "某县第一初级中学", cells: {} },
        ],
      },
    ];
    const r = withUnits("县一中支出预算110.00万元。", two);
    expect(r.claims).toEqual([]);
    expect(r.unplaced[0]).toMatch(/^unit-part/u);
  });

  it.each([
    // not at its clause's start, the department's, no subject after it, words that are no unit
    "为保障县一中工作，支出预算400.00万元。",
    "本部门支出预算400.00万元。",
    "高中、初中教育2025年支出预算400.00万元。",
    "2025年支出预算400.00万元，主要用于城关镇中心校等运转。",
  ])("%s: the department's", (text) => {
    expect(withUnits(text).claims[0]).toMatch(/^amount spending 400\.00万元/u);
  });
});
