/**
 * A unit's row printing nothing (`116003 | 洛阳市涧西区档案馆 | blank, 0.00 or -`) in a table
 * whose department's own rows sit directly under the department's row (no `116001` row of its
 * own level): the units printed are then not all of the department, so their sum is no check of
 * the total (it gave a `rollup` error on every column: "应为 空（116003 行）"). Units printing
 * more than the department's total are still caught, and so is a wrong figure in its rows. The
 * Henan fixture with such a row added.
 */
import { describe, expect, it } from "vitest";
import { henan2024Fixture } from "./fixtures/henan-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { henanAlarms } from "./support/henan-alarms";

const EXPENDITURE = ["2024年部门支出预算表", "2024年一般公共预算支出预算表"];
const PROJECTS = ["2024年项目支出预算表"];
const ARCHIVE = "洛阳市涧西区档案馆";

/** The fixture with a row of unit 116003 printing `fill` in each amount cell, last in `titles`. */
function withUnitRow(
  titles: readonly string[],
  fill: (header: string) => string,
  told = true,
): DisclosureFixture {
  const fx = henan2024Fixture;
  return {
    ...fx,
    meta: {
      ...fx.meta,
      units: told
        ? [...fx.meta.units, { code: "116003", name: ARCHIVE, unitKind: "事业" }]
        : fx.meta.units,
    },
    tables: fx.tables.map((t) => {
      if (!titles.includes(t.title)) return t;
      const code = t.headers.findIndex((h) => /代码|编码|类型/.test(h) && !/科目编码/.test(h));
      const name = t.headers.findIndex((h) => /名称/.test(h));
      const first = t.headers.findIndex((h, i) => i > name && !/项目单位/.test(h));
      const row = t.headers.map((h, i) =>
        i === code ? "116003" : i === name ? ARCHIVE : i >= first ? fill(h) : "",
      );
      return { ...t, rows: [...t.rows, row] };
    }),
  };
}

describe("a unit's row printing nothing beside the department's own rows", () => {
  it.each([
    ["blank", ""],
    ["0.00", "0.00"],
    ["a dash", "-"],
  ])("in the 支出 tables, printing %s: no alarm", (_, fill) => {
    expect(henanAlarms(withUnitRow(EXPENDITURE, () => fill))).toEqual([]);
  });

  it.each([
    ["blank", ""],
    ["0.00", "0.00"],
  ])("in the 项目支出表, printing %s, the unit not named by the caller: no alarm", (_, fill) => {
    expect(henanAlarms(withUnitRow(PROJECTS, () => fill, false))).toEqual([]);
  });

  it("a unit printing more than the department's total is still caught", () => {
    const found = henanAlarms(withUnitRow(EXPENDITURE, (h) => (h === "合计" ? "1000.00" : "")));
    expect(found).toContain("rollup summary/line:spending");
  });

  it("a wrong figure in the department's own rows is still caught", () => {
    const fx = withUnitRow(EXPENDITURE, () => "");
    const wrong = {
      ...fx,
      tables: fx.tables.map((t) =>
        t.title === "2024年部门支出预算表"
          ? {
              ...t,
              rows: t.rows.map((r) =>
                r[4] === "行政运行"
                  ? ["201", "31", "01", "", "行政运行", "568.07", ...r.slice(6)]
                  : r,
              ),
            }
          : t,
      ),
    };
    expect(henanAlarms(wrong)).toContain("rollup summary/functional:201");
  });
});
