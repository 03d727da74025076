/**
 * Target tables as other provinces print them (invented, after the 2021 national templates):
 * a 项目支出绩效目标表 with 中期目标 / 年度目标 and a 评（扣）分标准 column, a 指标值 with its
 * comparison and 度量单位 in columns of their own, 指标值 in full-width or word operators, and a
 * 部门整体支出绩效目标表 with 评分标准: read with nothing left over and no problem found in a
 * correct document, while a wrong one is still caught.
 */
import { describe, expect, it } from "vitest";
import { readTargets, validateTargets } from "../src/performance";
import { type PrintedTable, readPrintedTable } from "../src/printed";
import { henan2024, shanghai } from "../src/templates";
import { readPrintedTargets as read } from "./support/disclosures";

const indicators = (rows: readonly (readonly string[])[]): string[][] =>
  rows.map((r) => ["", "", "", "", ...r]);

const midTerm = (headers: readonly string[]): PrintedTable => ({
  title: "2024年项目支出绩效目标表",
  unit: "单位：万元",
  headers,
  rows: [
    [
      "2024年城乡环境综合整治经费",
      "50.00",
      "三年内完成全区环境整治",
      "完成年度整治任务",
      "产出指标",
      "数量指标",
      "整治点位数",
      "≥30个",
      "每少1个扣1分",
    ],
    ...indicators([
      ["", "质量指标", "验收合格率", "＝100%", "未达标不得分"],
      ["效益指标", "社会效益指标", "群众生活环境改善", "明显改善", "酌情扣分"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "不低于90%", "每低1%扣0.5分"],
    ]),
  ],
});

describe("a 项目支出绩效目标表 with 中期目标 and 评（扣）分标准", () => {
  it.each([
    [
      "项目名称",
      "资金总额",
      "中期目标",
      "年度目标",
      "一级指标",
      "二级指标",
      "三级指标",
      "指标值",
      "评（扣）分标准",
    ],
    [
      "项目名称",
      "项目资金/资金总额",
      "项目中期目标",
      "项目年度目标",
      "绩效指标/一级指标",
      "绩效指标/二级指标",
      "绩效指标/三级指标",
      "绩效指标/指标值",
      "评(扣)分标准",
    ],
    [
      "项目名称",
      "资金总额",
      "中期绩效目标",
      "年度绩效目标",
      "一级指标",
      "二级指标",
      "三级指标",
      "目标值",
      "评分标准",
    ],
  ])("reads both goals and each indicator's standard (%#)", (...headers) => {
    const { targets, left } = read([midTerm(headers)], henan2024);
    expect(left).toEqual([]);
    const p = targets?.projects[0];
    expect(p?.midTermGoal).toBe("三年内完成全区环境整治");
    expect(p?.goal).toBe("完成年度整治任务");
    expect(p?.indicators.map((i) => [i.name, i.value, i.standard])).toEqual([
      ["整治点位数", "≥30个", "每少1个扣1分"],
      ["验收合格率", "＝100%", "未达标不得分"],
      ["群众生活环境改善", "明显改善", "酌情扣分"],
      ["群众满意度", "不低于90%", "每低1%扣0.5分"],
    ]);
    expect(targets === undefined ? ["none"] : validateTargets(targets)).toEqual([]);
  });

  it("a standard wrapped onto the row below is joined, and a blank one is left out", () => {
    const headers = ["项目名称", "资金总额", "一级指标", "三级指标", "指标值", "评（扣）分标准"];
    const { targets, left } = read(
      [
        {
          title: "2024年项目支出绩效目标表",
          unit: "万元",
          headers,
          rows: [
            ["2024年通联值班费", "10.00", "产出指标", "每天值班次数", "≥2次／天", "每少1次扣"],
            ["", "", "", "", "", "2分"],
            ["", "", "满意度指标", "服务对象满意度", "≥95%", ""],
          ],
        },
      ],
      henan2024,
    );
    expect(left).toEqual([]);
    expect(targets?.projects[0]?.indicators).toEqual([
      { level1: "产出指标", name: "每天值班次数", value: "≥2次／天", standard: "每少1次扣2分" },
      { level1: "满意度指标", name: "服务对象满意度", value: "≥95%" },
    ]);
  });

  it("bites: a wrong figure is still caught (a money line above its total)", () => {
    const headers = [
      "项目名称",
      "项目资金/资金总额",
      "项目资金/财政拨款",
      "中期目标",
      "年度目标",
      "一级指标",
      "三级指标",
      "指标值",
      "评分标准",
    ];
    const { targets } = read(
      [
        {
          title: "2024年项目支出绩效目标表",
          unit: "万元",
          headers,
          rows: [
            [
              "2024年通联值班费",
              "10.00",
              "12.00",
              "长期",
              "年度",
              "产出指标",
              "值班次数",
              "≥2次",
              "无",
            ],
            ["", "", "", "", "", "满意度指标", "满意度", "≥95%", ""],
          ],
        },
      ],
      henan2024,
    );
    expect(targets === undefined ? [] : validateTargets(targets).map((p) => p.code)).toContain(
      "money-part-exceeds",
    );
  });
});

describe("a 部门整体支出绩效目标表 with 评（扣）分标准", () => {
  it("reads each indicator's standard", () => {
    const { targets, left } = read(
      [
        {
          title: "2024年部门整体支出绩效目标表",
          unit: "万元",
          headers: ["一级指标", "二级指标", "三级指标", "指标值", "评（扣）分标准"],
          rows: [
            ["产出指标", "数量指标", "文稿起草数量", "≥50篇", "每少5篇扣1分"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "每低1%扣0.5分"],
          ],
        },
      ],
      henan2024,
    );
    expect(left).toEqual([]);
    expect(targets?.department?.indicators.map((i) => i.standard)).toEqual([
      "每少5篇扣1分",
      "每低1%扣0.5分",
    ]);
  });
});

describe("指标值 as other printers word them, read without a problem", () => {
  it.each([
    ["≥", "5", "个"],
    ["≥", "95", "%"],
    ["＝", "100", "%"],
    ["≤", "4", "万元"],
    ["", "不低于90%", ""],
    ["", "达到30个", ""],
    ["", "完成率100%", ""],
    ["", "≧９５％", ""],
    ["", "5G", ""],
    ["", "≥4A级", ""],
    ["", "≥90%/", ""],
    ["", "2024年底前", ""],
  ])("%s %s %s", (sense, value, unit) => {
    const { targets, left } = read(
      [
        {
          title: "2024年项目支出绩效目标表",
          unit: "万元",
          headers: [
            "项目名称",
            "资金总额",
            "一级指标",
            "三级指标",
            "指标性质",
            "指标值",
            "度量单位",
          ],
          rows: [
            ["2024年农村饮水安全维修养护经费", "20.00", "产出指标", "指标", sense, value, unit],
            ["", "", "满意度指标", "受益群众满意度", "≥", "90", "%"],
          ],
        },
      ],
      henan2024,
    );
    expect(left).toEqual([]);
    expect(targets === undefined ? ["none"] : validateTargets(targets)).toEqual([]);
  });
});

describe("a 项目支出绩效目标申报表 (one project a form) printing 中期目标 and 评（扣）分标准", () => {
  const form = (money: readonly (readonly string[])[]) => ({
    title: "2024年项目支出绩效目标申报表",
    headers: ["项目", "内容"],
    rows: [
      ["项目名称", "2024年通联值班费"],
      ["主管部门", "某区委办公室"],
      ["实施单位", "某区委办公室"],
      ...money,
      ["中期目标", "2024-2026年持续保障通联"],
      ["年度目标", "保障年度通联"],
    ],
  });
  const grid = {
    title: "2024年项目支出绩效目标申报表",
    headers: ["一级指标", "二级指标", "三级指标", "指标值", "评（扣）分标准"],
    rows: [
      ["产出指标", "数量指标", "值班次数", "≥2次／天", "每少1次扣1分"],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%", ""],
    ],
  };

  it.each([
    [[["项目资金", "10.00"]]],
    [[["项目资金（万元）", "10.00"]]],
    [
      [
        ["项目资金（万元）", ""],
        ["年度资金总额", "10.00"],
        ["其中：财政拨款", "10.00"],
      ],
    ],
  ])(
    "reads both goals, the standards and the money, 项目资金 printing its amount or not (%#)",
    (money) => {
      const { targets, left } = read([form(money), grid], shanghai);
      expect(left).toEqual([]);
      const p = targets?.projects[0];
      expect([p?.midTermGoal, p?.goal, p?.money.total]).toEqual([
        "2024-2026年持续保障通联",
        "保障年度通联",
        "10.00",
      ]);
      expect(p?.indicators.map((i) => i.standard)).toEqual(["每少1次扣1分", undefined]);
      expect(targets === undefined ? ["none"] : validateTargets(targets)).toEqual([]);
    },
  );

  it("bites: a 项目资金 line printing no amount (a unit, a note) is a heading, never money", () => {
    const { targets, left } = read([form([["项目资金", "单位：万元"]]), grid], shanghai);
    expect(targets?.projects[0]?.money.total).toBeUndefined();
    expect(left.some((l) => l.includes("unread-cell") && l.includes("单位：万元"))).toBe(true);
  });

  it("bites: a part above the total 项目资金 prints is still caught", () => {
    const money = [
      ["项目资金", "10.00"],
      ["其中：财政拨款", "12.00"],
    ];
    const { targets } = read([form(money), grid], shanghai);
    expect(targets === undefined ? [] : validateTargets(targets).map((p) => p.code)).toContain(
      "money-part-exceeds",
    );
  });
});

describe("a 部门整体支出绩效目标表 printing each 年度主要任务's 预算金额", () => {
  const tasks = (headers: readonly string[]): PrintedTable => ({
    title: "2024年部门整体支出绩效目标表",
    unit: "万元",
    headers,
    rows: [
      ["文稿起草", "起草各类文稿", "10.00", "10.00", ""],
      ["机关运转", "保障机关正常", "200.00", "180.00", "20.00"],
      ["", "运转", "", "", ""],
    ],
  });
  const grid: PrintedTable = {
    title: "2024年部门整体支出绩效目标表",
    unit: "万元",
    headers: ["一级指标", "二级指标", "三级指标", "指标值"],
    rows: [
      ["产出指标", "数量指标", "文稿起草数量", "≥50篇"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ],
  };

  it.each([
    [
      "年度主要任务/任务名称",
      "年度主要任务/主要内容",
      "年度主要任务/预算金额（万元）/总额",
      "年度主要任务/预算金额（万元）/财政拨款",
      "年度主要任务/预算金额（万元）/其他资金",
    ],
    [
      "任务名称",
      "主要内容",
      "预算金额（万元）/总额",
      "预算金额（万元）/财政拨款",
      "预算金额（万元）/其他资金",
    ],
    ["任务名称", "主要内容", "预算金额/合计", "预算金额/财政拨款", "预算金额/其他资金"],
  ])("reads each task's money (%#)", (...headers) => {
    const { targets, left } = read([tasks(headers), grid], henan2024);
    expect(left).toEqual([]);
    expect(targets?.department?.tasks).toEqual([
      {
        name: "文稿起草",
        content: "起草各类文稿",
        money: { total: "10.00", grant: "10.00", other: "" },
      },
      {
        name: "机关运转",
        content: "保障机关正常运转",
        money: { total: "200.00", grant: "180.00", other: "20.00" },
      },
    ]);
    expect(targets === undefined ? ["none"] : validateTargets(targets)).toEqual([]);
  });

  it("bites: a task's part above its total is caught", () => {
    const t = tasks([
      "任务名称",
      "主要内容",
      "预算金额（万元）/总额",
      "预算金额（万元）/财政拨款",
      "预算金额（万元）/其他资金",
    ]);
    const wrong = { ...t, rows: [["文稿起草", "起草各类文稿", "10.00", "12.00", ""]] };
    const tables = [wrong, grid].flatMap(
      (p) => readPrintedTable(p, { template: henan2024 }).table ?? [],
    );
    const reading = readTargets(tables, henan2024);
    const found = reading.targets === undefined ? [] : validateTargets(reading.targets);
    expect(found.map((p) => [p.code, p.path])).toEqual([
      ["money-part-exceeds", ["department", "tasks", 0, "money", "grant"]],
    ]);
    // cited at the cell that prints it
    expect(reading.source(["department", "tasks", 0, "money", "grant"]).raw).toBe("12.00");
  });
});

describe("a table printing each indicator's 中期指标值 beside its 年度指标值", () => {
  it.each([[["中期指标值", "年度指标值"]], [["中期目标值", "年度目标值"]]])(
    "reads the year's value as the value and the mid-term one beside it (%#)",
    (values) => {
      const headers = ["项目名称", "资金总额", "一级指标", "二级指标", "三级指标", ...values];
      const { targets, left } = read(
        [
          {
            title: "2024年项目支出绩效目标表",
            unit: "万元",
            headers,
            rows: [
              ["2024年通联值班费", "10.00", "产出指标", "数量指标", "值班次数", "≥6次", "≥2次"],
              ["", "", "满意度指标", "服务对象满意度指标", "满意度", "≥95%", "≥95%"],
            ],
          },
        ],
        henan2024,
      );
      expect(left).toEqual([]);
      expect(targets?.projects[0]?.indicators.map((i) => [i.value, i.midTermValue])).toEqual([
        ["≥2次", "≥6次"],
        ["≥95%", "≥95%"],
      ]);
      expect(targets === undefined ? ["none"] : validateTargets(targets)).toEqual([]);
    },
  );
});
