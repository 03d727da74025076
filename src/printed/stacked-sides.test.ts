import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import { rowKeyId } from "../disclosure";
import { final2024 } from "../final";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const summary = (rows: string[][], headers = ["项目", "决算数"]): PrintedTable => ({
  title: "收入支出决算总表",
  unit: "万元",
  headers,
  rows,
});

const INCOME = [
  ["一、一般公共预算财政拨款收入", "100.00"],
  ["本年收入合计", "100.00"],
  ["总计", "100.00"],
];
const SPENDING = [
  ["一、一般公共服务支出", "100.00"],
  ["本年支出合计", "100.00"],
  ["总计", "100.00"],
];

const keys = (t: PrintedTable, withCatalog = true) => {
  const r = readPrintedTable(
    t,
    withCatalog
      ? { template: final2024, catalog: catalog2024.functional }
      : { template: final2024 },
  );
  return { r, keys: r.table?.rows.map((x) => rowKeyId(x.key)) ?? [] };
};

describe("a 总表 printed one side above the other", () => {
  it("under headings: each line on its side, the headings read as layout", () => {
    const { r, keys: k } = keys(
      summary([["收入", ""], ...INCOME, ["支出", ""], ...SPENDING]),
      false,
    );
    expect(k).toEqual([
      "line:revenue.gpb",
      "line:revenue",
      "line:revenue.total",
      // no catalog: the 类 stays unplaced, reported, on the spending side
      "unplaced:一、一般公共服务支出",
      "line:spending",
      "line:spending.total",
    ]);
    expect(r.rowSources).toEqual([1, 2, 3, 5, 6, 7]);
    expect(
      r.table?.rows.find((x) => x.key.kind === "line" && x.key.line === "spending.total")?.cells,
    ).toMatchObject({
      "spending.amount": "100.00",
    });
  });

  it("without headings: the spending side from its first 类 (named by the catalog)", () => {
    const { r, keys: k } = keys(summary([...INCOME, ...SPENDING]));
    expect(k).toEqual([
      "line:revenue.gpb",
      "line:revenue",
      "line:revenue.total",
      "functional:201",
      "line:spending",
      "line:spending.total",
    ]);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("without headings or a catalog: left as printed where a 类 comes before the spending lines", () => {
    const { keys: k } = keys(summary([...INCOME, ...SPENDING]), false);
    expect(k).not.toContain("line:spending.total");
  });

  it("a first-side line after the second side starts: left as printed", () => {
    const { keys: k } = keys(
      summary([
        ["收入", ""],
        ...INCOME,
        ["支出", ""],
        ...SPENDING,
        ["一、一般公共预算财政拨款收入", "1.00"],
      ]),
    );
    expect(k).not.toContain("line:spending.total");
  });
});

describe("a 总表 printed one side above the other, its 结转和结余 blocks by fund", () => {
  it("the fund lines under 年初 / 年末结转和结余 are the block's, on its side; the 本年收入 line stays", () => {
    const { r, keys: k } = keys(
      summary([
        ["收入", ""],
        ["一、一般公共预算财政拨款收入", "100.00"],
        ["本年收入合计", "100.00"],
        ["年初结转和结余", "5.00"],
        ["其中：一般公共预算财政拨款", "5.00"],
        ["总计", "105.00"],
        ["支出", ""],
        ["一、一般公共服务支出", "100.00"],
        ["本年支出合计", "100.00"],
        ["年末结转和结余", "5.00"],
        ["其中：财政拨款结转和结余", "5.00"],
        ["总计", "105.00"],
      ]),
    );
    expect(k).toEqual([
      "line:revenue.gpb",
      "line:revenue",
      "line:revenue.carryover",
      "line:revenue.carryover.gpb",
      "line:revenue.total",
      "functional:201",
      "line:spending",
      "line:spending.carryforward",
      "line:spending.carryforward.government",
      "line:spending.total",
    ]);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });
});
