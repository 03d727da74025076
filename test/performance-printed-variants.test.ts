/**
 * Performance targets from printed layouts other than the Henan fixture's: the 汇总表 printed one
 * indicator a row (with either set of header words), Shanghai 申报表 / 填报表 forms, read through
 * `readPrintedTable` and `readTargets` with nothing left over, and what is reported when a layout
 * has a header, line or cell the reader does not know. The Henan fixture's own tables 13 and 14
 * are in performance-printed.test.ts.
 */
import { describe, expect, it } from "vitest";
import { henan2024, shanghai } from "../src/templates";
import { HENAN_DEPT } from "./fixtures/henan-2024-summary";
import { readPrintedTargets as read } from "./support/disclosures";

describe("printed variants read with nothing left over", () => {
  it("the 汇总表 one indicator a row (一级 and 二级 columns, merged cells blank)", () => {
    const blank = ["", "", "", "", ""];
    const { targets, left } = read(
      [
        {
          title: "2024年项目绩效目标汇总表",
          unit: "单位：万元",
          headers: [
            "单位编码（项目编码）",
            "项目单位（项目名称）",
            "项目分类",
            "项目金额（万元）/资金总额",
            "项目金额（万元）/政府预算资金",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值",
          ],
          rows: [
            ["116", HENAN_DEPT, "", "13.50", "13.50", "", "", "", ""],
            [
              "410305240000000017294",
              "2024年通联值班费",
              "特定目标类",
              "10.00",
              "10.00",
              "产出指标",
              "数量指标",
              "每天值班次数",
              "≥2次／天",
            ],
            [...blank, "", "时效指标", "保持通联时长", "≥24小时／天"],
            [...blank, "效益指标", "社会效益指标", "保障区委通联工作", "持续保障"],
            [...blank, "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"],
            [
              "410305240000000012440",
              "2024年劳务派遣人员经费",
              "其他运转类",
              "3.50",
              "3.50",
              "成本指标",
              "经济成本指标",
              "每月薪资",
              "≤3000元/人",
            ],
            [...blank, "产出指标", "数量指标", "人数", "≤1人"],
          ],
        },
      ],
      henan2024,
    );
    expect(left).toEqual([]);
    expect(
      targets?.projects.map((p) => [
        p.name,
        p.money.total,
        p.indicators.map((i) => `${i.level1}/${i.level2}/${i.name}`),
      ]),
    ).toEqual([
      [
        "2024年通联值班费",
        "10.00",
        [
          "产出指标/数量指标/每天值班次数",
          "产出指标/时效指标/保持通联时长",
          "效益指标/社会效益指标/保障区委通联工作",
          "满意度指标/服务对象满意度指标/服务对象满意度",
        ],
      ],
      [
        "2024年劳务派遣人员经费",
        "3.50",
        ["成本指标/经济成本指标/每月薪资", "产出指标/数量指标/人数"],
      ],
    ]);
  });

  it("the 汇总表 one indicator a row with other header words (指标类别, 指标名称, 目标值), no 二级", () => {
    const { targets, left } = read(
      [
        {
          title: "项目支出绩效目标表",
          headers: ["项目单位（项目名称）", "项目金额/资金总额", "指标类别", "指标名称", "目标值"],
          rows: [
            ["机关公务活动经费", "1.00", "成本指标", "公务接待成本", "厉行节约，按需确定"],
            ["", "", "产出指标", "接待数量", "厉行节约，按需确定"],
            ["", "", "", "接待时间", "及时"],
            ["", "", "满意度指标", "公务活动接待对象满意度", "≥95%"],
          ],
        },
      ],
      henan2024,
    );
    expect(left).toEqual([]);
    expect(targets?.projects[0]?.indicators.map((i) => [i.level1, i.name])).toEqual([
      ["成本指标", "公务接待成本"],
      ["产出指标", "接待数量"],
      ["产出指标", "接待时间"],
      ["满意度指标", "公务活动接待对象满意度"],
    ]);
  });

  it.each([
    ["指标值", "项目单位（项目名称）"],
    ["年度指标值", "项目名称"],
    ["预期指标值", "项目名称"],
    ["指标值（包含数字及文字描述）", "项目单位（项目名称）"],
  ])("the 汇总表 with its value column headed %s and its project column %s", (value, name) => {
    const { targets, left } = read(
      [
        {
          title: "项目支出绩效目标表",
          headers: [name, "项目金额/资金总额", "一级指标", "二级指标", "三级指标", value],
          rows: [
            ["机关公务活动经费", "1.00", "产出指标", "数量指标", "接待批次", "≥2次"],
            ["", "", "满意度指标", "服务对象满意度指标", "接待对象满意度", "≥95%"],
          ],
        },
      ],
      henan2024,
    );
    expect(left).toEqual([]);
    expect(targets?.projects.map((p) => [p.name, p.indicators.map((i) => i.value)])).toEqual([
      ["机关公务活动经费", ["≥2次", "≥95%"]],
    ]);
  });

  const formHeader = [
    ["项目名称", "社区居家养老服务"],
    ["主管部门", "上海市普陀区民政局"],
    ["实施单位", "上海市普陀区社会福利院"],
    ["项目资金（万元）", ""],
    ["年度资金总额", "120.00"],
    ["其中：财政拨款", "100.00"],
    ["上年结转", "0.00"],
    ["其他资金", "20.00"],
    ["总体目标", "为辖区失能老人提供居家照护服务，全年服务不少于1715人次。"],
  ];
  const formGrid = [
    ["产出指标", "数量指标", "服务人次", "≥1715人次"],
    ["", "质量指标", "服务合格率", "≥95%"],
    ["", "时效指标", "服务完成时间", "2024年12月31日前"],
    ["效益指标", "社会效益指标", "失能老人照护覆盖率", "持续提升"],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
  ];
  const expected = {
    name: "社区居家养老服务",
    department: "上海市普陀区民政局",
    implementer: "上海市普陀区社会福利院",
    goal: "为辖区失能老人提供居家照护服务，全年服务不少于1715人次。",
    money: { total: "120.00", grant: "100.00", carryover: "0.00", other: "20.00" },
    indicators: [
      { level1: "产出指标", level2: "数量指标", name: "服务人次", value: "≥1715人次" },
      { level1: "产出指标", level2: "质量指标", name: "服务合格率", value: "≥95%" },
      { level1: "产出指标", level2: "时效指标", name: "服务完成时间", value: "2024年12月31日前" },
      { level1: "效益指标", level2: "社会效益指标", name: "失能老人照护覆盖率", value: "持续提升" },
      { level1: "满意度指标", level2: "服务对象满意度指标", name: "服务对象满意度", value: "≥90%" },
    ],
  };

  it("a Shanghai 申报表 printed as one table", () => {
    const { targets, left } = read(
      [
        {
          title: "2024年项目绩效目标申报表",
          unit: "万元",
          headers: ["项目", "内容", "一级指标", "二级指标", "三级指标", "指标值"],
          rows: [
            ...formHeader.map((r) => [...r, "", "", "", ""]),
            ...formGrid.map((r) => ["", "", ...r]),
          ],
        },
      ],
      shanghai,
    );
    expect(left).toEqual([]);
    expect(targets).toEqual({ unit: "万元", projects: [expected] });
  });

  it("a Shanghai 填报表 printed as its header block and its indicator grid", () => {
    const title = "2024年财政项目支出绩效目标填报表";
    const { targets, left } = read(
      [
        { title, headers: ["栏目", "填报内容"], rows: formHeader },
        {
          title,
          headers: [
            "绩效指标/一级指标",
            "绩效指标/二级指标",
            "绩效指标/三级指标",
            "绩效指标/指标值",
          ],
          rows: formGrid,
        },
      ],
      shanghai,
    );
    expect(left).toEqual([]);
    expect(targets?.projects).toEqual([expected]);
  });

  it.each([
    ["指标性质", "度量单位"],
    ["绩效指标/指标性质", "绩效指标/计量单位"],
  ])("the 汇总表 with a comparison in %s and a unit in %s, apart from the value", (sense, unit) => {
    const { targets, left } = read(
      [
        {
          title: "项目支出绩效目标表",
          headers: [
            "项目名称",
            "项目金额/资金总额",
            "一级指标",
            "二级指标",
            "三级指标",
            sense,
            "指标值",
            unit,
          ],
          rows: [
            ["机关公务活动经费", "1.00", "产出指标", "数量指标", "接待批次", "≥", "2", "次"],
            ["", "", "", "时效指标", "完成时间", "定性", "2024年12月31日前", "—"],
            ["", "", "成本指标", "经济成本指标", "人均接待成本", "≤", "150", "元/人"],
            ["", "", "满意度指标", "服务对象满意度指标", "接待对象满意度", "≥", "95", "%"],
          ],
        },
      ],
      henan2024,
    );
    expect(left).toEqual([]);
    expect(targets?.projects[0]?.indicators.map((i) => i.value)).toEqual([
      "≥2次",
      "2024年12月31日前",
      "≤150元/人",
      "≥95%",
    ]);
  });

  it("a Shanghai 填报表 with a 计量单位 column", () => {
    const title = "2024年财政项目支出绩效目标填报表";
    const { targets, left } = read(
      [
        { title, headers: ["栏目", "填报内容"], rows: formHeader },
        {
          title,
          headers: ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
          rows: [
            ["产出指标", "数量指标", "服务人次", "≥1715", "人次"],
            ["", "质量指标", "服务合格率", "≥95%", "%"],
            ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90", "%"],
          ],
        },
      ],
      shanghai,
    );
    expect(left).toEqual([]);
    expect(targets?.projects[0]?.indicators.map((i) => i.value)).toEqual([
      "≥1715人次",
      "≥95%",
      "≥90%",
    ]);
  });

  it("bites: an unknown header, an unknown form line and a stray cell are reported", () => {
    const { left } = read(
      [
        {
          title: "2024年项目绩效目标申报表",
          headers: ["项目", "内容", "经办人"],
          rows: [
            ["项目名称", "甲", ""],
            ["项目属性", "延续项目", ""],
            ["年度资金总额", "1.00", "张三"],
          ],
        },
      ],
      shanghai,
    );
    // The unknown line is kept as an unplaced row, so the target reader names its cell too.
    expect(left.map((l) => JSON.parse(l.slice(l.indexOf("{"))).code)).toEqual([
      "unknown-header",
      "unknown-line-label",
      "unread-cell",
      "unread-cell",
    ]);
  });
});
