import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { unheadBlankTwins } from "./merged-headers";
import { formatReadProblem } from "./messages";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const table = (headers: readonly string[], rows: readonly (readonly string[])[]): PrintedTable => ({
  title: "2024年项目支出预算表",
  unit: "万元",
  headers,
  rows,
});

describe("a header merged over two columns, given twice", () => {
  it("names the column printing the cells, whichever side the blank twin is on", () => {
    for (const [headers, rows] of [
      [["项目名称", "项目名称", "合计"], [["", "2024年通联值班费", "5.00"]]],
      [["项目名称", "项目名称", "合计"], [["2024年通联值班费", "", "5.00"]]],
      [["项目名称", "合计", " 合计 "], [["2024年通联值班费", "", "5.00"]]],
    ] as const) {
      const r = readPrintedTable(table(headers, rows), { template: henan2024 });
      expect(r.table?.rows.map((x) => [x.key, x.cells.total])).toEqual([
        [{ kind: "project", name: "2024年通联值班费" }, "5.00"],
      ]);
      expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    }
  });

  it("says which column is read as unheaded, in Chinese and English", () => {
    const { problems, table: t } = unheadBlankTwins(
      table(["项目名称", "项目名称", "合计"], [["", "某项目", "5.00"]]),
    );
    expect(t.headers).toEqual(["", "项目名称", "合计"]);
    expect(problems).toEqual([
      { code: "merged-header", severity: "info", path: { header: 0, text: "项目名称" }, into: 1 },
    ]);
    const [p] = problems;
    if (p === undefined) throw new Error("no problem");
    expect(formatReadProblem(p)).toBe(
      "第 1 列表头“项目名称”与第 2 列表头相同且没有内容（合并单元格），按无表头的空列读取",
    );
    expect(formatReadProblem(p, "en")).toContain("repeats the header of column 2");
  });

  it("leaves twins that both print something, and twins apart, as printed", () => {
    const both = table(["合计", "合计"], [["5.00", "6.00"]]);
    expect(unheadBlankTwins(both).table).toBe(both);
    const apart = table(["合计", "项目名称", "合计"], [["", "某项目", "5.00"]]);
    expect(unheadBlankTwins(apart).table).toBe(apart);
  });
});
