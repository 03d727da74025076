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
