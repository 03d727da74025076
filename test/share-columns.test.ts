/**
 * A column of each row's share of the total (`占比（%）`, `比重(%)`, `占总支出比例`), which some
 * printers add beside the figures of a 支出表 or a 项目支出表: a percentage, no amount. Read as an
 * unheaded blank column, its cells kept in an info note (`share-column`): never summed, never a
 * warning, and no unknown column of figures that the table's sums would fall to insufficient
 * data over. The Henan 支出表 and 项目支出表 and a Shanghai 支出预算总表 so printed; a wrong
 * figure beside it is still caught.
 */
import { describe, expect, it } from "vitest";
import { readPrintedTable } from "../src/printed";
import { henan2024, shanghai } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import type { DisclosureFixture } from "./fixtures/types";
import { henanAlarms } from "./support/henan-alarms";

type Table = DisclosureFixture["tables"][number];
/** The table with a share column after column `after`, each row's share as `share(row index)`. */
const withShare = (
  t: Table,
  after: number,
  header: string,
  share: (i: number) => string,
): Table => ({
  ...t,
  headers: [...t.headers.slice(0, after + 1), header, ...t.headers.slice(after + 1)],
  rows: t.rows.map((r, i) => [...r.slice(0, after + 1), share(i), ...r.slice(after + 1)]),
});
const percent = (i: number) => (i === 0 ? "100.00" : `${(i * 7.3).toFixed(2)}%`);
const bare = (i: number) => (i === 0 ? "100" : (i * 7.3).toFixed(2));

/** The Henan fixture, its 支出表 and 项目支出表 printing share columns so headed. */
function henanWithShares(
  expenditure: string,
  projects: string,
  rows = (t: Table) => t,
): DisclosureFixture {
  return {
    ...henan2024Fixture,
    tables: henan2024Fixture.tables.map((t) =>
      t.title === "2024年部门支出预算表"
        ? rows(withShare(t, 5, expenditure, percent))
        : t.title === "2024年项目支出预算表"
          ? withShare(t, 3, projects, bare)
          : t,
    ),
  };
}

describe("a column of shares beside the figures", () => {
  it.each([
    ["占比（%）", "比重(%)"],
    ["占总支出比例", "占比"],
  ])("支出表 headed %s, 项目支出表 headed %s: no alarm", (a, b) => {
    expect(henanAlarms(henanWithShares(a, b))).toEqual([]);
  });

  it("the share column is kept, noted at info", () => {
    const t = henan2024Fixture.tables.find((x) => x.title === "2024年部门支出预算表") as Table;
    const r = readPrintedTable(withShare(t, 5, "占比（%）", percent), { template: henan2024 });
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    const share = r.problems.find((p) => p.code === "share-column");
    expect(share?.path).toEqual({ header: 6, text: "占比（%）" });
    expect(share !== undefined && "cells" in share ? share.cells[2] : undefined).toBe("14.60%");
  });

  it("a Shanghai 支出预算总表 with 支出预算/占比（%）: read", () => {
    const t = shanghaiFinance2025Fixture.tables.find((x) =>
      x.title.includes("支出预算总表"),
    ) as Table;
    const r = readPrintedTable(withShare(t, 4, "支出预算/占比（%）", percent), {
      template: shanghai,
    });
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("a wrong figure beside a share column is still caught", () => {
    const fx = henanWithShares("占比（%）", "比重(%)", (t) => ({
      ...t,
      rows: t.rows.map((r) =>
        r[4] === "住房公积金" ? [...r.slice(0, 5), "54.02", ...r.slice(6)] : r,
      ),
    }));
    expect(henanAlarms(fx)).toContain("nature expenditure/functional:2210201");
  });
});
