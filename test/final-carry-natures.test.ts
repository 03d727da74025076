/**
 * The 收入支出决算总表's 年末结转和结余 broken down by nature under it (`基本支出结转`,
 * `项目支出结转和结余`, as the national form prints them, `其中：` before the first or not): each
 * nature's balance, the block's sum (was: two unknown lines, their figures unchecked). Parts that
 * do not add up to the block are an error.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed/types";
import { putuoFinanceFinal2024Fixture as FIN } from "./fixtures/putuo-finance-final-2024";
import { added, varyTables } from "./support/final-variants";

/** The fixture with `basic` and `project` lines (and figures) printed under 年末结转和结余. */
const withNatures = (basic: string, project: string, figures = ["30.00", "25.34"]) =>
  varyTables(
    FIN,
    (t: PrintedTable) => t.title.endsWith("收入支出决算总表") && !t.title.includes("财政拨款"),
    (t) => ({
      ...t,
      rows: t.rows.flatMap((r) =>
        r[2] === "年末结转和结余"
          ? [r, ["", "", basic, figures[0] ?? ""], ["", "", project, figures[1] ?? ""]]
          : [r],
      ),
    }),
  );

describe("年末结转和结余 by nature in the 收入支出决算总表", () => {
  it.each([
    ["基本支出结转", "项目支出结转和结余"],
    ["其中：基本支出结转和结余", "项目支出结转"],
  ])("%s / %s: read, nothing added or lost", (basic, project) => {
    const r = added(FIN, withNatures(basic, project));
    expect(r.added).toEqual([]);
    expect(r.lost).toEqual([]);
  });

  it("parts not adding up to the block: an error", () => {
    const r = added(FIN, withNatures("基本支出结转", "项目支出结转和结余", ["30.00", "25.44"]));
    expect(
      r.added.some((f) => f.startsWith("error nature summary line:spending.carryforward")),
    ).toBe(true);
  });
});
