/**
 * A multi-unit department's 情况说明 listing its units' figures after a lead-in that names the
 * whole and no figure of it (`本部门2025年支出预算中，其中：某县教育局本级150.00万元，…`,
 * `2025年支出预算按单位划分：…`, `各单位支出预算情况：…`): each figure is of the lead-in's measure,
 * of its unit, and is compared with the unit's row. A lead-in of last year, of the execution, of another fund than
 * the measure's or of several measures places nothing (coverage, as before).
 */
import { describe, expect, it } from "vitest";
import type { Disclosure, Row } from "../../disclosure";
import { findings } from "../../rules/test-support";
import { read } from "../test-support";
import { checker } from "./test-support";

const check = checker("narrative.amount");
const row = (key: Row["key"], total: string, basic: string, project: string): Row => ({
  key,
  cells: { total, basic, project },
});
const DEPARTMENT = { code: "301", name: "某县教育局" };
const UNITS = [
  { code: "301001", name: "某县教育局（本级）", unitType: "行政" as const },
  { code: "301002", name: "某县第一中学", unitType: "事业" as const },
  { code: "301003", name: "某县实验小学", unitType: "事业" as const },
  { code: "301004", name: "某县城关镇中心学校", unitType: "事业" as const },
];
const TABLES = [
  {
    kind: "expenditure",
    unit: "万元" as const,
    rows: [
      row({ kind: "total" }, "400.00", "300.00", "100.00"),
      row({ kind: "org", code: "301" }, "400.00", "300.00", "100.00"),
      row({ kind: "org", code: "301001" }, "150.00", "100.00", "50.00"),
      row({ kind: "org", code: "301002" }, "110.00", "80.00", "30.00"),
      row({ kind: "org", code: "301003" }, "40.00", "30.00", "10.00"),
      row({ kind: "org", code: "301004" }, "100.00", "90.00", "10.00"),
    ],
  },
];
/** 某县教育局: its own level, two schools and a township's central school, with their rows. */
const disclosure = (body: string): Disclosure => ({
  meta: {
    year: 2025,
    documentKind: "部门",
    template: "henan2024",
    department: DEPARTMENT,
    units: UNITS,
  },
  tables: TABLES,
  texts: [{ title: "情况说明", body }],
});
const errors = (body: string) =>
  findings(check(disclosure(body)), "narrative.amount")
    .filter((f) => f.severity !== "info")
    .map((f) => [f.expected, f.actual]);
const placed = (body: string) =>
  read(body, 2025, { tables: TABLES, department: DEPARTMENT, units: UNITS }).claims.map((c) =>
    c.replace(/ current.*$/u, ""),
  );

describe("a lead-in naming the whole and no figure, then each unit's figure", () => {
  it.each([
    [
      "本部门2025年支出预算中，其中：某县教育局本级150.00万元，某县第一中学110.00万元。",
      ["amount spending|org=301001 150.00万元", "amount spending|org=301002 110.00万元"],
    ],
    [
      "2025年部门支出预算中：县一中110.00万元；实验小学40.00万元；城关镇中心校100.00万元。",
      [
        "amount spending|org=301002 110.00万元",
        "amount spending|org=301003 40.00万元",
        "amount spending|org=301004 100.00万元",
      ],
    ],
    [
      "2025年支出预算按单位划分，某县第一中学110.00万元，某县实验小学40.00万元。",
      ["amount spending|org=301002 110.00万元", "amount spending|org=301003 40.00万元"],
    ],
    [
      "2025年支出预算400.00万元，按单位划分：某县第一中学110.00万元，某县实验小学40.00万元。",
      [
        "amount spending 400.00万元",
        "amount spending|org=301002 110.00万元",
        "amount spending|org=301003 40.00万元",
      ],
    ],
    [
      // the lead-in, not the 其中 of the sentence before's figure of another measure
      "2025年收入预算400.00万元。本部门2025年支出预算中，其中：某县第一中学110.00万元。",
      ["amount revenue 400.00万元", "amount spending|org=301002 110.00万元"],
    ],
    [
      "2025年基本支出中，县一中80.00万元，实验小学30.00万元。",
      [
        "amount spending|org=301002|nature=basic 80.00万元",
        "amount spending|org=301003|nature=basic 30.00万元",
      ],
    ],
  ])("%s: each the unit's", (body, claims) => {
    expect(placed(body)).toEqual(claims);
  });

  it.each([
    "本部门2025年支出预算中，其中：某县教育局本级150.00万元，某县第一中学110.00万元。",
    "2025年部门支出预算中：县一中110.00万元；实验小学40.00万元；城关镇中心校100.00万元。",
    "2025年支出预算按单位划分，某县第一中学110.00万元，某县实验小学40.00万元。",
    "2025年支出预算按单位分：本级150.00万元，县一中110.00万元。",
    "2025年基本支出中，县一中80.00万元，实验小学30.00万元。",
    "2025年项目支出中，其中：某县教育局本级50.00万元、县一中30.00万元、实验小学10.00万元。",
    "各单位支出预算情况：某县第一中学110.00万元，某县实验小学40.00万元。",
    "本部门所属单位支出预算：县一中110.00万元；城关镇中心校100.00万元。",
    "2025年基本支出：县一中80.00万元；实验小学30.00万元。",
    // a label of no measure the reader has, a figure of another measure after the label
    "2025年部门预算收支情况：某县第一中学120.00万元。",
    "支出预算：基本支出300.00万元，县一中85.00万元。",
    // a unit the tables do not list, a unit's purpose: coverage
    "2025年支出预算中，县二中90.00万元，所属单位250.00万元。",
    "2025年支出预算中，某县第一中学30.00万元用于教学楼维修。",
    // last year's, the execution's, several measures', a figure of another measure after the
    // lead-in: not read as the units' shares of it
    "2024年支出预算中，某县第一中学100.00万元。",
    "2024年支出执行中，某县第一中学105.00万元。",
    "2025年基本支出和项目支出中，某县第一中学110.00万元。",
    "2025年支出预算中，基本支出300.00万元，某县第一中学80.00万元。",
    "2025年财政拨款支出中，某县第一中学60.00万元。",
  ])("%s: no error", (body) => {
    expect(errors(body)).toEqual([]);
  });

  it.each([
    [
      "本部门2025年支出预算中，其中：某县教育局本级150.00万元，某县第一中学120.00万元。",
      [["110.00", "120.00"]],
    ],
    ["2025年部门支出预算中：县一中110.00万元；实验小学45.00万元。", [["40.00", "45.00"]]],
    [
      "2025年支出预算按单位划分，某县第一中学110.00万元，某县实验小学50.00万元。",
      [["40.00", "50.00"]],
    ],
    ["2025年基本支出中，县一中85.00万元。", [["80.00", "85.00"]]],
    ["各单位支出预算情况：某县第一中学120.00万元，某县实验小学40.00万元。", [["110.00", "120.00"]]],
    ["2025年基本支出：县一中80.00万元；实验小学35.00万元。", [["30.00", "35.00"]]],
    [
      "2025年支出预算400.00万元，按单位划分：某县第一中学110.00万元，城关镇中心校90.00万元。",
      [["100.00", "90.00"]],
    ],
  ])("%s: the unit's wrong figure is an error", (body, expected) => {
    expect(errors(body)).toEqual(expected);
  });
});

describe("the units' figures on the lines after a paragraph ending with its lead-in's colon", () => {
  it.each([
    [
      "2025年支出预算400.00万元，其中：\n某县第一中学110.00万元；\n某县实验小学40.00万元。",
      [
        "amount spending 400.00万元",
        "amount spending|org=301002 110.00万元",
        "amount spending|org=301003 40.00万元",
      ],
    ],
    [
      "2025年支出预算400.00万元，按单位划分：\n县一中110.00万元；\n城关镇中心校100.00万元；\n实验小学40.00万元。",
      [
        "amount spending 400.00万元",
        "amount spending|org=301002 110.00万元",
        "amount spending|org=301004 100.00万元",
        "amount spending|org=301003 40.00万元",
      ],
    ],
  ])("%j: each the unit's", (body, claims) => {
    expect(placed(body)).toEqual(claims);
  });

  it.each([
    "2025年支出预算400.00万元，其中：\n某县第一中学110.00万元；\n某县实验小学40.00万元。",
    // a line of another measure ends the list; a line ending with 。 ends it too
    "2025年支出预算400.00万元，其中：\n基本支出300.00万元；\n某县第一中学80.00万元。",
    "2025年支出预算400.00万元，其中：\n某县第一中学110.00万元。\n某县实验小学45.00万元用于校舍改造。",
    "2025年支出预算400.00万元，其中：\n某县第一中学110.00万元。\n县二中90.00万元。",
    // several figures before the lead-in: which one it breaks down is not said
    "2025年支出预算400.00万元，基本支出300.00万元，按单位划分：某县第一中学110.00万元。",
    "2025年支出预算400.00万元，基本支出300.00万元，按单位划分：\n某县第一中学110.00万元。",
  ])("%j: no error", (body) => {
    expect(errors(body)).toEqual([]);
  });

  it.each([
    [
      "2025年支出预算400.00万元，其中：\n某县第一中学110.00万元；\n某县实验小学45.00万元。",
      [["40.00", "45.00"]],
    ],
    ["2025年支出预算400.00万元，按单位划分：\n县一中120.00万元；", [["110.00", "120.00"]]],
  ])("%j: the unit's wrong figure is an error", (body, expected) => {
    expect(errors(body)).toEqual(expected);
  });
});
