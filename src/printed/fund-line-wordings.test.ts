/**
 * A 收支总表's fund lines as other printers word them: a fund named with a plain 收入 or 资金收入
 * after it (`一、一般公共预算收入`, `二、政府性基金预算收入`, `三、国有资本经营收入`), the
 * 财政专户 line without 管理 (`财政专户资金收入`), 上级补助 / 附属单位上缴 without 收入, and a
 * 财政拨款收支总表's carry-over named as fiscal (`二、上年财政拨款结转结余`). Each is read as the
 * template's line (they were `unknown-line-label` warnings); a total they do not add up to is
 * still caught.
 */
import { describe, expect, it } from "vitest";
import { rowKeyId } from "../disclosure";
import type { Profile } from "../rules";
import type { Template } from "../templates";
import {
  serious as aboveInfo,
  checkAlone,
  FISCAL_HEADERS,
  readUnder,
  NATIONAL_AND_HENAN as TEMPLATES,
  twoSided as table,
} from "./test-support";
import type { PrintedTable } from "./types";

const read = (p: PrintedTable, template: Template) => {
  const r = readUnder(p, template);
  return { r, keys: r.table?.rows.map((row) => rowKeyId(row.key)) ?? [] };
};

const serious = (p: PrintedTable, template: Template, profile: Profile) => {
  const r = readUnder(p, template);
  if (r.table === undefined) throw new Error(p.title);
  return aboveInfo(checkAlone([r.table], { template, profile, documentKind: "部门" }));
};

/** A 部门收支总表: 60 + 30 + 10 of the year's income, 100 spent. */
const summary = (labels: readonly [string, string, string], total = "100.00") =>
  table("2025年部门收支总表", [
    [labels[0], "60.00", "一、一般公共服务支出", "70.00"],
    [labels[1], "30.00", "二、城乡社区支出", "30.00"],
    [labels[2], "10.00", "", ""],
    ["本年收入合计", total, "本年支出合计", "100.00"],
    ["收入总计", total, "支出总计", "100.00"],
  ]);

const SUMMARY_VARIANTS: readonly (readonly [string, string, string])[] = [
  ["一、一般公共预算收入", "二、政府性基金预算收入", "三、国有资本经营预算收入"],
  ["一、一般公共预算资金收入", "二、政府性基金收入", "三、国有资本经营收入"],
  ["1.一般公共预算收入", "2.财政专户资金收入", "3.上级补助"],
  ["一般公共预算收入", "纳入财政专户管理的收入", "附属单位上缴"],
];

/** A 财政拨款收支总表 whose carry-over line names it as fiscal. */
const fiscal = (carry: string, total = "100.00") =>
  table(
    "2025年财政拨款收支总表",
    [
      ["一、本年收入", "80.00", "一、本年支出", total, total, ""],
      ["（一）一般公共预算收入", "80.00", "（一）一般公共服务支出", total, total, ""],
      [carry, "20.00", "", "", "", ""],
      ["收入总计", "100.00", "支出总计", total, total, ""],
    ],
    FISCAL_HEADERS,
  );

describe("a 收支总表's fund lines worded with 收入 and the like", () => {
  describe.each(TEMPLATES)("under %s", (_, template, profile) => {
    it.each(SUMMARY_VARIANTS)("%s / %s / %s: read as the template's lines", (...labels) => {
      const p = summary(labels);
      const { r, keys } = read(p, template);
      expect(r.problems.filter((x) => x.severity !== "info")).toEqual([]);
      expect(
        keys.filter((k) => k.startsWith("line:revenue.") && k !== "line:revenue.total"),
      ).toHaveLength(3);
      expect(serious(p, template, profile)).toEqual([]);
    });

    it("a 本年收入合计 its lines do not add up to is still caught", () => {
      const p = summary(SUMMARY_VARIANTS[0] as readonly [string, string, string], "110.00");
      expect(serious(p, template, profile).length).toBeGreaterThan(0);
    });

    it.each(["二、上年财政拨款结转结余", "二、上年财政拨款结转", "上年财政拨款结转和结余"])(
      "a 财政拨款收支总表's %s: its carry-over",
      (carry) => {
        const p = fiscal(carry);
        const { r, keys } = read(p, template);
        expect(r.problems.filter((x) => x.severity !== "info")).toEqual([]);
        expect(keys).toContain("line:revenue.carryover");
        expect(serious(p, template, profile)).toEqual([]);
      },
    );

    it("a 财政拨款收支总表 whose totals disagree with its carry-over is still caught", () => {
      expect(
        serious(fiscal("二、上年财政拨款结转结余", "90.00"), template, profile).length,
      ).toBeGreaterThan(0);
    });
  });
});
