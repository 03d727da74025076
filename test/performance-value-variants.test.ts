/**
 * 指标值 as other provinces, cities, years and printers write them, put in the Henan fixture's
 * table 14 in place of its own and checked with `checkDisclosure`: no targets.* warning or error
 * against any of them (a value the library cannot read as a figure is read as printed, never a
 * finding). And layouts that print the comparison (指标性质 / 指标方向) and the unit (度量单位) in
 * columns of their own, or a 一级 with its weight, read with nothing left over and no problem. A
 * value that is truly malformed is still a targets.indicators warning.
 */
import { describe, expect, it } from "vitest";
import type { Disclosure } from "../src/disclosure";
import { validateTargets } from "../src/performance";
import type { PrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure, readPrintedTargets as read } from "./support/disclosures";

const VARIANTS: readonly string[] = [
  // qualitative
  "优",
  "良",
  "中",
  "差",
  "达到预期",
  "有所提升",
  "明显改善",
  "≥良",
  "优（≥90分）",
  // bounds in words
  "不低于90%",
  "不高于5%",
  "90%以上",
  "5%以下",
  "3日以内",
  "95%及以上",
  "90%（含）以上",
  // ranges
  "90%-95%",
  "90～95%",
  "90%至95%",
  "≥90%，≤100%",
  // full-width, spaces, separators
  "≥９５％",
  "≥ 95 %",
  "≥1 000人次",
  "≥1,000人",
  "≥10,000.00元",
  "≤１２００元／人·次",
  // units of several factors
  "≥3次/年/人/天",
  "≥1000人次/年",
  "≤50元/平方米·月",
  "≤200元/人·次",
  "≤0.5kg/人/天",
  "≥2次/（年·人）",
  "≥三次/年/人/天",
  "≥1个标准化示范点",
  "≥2个5G基站",
  "≥1.5.2版本",
  // time
  "1-12月",
  "1—12月",
  "1月-12月",
  "全年12个月",
  "11-3月",
  "每季度",
  "按月",
  "次年3月底前",
  "2025年6月前",
  "当年",
  "15个工作日内",
  "4季度前",
  "三季度末前",
  // figures of one measure joined by a slash (two years', two groups')
  "90%/95%",
  "≥90%/≥95%",
  "≥3次/≥5次",
];

/** Columns of table 14 that print a 指标值 (成本, 产出, 效益, 满意度). */
const VALUE_COLUMNS = [8, 10, 12, 14];
const T14 = "本级部门预算项目绩效目标汇总表";

/** The fixture with every 指标值 of table 14 replaced, in turn, by `values`. */
function withValues(values: readonly string[]): Disclosure {
  let k = 0;
  const tables = henan2024Fixture.tables.map((t): PrintedTable => {
    if (t.title !== T14) return t;
    const rows = t.rows.map((r) =>
      r.map((c, j) =>
        VALUE_COLUMNS.includes(j) && c.trim() !== "" ? (values[k++ % values.length] ?? c) : c,
      ),
    );
    return { ...t, rows };
  });
  return fixtureDisclosure({ ...henan2024Fixture, tables }, henan2024).disclosure;
}

const targetFindings = (d: Disclosure) =>
  checkDisclosure(d, { profile: henan2024Profile, template: henan2024 })
    .findings.filter((f) => f.ruleId.startsWith("targets.") && f.severity !== "info")
    .map((f) => `${f.ruleId} ${JSON.stringify(f.params)}`);

describe("指标值 of other printers in the fixture's table 14: no targets finding", () => {
  const before = targetFindings(fixtureDisclosure(henan2024Fixture, henan2024).disclosure);

  it("the fixture's own values give none to compare with", () => {
    expect(before).toEqual([]);
  });

  it.each(VARIANTS)("%s", (value) => {
    expect(targetFindings(withValues([value]))).toEqual([]);
  });

  it("all of them at once", () => {
    expect(targetFindings(withValues(VARIANTS))).toEqual([]);
  });

  it("bites: a truly malformed value is still a targets.indicators warning", () => {
    for (const wrong of ["≥90%≥", "≥3次/2", "≥", "90%-80%", "13月底前", "≥X%"]) {
      const found = targetFindings(withValues([...VARIANTS.slice(0, 5), wrong]));
      expect([wrong, found.some((f) => f.startsWith("targets.indicators"))]).toEqual([wrong, true]);
    }
  });
});

describe("the comparison, the unit and the weight in columns or words of their own", () => {
  const H = ["项目名称", "项目金额/资金总额", "一级指标", "二级指标", "三级指标"];
  const rows = ([up, down, text]: readonly [string, string, string]) => [
    ["某某项目", "100.00", "产出指标（权重50%）", "数量指标", "培训人次", up, "1 000", "人次/年"],
    ["", "", "", "数量指标", "巡查频次", up, "3", "次/年/人/天"],
    ["", "", "", "质量指标", "合格率", up, "９５", "％"],
    ["", "", "", "时效指标", "完成时间", text, "1-12月", ""],
    ["", "", "成本指标 20分", "经济成本指标", "人均成本", down, "1,200", "元/人·次"],
    ["", "", "效益指标【分值：20】", "社会效益指标", "群众获得感", text, "明显改善", "—"],
    ["", "", "满意度指标(10%)", "服务对象满意度指标", "满意度", up, "90～95", "%"],
  ];

  it.each([
    ["指标性质", ["≥", "≤", "定性"]],
    ["指标方向", ["正向", "反向", "定性"]],
    ["指标方向", ["大于等于", "小于等于", ""]],
  ] as const)("%s %s, 度量单位 apart", (header, sense) => {
    const { targets, left } = read(
      [
        {
          title: "2025年项目支出绩效目标表",
          headers: [...H, header, "指标值", "度量单位"],
          rows: rows(sense),
        },
      ],
      henan2024,
    );
    expect(left.filter((l) => !l.includes("missing-column"))).toEqual([]);
    expect(targets?.projects[0]?.indicators).toHaveLength(7);
    expect(targets === undefined ? ["no targets"] : validateTargets(targets)).toEqual([]);
  });
});
