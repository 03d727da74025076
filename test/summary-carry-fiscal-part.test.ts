/**
 * The fiscal part of a 部门收支总表's 结转结余, named as such (`上年财政拨款结转结余`, `财政拨款`,
 * `年终财政拨款结转结余`): under its block's heading (`上年结转结余 50.00` / `其中：上年财政拨款结转结余
 * 20.00` / `财政专户管理资金 0.00` / `单位资金 30.00`) it is that block's 财政拨款 part, read and
 * checked (Σ parts = the block); printed alone, with no block over it, it is only a part of a
 * carry-over the table does not print whole, so it stays unread (coverage), never compared as the
 * carry-over.
 */
import { describe, expect, it } from "vitest";
import {
  checkAlone,
  readUnder,
  NATIONAL_AND_HENAN as TEMPLATES,
  twoSided,
} from "../src/printed/test-support";
import type { PrintedTable } from "../src/printed/types";

function outcome(which: (typeof TEMPLATES)[number], printed: PrintedTable) {
  const [, template, profile] = which;
  const read = readUnder(printed, template, { year: 2024 });
  const tables = read.table === undefined ? [] : [read.table];
  const report = checkAlone(tables, { template, profile, year: 2024, department: "某区某局" });
  return {
    lines: read.table?.rows.flatMap((r) => (r.key.kind === "line" ? [r.key.line] : [])) ?? [],
    reads: read.problems.filter((p) => p.severity !== "info").map((p) => p.code),
    findings: report.findings
      .filter((f) => f.severity !== "info")
      .map((f) => `${f.ruleId} ${f.path?.row} ${f.path?.column}`),
  };
}

/** 960.00 of the year's income, 50.00 carried over (20.00 of it fiscal), 1,000.00 spent. */
const summary = (
  carry: readonly (readonly [string, string, string, string])[],
  over = "50.00",
  forward = "10.00",
): PrintedTable =>
  twoSided("2024年部门收支总表", [
    ["一、一般公共预算拨款收入", "900.00", "一、一般公共服务支出", "1,000.00"],
    ["二、事业收入", "60.00", "", ""],
    ["本年收入合计", "960.00", "本年支出合计", "1,000.00"],
    ["上年结转结余", over, "年终结转结余", forward],
    ...carry.map((r) => [...r]),
    ["收入总计", "1,010.00", "支出总计", "1,010.00"],
  ]);

describe.each(TEMPLATES.map((t) => [t[0], t] as const))("%s", (_, which) => {
  it.each([
    ["其中：上年财政拨款结转结余", "其中：年终财政拨款结转结余"],
    ["（一）财政拨款", "（一）财政拨款"],
    ["1.财政拨款结转结余", "1.财政拨款结转结余"],
  ])(
    "under its block (%s / %s): the block's 财政拨款 part, no warning or error",
    (over, forward) => {
      const r = outcome(
        which,
        summary([
          [over, "20.00", forward, "10.00"],
          ["单位资金", "30.00", "", ""],
        ]),
      );
      expect(r.lines).toEqual(
        expect.arrayContaining([
          "revenue.carryover.government",
          "spending.carryforward.government",
        ]),
      );
      expect(r.reads).toEqual([]);
      expect(r.findings).toEqual([]);
    },
  );

  it("a wrong 财政拨款 part under its block is found (Σ parts ≠ the block)", () => {
    const r = outcome(
      which,
      summary([
        ["其中：上年财政拨款结转结余", "25.00", "", ""],
        ["财政专户管理资金", "0.00", "", ""],
        ["单位资金", "30.00", "", ""],
      ]),
    );
    // Σ parts 25.00 + 0.00 + 30.00 ≠ 50.00, cited on the block it sums to (unread, no finding)
    expect(r.findings).toEqual(["funds line:revenue.carryover income.amount"]);
  });

  it("alone, with no block over it: unread (coverage), never the carry-over", () => {
    const t = twoSided("2024年部门收支总表", [
      ["一、一般公共预算拨款收入", "900.00", "一、一般公共服务支出", "1,010.00"],
      ["二、事业收入", "60.00", "", ""],
      ["本年收入合计", "960.00", "本年支出合计", "1,010.00"],
      // 20.00 fiscal of the 50.00 carried over: the rest is printed nowhere
      ["上年财政拨款结转结余", "20.00", "", ""],
      ["收入总计", "1,010.00", "支出总计", "1,010.00"],
    ]);
    const r = outcome(which, t);
    expect(r.lines).not.toContain("revenue.carryover.government");
    expect(r.reads).toEqual(["unknown-line-label"]);
    expect(r.findings).toEqual([]);
  });
});
