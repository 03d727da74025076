/**
 * A line label wrapped where both its parts are labels of the table too (`一、一般公共预算` /
 * `财政拨款收入` in a 决算 总表 that reads the older form's `财政拨款收入`): the lower row only
 * completes the one above (it starts no row of its own, and the figures are printed on one of
 * the two rows), so it is the label's rest, not a line. Two rows printing figures, or a lower row
 * starting a row of its own (`二、…`, `其中：…`, a total), stay two lines.
 */
import { describe, expect, it } from "vitest";
import { functional2024 } from "../catalog/2024";
import { rowKeyId } from "../disclosure";
import { final2024 } from "../final";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const summary = (rows: readonly (readonly string[])[]): PrintedTable => ({
  title: "收入支出决算总表",
  unit: "万元",
  headers: ["收入/项目", "收入/决算数", "支出/项目", "支出/决算数"],
  rows,
});

const read = (rows: readonly (readonly string[])[]) => {
  const r = readPrintedTable(summary(rows), { template: final2024, catalog: functional2024 });
  return {
    rows: r.table?.rows.map((x) => [rowKeyId(x.key), x.name, x.cells["income.amount"] ?? ""]),
    problems: r.problems.filter((p) => p.severity !== "info").map((p) => p.code),
  };
};

describe("a wrapped label whose parts are labels too", () => {
  it.each([
    ["the figure on the first line", ["一、一般公共预算", "100.00"], ["财政拨款收入", ""]],
    ["the figure on the second line", ["一、一般公共预算", ""], ["财政拨款收入", "100.00"]],
    ["no figure", ["一、一般公共预算", ""], ["财政拨款收入", ""]],
  ])("is one line, %s", (_, head, tail) => {
    const r = read([
      [...head, "一、一般公共服务支出", "100.00"],
      [...tail, "", ""],
      ["二、政府性基金预算财政拨款收入", "", "", ""],
    ]);
    expect(r.rows?.filter((x) => String(x[0]).startsWith("line:revenue"))).toEqual([
      ["line:revenue.gpb", "一、一般公共预算财政拨款收入", head[1] || tail[1]],
      ["line:revenue.govFund", "二、政府性基金预算财政拨款收入", ""],
    ]);
    expect(r.problems).toEqual([]);
  });

  it("two rows printing figures stay two lines", () => {
    const r = read([
      ["一、一般公共预算", "100.00", "一、一般公共服务支出", "150.00"],
      ["财政拨款收入", "150.00", "", ""],
    ]);
    expect(r.rows?.map((x) => x[0])).toEqual([
      "line:revenue.gpb",
      "functional:201",
      "line:revenue.government",
    ]);
  });

  it("a lower row starting a row of its own stays a line", () => {
    const r = read([
      ["一、一般公共预算", "100.00", "一、一般公共服务支出", "100.00"],
      ["二、财政拨款收入", "", "", ""],
    ]);
    expect(r.rows?.map((x) => x[0])).toEqual([
      "line:revenue.gpb",
      "functional:201",
      "line:revenue.government",
    ]);
  });
});
