/**
 * A finding on an indicator line of a table of project targets (a row with no name of its own,
 * below its project's row, id `indicator:0`) names its row as a reader finds it: by its project,
 * never as row 0; on the next page too, and whatever project the line follows.
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../src/disclosure";
import { readPrintedTable } from "../src/printed";
import { checkAlone, HENAN_DISTRICT } from "../src/printed/test-support";
import { henan2024Profile, renderFinding } from "../src/rules";
import { henan2024 } from "../src/templates";

const TITLE = "2024年项目绩效目标汇总表";
const HEADERS = ["项目名称", "项目金额/资金总额", "一级指标", "二级指标", "三级指标", "指标值"];
const read = (printed: { title: string; rows: string[][] }[]): Table[] =>
  printed.flatMap((p) => {
    const t = readPrintedTable({ ...p, headers: HEADERS }, { template: henan2024 }).table;
    return t === undefined ? [] : [t];
  });
const messages = (tables: Table[]) =>
  checkAlone(tables, HENAN_DISTRICT)
    .findings.filter((f) => f.ruleId === "targets.indicators" && f.outcome === "fail")
    .map((f) => [
      renderFinding(f, henan2024Profile.rules, "zh-CN", henan2024),
      renderFinding(f, henan2024Profile.rules, "en", henan2024),
    ]);
const SATISFIED = ["", "", "满意度指标", "服务对象满意度指标", "满意度", "≥90%"];

describe("the row of a finding on an indicator line", () => {
  it("a blank value on the project's second row names the project, not 0 行", () => {
    const got = messages(
      read([
        {
          title: TITLE,
          rows: [
            ["甲", "1.00", "产出指标", "数量指标", "服务人次", "≥100人次"],
            ["", "", "产出指标", "质量指标", "合格率", ""],
            SATISFIED,
          ],
        },
      ]),
    );
    expect(got).toEqual([
      [
        "【项目绩效目标汇总表】项目“甲”的指标行「绩效指标/指标值」列：指标“合格率”没有指标值。",
        '[Project performance targets] an indicator row of project "甲", column "绩效指标/指标值": indicator "合格率" has no value.',
      ],
    ]);
    expect(got.flat().join()).not.toMatch(/(?:^|】)0 行|row 0/u);
  });

  it("names the project the line follows (the second project, on the next page)", () => {
    const got = messages(
      read([
        {
          title: TITLE,
          rows: [
            ["甲", "1.00", "产出指标", "数量指标", "服务人次", "≥100人次"],
            SATISFIED,
            ["乙", "2.00", "产出指标", "数量指标", "场次", "≥3场"],
          ],
        },
        {
          title: `${TITLE}（续）`,
          rows: [["", "", "效益指标", "社会效益指标", "知晓率", "≥"], SATISFIED],
        },
      ]),
    );
    expect(got.map(([zh]) => zh)).toEqual([
      "【项目绩效目标汇总表】项目“乙”的指标行「绩效指标/指标值」列：指标“知晓率”：指标值“≥”无效：比较符号后缺少数值。",
    ]);
  });
});
