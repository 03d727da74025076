/**
 * A 类 row of the 决算 基本支出表 whose code the extractor lost (`| | 资本性支出 | 39.76`), printed
 * without 款 rows under it: the reader leaves the line unplaced (coverage), and a sum by 类 whose
 * whole is printed on another row (公用经费合计 = the 302 row + the 310 row) may lack that line's
 * figure: it is incomplete, not a `nature` error on the correct 公用经费合计 (found by the red-team
 * probe, 2026-12-07). A line of zeros holds no part (`src/printed/zero-unlabelled.test.ts`), and
 * with the 310 row read, a wrong 公用经费合计 is still found.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed/types";
import { putuoFinanceFinal2024Fixture } from "./fixtures/putuo-finance-final-2024";
import { putuoPlanningFinal2024Fixture } from "./fixtures/putuo-planning-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { added, varyTables } from "./support/final-variants";

const basic = (t: PrintedTable) => t.title === "一般公共预算财政拨款基本支出决算表";

/**
 * The 310 类 row printed with no code and without its 款 rows (a table printing the 类 alone):
 * a line under the last 302 row that heads no block, so the reader leaves it unplaced.
 */
const codeLost = (t: PrintedTable): PrintedTable => ({
  ...t,
  rows: t.rows.flatMap((r) =>
    r[0] === "310" && r.at(-2) === "资本性支出"
      ? [["", ...r.slice(1)]]
      : /^310/u.test(r[0] ?? "")
        ? []
        : [r],
  ),
});

describe("a 类 row printed without its code leaves the sums by 类 incomplete", () => {
  it.each([
    ["普陀区规划和自然资源局", putuoPlanningFinal2024Fixture],
    ["普陀区财政局", putuoFinanceFinal2024Fixture],
  ] as const)("%s: only the unplaced line is added", (_name, fixture: DisclosureFixture) => {
    const varied = varyTables(fixture, basic, codeLost);
    // the variant prints the line without its code
    const table = varied.tables.find(basic);
    expect(table?.rows.some((r) => r[0] === "" && r.at(-2) === "资本性支出")).toBe(true);
    const r = added(fixture, varied);
    expect(r.added).toEqual([
      expect.stringMatching(/^一般公共预算财政拨款基本支出决算表: unplaced-row$/u),
    ]);
  });

  it("with the 310 row read, a wrong 公用经费合计 is found (480.66 printed 490.66)", () => {
    const wrong = varyTables(putuoPlanningFinal2024Fixture, basic, (t) => ({
      ...t,
      rows: t.rows.map((r) =>
        r.includes("公用经费合计") ? r.map((c) => (c === "480.66" ? "490.66" : c)) : r,
      ),
    }));
    expect(added(putuoPlanningFinal2024Fixture, wrong).added).toContainEqual(
      expect.stringMatching(/^error nature gpbBasic line:public amount: 490\.66 vs 480\.66$/u),
    );
  });
});
