import { describe, expect, it } from "vitest";
import { functional2024 } from "../src/catalog/2024";
import {
  type Disclosure,
  type DisclosureMeta,
  lowerTable,
  type Table,
  tableBuilder,
} from "../src/disclosure";
import { readPrintedTable } from "../src/printed";
import { yearMentions } from "../src/rules/builtin/document-years";
import { checkDisclosure } from "../src/rules/check";
import { buildContext } from "../src/rules/context";
import { henan2024Profile } from "../src/rules/profiles";
import { henan2024 } from "../src/templates";
import { settledGrowth } from "./support/linearity";

/**
 * The checker's linear-time guards, by counts and by an adversarial text (no clocks). In test/,
 * outside the tests of src/rules that mutation testing runs (vitest.mutation.config.ts): each runs
 * the checker on 500 rows or scans 2 × 10⁵ characters, about a second per mutant under Stryker,
 * while the unit tests check the same code on small inputs.
 */

const META: DisclosureMeta = {
  year: 2024,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units: [{ name: "某单位", unitType: "行政" }],
};

const disclosure = (...tables: Disclosure["tables"]): Disclosure => ({
  meta: META,
  tables,
  texts: [],
});

/**
 * n 项 rows 2010101 … (one 款 per 99 rows) with 合计 / 基本 / 项目, and the table's 合计 row:
 * row i has basic i + 1, project 1, total i + 2; Σ total = n(n + 3) / 2.
 */
function wide(n: number): Disclosure {
  let b = tableBuilder(henan2024, "expenditure").total({
    total: `${(n * (n + 3)) / 2}.00`,
    basic: `${(n * (n + 1)) / 2}.00`,
    project: `${n}.00`,
  });
  for (let i = 0; i < n; i++) {
    const kuan = String(1 + Math.floor(i / 99)).padStart(2, "0");
    const xiang = String(1 + (i % 99)).padStart(2, "0");
    b = b.functional(`201${kuan}${xiang}`, "某项", {
      total: `${i + 2}.00`,
      basic: `${i + 1}.00`,
      project: "1.00",
    });
  }
  return disclosure(b.build().value);
}

describe("linear in the number of rows (deterministic counts, no clocks)", () => {
  const size = (n: number) => {
    const d = wide(n);
    const ctx = buildContext(d, henan2024, undefined, henan2024Profile.definitions);
    const parts = ctx.derived.reduce((sum, f) => sum + f.parts.length, 0);
    const comparisons = [...ctx.comparisons.values()].reduce((sum, c) => sum + c.count, 0);
    const report = checkDisclosure(d, { profile: henan2024Profile, template: henan2024 });
    return { parts, comparisons, report };
  };

  it("a 10× larger table does < 30× the work, and every sum still holds", () => {
    const small = size(50);
    const large = size(500);
    for (const s of [small, large]) {
      expect(s.report.findings.filter((f) => f.severity !== "info")).toEqual([]);
      expect(s.report.unconstrained).toEqual([]);
    }
    expect(large.parts / small.parts).toBeGreaterThan(5);
    expect(large.parts / small.parts).toBeLessThan(30);
    expect(large.comparisons / small.comparisons).toBeGreaterThan(5);
    expect(large.comparisons / small.comparisons).toBeLessThan(30);
  });
});

describe("yearMentions on a long line", () => {
  it("is linear: a long run of digits and spaces is read once", () => {
    const long = `${"1".repeat(100_000)}${" ".repeat(100_000)}年`;
    expect(yearMentions(long)).toEqual([]);
  });
});

describe("a line read by its place (用事业基金弥补收支差额 inside or outside 本年收入合计)", () => {
  it("is linear in the number of such lines: the table's lines are indexed once", () => {
    // n such lines, then 本年收入合计: each is looked up where it stands, not by a scan per line.
    const tables = new Map<number, Table>();
    const make = (n: number): string => {
      const rows: Table["rows"] = Array.from({ length: n }, () => ({
        key: { kind: "line", line: "revenue.businessFund" },
        cells: { "income.amount": "1.00" },
      }));
      const total = {
        key: { kind: "line", line: "revenue" },
        cells: { "income.amount": `${n}.00` },
      };
      tables.set(n, { kind: "summary", unit: "万元", rows: [...rows, total] as Table["rows"] });
      return "x".repeat(n);
    };
    const run = (s: string) => lowerTable(tables.get(s.length) as Table, henan2024);
    expect(run(make(3)).rows[0]?.facts[0]?.coords).toEqual({ fund: "businessFund" });
    const { ratio } = settledGrowth(run, make, 400, 30);
    expect(ratio).toBeLessThan(30);
  });
});

describe("a 科目 name wrapped onto thousands of lines, read with a catalog", () => {
  it("is linear in the lines: the catalog is not asked again of a name longer than its names", () => {
    // `2010101 | 行` then n lines printing only a piece of a name: each joins the row above.
    const make = (n: number): string => "x".repeat(n);
    const run = (s: string) =>
      readPrintedTable(
        {
          title: "一般公共预算支出表",
          unit: "万元",
          headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
          rows: [
            ["2010101", "行", "", "", ""],
            ...Array.from({ length: s.length }, () => ["", "事务甲", "", "", ""]),
          ],
        },
        { template: henan2024, catalog: functional2024 },
      );
    expect(run(make(3)).table?.rows.length).toBe(1);
    const { ratio } = settledGrowth(run, make, 400, 30);
    expect(ratio).toBeLessThan(30);
  });
});

describe("a project's name wrapped onto thousands of lines", () => {
  it("is linear in the lines: a name longer than any printed name takes no further line", () => {
    // A review timed 1e4 / 3e4 lines at 128 ms / 2134 ms: every join read the name joined so far.
    const make = (n: number): string => "x".repeat(n);
    const run = (s: string) =>
      readPrintedTable(
        {
          title: "项目支出预算表",
          unit: "万元",
          headers: ["项目名称", "合计", "本年拨款/一般公共预算"],
          rows: [
            ["合计", "10.00", "10.00"],
            ["某项目", "10.00", "10.00"],
            ...Array.from({ length: s.length }, () => ["名称续行", "", ""]),
          ],
        },
        { template: henan2024 },
      );
    expect(run(make(3)).table?.rows[1]?.name).toBe("某项目名称续行名称续行名称续行");
    const { ratio } = settledGrowth(run, make, 2000, 30);
    expect(ratio).toBeLessThan(30);
  });
});
