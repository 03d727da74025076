/**
 * A 三公 table whose total is headed `总计` (`总计 | 因公出国(境)费 | …`, `“三公”经费总计/预算数`): read
 * as the total (it was an unknown header, so the items' sum went unchecked). Checked clean; a total
 * that is not the items' sum is caught.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { checkHenanTables, readHenan, serious } from "./layouts/check";

const LAYOUTS: readonly (readonly [string, (total: string) => PrintedTable])[] = [
  [
    "总计 first, the vehicles' 合计 / 购置费 / 运行维护费",
    (total) => ({
      title: "2024年一般公共预算“三公”经费支出表",
      unit: "单位：万元",
      headers: [
        "总计",
        "因公出国(境)费",
        "公务用车购置及运行维护费/合计",
        "公务用车购置及运行维护费/购置费",
        "公务用车购置及运行维护费/运行维护费",
        "公务接待费",
      ],
      rows: [[total, "1.00", "3.00", "", "3.00", "2.00"]],
    }),
  ],
  [
    "“三公”经费总计/预算数",
    (total) => ({
      title: "“三公”经费预算表",
      headers: [
        "“三公”经费总计/预算数",
        "因公出国（境）费/预算数",
        "公务用车购置及运行费/预算数",
        "公务接待费/预算数",
      ],
      rows: [[total, "1.00", "3.00", "2.00"]],
    }),
  ],
  [
    "one item a row, 总计 first",
    (total) => ({
      title: "“三公”经费预算表",
      headers: ["项目", "预算数"],
      rows: [
        ["总计", total],
        ["1.因公出国（境）费", "1.00"],
        ["2.公务用车购置及运行费", "3.00"],
        ["3.公务接待费", "2.00"],
      ],
    }),
  ],
];

describe.each(LAYOUTS)("a 三公 table's total headed 总计: %s", (_, table) => {
  it("is read as the total; no finding above info", () => {
    const t = readHenan(table("6.00"));
    expect(t.rows[0]?.cells.total).toBe("6.00");
    expect(serious(checkHenanTables(t).findings)).toEqual([]);
  });

  it("a total that is not the items' sum is caught", () => {
    expect(serious(checkHenanTables(readHenan(table("7.00"))).findings).length).toBeGreaterThan(0);
  });
});
