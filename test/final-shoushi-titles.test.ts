/**
 * 决算 titles abbreviating 收入支出 as 收支 (the central form's `收支决算总表`, `财政拨款收支决算总表`,
 * `政府性基金预算财政拨款收支决算表`), bare or after 部门 / 单位: the same tables, read whole.
 */
import { describe, expect, it } from "vitest";
import { putuoSocialWorkFinal2024Fixture as SOC } from "./fixtures/putuo-social-work-final-2024";
import { added, checkFinal, varyTables } from "./support/final-variants";

const RENAMED = [
  ["收入支出决算总表", "收支决算总表", "summary"],
  ["收入支出决算总表", "部门收支决算总表", "summary"],
  ["收入支出决算总表", "单位收支决算总表", "summary"],
  ["财政拨款收入支出决算总表", "财政拨款收支决算总表", "fiscalSummary"],
  ["财政拨款收入支出决算总表", "部门财政拨款收支决算总表", "fiscalSummary"],
  ["政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款收支决算表", "govFund"],
  ["国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收支决算表", "soe"],
] as const;

describe("收支 for 收入支出 in a 决算 title", () => {
  for (const [from, to, kind] of RENAMED)
    it(`reads ${to} as ${kind}, adding nothing`, () => {
      const varied = varyTables(
        SOC,
        (t) => t.title === from,
        (t) => ({ ...t, title: to }),
      );
      const r = added(SOC, varied);
      expect(r.added).toEqual([]);
      expect(r.varied.tables.map((t) => t.kind)).toEqual(r.base.tables.map((t) => t.kind));
      expect(r.varied.tables.find((t) => t.title === to)?.kind).toBe(kind);
    });

  it("a title of no 决算 table stays unread", () => {
    const varied = varyTables(
      SOC,
      (t) => t.title === "收入支出决算总表",
      (t) => ({ ...t, title: "收支情况总表" }),
    );
    expect(checkFinal(varied).problems).toContain("收支情况总表: not read");
  });
});
