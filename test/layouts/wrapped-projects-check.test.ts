/**
 * Names cut by their cell, read and checked end to end: a project's name whose figures print level
 * with its last line (the 项目支出表 and the 项目绩效目标汇总表 naming it so), and a 类 row printed
 * with no code under a 项 row. No false finding (targets coverage, sums, duplicate rows); a figure
 * truly wrong is still an error.
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../../src/disclosure";
import type { PrintedTable } from "../../src/printed";
import { checkHenanTables, readHenan } from "./check";

const read = readHenan;

const serious = (...tables: Table[]) => {
  return checkHenanTables(...tables)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => [f.ruleId, f.severity, f.path?.table, f.path?.row, f.expected, f.actual]);
};

/** Two projects cut `head` / `rest` (figures on the rest), a third printed whole. */
const CUT: readonly (readonly [string, string, string])[] = [
  ["2024年机要密码工作", "经费", "12.00"],
  ["2024年困难群众生活", "补助资金", "5.00"],
  ["2024年办公楼维修经费", "", "3.00"],
];

const projects = (): PrintedTable => ({
  title: "2024年项目支出预算表",
  unit: "万元",
  headers: ["类型", "项目名称", "合计", "本年拨款/一般公共预算"],
  rows: [
    ["", "合计", "20.00", "20.00"],
    ...CUT.flatMap(([head, rest, money]) =>
      rest === ""
        ? [["其他运转类", head, money, money]]
        : [
            ["", head, "", ""],
            ["其他运转类", rest, money, money],
          ],
    ),
  ],
});

const GROUPS = ["成本指标", "产出指标", "效益指标", "满意度指标"];
const INDICATORS = [
  "运行成本",
  "按需确定",
  "保障次数",
  "≥10次",
  "工作开展",
  "有序",
  "满意度",
  "≥95%",
];
const targets = (first: string): PrintedTable => ({
  title: "本级部门预算项目绩效目标汇总表",
  unit: "万元",
  headers: [
    "项目单位（项目名称）",
    "项目分类",
    "项目金额（万元）/资金总额",
    "项目金额（万元）/政府预算资金",
    ...GROUPS.flatMap((g) => [`绩效目标/${g}/三级指标`, `绩效目标/${g}/指标值`]),
  ],
  rows: CUT.flatMap(([head, rest, money], i) => {
    const m = i === 0 ? first : money;
    return rest === ""
      ? [[head, "其他运转类", m, m, ...INDICATORS]]
      : [
          [head, "", "", "", ...INDICATORS],
          [rest, "其他运转类", m, m, ...INDICATORS.map(() => "")],
        ];
  }),
});

describe("projects cut with their figures on the name's last line, checked", () => {
  it("finds nothing: the two tables name the same projects whole", () => {
    expect(serious(read(projects()), read(targets("12.00")))).toEqual([]);
  });

  it("still finds a project's target money that differs from its spending", () => {
    const found = serious(read(projects()), read(targets("11.00")));
    expect(found).toContainEqual([
      "targets.money",
      "error",
      "projectTargets",
      "project:2024年机要密码工作经费",
      "12.00",
      "11.00",
    ]);
    // Every finding at the project whose figure is wrong (its money, the targets' sum).
    expect(found.every(([, , , row]) => row === "project:2024年机要密码工作经费")).toBe(true);
  });
});

/** A 部门支出预算表 whose 205 类 row is printed with no code below 201's last 项. */
const expenditure = (office: string, heading = "100.00"): PrintedTable => ({
  title: "2024年部门支出预算表",
  unit: "万元",
  headers: ["科目编码/类", "科目编码/款", "科目编码/项", "科目名称", "合计"],
  rows: [
    ["", "", "", "合计", "160.00"],
    ["201", "", "", "一般公共服务支出", "60.00"],
    ["201", "31", "", "党委办公厅（室）及相关机构事务", "60.00"],
    ["201", "31", "01", "行政运行", "60.00"],
    ["", "", "", "教育支出", heading],
    ["205", "01", "", "教育管理事务", "100.00"],
    ["205", "01", "01", "行政运行", office],
  ],
});

describe("a 类 row printed with no code under a 项 row, checked", () => {
  it("finds nothing: the 类 row heads its block, the 项 keeps its name", () => {
    expect(serious(read(expenditure("100.00")))).toEqual([]);
    // Printed with no figure either, the 201 block and the table's total hold (what stays is the
    // 类 row's blank against its 款, as for any 类 row printed blank).
    const blank = serious(read(expenditure("100.00", "")));
    expect(blank.map(([rule, , , row]) => `${rule} ${row}`)).toEqual(["rollup functional:205"]);
  });

  it("still finds a wrong figure in the block it heads", () => {
    expect(serious(read(expenditure("90.00")))).toEqual([
      ["rollup", "error", "expenditure", "functional:20501", "90.00", "100.00"],
    ]);
  });
});
