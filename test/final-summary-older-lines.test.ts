/**
 * 收入支出决算总表 as older forms print it (普陀区财政局's figures): the year's totals named
 * `收入合计` / `支出合计` above the carry-over lines with `总计` below (then the 合计 is the year's,
 * 本年收入合计 / 本年支出合计). Read as such: nothing added, nothing lost; a wrong figure is still
 * found.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { putuoFinanceFinal2024Fixture as FIN } from "./fixtures/putuo-finance-final-2024";
import { added, varyTables } from "./support/final-variants";

type Row = readonly string[];
const summary = (f: (r: Row) => Row[]) =>
  varyTables(
    FIN,
    (t: PrintedTable) => t.title === "收入支出决算总表",
    (t) => ({ ...t, rows: t.rows.flatMap((r) => f(r).map((x) => [...x])) }),
  );

describe("收入支出决算总表 in older forms", () => {
  it("收入合计 / 支出合计 above the carry-over, 总计 below: the year's totals", () => {
    const r = added(
      FIN,
      summary((row) =>
        row[0] === "本年收入合计"
          ? [["收入合计", row[1] as string, "支出合计", row[3] as string]]
          : [row],
      ),
    );
    expect(r.added).toEqual([]);
    expect(r.lost).toEqual([]);
  });

  it("a wrong figure on such a line is still found", () => {
    const t = added(
      FIN,
      summary((row) =>
        row[0] === "本年收入合计"
          ? [["收入合计", "2,956.25", "支出合计", row[3] as string]]
          : [row],
      ),
    );
    expect(t.added.length).toBeGreaterThan(0);
  });
});
