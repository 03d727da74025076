/**
 * The 2021 national forms group this year's income as 财政拨款收入 (一般公共预算, 政府性基金,
 * 国有资本经营) and 单位资金 (事业收入 …): the 收入总表's `单位资金` and `财政拨款收入` columns and
 * the 收支总表's `财政拨款收入` / `单位资金` lines are read (they were unplaced), as the funds
 * `government` and `unitFunds`; a bare `单位资金` beside a 上年结转结余 group is never read as
 * this year's by a guess; a wrong 单位资金 is still caught.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Table } from "../src/disclosure";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { checkDisclosure, nationalProfile } from "../src/rules";
import { nationalMinimum } from "../src/templates";
import { serious } from "./layouts/check";

const placed = (t: PrintedTable) => {
  const r = readPrintedTable(t, { template: nationalMinimum, catalog: catalog2024.functional });
  return {
    columns: Object.fromEntries(r.columns.map((c) => [c.header, c.column?.key])),
    lines: r.table?.rows.map((row) => (row.key.kind === "line" ? row.key.line : row.key.kind)),
    table: r.table,
  };
};

describe("the 收入总表 of the 2021 forms", () => {
  it.each([
    [
      "本年收入 over 单位资金, 上年结转结余 小计",
      [
        "单位名称",
        "总计",
        "本年收入/小计",
        "本年收入/一般公共预算拨款收入",
        "本年收入/单位资金",
        "上年结转结余/小计",
        "上年结转结余/单位资金",
      ],
      {
        "本年收入/单位资金": "unitFunds",
        "上年结转结余/小计": "carryover",
        "上年结转结余/单位资金": "carryover.unitFunds",
      },
    ],
    [
      "one row of headers, no 上年结转结余",
      ["单位名称", "合计", "一般公共预算拨款收入", "财政专户管理资金收入", "单位资金"],
      { 单位资金: "unitFunds" },
    ],
    [
      "财政拨款收入 and 单位资金 groups with their 小计",
      [
        "单位名称",
        "合计",
        "财政拨款收入/小计",
        "财政拨款收入/一般公共预算",
        "单位资金/小计",
        "单位资金/事业收入",
      ],
      {
        "财政拨款收入/小计": "government",
        "财政拨款收入/一般公共预算": "gpb",
        "单位资金/小计": "unitFunds",
        "单位资金/事业收入": "business",
      },
    ],
    [
      "本年收入 over a 财政拨款收入 合计",
      [
        "单位名称",
        "总计",
        "本年收入/财政拨款收入/合计",
        "本年收入/单位资金/合计",
        "上年结转结余/合计",
      ],
      {
        "本年收入/财政拨款收入/合计": "government",
        "本年收入/单位资金/合计": "unitFunds",
        "上年结转结余/合计": "carryover",
      },
    ],
  ])("%s: placed", (_, headers, expected) => {
    const r = placed({ title: "某局2024年部门收入总表", headers, rows: [] });
    expect(r.columns).toMatchObject(expected);
  });

  it("a bare 单位资金 after the 上年结转结余 group is never read as this year's by a guess", () => {
    const headers = [
      "单位名称",
      "总计",
      "本年收入/小计",
      "本年收入/单位资金",
      "上年结转结余/小计",
      "上年结转结余/一般公共预算",
      "单位资金",
    ];
    const r = placed({ title: "部门收入总表", headers, rows: [] });
    expect(r.columns.单位资金).not.toBe("unitFunds");
  });
});

/** A 收支总表 of the 2021 forms, `unitFunds` its 单位资金 line's figure. */
const summary = (government: string, unitFunds: string): PrintedTable => ({
  title: "部门收支总表",
  headers: ["收入/项目", "收入/预算数", "支出/项目", "支出/预算数"],
  rows: [
    [government, "100.00", "一、一般公共服务支出", "120.00"],
    ["  1.一般公共预算", "90.00", "", ""],
    ["  2.政府性基金预算", "10.00", "", ""],
    ["二、财政专户管理资金收入", "", "", ""],
    ["三、单位资金", unitFunds, "", ""],
    ["  1.事业收入", "20.00", "", ""],
    ["本年收入合计", "120.00", "本年支出合计", "120.00"],
  ],
});

const check = (...tables: Table[]) =>
  serious(
    checkDisclosure(
      {
        meta: {
          year: 2024,
          documentKind: "单位",
          template: "nationalMinimum",
          department: { name: "某局" },
          units: [{ name: "某局", unitType: "事业" }],
        },
        tables,
        texts: [],
      },
      { profile: nationalProfile, template: nationalMinimum, catalog: catalog2024 },
    ).findings,
  );

describe("the 收支总表 of the 2021 forms", () => {
  it.each(["一、财政拨款收入", "（一）财政拨款收入", "财政拨款收入"])(
    "%s and 三、单位资金 are read as lines, and check clean",
    (label) => {
      const r = placed(summary(label, "20.00"));
      expect(r.lines).toContain("revenue.government");
      expect(r.lines).toContain("revenue.unitFunds");
      expect(r.lines?.filter((l) => l === "unplaced")).toEqual([]);
      expect(check(r.table as Table)).toEqual([]);
    },
  );

  it("a 单位资金 the total does not sum to is caught", () => {
    const r = placed(summary("一、财政拨款收入", "25.00"));
    expect(check(r.table as Table)).toContain("funds error summary line:revenue income.amount");
  });
});
