/**
 * A table whose printed unit line names no known unit (`单位：千元`, two units, a line the reader
 * cannot make out) keeps that line as `Table.unknownUnit`: its amounts are summed within the
 * table only, never compared with the narrative's figures or another table's (insufficient data,
 * and an `unknown-unit` coverage gap saying why), while the same table printed in 万元 still has
 * a wrong figure found.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { withNarrative } from "../src/narrative";
import { readPrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

const SANGONG = "三公";

/** The fixture with the 三公 table printed in `unit`, and cells of it or the narrative changed. */
const fixture = (
  unit: string,
  row: readonly string[] = ["6.50", "", "4.00", "", "4.00", "2.50"],
  narrative = (text: string) => text,
) => ({
  ...henan2024Fixture,
  narrative: narrative(henan2024Fixture.narrative),
  tables: henan2024Fixture.tables.map((t) =>
    t.title.includes(SANGONG) ? { ...t, unit, rows: [[...row]] } : t,
  ),
});

const profile = withNarrative(henan2024Profile);
const check = (f: ReturnType<typeof fixture>) => {
  const { disclosure } = fixtureDisclosure(f, henan2024);
  return checkDisclosure(disclosure, { profile, template: henan2024, catalog: catalog2024 });
};
/** Findings above info that cite a cell of the 三公 table. */
const onSanGong = (r: ReturnType<typeof check>) =>
  r.findings
    .filter((f) => f.severity !== "info")
    .filter(
      (f) =>
        f.evidence.some((e) => e.sources.some((c) => c.table === "sanGong")) ||
        f.path?.table === "sanGong",
    )
    .map((f) => f.ruleId);

// The narrative's 公务接待费 misprinted: 2.80 where the table prints 2.50.
const wrongText = (text: string) => text.replace("公务接待费2.50万元", "公务接待费2.80万元");

describe("a table whose unit line names no known unit", () => {
  it("is read with the line kept as `unknownUnit` (and the reader's problem)", () => {
    const t = henan2024Fixture.tables.find((x) => x.title.includes(SANGONG));
    if (t === undefined) throw new Error("no 三公 table");
    for (const unit of ["单位：千元", "单位：元（万元）", "单位：美元"]) {
      const r = readPrintedTable({ ...t, unit }, { template: henan2024 });
      expect(r.table?.unknownUnit).toBe(unit);
      expect(r.problems.map((p) => p.code)).toContain("unknown-unit");
    }
    expect(readPrintedTable(t, { template: henan2024 }).table?.unknownUnit).toBeUndefined();
  });

  it("in 万元, however the line is printed, the narrative's wrong figure is found", () => {
    for (const unit of [
      "单位：万元",
      "编制部门：河南省某某厅  单位：万元",
      "单位：万元。",
      "单位：万元、%",
      "表1 单位：万元",
      "预算单位：万元",
      // a year, a date or a page after the unit is furniture
      "单位：万元  2024年",
      "单位：万元 第1页",
      "单位：万元 2024年12月 第1页/共3页",
      // so is a table number
      "单位：万元 表1",
      "单位：万元（表一）",
      "单位：万元 附表1-1",
    ])
      expect([unit, onSanGong(check(fixture(unit, undefined, wrongText)))]).toEqual([
        unit,
        ["narrative.amount"],
      ]);
  });

  it("in 千元: no narrative or cross-table finding on its figures, and a coverage gap says why", () => {
    const report = check(fixture("单位：千元", undefined, wrongText));
    expect(onSanGong(report)).toEqual([]);
    const sanGong = report.coverage.tables.find((t) => t.table === "sanGong");
    expect(sanGong?.gaps).toContainEqual({
      code: "unknown-unit",
      table: "sanGong",
      unit: "单位：千元",
      cells: 4,
    });
    expect(sanGong?.notUnderstood).toBe(4);
  });

  it("a line the reader cannot make out: never the kind's default, a coverage gap says why", () => {
    for (const unit of ["单位：", "单位：万元 表格", "单位：万元 另见说明"]) {
      const report = check(fixture(unit, undefined, wrongText));
      expect([unit, onSanGong(report)]).toEqual([unit, []]);
      const sanGong = report.coverage.tables.find((t) => t.table === "sanGong");
      expect([unit, sanGong?.gaps.map((g) => g.code)]).toEqual([unit, ["unknown-unit"]]);
    }
  });

  it("in 千元, its own sums are still checked (合计 6.50 against parts summing to 7.50)", () => {
    const report = check(fixture("单位：千元", ["6.50", "", "5.00", "", "5.00", "2.50"]));
    expect(onSanGong(report)).toEqual(["sanGong.sum"]);
    expect(onSanGong(report).every((id) => !id.startsWith("narrative."))).toBe(true);
  });
  it("in 千元 with its figures truly in 千元: no comparison with the other tables' 万元 figures", () => {
    // The 部门支出预算表 printed in 千元 (each figure ten times the 万元 one).
    const times10 = (c: string) => (/^\d+\.\d\d$/u.test(c) ? (Number(c) * 10).toFixed(2) : c);
    const inThousands = (unit: string) => ({
      ...henan2024Fixture,
      tables: henan2024Fixture.tables.map((t) =>
        t.title === "2024年部门支出预算表"
          ? { ...t, unit, rows: t.rows.map((r) => r.map(times10)) }
          : t,
      ),
    });
    const cites = (r: ReturnType<typeof check>) =>
      r.findings.filter(
        (f) =>
          f.severity !== "info" &&
          f.evidence.some((e) => e.sources.some((c) => c.table === "expenditure")),
      );
    expect(cites(check(inThousands("单位：万元"))).length).toBeGreaterThan(0);
    expect(cites(check(inThousands("单位：千元"))).map((f) => f.ruleId)).toEqual([]);
  });

  it("any one table truly in 千元, read so: nothing above info is found (targets' money too)", () => {
    const times10 = (c: string) => (/^\d+\.\d\d$/u.test(c) ? (Number(c) * 10).toFixed(2) : c);
    const above = (r: ReturnType<typeof check>) =>
      r.findings.filter((f) => f.severity !== "info").map((f) => f.ruleId);
    const base = above(check(fixture("单位：万元")));
    expect(base).toEqual([]);
    for (const title of henan2024Fixture.tables.map((t) => t.title)) {
      const f = {
        ...henan2024Fixture,
        tables: henan2024Fixture.tables.map((t) =>
          t.title === title
            ? { ...t, unit: "单位：千元", rows: t.rows.map((r) => r.map(times10)) }
            : t,
        ),
      };
      expect([title, above(check(f))]).toEqual([title, []]);
    }
  });
});
