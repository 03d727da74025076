/**
 * A 收支总表 whose side prints its grand total at its top (`收入合计` / `支出合计` stating the
 * `收入总计` / `支出总计` figure, as some printers head each side) and again at its bottom: the
 * one line printed twice, read once — no `duplicate-row`, no `rows.duplicate`. Other figures in
 * the two places, or a total its lines do not add up to, are still caught.
 */
import { describe, expect, it } from "vitest";
import { rowKeyId } from "../disclosure";
import type { Profile } from "../rules";
import { nationalMinimum, shanghai, type Template } from "../templates";
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
  const { r } = read(p, template);
  if (r.table === undefined) throw new Error(p.title);
  return aboveInfo(checkAlone([r.table], { template, profile, documentKind: "部门" }));
};

/** 100 of the year's income and 20 carried over, 120 spent; each side's total at its top too. */
const VARIANTS: readonly (readonly [string, PrintedTable])[] = [
  [
    "收入合计 / 支出合计 at both sides' tops, one carry line",
    table("2025年收入支出预算总表", [
      ["收入合计", "120.00", "支出合计", "120.00"],
      ["一、一般公共预算拨款收入", "100.00", "一、城乡社区支出", "120.00"],
      ["二、上年结转", "20.00", "", ""],
      ["收入总计", "120.00", "支出总计", "120.00"],
    ]),
  ],
  [
    "the revenue side's alone, the spending side's top a 类, 上年结转结余, zeros and blanks",
    table("2025年部门收支总表", [
      ["收入合计", "120.00", "一、一般公共服务支出", "30.00"],
      ["一、一般公共预算拨款收入", "100.00", "二、城乡社区支出", "90.00"],
      ["二、政府性基金预算拨款收入", "0.00", "", ""],
      ["三、事业收入", "", "", ""],
      ["四、上年结转结余", "20.00", "", ""],
      ["", "", "年终结转结余", "0.00"],
      ["收入总计", "120.00", "支出总计", "120.00"],
    ]),
  ],
  [
    "spaced labels, 收入总计 at the top, the carry by fund",
    table("2025年部门收支总表", [
      ["收 入 总 计", "120.00", "支 出 合 计", "120.00"],
      ["一、一般公共预算拨款收入", "100.00", "一、城乡社区支出", "120.00"],
      ["二、上年结转", "20.00", "", ""],
      ["（一）一般公共预算拨款", "20.00", "", ""],
      ["收 入 总 计", "120.00", "支 出 总 计", "120.00"],
    ]),
  ],
];

describe("a side's grand total printed at its top and again at its bottom", () => {
  describe.each(TEMPLATES)("under %s", (_, template, profile) => {
    it.each(VARIANTS)("%s: read once, no duplicate", (_, p) => {
      const { r, keys } = read(p, template);
      expect(keys.filter((k) => k === "line:revenue.total")).toHaveLength(1);
      expect(keys.filter((k) => k === "line:spending.total")).toHaveLength(1);
      expect(keys).toContain("line:revenue.carryover");
      expect(r.problems.filter((x) => x.code === "duplicate-row")).toEqual([]);
      expect(r.problems.filter((x) => x.severity !== "info")).toEqual([]);
      expect(serious(p, template, profile)).toEqual([]);
    });

    it("the two printing other figures are both kept and reported", () => {
      const p = table("2025年收入支出预算总表", [
        ["收入总计", "125.00", "支出合计", "120.00"],
        ["一、一般公共预算拨款收入", "100.00", "一、城乡社区支出", "120.00"],
        ["二、上年结转", "20.00", "", ""],
        ["收入总计", "120.00", "支出总计", "120.00"],
      ]);
      expect(serious(p, template, profile).length).toBeGreaterThan(0);
    });

    it.each([
      ["totals", "收入合计", "120.00", "本年收入合计", "100.00", "25.00", "120.00"],
      ["balance", "收入合计", "125.00", "", "", "25.00", "125.00"],
    ])(
      "a restated total its lines add up otherwise to is still caught (%s: %s %s)",
      (rule, top, figure, year, sum, carry, total) => {
        const p = table("2025年收入支出预算总表", [
          [top, figure, "支出合计", "120.00"],
          ["一、一般公共预算拨款收入", "100.00", "一、城乡社区支出", "120.00"],
          [year, sum, "", ""],
          ["二、上年结转", carry, "", ""],
          ["收入总计", total, "支出总计", "120.00"],
        ]);
        const found = serious(p, template, profile);
        expect(found.map((f) => f.ruleId)).not.toContain("rows.duplicate");
        expect(found.map((f) => f.ruleId)).toContain(rule);
      },
    );
  });

  it.each(TEMPLATES)(
    "a 财政拨款收支总表 heading each side with its 总计 over several columns (%s)",
    (_, template, profile) => {
      const p = table(
        "2025年财政拨款收支总表",
        [
          ["收入总计", "120.00", "支出总计", "120.00", "120.00", ""],
          ["一、本年收入", "100.00", "一、本年支出", "120.00", "120.00", ""],
          ["（一）一般公共预算拨款", "100.00", "（十二）城乡社区支出", "120.00", "120.00", ""],
          ["二、上年结转", "20.00", "二、年终结转结余", "", "", ""],
          ["（一）一般公共预算拨款", "20.00", "", "", "", ""],
          ["收入总计", "120.00", "支出总计", "120.00", "120.00", ""],
        ],
        FISCAL_HEADERS,
      );
      const { r, keys } = read(p, template);
      expect(keys.filter((k) => k.endsWith(".total"))).toEqual([
        "line:revenue.total",
        "line:spending.total",
      ]);
      expect(r.problems.filter((x) => x.severity !== "info")).toEqual([]);
      expect(serious(p, template, profile)).toEqual([]);
      // a top stating another figure in one column keeps both rows
      const other = {
        ...p,
        rows: [["收入总计", "120.00", "支出总计", "120.00", "110.00", "10.00"], ...p.rows.slice(1)],
      };
      expect(read(other, template).r.problems.map((x) => x.code)).toContain("duplicate-row");
    },
  );

  it("a template with no year's total under 收入合计 (Shanghai's 收入总计 alone) reads it once too", () => {
    const p: PrintedTable = {
      title: "2025年财务收支预算总表",
      unit: "元",
      headers: ["本年收入/项目", "本年收入/预算数", "本年支出/项目", "本年支出/预算数"],
      rows: [
        ["收入总计", "1,200.00", "支出总计", "1,200.00"],
        ["财政拨款收入", "1,200.00", "一般公共服务支出", "1,200.00"],
        ["一般公共预算资金", "1,200.00", "", ""],
        ["收入总计", "1,200.00", "支出总计", "1,200.00"],
      ],
    };
    const { r, keys } = read(p, shanghai);
    expect(keys.filter((k) => k.endsWith(".total"))).toEqual([
      "line:revenue.total",
      "line:spending.total",
    ]);
    expect(r.problems.filter((x) => x.severity !== "info")).toEqual([]);
  });

  it("a grand total printed twice lower down, not at its side's top, is still a duplicate", () => {
    const p = table("2025年收入支出预算总表", [
      ["一、一般公共预算拨款收入", "100.00", "一、城乡社区支出", "120.00"],
      ["二、上年结转", "20.00", "", ""],
      ["收入总计", "120.00", "", ""],
      ["收入总计", "120.00", "支出总计", "120.00"],
    ]);
    const { r } = read(p, nationalMinimum);
    expect(r.problems.map((x) => x.code)).toContain("duplicate-row");
  });
});
