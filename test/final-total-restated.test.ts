/**
 * The two 决算 总表 (普陀区财政局) printing each side's 总计 at its top too, as some printers head
 * each side: the one line printed twice, read once (was `duplicate-row` on both sides and the
 * checker's `rows.duplicate`). A top printing another figure is still found.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { putuoFinanceFinal2024Fixture as FIN } from "./fixtures/putuo-finance-final-2024";
import { added, varyTables } from "./support/final-variants";

/** The table titled `title` with its last row (the 总计) printed first too, `top` its figures. */
const headed = (title: string, top?: readonly string[]) =>
  varyTables(
    FIN,
    (t: PrintedTable) => t.title === title,
    (t) => {
      const last = t.rows.at(-1) ?? [];
      return { ...t, rows: [top === undefined ? last : [...top], ...t.rows] };
    },
  );

describe("a 决算 总表's 总计 printed at each side's top and again at its bottom", () => {
  it.each([
    ["收入支出决算总表", ["收入总计", "2,995.39", "支出总计", "2,995.39"]],
    ["收入支出决算总表", undefined],
    ["财政拨款收入支出决算总表", undefined],
  ])("%s (%s): nothing added, nothing lost", (title, top) => {
    const r = added(FIN, headed(title, top));
    expect(r.added).toEqual([]);
    expect(r.lost).toEqual([]);
  });

  it("a top printing another figure than the bottom's is found", () => {
    const r = added(FIN, headed("收入支出决算总表", ["总计", "2,995.49", "总计", "2,995.39"]));
    expect(r.added.filter((f) => !f.startsWith("info"))).not.toEqual([]);
  });
});
