/**
 * The money block of a 项目支出绩效目标申报表 (one project a form, Shanghai's layout) as printers
 * vary it: a 项目资金 heading printing its amount alone is the project's total, while one printing
 * another figure (the total over the years, a year) above 年度资金总额 is no part of the year's
 * money: a correct form is read with no problem, a wrong one still caught.
 */
import { describe, expect, it } from "vitest";
import { validateTargets } from "../src/performance";
import { shanghai } from "../src/templates";
import { readPrintedTargets as read } from "./support/disclosures";

const form = (money: readonly (readonly string[])[]) => ({
  title: "2024年项目支出绩效目标申报表",
  headers: ["项目", "内容"],
  rows: [
    ["项目名称", "2024年城市网格化管理运维"],
    ["主管部门", "某区城市运行管理中心"],
    ["实施单位", "某区城市运行管理中心"],
    ...money,
    ["中期目标", "2024-2026年保障网格化平台运行"],
    ["年度目标", "保障平台全年运行"],
  ],
});
const grid = {
  title: "2024年项目支出绩效目标申报表",
  headers: ["一级指标", "二级指标", "三级指标", "指标值"],
  rows: [
    ["产出指标", "数量指标", "巡查次数", "≥2次／天"],
    ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"],
  ],
};
const codes = (money: readonly (readonly string[])[]) => {
  const { targets, left } = read([form(money), grid], shanghai);
  return { targets, left, found: targets === undefined ? undefined : validateTargets(targets) };
};

describe("a 项目资金 heading printing a figure of its own above 年度资金总额", () => {
  it.each([
    // The total over the project's years (中期), then the year's money.
    [["项目资金（万元）", "30.00"], "30.00"],
    [["项目资金", "30.00"], "30.00"],
    [["项目资金情况", "90.00"], "90.00"],
    // A year printed beside the heading (项目资金 for 2024).
    [["项目资金（万元）", "2024"], "2024"],
    [["项目资金", "2025"], "2025"],
    // The same figure as the year's total: still the heading's, unread (never read twice).
    [["项目资金（万元）", "10.00"], "10.00"],
  ])("reads the year's money from its block, the heading's figure unread (%j)", (heading, raw) => {
    const { targets, left, found } = codes([
      heading,
      ["年度资金总额", "10.00"],
      ["其中：财政拨款", "10.00"],
      ["上年结转", ""],
      ["其他资金", ""],
    ]);
    expect(targets?.projects[0]?.money).toEqual({
      total: "10.00",
      grant: "10.00",
      carryover: "",
      other: "",
    });
    expect(found).toEqual([]);
    expect(left).toHaveLength(1);
    expect(left[0]).toContain('"code":"unread-cell"');
    expect(left[0]).toContain(`"raw":"${raw}"`);
  });

  it("reads the heading's amount as the total when its block prints no 年度资金总额", () => {
    const { targets, left, found } = codes([
      ["项目资金（万元）", "10.00"],
      ["其中：财政拨款", "8.00"],
      ["其他资金", "2.00"],
    ]);
    expect(targets?.projects[0]?.money).toEqual({ total: "10.00", grant: "8.00", other: "2.00" });
    expect([left, found]).toEqual([[], []]);
  });

  it.each([["2024"], ["1998"], ["２０２４"], ["2024 "]])(
    "a year alone beside the heading (%s) is no total",
    (year) => {
      const { targets, left } = codes([["项目资金", year]]);
      expect(targets?.projects[0]?.money.total).toBeUndefined();
      expect(left.some((l) => l.includes("unread-cell"))).toBe(true);
    },
  );

  it.each([
    ["项目资金（万元）", "2000", [["其中：财政拨款", "2000"]], { total: "2000", grant: "2000" }],
    [
      "项目资金",
      "2024",
      [
        ["其中：财政拨款", "2000"],
        ["其他资金", "24"],
      ],
      { total: "2024", grant: "2000", other: "24" },
    ],
    [
      "项目资金",
      "２０２０",
      [
        ["财政拨款", "1,500.00"],
        ["上年结转", "520"],
        ["其他资金", ""],
      ],
      { total: "２０２０", grant: "1,500.00", carryover: "520", other: "" },
    ],
  ] as const)(
    "a year-like figure (%s | %s) its block's lines add up to is the total",
    (label, figure, lines, money) => {
      const { targets, left, found } = codes([[label, figure], ...lines]);
      expect(targets?.projects[0]?.money).toEqual(money);
      expect([left, found]).toEqual([[], []]);
    },
  );

  it.each([
    ["2024", [["其中：财政拨款", "10.00"]]],
    [
      "2024",
      [
        ["其中：财政拨款", "2000"],
        ["其他资金", "20"],
      ],
    ],
    ["2025", [["其中：财政拨款", ""]]],
  ] as const)(
    "a year (%s) beside lines not adding up to it stays the year they are of",
    (year, lines) => {
      const { targets, left } = codes([["项目资金", year], ...lines]);
      expect(targets?.projects[0]?.money.total).toBeUndefined();
      expect(left.filter((l) => l.includes("unread-cell") && l.includes(year))).toHaveLength(1);
    },
  );

  it.each([["2024.00"], ["1200"], ["3000"], ["202.40"]])(
    "an amount that is no year (%s) beside the heading alone is the total",
    (amount) => {
      const { targets, left } = codes([["项目资金（万元）", amount]]);
      expect(targets?.projects[0]?.money.total).toBe(amount);
      expect(left).toEqual([]);
    },
  );

  it("bites: a year's money that does not add up is still caught under such a heading", () => {
    const { found } = codes([
      ["项目资金（万元）", "30.00"],
      ["年度资金总额", "10.00"],
      ["其中：财政拨款", "12.00"],
    ]);
    expect(found?.map((p) => p.code)).toContain("money-part-exceeds");
  });
});

describe("a money line of a label the reader does not know, inside a form", () => {
  const lines = (other: string, parts: string) => [
    ["年度资金总额", "10.00"],
    ["其中：财政性资金", parts],
    ["其他资金", other],
  ];
  const validated = (money: readonly (readonly string[])[]) => {
    const { targets, left } = codes(money);
    const problems = left.filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
    return targets === undefined ? [] : validateTargets(targets, { problems });
  };

  it.each([
    ["2.00", "8.00"],
    ["1.00", "9.00"],
    ["3.50", "6.50"],
  ])(
    "parts short of the total beside it (其他资金 %s, unread %s): a gap of the reading, no error",
    (other, unread) => {
      const { left } = codes(lines(other, unread));
      expect(left.some((l) => l.includes('"path":["projects",0]') && l.includes(unread))).toBe(
        true,
      );
      expect(validated(lines(other, unread)).map((p) => [p.code, p.severity])).toEqual([
        ["money-sum-unread", "info"],
      ]);
    },
  );

  it.each([
    ["联系电话", "12345678"],
    ["项目年度", "2024"],
    ["项目期限（年）", "4"],
    ["其中：财政性资金", "2.00"],
  ])(
    "bites: an unread %s | %s that is not the difference leaves a short sum an error",
    (label, raw) => {
      const found = validated([
        ["年度资金总额", "10.00"],
        ["其中：财政拨款", "5.00"],
        [label, raw],
        ["其他资金", "2.00"],
      ]);
      expect(found.map((p) => [p.code, p.severity])).toEqual([["money-sum", "error"]]);
    },
  );

  it("bites: parts over the total are still a wrong sum; a known label short of it too", () => {
    expect(validated(lines("12.00", "1.00")).map((p) => p.code)).toContain("money-part-exceeds");
    expect(
      validated([
        ["年度资金总额", "10.00"],
        ["其中：财政拨款", "6.00"],
        ["其他资金", "2.00"],
      ]).map((p) => p.code),
    ).toEqual(["money-sum"]);
  });

  it("自筹资金 is the form's 其他资金", () => {
    const { targets, left } = codes([
      ["年度资金总额", "10.00"],
      ["其中：财政拨款", "8.00"],
      ["自筹资金", "2.00"],
    ]);
    expect(left).toEqual([]);
    expect(targets?.projects[0]?.money).toEqual({ total: "10.00", grant: "8.00", other: "2.00" });
  });

  it.each([["其中：财政资金"], ["财政资金"]])("%s is the form's 财政拨款", (label) => {
    const { targets, left } = codes([
      ["年度资金总额", "10.00"],
      [label, "8.00"],
      ["其他资金", "2.00"],
    ]);
    expect(left).toEqual([]);
    expect(targets?.projects[0]?.money).toEqual({ total: "10.00", grant: "8.00", other: "2.00" });
  });
});
