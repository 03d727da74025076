/**
 * The sign-off lines a form prints under (or over) a table, which a text layer gives as rows:
 * who answers for it (`单位负责人：`, `财务负责人：`, `制表人：张三`, `审核人：`), how to reach them
 * (`联系电话：`) and when it was made (`编制日期：2024年1月`, `填报日期：`). They are the form's,
 * not the table's: the report is the one of the table printed without them, with no reader
 * problem above info (read as rows they were unplaced, a malformed figure in a one-row 三公
 * table, and lost the table's sums). A row printing a figure beside such a label stays a row.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { final2024, finalProfile } from "../src/final";
import { readPrintedTable } from "../src/printed";
import { henan2024Profile, type Profile } from "../src/rules";
import { henan2024, type Template } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { putuoFinanceFinal2024Fixture } from "./fixtures/putuo-finance-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { reading } from "./metamorphic/support";

const CASES: readonly (readonly [string, DisclosureFixture, Template, Profile, boolean])[] = [
  ["Henan 2024", henan2024Fixture, henan2024, henan2024Profile, false],
  ["普陀区财政局 决算 2024", putuoFinanceFinal2024Fixture, final2024, finalProfile, true],
];

const check = reading;

const SIGN_OFFS: readonly (readonly string[])[] = [
  ["单位负责人：", "财务负责人：", "制表人："],
  ["单位负责人：王五", "审核人：赵六", "填表人：张三"],
  ["部门负责人:", "经办人:", "联系电话：0379-12345678"],
  ["编制日期：2024年1月"],
  ["填报日期：2024年1月15日", "制表人：李四"],
  // several labels in one cell, 单位 among them (not a unit line), and the shorter labels
  ["制表人：王五    单位负责人：张三"],
  ["报送单位：某局", "审核：李四", "制表：王五"],
  ["负责人：张三", "复核：赵六", "填表日期：2024年1月"],
];

/** Every table with `cells` on a row under it, spread over its columns. */
function signed(
  fixture: DisclosureFixture,
  cells: readonly string[],
  top: boolean,
): DisclosureFixture {
  return {
    ...fixture,
    tables: fixture.tables.map((t) => {
      const row = t.headers.map(() => "");
      cells.forEach((c, i) => {
        row[Math.min(t.headers.length - 1, i * 2)] = c;
      });
      return { ...t, rows: top ? [row, ...t.rows] : [...t.rows, row] };
    }),
  };
}

describe.each(CASES)("%s: sign-off lines", (_, fixture, template, profile, final) => {
  const before = check(fixture, template, profile, final);
  it.each(SIGN_OFFS.map((s) => [s.join(" | "), s] as const))(
    "%s under each table: the same report",
    (_s, cells) => {
      const after = check(signed(fixture, cells, false), template, profile, final);
      expect(after.report).toEqual(before.report);
      expect(after.problems).toEqual(before.problems);
    },
  );
  it("编制日期 over each table: the same report", () => {
    const after = check(signed(fixture, ["编制日期：2024年1月"], true), template, profile, final);
    expect(after.report).toEqual(before.report);
    expect(after.problems).toEqual(before.problems);
  });
});

describe("a row printing a figure beside such a label stays a row", () => {
  it("reads `联系电话：` beside 10.00 as no layout", () => {
    const r = readPrintedTable(
      {
        title: "2024年部门支出预算表",
        unit: "万元",
        headers: ["科目编码", "科目名称", "合计"],
        rows: [
          ["", "合计", "10.00"],
          ["2013101", "行政运行", "10.00"],
          ["", "联系电话：", "10.00"],
        ],
      },
      { template: henan2024, catalog: catalog2024.functional },
    );
    expect(r.problems.filter((p) => p.code === "layout-row")).toEqual([]);
  });
});
