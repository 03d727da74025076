/**
 * The 结转和结余 blocks of the two 决算 总表 broken down by fund (普陀区财政局: 年初 49.14 = 财政拨款
 * 21.63 + 非财政拨款 27.51; 年末 55.34 = 21.63 + 33.71; 财政拨款 all 一般公共预算).
 *
 * - 收入支出决算总表: under `年初结转和结余` / `年末结转和结余`, `其中：一般公共预算财政拨款` / `政府性基金预算财政
 *   拨款` (numbered or not, with the block's words or not) or `财政拨款结转和结余` / `非财政拨款结转和结余`:
 *   each that fund's balance (were read as 本年收入's lines: `same-fact` / `rows.duplicate` errors,
 *   or left unknown).
 * - 财政拨款收入支出决算总表: the 年末 fund lines printed on the spending side, their figure in the 合计
 *   and their own fund's column, the other funds' columns blank (were read as that fund's balance
 *   too: `same-fact` errors, blank vs 21.63).
 *
 * A wrong figure is still found.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { putuoFinanceFinal2024Fixture as FIN } from "./fixtures/putuo-finance-final-2024";
import { added, varyTables } from "./support/final-variants";

const titled = (title: string) => (t: PrintedTable) => t.title === title;

/** `rows` inserted after the row whose first cell is `after`. */
const below = (after: string, rows: readonly string[][]) => (t: PrintedTable) => {
  const at = t.rows.findIndex((r) => r[0] === after);
  return { ...t, rows: [...t.rows.slice(0, at + 1), ...rows, ...t.rows.slice(at + 1)] };
};

const summary = (rows: readonly string[][]) =>
  varyTables(FIN, titled("收入支出决算总表"), below("年初结转和结余", rows));

describe("收入支出决算总表: the 结转和结余 blocks by fund", () => {
  it.each([
    ["其中：一般公共预算财政拨款", "政府性基金预算财政拨款"],
    ["其中：一般公共预算财政拨款结转和结余", "政府性基金预算财政拨款结转和结余"],
    ["1.一般公共预算财政拨款", "2.政府性基金预算财政拨款"],
    ["（一）一般公共预算财政拨款", "（二）政府性基金预算财政拨款"],
    ["其中：一般公共预算财政拨款结转结余", "国有资本经营预算财政拨款结转结余"],
  ])("年初 «%s» / «%s»: nothing added, nothing lost", (a, b) => {
    const r = added(
      FIN,
      summary([
        [a, "21.63", "", ""],
        [b, "", "", ""],
      ]),
    );
    expect(r.added).toEqual([]);
    expect(r.lost).toEqual([]);
  });

  it.each([
    ["其中：财政拨款结转和结余", "非财政拨款结转和结余"],
    ["其中：财政拨款结转结余", "非财政拨款结转结余"],
    ["1.财政拨款结转和结余", "2.非财政拨款结转和结余"],
  ])("both blocks «%s» / «%s»: nothing added, nothing lost", (a, b) => {
    const r = added(
      FIN,
      summary([
        [a, "21.63", a, "21.63"],
        [b, "27.51", b, "33.71"],
      ]),
    );
    expect(r.added).toEqual([]);
    expect(r.lost).toEqual([]);
  });

  it.each([
    ["其中：财政拨款结转和结余", "非财政拨款结转和结余"],
    ["其中：一般公共预算财政拨款", "政府性基金预算财政拨款"],
  ])("a 财政拨款 part unlike the 财政拨款总表's (21.63 → 21.73) is found: «%s»", (a, b) => {
    const r = added(
      FIN,
      summary([
        [a, "21.73", "", ""],
        [b, "", "", ""],
      ]),
    );
    expect(r.added.filter((f) => f.startsWith("error"))).not.toEqual([]);
  });
});

describe("财政拨款收入支出决算总表: the 年末 lines by fund on the spending side", () => {
  const fiscal = (row: readonly string[]) =>
    varyTables(FIN, titled("财政拨款收入支出决算总表"), (t) => ({
      ...t,
      rows: t.rows.map((r) =>
        r[0] === "一、一般公共预算财政拨款" && r[1] === "21.63" ? [...row] : r,
      ),
    }));

  it.each([
    ["一、一般公共预算财政拨款", "21.63", "一、一般公共预算财政拨款", "21.63", "21.63", "", ""],
    ["一、一般公共预算财政拨款", "21.63", "一般公共预算财政拨款", "21.63", "21.63", "0.00", "-"],
  ])("%s … %s: nothing added, nothing lost", (...row) => {
    const r = added(FIN, fiscal(row));
    expect(r.added).toEqual([]);
    expect(r.lost).toEqual([]);
  });

  it("a 0.00 or '-' under another fund's column states nothing and is no coverage gap either", () => {
    const row = [
      "一、一般公共预算财政拨款",
      "21.63",
      "一般公共预算财政拨款",
      "21.63",
      "21.63",
      "0.00",
      "-",
    ];
    const gaps = (fixture: typeof FIN) =>
      added(fixture, fixture).base.report.coverage.tables.flatMap((t) =>
        t.gaps.filter((g) => g.code === "malformed-amount"),
      );
    expect(gaps(fiscal(row))).toEqual(gaps(FIN));
  });

  it("a figure under another fund's column, or a 合计 unlike its fund's, is found", () => {
    const other = [
      "一、一般公共预算财政拨款",
      "21.63",
      "一、一般公共预算财政拨款",
      "21.63",
      "21.63",
      "5.00",
      "",
    ];
    expect(added(FIN, fiscal(other)).added.filter((f) => f.startsWith("error"))).not.toEqual([]);
    const unlike = [
      "一、一般公共预算财政拨款",
      "21.63",
      "一、一般公共预算财政拨款",
      "21.64",
      "21.63",
      "",
      "",
    ];
    expect(added(FIN, fiscal(unlike)).added.filter((f) => f.startsWith("error"))).not.toEqual([]);
  });
});
