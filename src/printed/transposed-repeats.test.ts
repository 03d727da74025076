/**
 * A 三公 table printed one item a row whose total is printed twice, at the top and again at the
 * bottom (`合计` … `合计`, `合计` … `总计`, `“三公”经费合计` … `合计`), or an item printed twice:
 * the same figures are read once (it was a `duplicate-header`, the repeat an unknown column, and
 * a bare second `合计` was read as 公务用车购置及运行费's). Other figures under the very same label
 * are the document's repeat (`duplicate-row`), never read as another item's; a wrong total is
 * still caught.
 */
import { describe, expect, it } from "vitest";
import { henan2024Profile } from "../rules";
import { only } from "../rules/test-support";
import { henan2024, nationalMinimum } from "../templates";
import { readPrintedTable } from "./read";
import { checkAlone } from "./test-support";
import type { PrintedTable } from "./types";

const ITEMS: readonly (readonly string[])[] = [
  ["因公出国（境）费", "0.00"],
  ["公务用车购置及运行费", "8.00"],
  ["其中：公务用车购置费", "0.00"],
  ["公务用车运行费", "8.00"],
  ["公务接待费", "2.00"],
];
const NUMBERED: readonly (readonly string[])[] = [
  ["1.因公出国（境）费", "0.00"],
  ["2.公务用车购置及运行费", "8.00"],
  ["（1）公务用车购置费", "0.00"],
  ["（2）公务用车运行费", "8.00"],
  ["3.公务接待费", "2.00"],
];

const table = (rows: readonly (readonly string[])[]): PrintedTable => ({
  title: "2025年一般公共预算“三公”经费支出预算表",
  unit: "万元",
  headers: ["项目", "预算数"],
  rows: rows.map((r) => [...r]),
});

const EXPECTED = {
  total: "10.00",
  abroad: "0.00",
  vehicles: "8.00",
  "vehicles.purchase": "0.00",
  "vehicles.operation": "8.00",
  reception: "2.00",
};

describe.each([nationalMinimum, henan2024])("三公 total printed twice, $id", (template) => {
  const read = (p: PrintedTable) => readPrintedTable(p, { template, year: 2025 });
  const findings = (p: PrintedTable) => {
    const r = read(p);
    if (r.table === undefined) throw new Error(p.title);
    return checkAlone([r.table], {
      template,
      profile: only(henan2024Profile, "sanGong.sum"),
      year: 2025,
      catalog: null,
    }).findings.filter((f) => f.severity !== "info");
  };

  it.each([
    ["合计", "合计", ITEMS],
    ["合计", "总计", ITEMS],
    ["“三公”经费合计", "合计", ITEMS],
    ["合计", "合计", NUMBERED],
    ["合 计", "合计：", NUMBERED],
  ])("%s at the top, %s at the bottom: read once", (top, bottom, items) => {
    const r = read(table([[top, "10.00"], ...items, [bottom, "10.00"]]));
    expect(r.table?.rows).toHaveLength(1);
    expect(r.table?.rows[0]?.cells).toEqual(EXPECTED);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(findings(table([[top, "10.00"], ...items, [bottom, "10.00"]]))).toEqual([]);
  });

  it("an item printed twice with the same figure is read once", () => {
    const r = read(table([["合计", "10.00"], ...ITEMS, ["公务接待费", "2.00"]]));
    expect(r.table?.rows[0]?.cells).toEqual(EXPECTED);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it.each([
    [[["合计", "10.00"], ...ITEMS, ["合计", "11.00"]], "合计", [0, 6]],
    [[["合计", "10.00"], ...ITEMS, ["公务接待费", "3.00"]], "公务接待费", [5, 6]],
    [
      [
        ["合计", "10.00"],
        ["合计", "11.00"],
      ],
      "合计",
      [0, 1],
    ],
  ] as const)(
    "other figures under the same label: a duplicate, never another item's",
    (rows, key, at) => {
      const r = read(table(rows));
      expect(r.table?.rows).toHaveLength(1);
      expect(r.table?.rows[0]?.cells.total).toBe("10.00");
      expect(r.table?.rows[0]?.cells.vehicles ?? "").not.toBe("11.00");
      expect(r.problems).toContainEqual(
        expect.objectContaining({ code: "duplicate-row", severity: "warning", key, rows: at }),
      );
    },
  );

  it("a wrong total printed twice is still caught", () => {
    const p = table([["合计", "12.00"], ...ITEMS, ["合计", "12.00"]]);
    expect(findings(p).map((f) => f.ruleId)).toContain("sanGong.sum");
  });
});
