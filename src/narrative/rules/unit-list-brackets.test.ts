/**
 * Units' figures in one list, each with an aside after its figure (`其中：某县第一中学110.00万元（基本
 * 支出80.00万元、项目支出30.00万元）、某县实验小学40.00万元`): the unit after the `、` (or 和 / 及)
 * is its own, as after a bare figure or a `；` — it was read as joined to the bracket before it, a
 * group of units, so its figure was compared with the department's (a false error on a right figure,
 * and a wrong one never set against its unit's row).
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

/** Each list with `X` for 某县实验小学's figure (40.00 in the tables). */
const LISTS = [
  "2025年支出预算400.00万元，其中：某县第一中学110.00万元（基本支出80.00万元、项目支出30.00万元）、某县实验小学X万元。",
  "2025年支出预算400.00万元，其中：某县第一中学110.00万元（含基本支出80.00万元）、某县实验小学X万元。",
  "2025年支出预算400.00万元，其中：某县第一中学110.00万元（含基本支出80.00万元）和某县实验小学X万元。",
  "2025年支出预算400.00万元，其中：县一中110.00万元（基本支出80.00万元）、实验小学X万元、城关镇中心校100.00万元。",
  "2025年支出预算400.00万元，其中：某县教育局本级150.00万元（含项目支出50.00万元）、县一中110.00万元（含项目支出30.00万元）及某县实验小学X万元。",
  "2025年项目支出100.00万元，其中：某县第一中学30.00万元（主要用于教学设备购置）、某县实验小学X万元。",
];

describe("a unit after a bracket closing the figure before it, in a 、 list", () => {
  it.each(LISTS)("a right figure gives no error: %s", (text) => {
    const right = text.includes("项目支出100.00") ? "10.00" : "40.00";
    expect(errors(text.replace("X", right))).toEqual([]);
  });

  it.each(LISTS)("a wrong figure is set against its unit's row: %s", (text) => {
    const [right, wrong] = text.includes("项目支出100.00")
      ? ["10.00", "15.00"]
      : ["40.00", "50.00"];
    expect(errors(text.replace("X", wrong))).toEqual([[right, wrong]]);
  });

  it("names joined alone are still a group: the department's", () => {
    expect(errors("2025年某县教育局机关和某县第一中学支出预算400.00万元。")).toEqual([]);
  });
});
