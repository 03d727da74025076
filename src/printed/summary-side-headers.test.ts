/**
 * A 收支总表's headers as other printers word them: the name columns as `收入/项目名称`,
 * `收入/科目` (and 支出's), or the side word fused with the name column's heading in one level,
 * the amount after it with no side (`收入项目 | 预算数 | 支出项目 | 预算数`). Before, the whole
 * table was unplaced (unknown and duplicate headers, every row an `unplaced-row`); now each
 * column and line is read, and a total the lines do not add up to is still caught.
 */
import { describe, expect, it } from "vitest";
import { rowKeyId } from "../disclosure";
import type { Profile } from "../rules";
import type { Template } from "../templates";
import {
  serious as aboveInfo,
  checkAlone,
  readUnder,
  NATIONAL_AND_HENAN as TEMPLATES,
  twoSided as table,
} from "./test-support";
import type { PrintedTable } from "./types";

const summary = (headers: string[], total = "100.00") =>
  table(
    "2025年部门收支总表",
    [
      ["一、一般公共预算拨款收入", "100.00", "一、一般公共服务支出", "70.00"],
      ["二、事业收入", "", "二、城乡社区支出", "30.00"],
      ["本年收入合计", total, "本年支出合计", "100.00"],
      ["上年结转结余", "", "年终结转结余", ""],
      ["收入总计", total, "支出总计", "100.00"],
    ],
    headers,
  );

const HEADERS: readonly (readonly string[])[] = [
  ["收入/项目名称", "收入/预算数", "支出/项目名称", "支出/预算数"],
  ["收入/科目", "收入/预算数", "支出/科目", "支出/预算数"],
  ["收入/科目名称", "收入/金额", "支出/科目名称", "支出/金额"],
  ["收入项目", "预算数", "支出项目", "预算数"],
  ["收入项目", "金额", "支出项目", "金额"],
  ["收入项目", "2025年预算数", "支出项目", "2025年预算数"],
  ["收 入 项 目", "预 算 数", "支 出 项 目", "预 算 数"],
];

const serious = (p: PrintedTable, template: Template, profile: Profile) => {
  const r = readUnder(p, template);
  if (r.table === undefined) throw new Error(p.title);
  return aboveInfo(checkAlone([r.table], { template, profile, documentKind: "部门" }));
};

describe("a 收支总表's name headings: 项目名称, 科目, a side word fused with 项目", () => {
  describe.each(TEMPLATES)("under %s", (_, template, profile) => {
    it.each(HEADERS)("%s | %s | %s | %s: every column and line read", (...headers) => {
      const p = summary(headers);
      const r = readUnder(p, template);
      expect(r.problems.filter((x) => x.severity !== "info")).toEqual([]);
      expect(r.columns.map((c) => c.key)).toEqual([
        "income.name",
        "income.amount",
        "spending.name",
        "spending.amount",
      ]);
      const keys = r.table?.rows.map((row) => rowKeyId(row.key)) ?? [];
      expect(keys).toContain("line:revenue.total");
      expect(keys).toContain("line:spending.total");
      expect(serious(p, template, profile)).toEqual([]);
    });

    it("a 收入总计 its lines do not add up to is still caught", () => {
      const p = summary(["收入项目", "预算数", "支出项目", "预算数"], "110.00");
      expect(serious(p, template, profile).length).toBeGreaterThan(0);
    });
  });
});
