/**
 * A 基本支出表 by economic 科目 with 合计 / 人员经费 / 公用经费 columns printing a 科目's whole figure
 * under the other nature than its 类 gives: 39999 其他支出, 30999 or 31002 资本性支出, 30239 其他交通
 * 费用 (公务交通补贴) under 人员经费 (printers class some items by rules of their own; the library
 * cannot know them). Was: three errors on the one row (a rollup whose expected value was empty,
 * the row's 合计 compared with its own blank 公用经费, 合计 = 人员经费 + 公用经费 counting the 合计
 * twice), and a class 302 sum of the 合计 column against the 公用经费 column. Now: no finding above
 * info; a class sum the row takes part in is coverage. A row whose 合计 and 人员经费 differ, and a
 * wrong 人员经费 or 合计 total, are still errors.
 */
import { describe, expect, it } from "vitest";
import type { Disclosure, Row } from "../src/disclosure";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";

const econ = (code: string, cells: Record<string, string>): Row => ({
  key: { kind: "economic", econ: code },
  cells,
});
const total = (cells: Record<string, string>): Row => ({ key: { kind: "total" }, cells });

/** The 一般公共预算基本支出表 alone, of these rows. */
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

/** 30101 5.00 人员经费, `code` 3.00 as printed (`personnel`, `public`), 30201 2.00 公用经费. */
const table = (
  code: string,
  personnel: string,
  pub: string,
  totals = ["10.00", "8.00", "2.00"],
) => [
  total({
    total: totals[0] as string,
    personnel: totals[1] as string,
    public: totals[2] as string,
  }),
  econ("30101", { total: "5.00", personnel: "5.00", public: "" }),
  econ(code, { total: "3.00", personnel, public: pub }),
  econ("30201", { total: "2.00", personnel: "", public: "2.00" }),
];

const PUBLIC_CODES = ["39999", "30999", "31002", "30239", "30299"];

describe.each(PUBLIC_CODES)("%s printed under 人员经费", (code) => {
  it("a correct table: no finding above info", () => {
    expect(alarms(table(code, "3.00", ""))).toEqual([]);
    expect(alarms(table(code, "3.00", "0.00"))).toEqual([]);
  });

  it("the row's 合计 and 人员经费 differ: still an error", () => {
    const found = alarms(table(code, "2.50", "", ["10.00", "7.50", "2.00"]));
    expect(
      found.some((f) => f.startsWith(`same-fact economic:${code}`)),
      found.join("\n"),
    ).toBe(true);
  });

  it("a wrong 人员经费 total: still an error", () => {
    const found = alarms(table(code, "3.00", "", ["10.00", "8.50", "2.00"]));
    expect(
      found.some((f) => f.startsWith("rollup total personnel")),
      found.join("\n"),
    ).toBe(true);
  });

  it("a wrong 合计 total: still an error", () => {
    const found = alarms(table(code, "3.00", "", ["10.50", "8.00", "2.00"]));
    expect(
      found.some((f) => f.includes("total total")),
      found.join("\n"),
    ).toBe(true);
  });
});

describe("a 科目 under its own nature, as the library classes it", () => {
  it.each(PUBLIC_CODES)("%s under 公用经费: no finding", (code) => {
    expect(alarms(table(code, "", "3.00", ["10.00", "5.00", "5.00"]))).toEqual([]);
  });

  it("30102 (人员经费 by its 类, printed one way only) under 公用经费: a misprint, on its row", () => {
    // (basic-classed-scope.test.ts: only the 科目 printers class both ways are read as printed)
    const found = alarms(table("30102", "", "3.00", ["10.00", "5.00", "5.00"]));
    expect(found.length, found.join("\n")).toBeGreaterThan(0);
    expect(
      found.every((f) => f.includes("economic:30102 ")),
      found.join("\n"),
    ).toBe(true);
  });

  it("a figure in both columns that does not add up is still an error", () => {
    const found = alarms(table("39999", "1.00", "1.00", ["10.00", "6.00", "3.00"]));
    expect(found.length, found.join("\n")).toBeGreaterThan(0);
  });
});
