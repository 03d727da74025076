/**
 * Which economic 科目 a 基本支出表 may print under the other nature than its 类 gives and be read
 * as the document classes it (`classed-rows.ts`): only the 科目 printers really class both ways
 * (399 其他支出, 309 / 310 资本性支出 and the other 类 outside 301–303, 30239 其他交通费用, the 其他…
 * 款 30199 / 30299 / 30399). Was: every 科目, so a 30101 基本工资 misprinted under 公用经费 was read
 * as 公用经费 and its error fell on the 301 row with the sum of the other 款 as expected value. Now:
 * the misprint is an error on its own row, the 合计 printed as expected value; 39999 or 30239
 * under 人员经费 stays silent.
 */
import { describe, expect, it } from "vitest";
import type { Disclosure, Row } from "../src/disclosure";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";

const econ = (code: string, total: string, personnel: string, pub: string): Row => ({
  key: { kind: "economic", econ: code },
  cells: { total, personnel, public: pub },
});
const total = (t: string, personnel: string, pub: string): Row => ({
  key: { kind: "total" },
  cells: { total: t, personnel, public: pub },
});

/** The 一般公共预算基本支出表 alone, of these rows: its findings above info. */
const alarms = (rows: Row[]) => {
  const d: Disclosure = {
    meta: {
      year: 2024,
      documentKind: "部门",
      template: "henan2024",
      department: { name: "洛阳市涧西区教育局" },
      units: [],
    },
    tables: [{ kind: "gpbBasic", unit: "万元", rows }],
    texts: [],
  };
  return checkDisclosure(d, { profile: henan2024Profile, template: henan2024 })
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId} ${f.path?.row} ${f.path?.column} expected ${f.expected}`);
};

/** 301 (30101 `row30101`, 30102 3.00), 302 (30201 2.00), and `extra` rows; totals as given. */
const table = (
  row30101: [string, string, string],
  extra: Row[] = [],
  totals: [string, string, string] = ["10.00", "8.00", "2.00"],
) => [
  total(...totals),
  econ("301", "8.00", "8.00", ""),
  econ("30101", ...row30101),
  econ("30102", "3.00", "3.00", ""),
  econ("302", "2.00", "", "2.00"),
  econ("30201", "2.00", "", "2.00"),
  ...extra,
];

describe("a 科目 printers class one way only, printed under the other nature", () => {
  it("a correct table: no finding", () => {
    expect(alarms(table(["5.00", "5.00", ""]))).toEqual([]);
  });

  it("30101 基本工资 misprinted under 公用经费: an error on its own row, the 合计 expected", () => {
    const found = alarms(table(["5.00", "", "5.00"]));
    expect(found, found.join("\n")).toContain("same-fact economic:30101 personnel expected 5.00");
    expect(
      found.filter((f) => !f.includes("economic:30101 ")),
      found.join("\n"),
    ).toEqual([]);
  });

  it("30101's 公用经费 figure also wrong: still on its own row", () => {
    const found = alarms(table(["5.00", "", "4.00"]));
    expect(found, found.join("\n")).toContain("same-fact economic:30101 personnel expected 5.00");
    expect(
      found.filter((f) => !f.includes("economic:30101 ")),
      found.join("\n"),
    ).toEqual([]);
  });
});

describe("a 科目 printers class both ways, printed under the other nature: silent", () => {
  it("39999 其他支出 under 人员经费, its 399 row too", () => {
    const rows = table(
      ["5.00", "5.00", ""],
      [econ("399", "1.00", "1.00", ""), econ("39999", "1.00", "1.00", "")],
      ["11.00", "9.00", "2.00"],
    );
    expect(alarms(rows)).toEqual([]);
  });

  it.each(["30239", "30299", "31002"])("%s under 人员经费, no 类 row of its own", (code) => {
    const rows = [
      total("11.00", "9.00", "2.00"),
      econ("30101", "5.00", "5.00", ""),
      econ("30102", "3.00", "3.00", ""),
      econ("30201", "2.00", "", "2.00"),
      econ(code, "1.00", "1.00", ""),
    ];
    expect(alarms(rows)).toEqual([]);
  });

  it.each(["30199", "30399"])("%s (其他…) under 公用经费, no 类 row of its own", (code) => {
    const rows = [
      total("11.00", "8.00", "3.00"),
      econ("30101", "5.00", "5.00", ""),
      econ("30102", "3.00", "3.00", ""),
      econ("30201", "2.00", "", "2.00"),
      econ(code, "1.00", "", "1.00"),
    ];
    expect(alarms(rows)).toEqual([]);
  });

  it("39999 under 人员经费 with a wrong 人员经费 total: still an error", () => {
    const rows = table(
      ["5.00", "5.00", ""],
      [econ("399", "1.00", "1.00", ""), econ("39999", "1.00", "1.00", "")],
      ["11.00", "9.50", "2.00"],
    );
    const found = alarms(rows);
    expect(
      found.some((f) => f.startsWith("rollup total personnel")),
      found.join("\n"),
    ).toBe(true);
  });
});
