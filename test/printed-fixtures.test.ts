/**
 * `readPrintedTable` on the fixture tables as they appear in the text (test/fixtures/*): every table
 * recognised, every header placed, every row placed, spot values in the right cells, and the
 * typed tables lowering to facts without problems.
 */
import { describe, expect, it } from "vitest";
import { functional2024 } from "../src/catalog/2024";
import { lowerTable, type Row, type RowKey, rowKeyId, type Table } from "../src/disclosure";
import { type ReadResult, readPrintedTable } from "../src/printed";
import { henan2024, shanghai, type Template } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import { shanghaiWelfare2024Fixture } from "./fixtures/shanghai-welfare-2024";
import type { DisclosureFixture } from "./fixtures/types";

const HENAN_KINDS = [
  "summary",
  "income",
  "expenditure",
  "fiscalSummary",
  "gpbExpenditure",
  "gpbBasic",
  "economicSummary",
  "sanGong",
  "govFundExpenditure",
  "soeExpenditure",
  "operatingCost",
  "projects",
  "departmentTargets",
  "projectTargets",
];

const SHANGHAI_KINDS = [
  "summary",
  "income",
  "expenditure",
  "fiscalSummary",
  "gpbExpenditure",
  "govFundExpenditure",
  "soeExpenditure",
  "gpbBasic",
  "sanGongAndOperating",
];

function readAll(fixture: DisclosureFixture, template: Template): ReadResult[] {
  return fixture.tables.map((t) => readPrintedTable(t, { template, catalog: functional2024 }));
}

function tableOf(results: readonly ReadResult[], kind: string): Table {
  const table = results.find((r) => r.kind === kind)?.table;
  if (table === undefined) throw new Error(`no ${kind} table`);
  return table;
}

function rowOf(table: Table, key: RowKey): Row {
  const row = table.rows.find((r) => rowKeyId(r.key) === rowKeyId(key));
  if (row === undefined) throw new Error(`no row ${rowKeyId(key)} in ${table.kind}`);
  return row;
}

describe("the Henan 2024 fixture tables", () => {
  const results = readAll(henan2024Fixture, henan2024);

  it("recognises all 14 tables as the right kinds", () => {
    expect(results.map((r) => r.kind)).toEqual(HENAN_KINDS);
  });

  it("places every header", () => {
    for (const r of results) {
      expect(
        r.columns.filter((c) => c.column === undefined).map((c) => c.header),
        r.kind,
      ).toEqual([]);
    }
  });

  it("places every printed row, with no error", () => {
    for (const r of results) {
      const errors = r.problems.filter((p) => p.severity === "error");
      expect(errors, r.kind).toEqual([]);
      expect(r.ok, r.kind).toBe(true);
    }
    // Grid tables: one row per printed row (the fixture has no blank rows).
    const printed = henan2024Fixture.tables.map((t) => t.rows.length);
    const read = results.map((r) => r.table?.rows.length);
    // 收支表 33 printed rows: 13 with an income label + 33 with a spending label; 财政拨款收支表:
    // 10 income labels + 33 spending labels.
    expect(read).toEqual([46, ...printed.slice(1, 3), 43, ...printed.slice(4)]);
  });

  it("puts spot values in the right cells", () => {
    const expenditure = tableOf(results, "expenditure");
    expect(
      rowOf(expenditure, { kind: "functional", code: "2013102" }).cells["project.operating"],
    ).toBe("3.50");
    expect(rowOf(expenditure, { kind: "functional", code: "2013101" }).cells["basic.salary"]).toBe(
      "456.39",
    );
    expect(rowOf(expenditure, { kind: "org", code: "116" }).cells.total).toBe("969.06");
    expect(rowOf(tableOf(results, "sanGong"), { kind: "single" }).cells.reception).toBe("2.50");
    const operating = rowOf(tableOf(results, "operatingCost"), { kind: "economic", econ: "30239" });
    expect(operating.cells.category).toBe("公务交通补贴");
    expect(operating.cells.total).toBe("17.22");
    const basic = tableOf(results, "gpbBasic");
    expect(rowOf(basic, { kind: "economic", econ: "30107", gov: "50501" }).cells.personnel).toBe(
      "51.17",
    );
    const summary = tableOf(results, "economicSummary");
    expect(rowOf(summary, { kind: "economic", econ: "30217", gov: "50206" }).cells.total).toBe(
      "2.50",
    );
    const projects = tableOf(results, "projects");
    expect(rowOf(projects, { kind: "total" }).cells.total).toBe("287.00");
    expect(
      rowOf(projects, { kind: "project", name: "2024年劳务派遣人员经费" }).cells,
    ).toMatchObject({
      type: "其他运转类",
      total: "3.50",
    });
    const targets = tableOf(results, "projectTargets");
    expect(rowOf(targets, { kind: "project", name: "2024年劳务派遣人员经费" }).key).toEqual({
      kind: "project",
      name: "2024年劳务派遣人员经费",
      code: "410305240000000012440",
    });
    const department = tableOf(results, "departmentTargets");
    expect(department.rows.every((r, i) => rowKeyId(r.key) === `indicator:${i}`)).toBe(true);
    expect(department.rows[0]?.cells.value).toBe("相关");
  });

  it("reads the 收支表 by side, with the functional 类 rows by name", () => {
    const r = results[0];
    const table = tableOf(results, "summary");
    expect(rowOf(table, { kind: "functional", code: "210" }).cells["spending.amount"]).toBe(
      "47.28",
    );
    expect(rowOf(table, { kind: "functional", code: "234" }).name).toBe(
      "三十四、抗疫特别国债安排的支出",
    );
    expect(rowOf(table, { kind: "line", line: "revenue.total" }).cells["income.amount"]).toBe(
      "969.06",
    );
    expect(
      rowOf(table, { kind: "line", line: "spending.carryforward" }).cells["spending.amount"],
    ).toBe("0.00");
    expect(r?.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("tracks the sections of the 财政拨款收支表 and reports its duplicated 210 as info", () => {
    const r = results[3];
    const table = tableOf(results, "fiscalSummary");
    const source = (line: string) => {
      const i = table.rows.findIndex((row) => rowKeyId(row.key) === `line:${line}`);
      return r?.rowSources[i];
    };
    expect(source("revenue.gpb")).toBe(1);
    expect(source("revenue.carryover")).toBe(5);
    expect(source("revenue.carryover.gpb")).toBe(6);
    expect(source("revenue.carryover.soe")).toBe(8);
    expect(r?.problems.filter((p) => p.code === "duplicate-row")).toEqual([
      {
        code: "duplicate-row",
        severity: "info",
        path: { row: 10 },
        key: "functional:210",
        rows: [9, 10],
      },
    ]);
  });

  it("lowers every typed table to facts with no problem", () => {
    for (const r of results) {
      if (r.table === undefined) throw new Error("no table");
      expect(lowerTable(r.table, henan2024).problems, r.kind).toEqual([]);
    }
    const sanGong = lowerTable(tableOf(results, "sanGong"), henan2024);
    const reception = sanGong.rows[0]?.facts.find((f) => f.coords.item === "reception");
    expect(reception?.source.raw).toBe("2.50");
  });
});

describe.each([
  ["上海市普陀区社会福利院 2024", shanghaiWelfare2024Fixture],
  ["上海市财政局 2025", shanghaiFinance2025Fixture],
])("the Shanghai fixture %s", (_, fixture) => {
  const results = readAll(fixture, shanghai);

  it("recognises the 9 tables and places every header", () => {
    expect(results.map((r) => r.kind)).toEqual(SHANGHAI_KINDS);
    for (const r of results)
      expect(
        r.columns.filter((c) => c.column === undefined),
        r.kind,
      ).toEqual([]);
  });

  it("places every row except the known misprinted code 7 11 02, which is kept as unplaced", () => {
    for (const r of results) {
      expect(
        r.problems.filter((x) => x.severity === "error"),
        r.kind,
      ).toEqual([]);
      for (const p of r.problems.filter((x) => x.severity === "warning")) {
        expect(["expenditure", "gpbExpenditure"]).toContain(r.kind);
        expect(p.code === "malformed-code" ? p.error.input : p.code).toBe("7 11 02");
      }
    }
    const kept = results.flatMap(
      (r) => r.table?.rows.filter((row) => row.key.kind === "unplaced") ?? [],
    );
    expect(kept.map((row) => [row.key, row.name])).toEqual(
      fixture === shanghaiWelfare2024Fixture
        ? [
            [{ kind: "unplaced", label: "7 11 02" }, "事业单位医疗"],
            [{ kind: "unplaced", label: "7 11 02" }, "事业单位医疗"],
          ]
        : [],
    );
  });

  it("lowers every typed table to facts with no problem but the unplaced rows", () => {
    for (const r of results) {
      if (r.table === undefined) throw new Error("no table");
      const problems = lowerTable(r.table, shanghai).problems;
      expect(
        problems.filter((p) => p.code !== "unplaced-row"),
        r.kind,
      ).toEqual([]);
    }
  });

  it("resolves the sequence-numbered 类 labels of the 收支总表 by name", () => {
    const table = tableOf(results, "summary");
    expect(
      table.rows.filter((r) => r.key.kind === "functional").map((r) => rowKeyId(r.key)),
    ).toEqual(["functional:201", "functional:208", "functional:210", "functional:221"]);
  });
});

describe("Shanghai spot values", () => {
  it("reads the welfare home's 7 11 02 rows as malformed (tables 3 and 5)", () => {
    const results = readAll(shanghaiWelfare2024Fixture, shanghai);
    const malformed = results.flatMap((r) =>
      r.problems.filter((p) => p.code === "malformed-code").map((p) => [r.kind, p.path]),
    );
    expect(malformed).toEqual([
      ["expenditure", { row: 10, cell: 0 }],
      ["gpbExpenditure", { row: 10, cell: 0 }],
    ]);
    const summary = tableOf(results, "summary");
    expect(rowOf(summary, { kind: "functional", code: "210" }).name).toBe(
      "三、医疗卫生与计划生育支出",
    );
    expect(rowOf(summary, { kind: "functional", code: "210" }).cells["spending.amount"]).toBe(
      "503,724",
    );
  });

  it("reads the finance bureau's 三公 table and its 302 subtotal", () => {
    const results = readAll(shanghaiFinance2025Fixture, shanghai);
    const sanGong = rowOf(tableOf(results, "sanGongAndOperating"), { kind: "single" });
    expect(sanGong.cells.abroad).toBe("288.70");
    expect(sanGong.cells.operatingCost).toBe("2,517.78");
    const basic = tableOf(results, "gpbBasic");
    expect(rowOf(basic, { kind: "economic", econ: "302" }).cells.total).toBe("24,840,779");
    expect(rowOf(basic, { kind: "economic", econ: "30212" }).cells.total).toBe("2,887,000");
    expect(results.every((r) => r.ok)).toBe(true);
  });
});
