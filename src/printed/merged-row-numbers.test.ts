/**
 * A row number merged with its figure (`1 307.82` beside a blank 行次): the two cells where the
 * 行次 column's numbering gives that number there; else the figure grouped by a space, as before.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import { final2024 } from "../final/template";
import { readPrintedTable } from "./read";

const HEADERS = ["收入/项目", "收入/行次", "收入/决算数", "支出/项目", "支出/行次", "支出/决算数"];

const read = (first: readonly string[]) =>
  readPrintedTable(
    {
      title: "收入支出决算总表",
      unit: "万元",
      headers: HEADERS,
      rows: [
        [...first],
        ["二、政府性基金预算财政拨款收入", "2", "", "二、外交支出", "41", ""],
        ["三、国有资本经营预算财政拨款收入", "3", "", "三、国防支出", "42", ""],
      ],
    },
    { template: final2024, catalog: catalog2024.functional, year: 2024 },
  );

const gpb = (r: ReturnType<typeof read>) => r.table?.rows[0]?.cells["income.amount"];

describe("a row number merged with its figure", () => {
  it.each([
    ["1 307.82", ""],
    ["", "1 307.82"],
    ["", "１ 307.82"],
  ])("行次 «%s», 决算数 «%s»: line 1, 307.82", (number, figure) => {
    const r = read([
      "一、一般公共预算财政拨款收入",
      number,
      figure,
      "一、一般公共服务支出",
      "40",
      "1.00",
    ]);
    expect(gpb(r)).toBe("307.82");
    expect(r.problems.filter((p) => p.code === "merged-cell")).toEqual([
      expect.objectContaining({
        path: { row: 0, cell: number === "" ? 2 : 1 },
        cells: ["1", "307.82"],
      }),
    ]);
  });

  it.each([
    ["a number the numbering does not give there", "", "5 307.82", "5,307.82"],
    ["its 行次 printed", "1", "5 307.82", "5,307.82"],
    ["a figure grouped by a space alone", "1", "1 307.82", "1,307.82"],
  ])("%s: the figure grouped by a space", (_, number, figure, read1) => {
    const r = read([
      "一、一般公共预算财政拨款收入",
      number,
      figure,
      "一、一般公共服务支出",
      "40",
      "1.00",
    ]);
    expect(gpb(r)).toBe(read1);
    expect(r.problems.map((p) => p.code)).not.toContain("merged-cell");
  });
});
