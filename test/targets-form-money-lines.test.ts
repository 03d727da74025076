/**
 * The money lines of a targets form as other printers word them: a Shanghai project form's
 * `其中：本年财政拨款` (its 财政拨款) and its money by the nature of the revenue (一般公共预算 /
 * 政府性基金预算 / 财政专户管理资金 / 单位资金, the 2021 national form's 按收入性质分), and a department
 * 整体绩效目标表's budget lines (`资金总额`, `年度预算资金总额`, `财政资金` …): read into the target's
 * money, no reader warning, and a wrong figure still caught.
 */
import { describe, expect, it } from "vitest";
import { validateTargets } from "../src/performance";
import type { PrintedTable } from "../src/printed";
import { henan2024, shanghai } from "../src/templates";
import { readPrintedTargets } from "./support/disclosures";

/** What a reader of a targets form gives: the lines it left, and the targets' problems. */
interface Read {
  readonly left: readonly unknown[];
  readonly problems: readonly { readonly code: string }[];
}

/** Every line read, the money read (`got`) as `expected`, and no problem. */
function expectClean(r: Read, got: unknown, expected: unknown): void {
  expect(r.left).toEqual([]);
  expect(got).toEqual(expected);
  expect(r.problems).toEqual([]);
}

/** Every line read, and a wrong figure caught as the one problem, a money sum. */
function expectSumCaught(r: Read): void {
  expect(r.left).toEqual([]);
  expect(r.problems.map((p) => p.code)).toEqual(["money-sum"]);
}

const FORM = "2025年项目支出绩效目标申报表";
const INDICATORS = [
  ["产出指标", "数量指标", "培训人次", "≥500人次"],
  ["", "质量指标", "培训合格率", "≥95%"],
  ["效益指标", "社会效益指标", "从业人员素质", "有效提升"],
  ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
];

/** A Shanghai project form: its header block (`money` lines between name and goal), then its grid. */
const form = (money: readonly (readonly [string, string])[]): PrintedTable[] => [
  {
    title: FORM,
    headers: ["项目", "内容"],
    rows: [
      ["项目名称", "职业技能培训补贴"],
      ["主管部门", "某市人力资源和社会保障局"],
      ...money.map(([l, a]) => [l, a]),
      ["年度目标", "完成培训500人次"],
    ],
  },
  { title: FORM, headers: ["一级指标", "二级指标", "三级指标", "指标值"], rows: INDICATORS },
];

const readForm = (money: readonly (readonly [string, string])[]) => {
  const { targets, left } = readPrintedTargets(form(money), shanghai);
  if (targets === undefined) throw new Error("no targets");
  return { money: targets.projects[0]?.money, left, problems: validateTargets(targets) };
};

describe("a Shanghai project form's money lines", () => {
  it.each([
    ["其中：本年财政拨款", "资金总额"],
    ["本年财政拨款", "年度资金总额"],
    ["其中：当年财政拨款", "年度资金总额"],
  ])("%s (under %s) is the form's 财政拨款", (grant, total) => {
    const r = readForm([
      [total, "150.00"],
      [grant, "130.00"],
      ["其他资金", "20.00"],
    ]);
    expectClean(r, r.money, { total: "150.00", grant: "130.00", other: "20.00" });
  });

  it("a wrong 本年财政拨款 is still caught", () => {
    const r = readForm([
      ["资金总额", "150.00"],
      ["其中：本年财政拨款", "120.00"],
      ["其他资金", "20.00"],
    ]);
    expectSumCaught(r);
  });

  const BY_NATURE: readonly (readonly [string, string, string, string])[] = [
    ["其中：一般公共预算", "政府性基金预算", "财政专户管理资金", "单位资金"],
    ["其中：一般公共预算资金", "政府性基金", "财政专户管理资金收入", "单位资金"],
    ["一般公共预算拨款", "政府性基金预算拨款", "纳入财政专户管理的非税收入", "单位资金"],
  ];

  it.each(BY_NATURE)("by the nature of the revenue: %s / %s / %s / %s", (gpb, fund, sa, unit) => {
    const r = readForm([
      ["年度资金总额（万元）", "150.00"],
      [gpb, "100.00"],
      [fund, "30.00"],
      [sa, "0.00"],
      [unit, "20.00"],
    ]);
    expectClean(r, r.money, {
      total: "150.00",
      gpb: "100.00",
      govFund: "30.00",
      specialAccount: "0.00",
      unitFunds: "20.00",
    });
  });

  it("with 国有资本经营预算 too, and a wrong figure by nature is caught", () => {
    const lines = (gpb: string): [string, string][] => [
      ["年度资金总额", "200.00"],
      ["其中：一般公共预算", gpb],
      ["政府性基金预算", ""],
      ["国有资本经营预算", "10.00"],
      ["财政专户管理资金", ""],
      ["单位资金", "40.00"],
    ];
    const right = readForm(lines("150.00"));
    expect(right.left).toEqual([]);
    expect(right.problems).toEqual([]);
    const wrong = readForm(lines("140.00"));
    expect(wrong.left).toEqual([]);
    expect(wrong.problems).toMatchObject([
      { code: "money-sum", relation: "budgets", expected: "190.00", actual: "200.00" },
    ]);
  });

  it("财政拨款 broken down by nature under it: read, and no false sum", () => {
    const r = readForm([
      ["年度资金总额", "150.00"],
      ["其中：财政拨款", "130.00"],
      ["其中：一般公共预算", "100.00"],
      ["政府性基金预算", "30.00"],
      ["其他资金", "20.00"],
    ]);
    expectClean(r, r.money, {
      total: "150.00",
      grant: "130.00",
      gpb: "100.00",
      govFund: "30.00",
      other: "20.00",
    });
  });

  it("by source (政府预算资金 / 财政专户管理资金 / 单位资金)", () => {
    const r = readForm([
      ["年度资金总额", "150.00"],
      ["政府预算资金", "130.00"],
      ["财政专户管理资金", ""],
      ["单位资金", "20.00"],
    ]);
    expectClean(r, r.money, {
      total: "150.00",
      government: "130.00",
      specialAccount: "",
      unitFunds: "20.00",
    });
  });
});

const DEPARTMENT = "2025年部门整体绩效目标表";

/** A department 整体绩效目标表 (Henan): its budget printed as `headers` over `rows`, then its grid. */
const readDepartment = (headers: readonly string[], rows: readonly (readonly string[])[]) => {
  const { targets, left } = readPrintedTargets(
    [
      {
        title: DEPARTMENT,
        unit: "单位：万元",
        headers: [...headers],
        rows: rows.map((r) => [...r]),
      },
      {
        title: DEPARTMENT,
        unit: "单位：万元",
        headers: ["一级指标", "二级指标", "三级指标", "指标值"],
        rows: [
          ["产出指标", "数量指标", "开展执法检查", "≥12次"],
          ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
        ],
      },
    ],
    henan2024,
  );
  if (targets === undefined) throw new Error("no targets");
  return { department: targets.department, left, problems: validateTargets(targets) };
};

/** The form's budget printed a line each (`项目 | 金额`). */
const department = (budget: readonly (readonly [string, string])[]) => {
  const { department, left, problems } = readDepartment(["项目", "金额"], budget);
  return { budget: department?.budget, left, problems };
};

describe("a department 整体绩效目标表's budget lines as other printers word them", () => {
  it.each([
    ["资金总额", "其中：财政拨款", "上年结转", "其他资金"],
    ["年度预算资金总额", "财政资金", "上年结转资金", "其他资金"],
    ["部门预算资金总额", "其中：财政资金", "上年结转", "其他资金"],
    ["年度部门预算总额", "其中：本年财政拨款", "上年结转", "其他资金"],
  ])("%s / %s / %s / %s", (total, grant, carryover, other) => {
    const r = department([
      [total, "1,234.56"],
      [grant, "1,000.00"],
      [carryover, "200.00"],
      [other, "34.56"],
    ]);
    expectClean(r, r.budget, {
      total: "1,234.56",
      grant: "1,000.00",
      carryover: "200.00",
      other: "34.56",
    });
  });

  it("a wrong figure under 资金总额 is still caught", () => {
    const r = department([
      ["资金总额", "1,234.56"],
      ["其中：财政拨款", "1,100.00"],
      ["上年结转", "200.00"],
      ["其他资金", "34.56"],
    ]);
    expectSumCaught(r);
  });
});

describe("a department's 预算情况 printed across, one column a line", () => {
  /** The budget printed across: `headers` over the one `row`. */
  const across = (headers: readonly string[], row: readonly string[]) =>
    readDepartment(headers, [row]);

  it.each([
    [
      ["资金总额", "财政拨款", "其他资金", "基本支出", "项目支出"],
      { total: "1,234.56", grant: "1,200.00", other: "34.56", basic: "900.00", project: "334.56" },
    ],
    [
      ["年度预算总额", "其中：财政拨款", "上年结转", "其他资金", "基本支出", "项目支出"],
      {
        total: "1,234.56",
        grant: "1,000.00",
        carryover: "200.00",
        other: "34.56",
        basic: "900.00",
        project: "334.56",
      },
    ],
  ])("预算情况/%s", (words, budget) => {
    const r = across(
      words.map((w) => `预算情况/${w}`),
      Object.values(budget),
    );
    expect(r.left).toEqual([]);
    expect(r.department?.budget).toEqual(budget);
    expect(r.department?.indicators).toHaveLength(2);
    expect(r.problems).toEqual([]);
  });

  it("a wrong figure across is still caught", () => {
    const r = across(
      [
        "预算情况/资金总额",
        "预算情况/财政拨款",
        "预算情况/其他资金",
        "预算情况/基本支出",
        "预算情况/项目支出",
      ],
      ["1,234.56", "1,200.00", "34.56", "900.00", "434.56"],
    );
    expectSumCaught(r);
  });
});
