/**
 * A caption naming the document's department under a unit's label, printed once at a table's
 * top: `单位名称：上海市普陀区财政局` (very common in 部门预算 and 决算 tables). With the
 * department's name given (`ReadOptions.departmentName`, the document's `meta.department.name`),
 * it is the table's caption: the report is the one of the table printed without it, with no
 * reader problem above info. Read as a row, it had put a blank total before the printed one
 * (`funds` and `same-fact` errors on Henan's 项目支出表), a `malformed-amount` in a one-row 三公
 * table, an unknown line label, unplaced rows and lost sums.
 *
 * `单位名称：` also heads a unit's block in a 部门's table by unit: a table printing a second such
 * heading, or naming another of the caller's units, is still read by unit; a name that is neither
 * the department's nor a unit's keeps being read as before (never guessed a caption: a unit's
 * block read as the department's rows would give wrong sums). Without the department's name the
 * reader cannot tell, and guesses nothing.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { rowKeyId } from "../src/disclosure";
import { final2024, finalProfile } from "../src/final";
import { type PrintedTable, readPrintedTable } from "../src/printed";
import { henan2024Profile, type Profile, shanghaiProfile } from "../src/rules";
import { henan2024, shanghai, type Template } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { putuoFinanceFinal2024Fixture } from "./fixtures/putuo-finance-final-2024";
import { putuoPlanningFinal2024Fixture } from "./fixtures/putuo-planning-final-2024";
import { putuoSocialWorkFinal2024Fixture } from "./fixtures/putuo-social-work-final-2024";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import { shanghaiWelfare2024Fixture } from "./fixtures/shanghai-welfare-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { reading } from "./metamorphic/support";

const CASES: readonly (readonly [string, DisclosureFixture, Template, Profile, boolean])[] = [
  ["Henan 2024", henan2024Fixture, henan2024, henan2024Profile, false],
  ["上海市财政局 2025", shanghaiFinance2025Fixture, shanghai, shanghaiProfile, false],
  ["普陀区社会福利院 2024", shanghaiWelfare2024Fixture, shanghai, shanghaiProfile, false],
  ["普陀区财政局 决算 2024", putuoFinanceFinal2024Fixture, final2024, finalProfile, true],
  ["普陀区规划资源局 决算 2024", putuoPlanningFinal2024Fixture, final2024, finalProfile, true],
  ["普陀区委社会工作部 决算 2024", putuoSocialWorkFinal2024Fixture, final2024, finalProfile, true],
];

const check = reading;

/** Every table with `cells(table)` printed as its first row. */
const topRow = (
  fixture: DisclosureFixture,
  cells: (t: PrintedTable) => readonly string[],
): DisclosureFixture => ({
  ...fixture,
  tables: fixture.tables.map((t) => ({ ...t, rows: [cells(t), ...t.rows] })),
});

/** A row of `t`'s width printing `text` in column `at` (the last where it has fewer). */
const at = (t: PrintedTable, text: string, column: number): string[] =>
  t.headers.map((_h, i) => (i === Math.min(column, t.headers.length - 1) ? text : ""));

const LABELS = ["单位名称：", "单位名称: ", "单位名称 ：", "预算单位：", "部门（单位）名称："];

describe.each(CASES)(
  "%s: `单位名称：` and the department's name at each table's top",
  (_, fixture, template, profile, final) => {
    const before = check(fixture, template, profile, final);
    const name = fixture.meta.department.name;

    it.each(LABELS)("%s: the same report, no reader problem above info", (label) => {
      for (const column of [0, 1]) {
        const after = check(
          topRow(fixture, (t) => at(t, `${label}${name}`, column)),
          template,
          profile,
          final,
        );
        expect(after.report).toEqual(before.report);
        expect(after.problems).toEqual(before.problems);
      }
    });

    it("with the unit line on its row (`单位名称：某局 … 单位：万元`): the same report", () => {
      const moved: DisclosureFixture = {
        ...fixture,
        tables: fixture.tables.map((t) => {
          if (t.unit === undefined) return t;
          const { unit, ...rest } = t;
          const row = at(t, `单位名称：${name}`, 0);
          row[t.headers.length - 1] = `单位：${unit}`;
          return { ...rest, rows: [row, ...t.rows] };
        }),
      };
      const after = check(moved, template, profile, final);
      expect(after.report).toEqual(before.report);
      expect(after.problems).toEqual(before.problems);
    });
  },
);

describe("a wrong figure under the caption", () => {
  it("is found as it is without the caption (Henan's 项目支出表: 49.00 printed 48.00)", () => {
    const wrong: DisclosureFixture = {
      ...henan2024Fixture,
      tables: henan2024Fixture.tables.map((t) =>
        t.title === "2024年项目支出预算表"
          ? { ...t, rows: t.rows.map((r) => r.map((c) => (c === "49.00" ? "48.00" : c))) }
          : t,
      ),
    };
    const name = henan2024Fixture.meta.department.name;
    const plain = check(wrong, henan2024, henan2024Profile, false);
    const captioned = check(
      topRow(wrong, (t) => at(t, `单位名称：${name}`, 0)),
      henan2024,
      henan2024Profile,
      false,
    );
    // the wrong figure is a finding (a sum over the projects no longer agrees) …
    expect(plain.report).not.toEqual(
      check(henan2024Fixture, henan2024, henan2024Profile, false).report,
    );
    expect(plain.report.some((f) => f.includes("48.00") || f.includes("286.00"))).toBe(true);
    // … and the caption changes nothing of it
    expect(captioned.report).toEqual(plain.report);
    expect(captioned.problems).toEqual(plain.problems);
  });
});

describe("what stays a row of the table", () => {
  const DEPT = "某县农业农村局";
  const UNITS = [
    { code: "305", name: DEPT },
    { code: "305001", name: "某县农业农村局机关" },
    { code: "305002", name: "某县农业技术推广中心" },
  ];
  const table = (rows: string[][]): PrintedTable => ({
    title: "2024年部门支出预算表",
    unit: "万元",
    headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    rows,
  });
  const read = (rows: string[][], departmentName?: string, units = UNITS) =>
    readPrintedTable(table(rows), {
      template: henan2024,
      catalog: catalog2024.functional,
      units,
      ...(departmentName === undefined ? {} : { departmentName }),
    });
  const captions = (r: ReturnType<typeof read>) =>
    r.problems.filter((p) => p.code === "layout-row" && p.what === "caption");
  const subjects = [
    ["2130101", "行政运行", "10.00", "10.00", ""],
    ["2130104", "事业运行", "5.00", "", "5.00"],
  ];
  const total = ["", "合计", "15.00", "10.00", "5.00"];
  // the total printed first, and printed last (a caption then no longer sits above it)
  const body = [total, ...subjects];
  const totalLast = [...subjects, total];
  const keys = ["total", "functional:2130101", "functional:2130104"];

  it("reads the department's caption as layout, its rows the table's", () => {
    for (const [rows, order] of [
      [body, keys],
      [totalLast, [...keys.slice(1), "total"]],
    ] as const) {
      const r = read([[`单位名称：${DEPT}`, "", "", "", ""], ...rows], DEPT);
      expect(captions(r)).toHaveLength(1);
      expect(r.table?.rows.map((row) => rowKeyId(row.key))).toEqual(order);
      expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    }
  });

  it("compares names as the library does (full-width brackets, spaces)", () => {
    const rows = [["单位名称： 某县（市）农业农村局", "", "", "", ""], ...totalLast];
    const r = read(rows, "某县(市)农业农村局");
    expect(captions(r)).toHaveLength(1);
  });

  it("without the department's name: guesses nothing", () => {
    expect(captions(read([[`单位名称：${DEPT}`, "", "", "", ""], ...totalLast]))).toEqual([]);
  });

  it("a 部门's table by unit, the department's block first: still read by unit", () => {
    const byUnit = [
      [`单位名称：${DEPT}`, "", "", "", ""],
      ["2130101", "行政运行", "10.00", "10.00", ""],
      ["单位名称：某县农业技术推广中心", "", "", "", ""],
      ["2130104", "事业运行", "5.00", "", "5.00"],
    ];
    expect(captions(read(byUnit, DEPT))).toEqual([]);
    expect(read(byUnit, DEPT).table?.rows.map((row) => rowKeyId(row.key))).toEqual(
      read(byUnit).table?.rows.map((row) => rowKeyId(row.key)),
    );
  });

  it("a table naming another of the caller's units below: still read by unit", () => {
    const named = [
      [`单位名称：${DEPT}`, "", "", "", ""],
      ["2130101", "行政运行", "10.00", "10.00", ""],
      ["", "某县农业技术推广中心", "5.00", "", "5.00"],
      ["2130104", "事业运行", "5.00", "", "5.00"],
    ];
    expect(captions(read(named, DEPT))).toEqual([]);
  });

  it("`单位名称：` and a unit's name, or a name neither's: read as before", () => {
    for (const name of ["某县农业技术推广中心", "某县畜牧兽医服务中心"]) {
      const rows = [[`单位名称：${name}`, "", "", "", ""], ...totalLast];
      const r = read(rows, DEPT);
      const before = read(rows);
      expect(captions(r)).toEqual([]);
      expect(r.table?.rows).toEqual(before.table?.rows);
      expect(r.problems).toEqual(before.problems);
    }
  });

  it("a caption printing a figure, or below the figures: a row of the table", () => {
    const figure = [[`单位名称：${DEPT}`, "", "15.00", "", ""], ...body];
    expect(captions(read(figure, DEPT))).toEqual([]);
    const below = [...totalLast, [`单位名称：${DEPT}`, "", "", "", ""]];
    expect(captions(read(below, DEPT))).toEqual([]);
  });
});
