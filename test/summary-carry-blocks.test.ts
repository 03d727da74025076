/**
 * The 结转结余 blocks of a 收支总表 broken down by fund, as other provinces print them: under
 * `上年结转结余`, `其中：一般公共预算 / 政府性基金预算 / 单位资金` (numbered or not, `其他资金`, `财政专
 * 户管理资金`); on the spending side of a 财政拨款收支总表, `二、年终（年末）结转结余` then `（一）一般公共预算
 * 拨款 / （二）政府性基金预算拨款`. The fund lines under 上年结转结余 are that block's (were read as
 * 本年收入's lines of the same name: `same-fact` and `rows.duplicate` errors); the spending side's
 * numbered lines are never 类 by their ordinal (were read as 201 / 202: `same-fact`, `rollup`,
 * `rows.duplicate` errors).
 */
import { describe, expect, it } from "vitest";
import {
  checkAlone,
  FISCAL_HEADERS,
  readUnder,
  NATIONAL_AND_HENAN as TEMPLATES,
  twoSided,
} from "../src/printed/test-support";
import type { PrintedTable } from "../src/printed/types";

function serious(which: (typeof TEMPLATES)[number], printed: PrintedTable) {
  const [, template, profile] = which;
  const read = readUnder(printed, template, { year: 2024 });
  const tables = read.table === undefined ? [] : [read.table];
  const report = checkAlone(tables, { template, profile, year: 2024, department: "某区某局" });
  return {
    read: read.table !== undefined,
    findings: report.findings
      .filter((f) => f.severity !== "info")
      .map((f) => `${f.ruleId} ${f.path?.row} ${f.path?.column}`),
  };
}

const summary = (carry: readonly (readonly [string, string])[]): PrintedTable =>
  twoSided("2024年部门收支总表", [
    ["一、一般公共预算拨款收入", "900.00", "一、一般公共服务支出", "1,000.00"],
    ["二、政府性基金预算拨款收入", "", "", ""],
    ["三、事业收入", "60.00", "", ""],
    ["本年收入合计", "960.00", "本年支出合计", "1,000.00"],
    ["上年结转结余", "50.00", "年终结转结余", "10.00"],
    ...carry.map(([label, amount]) => [label, amount, "", ""]),
    ["收入总计", "1,010.00", "支出总计", "1,010.00"],
  ]);

const CARRY: readonly (readonly (readonly [string, string])[])[] = [
  [
    ["其中：一般公共预算", "20.00"],
    ["政府性基金预算", ""],
    ["单位资金", "30.00"],
  ],
  [
    ["（一）一般公共预算拨款", "20.00"],
    ["（二）政府性基金预算拨款", ""],
    ["（三）单位资金", "30.00"],
  ],
  [
    ["1.一般公共预算", "20.00"],
    ["2.财政专户管理资金", ""],
    ["3.其他资金", "30.00"],
  ],
];

describe.each(TEMPLATES.map((t) => [t[0], t] as const))("%s", (_, which) => {
  it.each(CARRY.map((c) => [c.map(([l]) => l).join(" / "), c] as const))(
    "上年结转结余 by fund (%s): no warning or error",
    (_label, carry) => {
      const r = serious(which, summary(carry));
      expect(r.read).toBe(true);
      expect(r.findings).toEqual([]);
    },
  );

  it("still finds a wrong 本年收入合计 above the block", () => {
    const wrong = summary(CARRY[0] ?? []);
    const rows = wrong.rows.map((r) =>
      r[0] === "本年收入合计" ? ["本年收入合计", "970.00", ...r.slice(2)] : r,
    );
    expect(serious(which, { ...wrong, rows }).findings).not.toEqual([]);
  });

  it.each([
    ["二、年终结转结余", "（一）一般公共预算拨款", "（二）政府性基金预算拨款"],
    ["二、年末结转结余", "（一）一般公共预算", "（二）政府性基金预算"],
  ])(
    "a 财政拨款收支总表's %s by fund: no 类 read by ordinal, no warning or error",
    (head, gpb, fund) => {
      const t = twoSided(
        "2024年财政拨款收支总表",
        [
          ["一、本年收入", "1,000.00", "一、本年支出", "990.00", "990.00", ""],
          ["（一）一般公共预算拨款", "1,000.00", "（一）一般公共服务支出", "990.00", "990.00", ""],
          ["（二）政府性基金预算拨款", "", "", "", "", ""],
          ["二、上年结转", "", head, "10.00", "10.00", ""],
          ["", "", gpb, "10.00", "10.00", ""],
          ["", "", fund, "", "", ""],
          ["收入总计", "1,000.00", "支出总计", "1,000.00", "1,000.00", ""],
        ],
        FISCAL_HEADERS,
      );
      const r = serious(which, t);
      expect(r.read).toBe(true);
      expect(r.findings).toEqual([]);
    },
  );
});
