/**
 * A caption labelled as the department's, printed once at a table's top, above its figures:
 * `部门名称：中国共产党洛阳市涧西区委员会办公室`, `预算部门：上海市财政局`, `主管部门：…` (county
 * templates print it at the top left, opposite the unit line). It names the document's
 * department, no row of the table: the report is the one of the table printed without it, with
 * no reader problem above info. Read as the table's first (total) row, it had put a blank total
 * before the printed one (`funds` and `same-fact` errors on Henan's 项目支出表), a `malformed-amount`
 * in a one-row 三公 table and an unplaced row in the others. The same with the unit line printed
 * on its line (`部门名称：某局 … 编制日期：2024年1月 … 单位：万元`). Printed in several rows (a heading over each unit's
 * block), or with a figure, it stays a row of the table.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { readPrintedTable } from "../src/printed";
import { henan2024Profile, shanghaiProfile } from "../src/rules";
import { henan2024, shanghai } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import type { DisclosureFixture } from "./fixtures/types";
import { reading } from "./metamorphic/support";

const CASES = [
  ["Henan 2024", henan2024Fixture, henan2024, henan2024Profile],
  ["上海市财政局 2025", shanghaiFinance2025Fixture, shanghai, shanghaiProfile],
] as const;

const LABELS = ["部门名称：", "部门：", "预算部门：", "主管部门：", "部门名称: "];

const check = reading;

/** Every table with `caption` printed as its first row, in column `at`. */
const captioned = (fixture: DisclosureFixture, caption: string, at: number): DisclosureFixture => ({
  ...fixture,
  tables: fixture.tables.map((t) => ({
    ...t,
    rows: [
      t.headers.map((_h, i) => (i === Math.min(at, t.headers.length - 1) ? caption : "")),
      ...t.rows,
    ],
  })),
});

describe.each(CASES)(
  "%s: a department-labelled caption at each table's top",
  (_, fixture, template, profile) => {
    const before = check(fixture, template, profile);
    const name = fixture.meta.department.name;

    it.each(LABELS)("%s the department: the same report, no reader problem above info", (label) => {
      for (const at of [0, 1]) {
        const after = check(captioned(fixture, `${label}${name}`, at), template, profile);
        expect(after.report).toEqual(before.report);
        expect(after.problems).toEqual(before.problems);
      }
    });
  },
);

/** Every table with `部门名称：…`, a date and its unit line (`单位：万元`) on its first row, the unit line above it left out. */
const captionedWithUnit = (fixture: DisclosureFixture): DisclosureFixture => ({
  ...fixture,
  tables: fixture.tables.map((t) => {
    if (t.unit === undefined) return t;
    const { unit, ...rest } = t;
    const last = t.headers.length - 1;
    const row = t.headers.map((_h, i) =>
      i === 0 ? `部门名称：${fixture.meta.department.name}` : i === last ? `单位：${unit}` : "",
    );
    if (last > 2) row[1] = "编制日期：2024年1月";
    return { ...rest, rows: [row, ...t.rows] };
  }),
});

describe.each(CASES)(
  "%s: the caption and the unit line on one row",
  (_, fixture, template, profile) => {
    it("gives the same report, no reader problem above info", () => {
      const after = check(captionedWithUnit(fixture), template, profile);
      const before = check(fixture, template, profile);
      expect(after.report).toEqual(before.report);
      expect(after.problems).toEqual(before.problems);
    });
  },
);

describe("what stays a row of the table", () => {
  const table = (rows: string[][]) => ({
    title: "2024年部门支出预算表",
    unit: "万元",
    headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    rows,
  });
  const captions = (rows: string[][]) =>
    readPrintedTable(table(rows), {
      template: henan2024,
      catalog: catalog2024.functional,
    }).problems.filter((p) => p.code === "layout-row" && p.what === "caption");

  it("reads the caption at the top as layout", () => {
    expect(
      captions([
        ["部门名称：某区城市管理局", "", "", "", ""],
        ["", "合计", "10.00", "10.00", ""],
        ["2120101", "行政运行", "10.00", "10.00", ""],
      ]),
    ).toHaveLength(1);
  });

  it("leaves a heading printed over each block, a caption below figures, and one with a figure", () => {
    const block = [
      ["部门名称：某区城市管理局", "", "", "", ""],
      ["2120101", "行政运行", "10.00", "10.00", ""],
      ["部门名称：某区城市管理局执法大队", "", "", "", ""],
      ["2120104", "城管执法", "5.00", "", "5.00"],
    ];
    expect(captions(block)).toEqual([]);
    expect(
      captions([
        ["", "合计", "10.00", "10.00", ""],
        ["部门名称：某区城市管理局", "", "", "", ""],
        ["2120101", "行政运行", "10.00", "10.00", ""],
      ]),
    ).toEqual([]);
    expect(
      captions([
        ["部门名称：某区城市管理局", "", "10.00", "", ""],
        ["2120101", "行政运行", "10.00", "10.00", ""],
      ]),
    ).toEqual([]);
    expect(
      captions([
        ["部门名称：", "", "", "", ""],
        ["2120101", "行政运行", "10.00", "10.00", ""],
      ]),
    ).toEqual([]);
  });
});
