/**
 * The 三公 table's total headed `总计` (`“三公”经费总计`), or with the table's unit caption printed
 * in the header grid (`合计/单位：元`, `单位：万元/合计`): read as the total, so the items' sum is
 * checked against it (it was an unknown column: the sum not checked, the total `missing`). The
 * caption still gives the table's unit. A total that is not the items' sum is still caught.
 */
import { describe, expect, it } from "vitest";
import { henan2024Profile } from "../rules";
import { only } from "../rules/test-support";
import { henan2024, nationalMinimum } from "../templates";
import { readPrintedTable } from "./read";
import { checkAlone } from "./test-support";
import type { PrintedTable } from "./types";

const ITEMS = [
  "因公出国（境）费",
  "公务用车购置及运行费/小计",
  "公务用车购置及运行费/公务用车购置费",
  "公务用车购置及运行费/公务用车运行费",
  "公务接待费",
];
const table = (total: string, unit: string | undefined, figure = "6.50"): PrintedTable => ({
  title: "2024年一般公共预算“三公”经费预算表",
  ...(unit === undefined ? {} : { unit }),
  headers: [total, ...ITEMS],
  rows: [[figure, "", "4.00", "", "4.00", "2.50"]],
});

const HEADERS: readonly (readonly [string, string | undefined, string])[] = [
  ["总计", "万元", "万元"],
  ["“三公”经费总计", "单位：万元", "万元"],
  ["合计/单位：元", undefined, "元"],
  ["合计/金额单位：元", undefined, "元"],
  ["单位：万元/合计", undefined, "万元"],
  ["合计/单位:万元", "万元", "万元"],
];

describe.each([henan2024, nationalMinimum])("三公 total headers, $id", (template) => {
  const read = (p: PrintedTable) => readPrintedTable(p, { template, year: 2024 });
  const check = (p: PrintedTable) => {
    const r = read(p);
    if (r.table === undefined) throw new Error(p.title);
    return checkAlone([r.table], {
      template,
      profile: only(henan2024Profile, "sanGong.sum"),
      year: 2024,
      catalog: null,
    });
  };

  it.each(HEADERS)("%s: read as the total, in %s", (header, unit, expected) => {
    const r = read(table(header, unit));
    expect(r.table?.rows[0]?.cells.total).toBe("6.50");
    expect(r.table?.unit).toBe(expected);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(check(table(header, unit)).findings).toEqual([]);
  });

  it.each([
    ["总计", "合计"],
    ["“三公”经费总计", "“三公”经费合计"],
    ["总计", "“三公”经费/合计"],
  ])("%s before %s and 机关运行经费: the 合计 is the total, the 总计 left unread", (all, total) => {
    const p: PrintedTable = {
      title: "2024年一般公共预算“三公”经费预算表",
      unit: "万元",
      headers: [all, total, ...ITEMS, "机关运行经费"],
      rows: [["56.18", "6.50", "", "4.00", "", "4.00", "2.50", "49.68"]],
    };
    const r = read(p);
    expect(r.table?.rows[0]?.cells.total).toBe("6.50");
    expect(r.table?.rows[0]?.cells[`extra:${all}`]).toBe("56.18");
    expect(check(p).findings).toEqual([]);
  });

  it.each(HEADERS)("%s: a total off the items' sum is caught", (header, unit) => {
    const r = check(table(header, unit, "6.60"));
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.path?.column])).toEqual([
      ["sanGong.sum", "error", "total"],
    ]);
  });
});
