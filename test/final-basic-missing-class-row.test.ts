/**
 * A 决算 基本支出决算表 printing the 款 of a 类 without the 类's own row (310 资本性支出 left out, its
 * 31002 办公设备购置 printed): 公用经费 = 302 + 310 + … by 类 had no 310 row to count and gave a
 * `nature` error on a correct table (公用经费合计 184.65 应为 171.07). Now the sum is incomplete
 * (coverage): it lacks the money of the 款 printed without their 类. With the 类 row printed, a
 * wrong 公用经费 is still an error.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed/types";
import { putuoFinanceFinal2024Fixture as FIN } from "./fixtures/putuo-finance-final-2024";
import { putuoPlanningFinal2024Fixture as PLAN } from "./fixtures/putuo-planning-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { added, varyTables } from "./support/final-variants";

const basic = (t: PrintedTable) => t.title.includes("基本支出决算表");
/** The fixture's 基本支出表 without the rows `drop` picks. */
const without = (fx: DisclosureFixture, drop: (r: readonly string[]) => boolean) =>
  varyTables(fx, basic, (t) => ({ ...t, rows: t.rows.filter((r) => !drop(r)) }));
/** The 类's own row (`310 | | 资本性支出 | …`, or `310 | 资本性支出 | …`), not one of its 款. */
const classRow = (code: string) => (r: readonly string[]) =>
  r[0] === code && !/^\d/u.test(r[1] ?? "");
/** What a variant adds, apart from the text's list of 公用经费 items (read from the table). */
const tableAdded = (r: ReturnType<typeof added>) =>
  r.added.filter((f) => !f.includes("final.narrative.basicItems"));

describe("a 类's 款 printed without the 类's row", () => {
  it.each([
    ["财政局", FIN],
    ["规划局", PLAN],
  ] as const)("%s, 310 left out: no finding added", (_, fx) => {
    const varied = without(fx, classRow("310"));
    // (the variant really leaves out a row that printed money)
    const t = fx.tables.find(basic);
    expect(t?.rows.some((r) => classRow("310")(r) && /[1-9]/u.test(r.at(-1) ?? ""))).toBe(true);
    expect(tableAdded(added(fx, varied))).toEqual([]);
  });

  it("the 类 row printed, a wrong 公用经费合计: still an error", () => {
    const varied = varyTables(FIN, basic, (t) => ({
      ...t,
      rows: t.rows.map((r) =>
        r[2] === "公用经费合计" ? [r[0] ?? "", r[1] ?? "", r[2], "185.65"] : r,
      ),
    }));
    const found = tableAdded(added(FIN, varied));
    expect(
      found.some((f) => f.startsWith("error nature gpbBasic")),
      found.join("\n"),
    ).toBe(true);
  });
});
