/**
 * A multi-unit department's 情况说明 giving its units' figures by short names (`县一中`,
 * `城关镇中心校`) and inside the department's total (`其中：某县第一中学110.00万元`): each figure is
 * compared with its unit's row, never with the department's total; a unit the reader cannot tell is
 * coverage, never a finding. A unit's wrong figure is still an error.
 */
import { describe, expect, it } from "vitest";
import type { Disclosure, Row } from "../../disclosure";
import { findings } from "../../rules/test-support";
import { checker } from "./test-support";

const check = checker("narrative.amount");
const row = (key: Row["key"], total: string, basic: string, project: string): Row => ({
  key,
  cells: { total, basic, project },
});
/** 某县教育局: its own level, two schools and a township's central school, with their rows. */
const disclosure = (body: string): Disclosure => ({
  meta: {
    year: 2025,
    documentKind: "部门",
    template: "henan2024",
    department: { code: "301", name: "某县教育局" },
    units: [
      { code: "301001", name: "某县教育局（本级）", unitType: "行政" },
      { code: "301002", name: "某县第一中学", unitType: "事业" },
      { code: "301003", name: "某县实验小学", unitType: "事业" },
      { code: "301004", name: "某县城关镇中心学校", unitType: "事业" },
    ],
  },
  tables: [
    {
      kind: "expenditure",
      unit: "万元",
      rows: [
        row({ kind: "total" }, "400.00", "300.00", "100.00"),
        row({ kind: "org", code: "301" }, "400.00", "300.00", "100.00"),
        row({ kind: "org", code: "301001" }, "150.00", "100.00", "50.00"),
        row({ kind: "org", code: "301002" }, "110.00", "80.00", "30.00"),
        row({ kind: "org", code: "301003" }, "40.00", "30.00", "10.00"),
        row({ kind: "org", code: "301004" }, "100.00", "90.00", "10.00"),
      ],
    },
  ],
  texts: [{ title: "情况说明", body }],
});
const errors = (body: string) =>
  findings(check(disclosure(body)), "narrative.amount")
    .filter((f) => f.severity !== "info")
    .map((f) => [f.expected, f.actual]);

describe("a unit's short name without a word of an organisation", () => {
  it.each([
    "县一中2025年支出预算110.00万元。",
    "一中支出预算110.00万元，其中基本支出80.00万元。",
    "城关镇中心校支出预算100.00万元。",
    "2025年，县一中支出预算110.00万元，城关镇中心校支出预算100.00万元。",
    "其中：县一中支出预算110.00万元；实验小学支出预算40.00万元。",
    // a school the tables do not list: coverage
    "县二中2025年支出预算90.00万元。",
  ])("%s: no error", (body) => {
    expect(errors(body)).toEqual([]);
  });

  it.each([
    ["县一中2025年支出预算120.00万元。", "110.00", "120.00"],
    ["城关镇中心校支出预算90.00万元。", "100.00", "90.00"],
  ])("%s: the unit's row disagrees", (body, expected, actual) => {
    expect(errors(body)).toEqual([[expected, actual]]);
  });
});

describe("a unit's share inside the department's figure (其中：<unit> <figure>)", () => {
  it.each([
    "2025年支出预算400.00万元，其中：某县第一中学110.00万元，某县实验小学40.00万元。",
    "2025年支出预算400.00万元，其中某县第一中学为110.00万元。",
    "2025年支出预算400.00万元。其中：县一中110.00万元，城关镇中心校100.00万元，本级150.00万元。",
    "2025年基本支出300.00万元，其中：某县第一中学80.00万元，实验小学30.00万元。",
    "2025年项目支出100.00万元，其中：某县教育局本级50.00万元、县一中30.00万元、实验小学10.00万元、城关镇中心校10.00万元。",
    // a unit the tables do not list, the sub-units: coverage
    "2025年支出预算400.00万元，其中：县二中90.00万元，所属单位250.00万元。",
    // what a unit spends on a purpose is part of its share (review): coverage
    "2025年支出预算400.00万元，其中：某县第一中学30.00万元用于教学楼维修。",
    "2025年支出预算400.00万元，其中：某县第一中学安排30.00万元用于教学楼维修，某县实验小学安排10.00万元用于校舍改造。",
    "2025年支出预算400.00万元，其中：某县第一中学20.00万元专项用于学生资助。",
  ])("%s: no error", (body) => {
    expect(errors(body)).toEqual([]);
  });

  it.each([
    ["2025年支出预算400.00万元，其中：某县第一中学120.00万元。", "110.00", "120.00"],
    ["2025年基本支出300.00万元，其中：县一中85.00万元。", "80.00", "85.00"],
    ["2025年支出预算410.00万元，其中：某县实验小学40.00万元。", "400.00", "410.00"],
  ])("%s: the wrong figure is still an error", (body, expected, actual) => {
    expect(errors(body)).toEqual([[expected, actual]]);
  });
});
