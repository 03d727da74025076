/**
 * A 支出表 of all funds printed with its 基本支出 / 项目支出 under the fund they are of
 * (`合计 | 一般公共预算/基本支出 | 一般公共预算/项目支出 | 政府性基金预算`): those columns are the fund's
 * part, never the table's 基本支出 / 项目支出 (they were: the 一般公共预算's 30.00 of 项目支出 taken for
 * all 50.00, a false `same-fact` and `rollup` error against a correct 收支总表). They stay unread
 * (`unknown-header`, coverage); in the 一般公共预算 table the same headers are its columns.
 */
import { describe, expect, it } from "vitest";
import { type Table, tableBuilder } from "../src/disclosure";
import { readPrintedTable } from "../src/printed";
import { henan2024 } from "../src/templates";
import { checkHenanTables } from "./layouts/check";

const ROWS = [
  ["", "合计"],
  ["201", "一般公共服务支出"],
  ["20103", "政府办公厅（室）及相关机构事务"],
  ["2010301", "行政运行"],
];

/** A printed table: every row prints the same figures (one 项 under its 款 and 类). */
function printed(title: string, headers: string[], figures: string[]): Table {
  const r = readPrintedTable(
    {
      title,
      unit: "万元",
      headers: ["科目编码", "科目名称", ...headers],
      rows: ROWS.map((r) => [...r, ...figures]),
    },
    { template: henan2024 },
  );
  if (r.table === undefined) throw new Error(title);
  return r.table;
}

/** The 收支总表's spending by nature: 基本支出 50.00 (一般公共预算), 项目支出 50.00 (30.00 + 20.00). */
const summary = (basic: string, project: string) =>
  tableBuilder(henan2024, "summary")
    .line("spending.basic", { "spending.amount": basic })
    .line("spending.project", { "spending.amount": project })
    .build().value;

const check = (tables: Table[]) =>
  checkHenanTables(...tables).findings.filter((f) => f.severity !== "info");

describe("a 支出表 printing its columns under the fund they are of", () => {
  const byFund = (headers: string[]) =>
    printed("部门支出预算表", headers, ["100.00", "50.00", "30.00", "20.00"]);

  it("is no false alarm against a correct 收支总表 (a fund's part is not the column)", () => {
    for (const headers of [
      ["合计", "一般公共预算/基本支出", "一般公共预算/项目支出", "政府性基金预算"],
      ["合计", "一般公共预算拨款/基本支出", "一般公共预算拨款/项目支出", "政府性基金"],
      ["支出合计", "一般公共预算/基本支出", "一般公共预算/项目支出", "政府性基金预算/项目支出"],
    ]) {
      const t = byFund(headers);
      expect(t.rows[0]?.cells.basic, headers.join()).toBeUndefined();
      expect(check([summary("50.00", "50.00"), t]), headers.join()).toEqual([]);
    }
  });

  it("reads those columns in the 一般公共预算 table, where a wrong figure is still caught", () => {
    const headers = ["合计", "一般公共预算/基本支出", "一般公共预算/项目支出"];
    const right = printed("一般公共预算支出表", headers, ["80.00", "50.00", "30.00"]);
    expect(right.rows[0]?.cells.basic).toBe("50.00");
    expect(check([right])).toEqual([]);
    const wrong = printed("一般公共预算支出表", headers, ["80.00", "50.00", "31.00"]);
    expect(check([wrong]).map((f) => f.ruleId)).toContain("nature");
  });
});
