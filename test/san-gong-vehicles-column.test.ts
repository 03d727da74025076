/**
 * A 三公 table printing the vehicles item as one column, without its 购置费 / 运行费 parts beside
 * it (`合计 | 因公出国（境）费 | 公务用车购置及运行费 | 公务接待费`), as several provinces print it.
 */
import { describe, expect, it } from "vitest";
import { readPrintedTable } from "../src/printed";
import { henan2024, nationalMinimum } from "../src/templates";

describe("the 三公 vehicles item printed as one column", () => {
  it.each([henan2024, nationalMinimum])("is read as the vehicles figure ($id)", (template) => {
    for (const header of [
      "公务用车购置及运行费",
      "公务用车购置及运行维护费",
      "公务用车购置及运行经费",
    ]) {
      const r = readPrintedTable(
        {
          title: "2024年一般公共预算“三公”经费支出表",
          unit: "单位：万元",
          headers: ["合计", "因公出国（境）费", header, "公务接待费"],
          rows: [["6.50", "0.00", "4.00", "2.50"]],
        },
        { template, year: 2024 },
      );
      expect(r.table?.rows[0]?.cells, header).toEqual({
        total: "6.50",
        abroad: "0.00",
        vehicles: "4.00",
        reception: "2.50",
      });
      expect(
        r.problems.filter((p) => p.severity !== "info"),
        header,
      ).toEqual([]);
    }
  });
});
