/**
 * 绩效 tables that print an indicator's comparison and unit in columns of their own, as other
 * printers do: a 指标方向 of 正向 / 反向 (or a 指标性质 printing it) is the value's `≥` / `≤`, and a
 * figure printing its magnitude (`10万`, `1.5万`) takes the 度量单位 after it (`10万元`). And a
 * satisfaction asking for more than 100% (`≥120%`) is a targets.indicators warning, while the
 * values a satisfaction may take (`≥95%`, `100%`, `≤120%`) give none.
 */
import { describe, expect, it } from "vitest";
import type { Indicator } from "../src/disclosure";
import { parseIndicatorValue, validateProjectTarget } from "../src/performance";
import { shareAboveWhole } from "../src/performance/target/share";
import { henan2024Profile, RULES, renderFinding } from "../src/rules";
import { checkTargets } from "../src/rules/test-support";
import { henan2024 } from "../src/templates";
import { readPrintedTargets as read } from "./support/disclosures";

const H = ["项目名称", "项目金额/资金总额", "一级指标", "二级指标", "三级指标"];

function values(header: string, [up, down]: readonly [string, string]) {
  const { targets, left } = read(
    [
      {
        title: "2025年项目支出绩效目标表",
        headers: [...H, header, "指标值", "度量单位"],
        rows: [
          ["某某项目", "100.00", "产出指标", "数量指标", "培训人次", up, "1.5万", "人次"],
          ["", "", "", "时效指标", "办结时限", down, "3", "个工作日"],
          ["", "", "成本指标", "经济成本指标", "项目成本", down, "10万", "元"],
          ["", "", "满意度指标", "服务对象满意度指标", "满意度", up, "95", "%"],
        ],
      },
    ],
    henan2024,
  );
  return { values: targets?.projects[0]?.indicators.map((i) => i.value), left };
}

describe("the comparison and the unit in columns of their own", () => {
  it.each([
    ["指标方向", ["正向", "反向"]],
    ["指标方向", ["正向指标", "逆向指标"]],
    ["指标性质", ["正向", "反向"]],
    ["指标性质", ["≥", "≤"]],
  ] as const)("%s %j", (header, sense) => {
    const r = values(header, sense);
    expect(r.left.filter((l) => !l.includes("missing-column"))).toEqual([]);
    expect(r.values).toEqual(["≥1.5万人次", "≤3个工作日", "≤10万元", "≥95%"]);
    expect(r.values?.map((v) => parseIndicatorValue(v).ok)).toEqual([true, true, true, true]);
  });
});

describe("a satisfaction asking for more than 100%", () => {
  const satisfaction = (value: string, name = "服务对象满意度"): Indicator => ({
    level1: "满意度指标",
    level2: "服务对象满意度指标",
    name,
    value,
  });
  const above = (i: Indicator) => {
    const v = parseIndicatorValue(i.value);
    return v.ok && shareAboveWhole(i, v.value);
  };

  it("is found: ≥120%, >100%, 105%, 101%-110%, an unnamed one under a 满意度 二级", () => {
    for (const v of ["≥120%", ">100%", "105%", "＞100％", "101%-110%", "不低于120%"])
      expect([v, above(satisfaction(v))]).toEqual([v, true]);
    expect(above(satisfaction("≥120%", ""))).toBe(true);
    expect(above(satisfaction("≥120%", "群众满意率"))).toBe(true);
  });

  it("is not: what a satisfaction may ask, or a share of something else", () => {
    for (const v of [
      "≥95%",
      "100%",
      "≥100%",
      "=100%",
      "≤120%",
      "<105%",
      "95%-105%",
      "≥90分",
      "满意",
    ])
      expect([v, above(satisfaction(v))]).toEqual([v, false]);
    // a rate may exceed 100% (超额完成), a satisfaction's 二级 may hold other indicators
    expect(above({ level1: "产出指标", name: "任务完成率", value: "≥120%" })).toBe(false);
    expect(above(satisfaction("≥120%", "投诉处理及时率"))).toBe(false);
  });

  it("is a warning of the target's validation at the value's path; the fixture-like values give none", () => {
    const target = (value: string) =>
      validateProjectTarget(
        {
          name: "某某项目",
          money: { total: "10.00" },
          indicators: [
            { level1: "产出指标", level2: "数量指标", name: "培训人次", value: "≥100人次" },
            satisfaction(value),
          ],
        },
        "万元",
      ).map((p) => [p.code, p.severity, p.path.join("/")]);
    expect(target("≥120%")).toEqual([["share-above-whole", "warning", "indicators/1/value"]]);
    expect(target("≥95%")).toEqual([]);
  });

  it("is reported by targets.indicators, in zh-CN and en", () => {
    const report = checkTargets(
      [],
      {
        unit: "万元",
        projects: [
          {
            name: "某某项目",
            money: { total: "10.00" },
            indicators: [
              { level1: "产出指标", level2: "数量指标", name: "培训人次", value: "≥100人次" },
              satisfaction("≥120%"),
            ],
          },
        ],
      },
      henan2024Profile,
    );
    const found = report.findings.filter((f) => f.ruleId === "targets.indicators");
    expect(found.map((f) => [f.severity, f.params.code])).toEqual([
      ["warning", "share-above-whole"],
    ]);
    expect(renderFinding(found[0] as (typeof found)[number], RULES, "zh-CN")).toContain(
      "超过 100%",
    );
    expect(renderFinding(found[0] as (typeof found)[number], RULES, "en")).toContain(
      "more than 100%",
    );
  });
});
