/**
 * 部门决算 总表 in the older form: the year's fiscal income printed as one line, `一、财政拨款收入`
 * (all fiscal funds), instead of the form's lines by fund (`一、一般公共预算财政拨款收入`,
 * `二、政府性基金预算财政拨款收入`, `三、国有资本经营预算财政拨款收入`), the sources after it
 * numbered on (`二、上级补助收入` …). Read as the 财政拨款 income (fund 财政拨款): nothing added to
 * the fixture's report, and a wrong figure on it is found on its cell.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { putuoFinanceFinal2024Fixture as FIN } from "./fixtures/putuo-finance-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { addedByFigures, varyTables } from "./support/final-variants";

type Row = readonly string[];
const SUMMARY = "收入支出决算总表";
const FISCAL = "财政拨款收入支出决算总表";

/** The fixture with the rows of one table (by title) rewritten, each into zero or more rows. */
const inTable = (title: string, f: (r: Row) => Row[]) =>
  varyTables(
    FIN,
    (t: PrintedTable) => t.title === title,
    (t) => ({ ...t, rows: t.rows.flatMap((r) => f(r).map((x) => [...x])) }),
  );

/** What a variant adds to the fixture's report, findings compared by rule and figures. */
const news = (v: DisclosureFixture) => addedByFigures(FIN, v);

/** The older form's income lines: 财政拨款收入 first, the other sources numbered after it. */
const OLDER: Readonly<Record<string, string>> = {
  "一、一般公共预算财政拨款收入": "一、财政拨款收入",
  "二、政府性基金预算财政拨款收入": "",
  "三、国有资本经营预算财政拨款收入": "",
  "四、上级补助收入": "二、上级补助收入",
  "五、事业收入": "三、事业收入",
  "六、经营收入": "四、经营收入",
  "七、附属单位上缴收入": "五、附属单位上缴收入",
  "八、其他收入": "六、其他收入",
};

/** The 总表 in the older form, its 财政拨款收入 printed with `fiscal` (the fixture's 2,940.05). */
const olderSummary = (fiscal = "2,940.05") =>
  inTable(SUMMARY, (r) => {
    const to = OLDER[r[0] ?? ""];
    if (to === undefined) return [r];
    const figure = to === "一、财政拨款收入" ? fiscal : to === "" ? "" : (r[1] ?? "");
    return [[to, figure, ...r.slice(2)]];
  });

describe("收入支出决算总表 in the older form: 一、财政拨款收入", () => {
  it("is read as the 财政拨款 income: nothing new", () => {
    expect(news(olderSummary())).toEqual([]);
  });

  it.each([
    ["一、财政", "拨款收入"],
    ["一、财政拨款", "收入"],
  ])("wrapped (%s / %s), figure on either line: read whole, nothing new", (head, tail) => {
    const wrapped = (below: boolean) =>
      varyTables(
        olderSummary(),
        (t: PrintedTable) => t.title === SUMMARY,
        (t) => ({
          ...t,
          rows: t.rows.flatMap((r) =>
            r[0] === "一、财政拨款收入"
              ? [
                  [head, below ? "" : (r[1] ?? ""), ...r.slice(2)],
                  [tail, below ? (r[1] ?? "") : "", "", ""],
                ]
              : [[...r]],
          ),
        }),
      );
    expect(news(wrapped(false))).toEqual([]);
    expect(news(wrapped(true))).toEqual([]);
  });

  it("a wrong figure on it is found on its cell", () => {
    const r = news(olderSummary("2,941.05"));
    expect(r).toContain(
      "error funds summary line:revenue.government income.amount: 2941.05 vs 2940.05",
    );
    expect(r.filter((x) => !x.startsWith("error"))).toEqual([]);
  });
});

describe("财政拨款收入支出决算总表 in the older form: 一、财政拨款收入", () => {
  const older = (fiscal = "2,940.05") =>
    inTable(FISCAL, (r) =>
      r[0] === "一、一般公共预算财政拨款" && r[2] !== ""
        ? [["一、财政拨款收入", fiscal, ...r.slice(2)]]
        : r[0] === "二、政府性基金预算财政拨款" && r[2] !== ""
          ? [["", "", ...r.slice(2)]]
          : r[0] === "三、国有资本经营预算财政拨款" && r[2] !== ""
            ? [["", "", ...r.slice(2)]]
            : [r],
    );

  it("is read as the year's 财政拨款 income: nothing new", () => {
    expect(news(older())).toEqual([]);
  });

  it("a wrong figure on it is found on its cell", () => {
    const r = news(older("2,941.05"));
    expect(r.filter((x) => x.includes("fiscalSummary line:revenue.government"))).not.toEqual([]);
    expect(r.filter((x) => !x.startsWith("error"))).toEqual([]);
  });
});
