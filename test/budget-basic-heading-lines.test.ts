/**
 * A 人员经费 / 公用经费 line of the 一般公共预算基本支出表 printing no figure at all states nothing:
 * a section's heading (`一、人员经费` over the rows its subtotal closes), or the rest of a 科目's
 * name wrapped onto a row of its own that reads as the line (`离退休人员经费` cut `离退休` /
 * `人员经费`: the wrapped-names property found it on the 普陀区社会福利院 fixture, CI's seed). Was:
 * its blank cells compared as prints of "none" with the 合计's 人员经费, two same-fact errors on a
 * correct table. A wrong subtotal closing the section is still caught.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed/types";
import { CASES, checkFixture, mapTables, projection } from "./metamorphic/support";

const welfare = CASES.find((c) => c.name.startsWith("普陀区社会福利院"));
if (welfare === undefined) throw new Error("no 普陀区社会福利院 case");
const isBasic = (t: PrintedTable) => t.title.includes("基本支出部门预算经济分类");

/** The findings of the fixture with its basic table's rows changed by `f`, not counting info. */
const findings = (f?: (rows: string[][]) => string[][]) =>
  projection(
    checkFixture(
      welfare,
      f === undefined
        ? welfare.fixture
        : mapTables(welfare.fixture, (t) =>
            isBasic(t) ? { ...t, rows: f(t.rows.map((r) => [...r])) } : t,
          ),
    ),
    { serious: true },
  );

/** The rows with row `code`'s (`303`) printed as `lines` instead. */
const replace = (code: string, lines: (row: string[]) => string[][]) => (rows: string[][]) =>
  rows.flatMap((r) => (`${r[0]}${r[1]}` === code ? lines(r) : [r]));
const named = (name: string, cells: readonly string[] = ["", "", ""]) => ["", "", name, ...cells];

describe("a 人员经费 line printing no figure on the 基本支出表", () => {
  const base = findings();

  it("the rest of 303's name wrapped onto a row of its own (离退 / 休 with its figures / 人员经费)", () => {
    const wrapped = replace("303", (r) => [
      ["303", "", "离退", "", "", ""],
      named("休", r.slice(3)),
      named("人员经费"),
    ]);
    expect(findings(wrapped)).toEqual(base);
  });

  it("the rest of 303's name wrapped onto a row of its own (离退休 with its figures / 人员经费)", () => {
    const wrapped = replace("303", (r) => [
      ["303", "", "离退休", ...r.slice(3)],
      named("人员经费"),
    ]);
    expect(findings(wrapped)).toEqual(base);
  });

  /** The table cut into two sections, each under a heading printing no figure, closed by its subtotal. */
  const sectioned =
    (personnel = "7,380,214") =>
    (rows: string[][]) => {
      const items = rows.filter((r) => /^3\d\d/u.test(r[0] ?? ""));
      const mine = items.filter((r) => r[0] !== "302");
      const other = items.filter((r) => r[0] === "302");
      const total = rows.filter((r) => !items.includes(r));
      return [
        named("一、人员经费"),
        ...mine,
        named("人员经费合计", [personnel, personnel, ""]),
        named("二、公用经费"),
        ...other,
        named("公用经费合计", ["2,120,950", "", "2,120,950"]),
        ...total,
      ];
    };

  it("a section's heading over its rows, its subtotal closing them: no new finding", () => {
    expect(findings(sectioned())).toEqual(base);
  });

  it("bites: a wrong closing subtotal is still an error", () => {
    const added = findings(sectioned("7,380,314")).filter((l) => !base.includes(l));
    expect(added.some((l) => l.includes("line:personnel") && l.includes("| error |"))).toBe(true);
  });
});
