/**
 * Henan's 机构运转经费表 as other printers lay it out: by 部门预算经济分类 code alone (no 单位代码
 * or 项目类别 column), the code whole (`科目编码`) or split into 类 / 款, one amount column headed
 * `金额` / `预算数` / `合计`, or a fund's figure under its bare name (`一般公共预算`). Read as the
 * fixture's own layout: the same report; a wrong figure still found.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed/types";
import { henan2024Fixture as henan } from "./fixtures/henan-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { henanAlarms } from "./support/henan-alarms";

const isOperating = (t: PrintedTable) => t.title.includes("机构运转经费");
const own = henan.tables.find(isOperating);
if (own === undefined) throw new Error("no 机构运转经费 table");
/** The fixture's rows by 款 (30201 办公费 … 30299): code, name, 合计. */
const BY_CODE = own.rows
  .filter((r) => /^\d{5}$/u.test(r[0] ?? ""))
  .map((r) => [r[0] ?? "", r[1] ?? "", r[3] ?? ""] as const);
const TOTAL = "49.68";

/** The fixture with its 机构运转经费表 printed as `headers` over `rows`. */
const printed = (
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  title = "2024年机构运转经费预算表",
): DisclosureFixture => ({
  ...henan,
  tables: henan.tables.map((t) => (isOperating(t) ? { ...t, title, headers, rows } : t)),
});

/** Each 款 as [code, name, amount], `change` overriding an amount by code. */
const rowsOf = (change: Readonly<Record<string, string>> = {}) =>
  BY_CODE.map(([code, name, amount]) => [code, name, change[code] ?? amount] as const);

const LAYOUTS: readonly (readonly [
  string,
  (c?: Record<string, string>, t?: string) => DisclosureFixture,
])[] = [
  [
    "科目编码 | 科目名称 | 金额, 合计 last",
    (c, t = TOTAL) => printed(["科目编码", "科目名称", "金额"], [...rowsOf(c), ["", "合计", t]]),
  ],
  [
    "经济分类科目/科目编码 | 经济分类科目/科目名称 | 预算数, 合计 first",
    (c, t = TOTAL) =>
      printed(
        ["经济分类科目/科目编码", "经济分类科目/科目名称", "预算数"],
        [["", "合计", t], ...rowsOf(c)],
        "行政（事业）单位机构运转经费预算表",
      ),
  ],
  [
    "部门经济分类/类 | 款 | 科目名称 | 合计, a 302 类 row",
    (c, t = TOTAL) =>
      printed(
        ["部门经济分类/类", "部门经济分类/款", "部门经济分类/科目名称", "合计"],
        [
          ["", "", "合计", t],
          ["302", "", "商品和服务支出", t],
          ...rowsOf(c).map(([code, name, a]) => ["302", code.slice(3), name, a]),
        ],
      ),
  ],
  [
    "科目编码 | 科目名称 | 合计 | 一般公共预算 | 政府性基金预算",
    (c, t = TOTAL) =>
      printed(
        ["科目编码", "科目名称", "合计", "一般公共预算", "政府性基金预算"],
        [["", "合计", t, t, ""], ...rowsOf(c).map(([code, name, a]) => [code, name, a, a, ""])],
      ),
  ],
];

describe("机构运转经费表 printed by economic code", () => {
  it.each(LAYOUTS)("%s: read, the fixture's report (no alarm)", (_l, layout) => {
    expect(henanAlarms(layout())).toEqual([]);
  });

  const [, byCode] = LAYOUTS[0] ?? [];
  if (byCode === undefined) throw new Error("no layout");

  it("a 合计 of 50.68 against Σ basic 302 = 49.68 is found", () => {
    // 30201 printed 1.00 more and the 合计 with it: the table adds up, its definition does not.
    expect(henanAlarms(byCode({ "30201": "9.02" }, "50.68"))).toContain(
      "operatingCost.definition operatingCost/total",
    );
  });

  it("a 款 printed 1.00 more under the right 合计 is found (the 合计 is not its rows' sum)", () => {
    expect(henanAlarms(byCode({ "30201": "9.02" }))).toContain("rollup operatingCost/total");
  });
});
