/**
 * Project names cut by their cell where the words tell the cut, other printers' layouts: a name on
 * three lines, its figures on the middle one, the last line a word the table heads a column with
 * (`2024年政务服务大厅运行` / `服务保障及窗口` / `人员经费`); a name on two lines, the first ending on a
 * work word the second goes on with (`…外网运行` / `维护经费`, `…设备购置` / `更新经费`), the figures
 * and the 类型 on either line. Read as one project each, checked with no finding; a project whose
 * name ends whole stays apart from a line below; a wrong figure is still caught.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../../src/printed";
import { checkHenanTables, readHenan } from "./check";

const HEADERS = ["类型", "项目名称", "合计", "本年拨款/一般公共预算"];
const table = (rows: string[][], total = "32.00"): PrintedTable => ({
  title: "2024年项目支出预算表",
  unit: "万元",
  headers: HEADERS,
  rows: [["", "合计", total, total], ...rows],
});
const names = (t: PrintedTable) =>
  readHenan(t).rows.flatMap((r) => (r.key.kind === "project" ? [r.key.name] : []));
const serious = (t: PrintedTable) =>
  checkHenanTables(readHenan(t))
    .findings.filter((f) => f.severity !== "info")
    .map((f) => f.ruleId);

const LAYOUTS: readonly (readonly [string, string[][], string[]])[] = [
  [
    "three lines, figures on the middle one, 人员经费 last",
    [
      ["", "2024年政务服务大厅运行", "", ""],
      ["其他运转类", "服务保障及窗口", "20.00", "20.00"],
      ["", "人员经费", "", ""],
      ["其他运转类", "2024年档案数字化经费", "12.00", "12.00"],
    ],
    ["2024年政务服务大厅运行服务保障及窗口人员经费", "2024年档案数字化经费"],
  ],
  [
    "three lines, 公用经费 last, the 类型 on the first",
    [
      ["特定目标类", "2024年便民服务中心运转", "", ""],
      ["", "保障及综合窗口", "20.00", "20.00"],
      ["", "公用经费", "", ""],
      ["特定目标类", "2024年档案数字化经费", "12.00", "12.00"],
    ],
    ["2024年便民服务中心运转保障及综合窗口公用经费", "2024年档案数字化经费"],
  ],
  [
    "two lines, a work word going on (运行 / 维护经费), the 类型 above",
    [
      ["其他运转类", "2024年办公楼维修经费", "20.00", "20.00"],
      ["其他运转类", "2024年电子政务外网运行", "", ""],
      ["", "维护经费", "12.00", "12.00"],
    ],
    ["2024年办公楼维修经费", "2024年电子政务外网运行维护经费"],
  ],
  [
    "two lines, 购置 / 更新经费, the 类型 below",
    [
      ["", "2024年执法执勤设备购置", "", ""],
      ["特定目标类", "更新经费", "12.00", "12.00"],
      ["特定目标类", "2024年办公楼维修经费", "20.00", "20.00"],
    ],
    ["2024年执法执勤设备购置更新经费", "2024年办公楼维修经费"],
  ],
  [
    "two lines, 运转 / 保障经费",
    [
      ["其他运转类", "2024年网格化管理运转", "", ""],
      ["", "保障经费", "32.00", "32.00"],
    ],
    ["2024年网格化管理运转保障经费"],
  ],
];

describe.each(LAYOUTS)("a project's name cut by its words: %s", (_, rows, expected) => {
  it("is read as one project, checked with no finding", () => {
    const t = table(rows);
    expect(names(t)).toEqual(expected);
    expect(serious(t)).toEqual([]);
  });
});

describe("what stays apart", () => {
  it("a whole name (…经费) over a line naming a column stays its own project", () => {
    const t = table([
      ["其他运转类", "2024年办公楼维修经费", "32.00", "32.00"],
      ["", "人员经费", "", ""],
    ]);
    expect(names(t)).toEqual(["2024年办公楼维修经费", "人员经费"]);
  });

  it.each([["信访维稳"], ["档案整理"], ["安保服务"]])(
    "a short name (%s) that filled no line, over a line naming a column, stays its own project",
    (name) => {
      const t = table([
        ["其他运转类", name, "20.00", "20.00"],
        ["", "公用经费", "", ""],
      ]);
      expect(names(t)).toEqual([name, "公用经费"]);
    },
  );

  it("a project printing its own figures under a whole name (…运行 / 2024年…) stays apart", () => {
    const t = table([
      ["其他运转类", "2024年电子政务外网运行", "20.00", "20.00"],
      ["其他运转类", "2024年维护经费", "12.00", "12.00"],
    ]);
    expect(names(t)).toEqual(["2024年电子政务外网运行", "2024年维护经费"]);
  });

  it("a wrong figure in a cut name's project is still caught", () => {
    const t = table(
      [
        ["其他运转类", "2024年电子政务外网运行", "", ""],
        ["", "维护经费", "12.00", "10.00"],
        ["其他运转类", "2024年办公楼维修经费", "20.00", "20.00"],
      ],
      "32.00",
    );
    expect(serious(t).length).toBeGreaterThan(0);
  });
});
