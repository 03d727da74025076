/**
 * A 决算 总表 with a 行次 column numbering every printed line, the blank ones too (the central
 * form: `| 9 | | 九、卫生健康支出 | 48 | 2.71`): a side printing nothing but its row number is blank,
 * so the other side's line is read. A wrong figure on such a line is still found.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { putuoSocialWorkFinal2024Fixture as SOC } from "./fixtures/putuo-social-work-final-2024";
import { added, varyTables } from "./support/final-variants";

/** The 总表 with a 行次 column after each side's 项目, numbered from `income` and `spending`. */
const numbered =
  (income: (i: number) => string, spending: (i: number) => string, header = "行次") =>
  (t: PrintedTable): PrintedTable => ({
    ...t,
    headers: [
      t.headers[0] ?? "",
      `收入/${header}`,
      t.headers[1] ?? "",
      t.headers[2] ?? "",
      `支出/${header}`,
      ...t.headers.slice(3),
    ],
    rows: t.rows.map((r, i) => [
      r[0] ?? "",
      income(i),
      r[1] ?? "",
      r[2] ?? "",
      spending(i),
      ...r.slice(3),
    ]),
  });

const TITLES = ["收入支出决算总表", "财政拨款收入支出决算总表"];
const NUMBERINGS: readonly (readonly [string, (i: number) => string, (i: number) => string])[] = [
  ["1… and 40…", (i) => String(i + 1), (i) => String(i + 40)],
  ["1… on both sides", (i) => String(i + 1), (i) => String(i + 1)],
  [
    "full-width digits",
    (i) => String(i + 1).replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
    (i) => String(i + 30),
  ],
];

describe("行次 numbering every line of a 总表", () => {
  for (const title of TITLES)
    for (const [name, income, spending] of NUMBERINGS)
      it(`${title}, numbered ${name}: adds nothing, reads what the unnumbered table reads`, () => {
        const r = added(
          SOC,
          varyTables(SOC, (t) => t.title === title, numbered(income, spending)),
        );
        expect([r.added, r.lost]).toEqual([[], []]);
      });

  it("a wrong 类 figure on a line whose income side is blank but numbered is found", () => {
    const varied = varyTables(
      SOC,
      (t) => t.title === "收入支出决算总表",
      (t) => {
        const v = numbered(
          (i) => String(i + 1),
          (i) => String(i + 40),
        )(t);
        return {
          ...v,
          rows: v.rows.map((r) =>
            (r[3] ?? "").includes("卫生健康") ? [...r.slice(0, 5), "2.72"] : r,
          ),
        };
      },
    );
    expect(
      added(SOC, varied).added.some((f) => f.startsWith("error") && f.includes("functional:210")),
    ).toBe(true);
  });
});
