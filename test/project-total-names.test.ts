/**
 * A project whose own name ends in a bracketed total word (`城乡居民医疗保险财政补助资金（合计）`:
 * the project of all the scheme's parts): a project, not a subtotal closing a group (the words
 * before the bracket name no unit, no 类型 and no column of the table). Read as a subtotal it was
 * left unplaced (a warning) and its 绩效目标 unmatched. A unit's `（合计）` (`某单位（本级）（合计）`)
 * stays its unit's subtotal; a wrong figure on such a project is still caught.
 */
import { describe, expect, it } from "vitest";
import { henan2024Fixture } from "./fixtures/henan-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { henanAlarms } from "./support/henan-alarms";

const OLD = "2024年通联值班费";

/** The fixture, the project renamed `name` in every table, its figures `figure` in the 项目支出表. */
function renamed(name: string, figure = "10.00"): DisclosureFixture {
  return {
    ...henan2024Fixture,
    tables: henan2024Fixture.tables.map((t) => ({
      ...t,
      rows: t.rows.map((r) =>
        r.includes(OLD)
          ? r.map((c, i) =>
              c === OLD
                ? name
                : t.title === "2024年项目支出预算表" && (i === 3 || i === 4)
                  ? figure
                  : c,
            )
          : r,
      ),
    })),
  };
}

describe("a project named with a bracketed total word", () => {
  it.each(["城乡居民医疗保险财政补助资金（合计）", "困难群众救助补助资金(小计)"])(
    "%s: no alarm",
    (name) => {
      expect(henanAlarms(renamed(name))).toEqual([]);
    },
  );

  it("a wrong figure on it is still caught", () => {
    const found = henanAlarms(renamed("城乡居民医疗保险财政补助资金（合计）", "11.00"));
    expect(found).toContain("rollup gpbExpenditure/total");
  });
});
