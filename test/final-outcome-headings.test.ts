/**
 * The outcome of a 决算 table headed in other words (`决算`, `本年决算`, `支出决算数`, `本年支出`,
 * `决算金额`, `决算额`), one vocabulary for every 决算 kind: the 基本支出表's one amount, the sides
 * of the two 总表. Read as the outcome, so the fixture's own errors (302: 10.23 vs 10.22) are still
 * found: nothing added, nothing lost.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { putuoSocialWorkFinal2024Fixture as SOC } from "./fixtures/putuo-social-work-final-2024";
import { added, varyTables } from "./support/final-variants";

const basic = (t: PrintedTable) => t.title.includes("基本支出");
const lastHeaded = (h: string) => (t: PrintedTable) => ({
  ...t,
  headers: [...t.headers.slice(0, -1), h],
});

describe("the outcome headed in other words", () => {
  for (const h of [
    "决算",
    "本年决算",
    "支出决算数",
    "本年支出",
    "决算金额",
    "决算额",
    "2024年决算",
  ])
    it(`基本支出表 amount headed ${h}: read, its errors still found`, () => {
      const r = added(SOC, varyTables(SOC, basic, lastHeaded(h)));
      expect(r.added).toEqual([]);
      expect(r.lost).toEqual([]);
    });

  it("基本支出表 年初预算 | 决算: the outcome read, the budget another period's", () => {
    const varied = varyTables(SOC, basic, (t) => ({
      ...t,
      headers: [...t.headers.slice(0, -1), "年初预算", "决算"],
      rows: t.rows.map((r) => [...r.slice(0, -1), r.at(-1) ?? "", r.at(-1) ?? ""]),
    }));
    const r = added(SOC, varied);
    expect([r.added, r.lost]).toEqual([[], []]);
  });

  for (const title of ["收入支出决算总表", "财政拨款收入支出决算总表"])
    for (const [income, spending] of [
      ["决算", "决算"],
      ["本年决算", "本年决算"],
      ["收入决算数", "支出决算数"],
    ])
      it(`${title} sides headed 收入/${income}, 支出/${spending}`, () => {
        const varied = varyTables(
          SOC,
          (t) => t.title === title,
          (t) => ({
            ...t,
            headers: t.headers.map((x) =>
              x === "收入/决算数" ? `收入/${income}` : x.replace("支出/决算数", `支出/${spending}`),
            ),
          }),
        );
        const r = added(SOC, varied);
        expect([r.added, r.lost]).toEqual([[], []]);
        expect(r.varied.report.coverage.tables.map((c) => c.placed)).toEqual(
          r.base.report.coverage.tables.map((c) => c.placed),
        );
      });

  for (const h of ["决算", "决算金额", "支出决算数"])
    it(`三公 table's outcome headed …/${h}`, () => {
      const varied = varyTables(
        SOC,
        (t) => t.title.includes("三公"),
        (t) => ({ ...t, headers: t.headers.map((x) => x.replace(/决算数$/u, h)) }),
      );
      const r = added(SOC, varied);
      expect([r.added, r.lost]).toEqual([[], []]);
    });

  it("一般公共预算表's total headed 决算/合计 beside 基本支出 / 项目支出", () => {
    const varied = varyTables(
      SOC,
      (t) => t.title === "一般公共预算财政拨款支出决算表",
      (t) => ({ ...t, headers: t.headers.map((x) => (x === "合计" ? "决算/合计" : x)) }),
    );
    const r = added(SOC, varied);
    expect([r.added, r.lost]).toEqual([[], []]);
  });
});
