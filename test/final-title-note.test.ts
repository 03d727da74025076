/**
 * An empty 决算 fund table whose note is printed in the title's closing bracket
 * (`政府性基金预算财政拨款收入支出决算表（本表无数据）`, `（无数据）`, `（空表）`, `(本表为空)`): the bracket
 * is the table's note, read with the words of a note row. A bracket that is no note (`（续）`,
 * `（按功能分类）`) is none, and a note saying empty over a table that prints amounts is still found.
 */
import { describe, expect, it } from "vitest";
import { titleNote } from "../src/printed/note-rows";
import { putuoSocialWorkFinal2024Fixture as SOC } from "./fixtures/putuo-social-work-final-2024";
import { added, varyTables } from "./support/final-variants";

const fund = (prefix: string) => (t: { title: string }) => t.title.startsWith(prefix);
const BRACKETS = [
  "（本表无数据）",
  "（无数据）",
  "（空表）",
  "(本表为空)",
  "（此表无数据）",
  "(无)",
];

describe("an empty-table note in the title's bracket", () => {
  for (const prefix of ["政府性基金", "国有资本经营"])
    for (const b of BRACKETS)
      it(`${prefix} table titled …${b}, no note: no table.emptyNote`, () => {
        const varied = varyTables(SOC, fund(prefix), (t) => {
          const { note: _, ...rest } = t;
          return { ...rest, title: t.title + b, rows: [] };
        });
        expect(added(SOC, varied).added).toEqual([]);
      });

  it("an empty table with no note anywhere is still found", () => {
    const varied = varyTables(SOC, fund("政府性基金"), (t) => {
      const { note: _, ...rest } = t;
      return { ...rest, rows: [] };
    });
    expect(added(SOC, varied).added).toEqual([
      "warning table.emptyNote govFund  : undefined vs undefined",
    ]);
  });

  it("reads only a bracket that says the table is empty", () => {
    expect(
      [
        "…决算表（本表无数据）",
        "…决算表(空表) ",
        "…决算表（续）",
        "…决算表（按功能分类）",
        "…决算表",
      ].map(titleNote),
    ).toEqual(["本表无数据", "空表", undefined, undefined, undefined]);
  });
});

describe("a title saying empty over a table that prints amounts", () => {
  it("is found as a note the table contradicts", () => {
    const varied = varyTables(
      SOC,
      (t) => t.title === "一般公共预算财政拨款支出决算表",
      (t) => ({
        ...t,
        title: `${t.title}（本表无数据）`,
      }),
    );
    expect(added(SOC, varied).added.filter((f) => f.startsWith("error"))).toEqual([
      "error table.note gpbExpenditure  : undefined vs undefined",
    ]);
  });
});
