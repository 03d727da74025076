/**
 * A 收支总表 whose side prints its year's total under a label of the grand total (`收入合计` above
 * `上年结转`, `收入总计` below it; `支出合计` above `年终结转结余`, `支出总计` below): the upper is
 * the year's total (it was read as the grand total, twice: `duplicate-row`, and the sums wrong).
 * A grand total printed twice under one label stays a duplicate; a wrong year's total is caught.
 */
import { describe, expect, it } from "vitest";
import { rowKeyId } from "../disclosure";
import { henan2024, nationalMinimum } from "../templates";
import { checkNational, SUMMARY_HEADERS as HEADERS, readUnder } from "./test-support";
import type { PrintedTable } from "./types";

/** A summary: 100 of the year's income (+ 20 carried over), 120 spent, nothing carried forward. */
function summary(
  year: string,
  carry: string,
  total: string,
  spend = "本年支出合计",
  sum = "100.00",
) {
  return {
    title: "2025年部门收支总表",
    unit: "万元",
    headers: HEADERS,
    rows: [
      ["一、一般公共预算拨款收入", "100.00", "一、城乡社区支出", "120.00"],
      [year, sum, spend, "120.00"],
      [carry, "20.00", "年终结转结余", ""],
      [total, "120.00", "支出总计", "120.00"],
    ],
  } satisfies PrintedTable;
}

const read = (p: PrintedTable, template = nationalMinimum) => {
  const r = readUnder(p, template);
  return { r, keys: r.table?.rows.map((row) => rowKeyId(row.key)) ?? [] };
};

const serious = (p: PrintedTable) =>
  checkNational(p).findings.filter((f) => f.severity === "error" || f.severity === "warning");

describe("a year's total printed under the grand total's label", () => {
  it.each([
    ["收入合计", "上年结转"],
    ["收入合计", "上年结转结余"],
    ["收 入 合 计", "上年结转结余"],
    ["二、收入合计", "三、上年结转"],
    ["本年收入小计", "上年结转"],
  ])("%s above %s and 收入总计: the year's income", (year, carry) => {
    const p = summary(year, carry, "收入总计");
    const { r, keys } = read(p);
    expect(keys).toContain("line:revenue");
    expect(keys.filter((k) => k === "line:revenue.total")).toHaveLength(1);
    expect(r.problems.filter((x) => x.severity !== "info")).toEqual([]);
    expect(serious(p)).toEqual([]);
  });

  it("支出合计 above 年终结转结余 and 支出总计: the year's spending", () => {
    const p: PrintedTable = {
      ...summary("本年收入合计", "上年结转", "收入总计"),
      rows: [
        ["一、一般公共预算拨款收入", "100.00", "一、城乡社区支出", "100.00"],
        ["本年收入合计", "100.00", "支出合计", "100.00"],
        ["上年结转", "20.00", "年终结转结余", "20.00"],
        ["收入总计", "120.00", "支出总计", "120.00"],
      ],
    };
    const { keys } = read(p);
    expect(keys).toContain("line:spending");
    expect(keys.filter((k) => k === "line:spending.total")).toHaveLength(1);
    expect(serious(p)).toEqual([]);
  });

  it("一、收入合计 over its funds, 二、上年结转, 收入总计 (财政拨款收支总表)", () => {
    const p: PrintedTable = {
      title: "2025年财政拨款收支总表",
      unit: "万元",
      headers: ["收入/项目", "收入/预算数", "支出/项目", "支出/合计"],
      rows: [
        ["一、收入合计", "100.00", "一、本年支出", "120.00"],
        ["（一）一般公共预算拨款", "100.00", "（十二）城乡社区支出", "120.00"],
        ["二、上年结转", "20.00", "二、年终结转结余", ""],
        ["（一）一般公共预算拨款", "20.00", "", ""],
        ["收入总计", "120.00", "支出总计", "120.00"],
      ],
    };
    for (const template of [nationalMinimum, henan2024]) {
      const { r, keys } = read(p, template);
      expect(keys.slice(0, 2)).toEqual(["line:revenue", "line:spending"]);
      expect(keys).toContain("line:revenue.carryover.gpb");
      expect(r.problems.filter((x) => x.code === "duplicate-row")).toEqual([]);
    }
  });

  it("收入合计 at the side's top stating the grand total's figure (a carry line between) is the grand total, not the year's", () => {
    const p: PrintedTable = {
      ...summary("本年收入合计", "上年结转", "收入总计"),
      rows: [
        ["收入合计", "120.00", "支出合计", "120.00"],
        ["一、一般公共预算拨款收入", "100.00", "一、城乡社区支出", "120.00"],
        ["上年结转", "20.00", "", ""],
        ["收入总计", "120.00", "支出总计", "120.00"],
      ],
    };
    const { keys } = read(p);
    expect(keys).not.toContain("line:revenue");
    expect(serious(p).filter((f) => f.ruleId === "funds" || f.ruleId === "totals")).toEqual([]);
  });

  it("a grand total printed twice under one label stays the grand total (a duplicate)", () => {
    const { r, keys } = read(summary("收入总计", "上年结转", "收入总计"));
    expect(keys).not.toContain("line:revenue");
    expect(r.problems.map((x) => x.code)).toContain("duplicate-row");
  });

  it("beside 本年收入合计, a 收入合计 is the grand total still", () => {
    const p = summary("本年收入合计", "上年结转", "收入合计");
    const { keys } = read(p);
    expect(keys.filter((k) => k === "line:revenue.total")).toHaveLength(1);
    expect(serious(p)).toEqual([]);
  });

  it("a wrong year's total under 收入合计 is still caught", () => {
    const p = summary("收入合计", "上年结转", "收入总计", "本年支出合计", "90.00");
    expect(serious(p).length).toBeGreaterThan(0);
  });

  it("收入合计 above 上年结转 beside 本年收入合计 (which is it?): unread, never the grand total", () => {
    const p: PrintedTable = {
      ...summary("本年收入合计", "上年结转", "收入总计"),
      rows: [
        ["一、一般公共预算拨款收入", "100.00", "一、城乡社区支出", "120.00"],
        ["本年收入合计", "100.00", "本年支出合计", "120.00"],
        ["收入合计", "100.00", "", ""],
        ["上年结转", "20.00", "年终结转结余", ""],
        ["收入总计", "120.00", "支出总计", "120.00"],
      ],
    };
    const { r, keys } = read(p);
    expect(keys.filter((k) => k === "line:revenue.total")).toHaveLength(1);
    expect(r.problems.map((x) => x.code)).toEqual(["ambiguous-line"]);
    expect(r.problems[0]).toMatchObject({ candidates: ["revenue.total", "revenue"] });
    expect(serious(p)).toEqual([]);
  });

  it("收入合计 above 上年结转 with no grand total below: unread, never the grand total", () => {
    const p: PrintedTable = {
      ...summary("收入合计", "上年结转", "收入总计"),
      rows: [
        ["一、一般公共预算拨款收入", "100.00", "一、城乡社区支出", "120.00"],
        ["收入合计", "100.00", "支出合计", "120.00"],
        ["上年结转", "20.00", "年终结转结余", ""],
      ],
    };
    const { r, keys } = read(p);
    expect(keys).not.toContain("line:revenue.total");
    // (the spending side carries nothing forward: its 支出合计 is both totals, read)
    expect(r.problems.filter((x) => x.severity !== "info").map((x) => x.code)).toEqual([
      "ambiguous-line",
    ]);
    // read as the grand totals, 100.00 ≠ 100.00 + 20.00 was an error
    expect(serious(p)).toEqual([]);
  });

  it.each([
    ["", ""],
    ["0.00", "0.00"],
    ["0", ""],
  ])("收入合计 above carry lines printing no money (%j, %j), no 总计: read, no problem", (a, b) => {
    const p = (total: string): PrintedTable => ({
      ...summary("收入合计", "上年结转", "收入总计"),
      rows: [
        ["一、一般公共预算拨款收入", "100.00", "一、城乡社区支出", "100.00"],
        ["收入合计", total, "支出合计", "100.00"],
        ["上年结转结余", a, "年终结转结余", b],
      ],
    });
    const { r, keys } = read(p("100.00"));
    expect(keys).toContain("line:revenue.total");
    expect(r.problems.filter((x) => x.severity !== "info")).toEqual([]);
    expect(serious(p("100.00"))).toEqual([]);
    expect(serious(p("90.00")).map((f) => f.path?.row)).toContain("line:revenue.total");
  });

  it("a lone 收入合计 with no carry line below is the grand total: read and checked", () => {
    const p = (total: string): PrintedTable => ({
      ...summary("收入合计", "上年结转", "收入总计"),
      rows: [
        ["一、一般公共预算拨款收入", "100.00", "一、城乡社区支出", "100.00"],
        ["收入合计", total, "支出合计", "100.00"],
      ],
    });
    expect(read(p("100.00")).keys).toContain("line:revenue.total");
    expect(serious(p("100.00"))).toEqual([]);
    // 收入合计 90.00 ≠ 支出合计 100.00, and ≠ its one source 100.00
    expect(serious(p("90.00")).map((f) => f.path?.row)).toContain("line:revenue.total");
  });

  it("收入总计 at the side's top is the grand total, never the year's (a 总计 names the grand total)", () => {
    const p: PrintedTable = {
      ...summary("本年收入合计", "上年结转", "收入总计"),
      rows: [
        ["收入总计", "100.00", "支出总计", "100.00"],
        ["一、一般公共预算拨款收入", "100.00", "一、城乡社区支出", "100.00"],
        ["上年结转", "", "", ""],
        ["收入合计", "100.00", "支出合计", "100.00"],
      ],
    };
    const { keys } = read(p);
    // the top restating the grand total below (read once, there), not the year's above it
    expect(keys).not.toContain("line:revenue");
    expect(keys.filter((k) => k === "line:revenue.total")).toHaveLength(1);
  });
});
