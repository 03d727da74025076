/**
 * A table of projects' targets as other provinces head its columns (invented after Guangdong's,
 * Zhejiang's and Sichuan's 项目支出绩效目标表): the project's money in one column (`预算金额`,
 * `项目金额`, `预算数`), its type (`项目类型`, `项目类别`), its 财政资金, its 三级指标 as
 * `指标内容`: read with nothing left over, while money that does not add up is still caught.
 */
import { describe, expect, it } from "vitest";
import { validateTargets } from "../src/performance";
import type { PrintedTable } from "../src/printed";
import { henan2024 } from "../src/templates";
import { readPrintedTargets as read } from "./support/disclosures";

const table = (headers: readonly string[], rows: readonly (readonly string[])[]): PrintedTable => ({
  title: "2024年部门预算项目绩效目标表",
  unit: "单位：万元",
  headers,
  rows,
});

describe("a table of projects' targets headed as other provinces head it", () => {
  it.each([
    ["项目类型", "预算金额", "三级指标"],
    ["项目类别", "预算金额（万元）", "指标内容"],
    ["项目分类", "项目金额", "三级指标名称"],
    ["项目类型", "预算数", "指标名称"],
  ])("%s | %s | %s: read whole", (type, money, name) => {
    const { targets, left } = read(
      [
        table(
          ["项目名称", type, money, "绩效目标", "一级指标", "二级指标", name, "指标值"],
          [
            [
              "信息化运维经费",
              "其他运转类",
              "120.00",
              "保障系统正常运行",
              "产出指标",
              "数量指标",
              "运维系统数",
              "≥5个",
            ],
            ["", "", "", "", "满意度指标", "服务对象满意度指标", "使用人员满意度", "≥90%"],
            [
              "档案数字化经费",
              "特定目标类",
              "30.00",
              "完成档案数字化",
              "产出指标",
              "数量指标",
              "数字化档案",
              "≥1万卷",
            ],
            ["", "", "", "", "满意度指标", "服务对象满意度指标", "查档满意度", "≥95%"],
          ],
        ),
      ],
      henan2024,
    );
    expect(left).toEqual([]);
    expect(
      targets?.projects.map((p) => [p.name, p.money.total, p.indicators.map((i) => i.name)]),
    ).toEqual([
      ["信息化运维经费", "120.00", ["运维系统数", "使用人员满意度"]],
      ["档案数字化经费", "30.00", ["数字化档案", "查档满意度"]],
    ]);
    expect(targets === undefined ? ["none"] : validateTargets(targets)).toEqual([]);
  });

  it.each([["其中：财政资金"], ["财政资金"]])(
    "a project's %s is its 财政拨款; bites: more than its total is caught",
    (grant) => {
      const headers = [
        "项目名称",
        "资金总额",
        grant,
        "年度绩效目标",
        "一级指标",
        "二级指标",
        "指标内容",
        "指标值",
      ];
      const rows = (g: string) => [
        [
          "平安建设经费",
          "50.00",
          g,
          "提升平安建设水平",
          "产出指标",
          "数量指标",
          "开展宣传活动",
          "≥10次",
        ],
        ["", "", "", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥95%"],
      ];
      const right = read([table(headers, rows("50.00"))], henan2024);
      expect(right.left).toEqual([]);
      expect(right.targets?.projects[0]?.money).toEqual({ total: "50.00", grant: "50.00" });
      const wrong = read([table(headers, rows("60.00"))], henan2024).targets;
      expect(wrong === undefined ? [] : validateTargets(wrong).map((p) => p.code)).toContain(
        "money-part-exceeds",
      );
    },
  );
});

describe("an amount under a header the template does not know, on a project's row", () => {
  const validated = (header: string, figure: string) => {
    const { targets, left } = read(
      [
        table(
          [
            "项目名称",
            "资金总额",
            header,
            "其他资金",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值",
          ],
          [
            ["平安建设经费", "10.00", figure, "2.00", "产出指标", "数量指标", "宣传活动", "≥10次"],
            ["", "", "", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥95%"],
          ],
        ),
      ],
      henan2024,
    );
    const problems = left.filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
    return targets === undefined ? [] : validateTargets(targets, { problems });
  };

  it.each([["其中：财政性资金"], ["本级财力"], ["其中：中央补助"]])(
    "%s: parts short of the total are a gap of the reading (info), no money-sum error",
    (header) => {
      expect(validated(header, "8.00").map((p) => [p.code, p.severity])).toEqual([
        ["money-sum-unread", "info"],
      ]);
    },
  );

  it("bites: a text in that column leaves a short sum an error", () => {
    expect(validated("资金说明", "财政安排").map((p) => p.code)).toEqual(["money-sum"]);
  });
});

describe("a 汇总表 printing each 一级's indicators side by side, headed in other words", () => {
  const GROUPS = ["成本指标", "产出指标", "效益指标", "满意度指标"];
  it.each([
    ["三级指标", "指标值"],
    ["指标名称", "指标值"],
    ["指标内容", "年度指标值"],
    ["三级指标名称", "目标值"],
    ["指标名称", "预期目标值"],
  ])("%s | %s under each 一级: read whole", (name, value) => {
    const { targets, left } = read(
      [
        {
          title: "本级部门预算项目绩效目标汇总表",
          unit: "万元",
          headers: [
            "单位编码（项目编码）",
            "项目单位（项目名称）",
            "项目分类",
            "项目金额（万元）/资金总额",
            ...GROUPS.flatMap((g) => [`绩效目标/${g}/${name}`, `绩效目标/${g}/${value}`]),
          ],
          rows: [
            [
              "410305240000000017284",
              "2024年机关运行经费",
              "其他运转类",
              "10.00",
              "运行成本",
              "≤10万元",
              "保障股室",
              "≥8个",
              "工作效率",
              "提高",
              "服务对象满意度",
              "≥95%",
            ],
          ],
        },
      ],
      henan2024,
    );
    expect(left).toEqual([]);
    expect(targets?.projects[0]?.indicators.map((i) => [i.level1, i.name, i.value])).toEqual([
      ["成本指标", "运行成本", "≤10万元"],
      ["产出指标", "保障股室", "≥8个"],
      ["效益指标", "工作效率", "提高"],
      ["满意度指标", "服务对象满意度", "≥95%"],
    ]);
  });
});
