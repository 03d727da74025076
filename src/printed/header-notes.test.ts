import { describe, expect, it } from "vitest";
import { henan2024, shanghai, type TableKind } from "../templates";
import { matchHeaders } from "./headers";

function kindOf(template: { tables: readonly TableKind[] }, id: string): TableKind {
  const kind = template.tables.find((t) => t.id === id);
  if (kind === undefined) throw new Error(`no kind ${id}`);
  return kind;
}

const keys = (headers: readonly string[], kind: TableKind, year?: number) =>
  matchHeaders(headers, kind, { year }).columns.map((c) => c.key);

describe("matchHeaders: a header level with a bracketed note about the column", () => {
  const targets = kindOf(henan2024, "departmentTargets");
  const projectTargets = kindOf(henan2024, "projectTargets");
  const income = kindOf(henan2024, "income");

  it("reads a year, a unit, an example list or a remark as no part of the name", () => {
    const plain = keys(["一级指标", "二级指标", "三级指标", "指标值", "计量单位"], targets);
    expect(plain.filter((k) => k.startsWith("extra:"))).toEqual([]);
    expect(
      keys(
        ["一级指标", "二级指标", "三级指标（全称）", "指标值（2024年）", "计量单位（个、%等）"],
        targets,
        2024,
      ),
    ).toEqual(plain);
    expect(
      keys(["三级指标", "目标值（2024年度）", "计量单位（如：个、次）"], targets, 2024),
    ).toEqual(keys(["三级指标", "目标值", "计量单位"], targets));
    expect(keys(["项目名称（全称）", "三级指标", "指标值(选填)"], projectTargets)).toEqual(
      keys(["项目名称", "三级指标", "指标值"], projectTargets),
    );
    expect(
      keys(
        [
          "单位名称（全称）",
          "合计（万元）",
          "一般公共预算拨款收入（单位：元）",
          "事业收入（注：含经营收入）",
        ],
        income,
      ),
    ).toEqual(keys(["单位名称", "合计", "一般公共预算拨款收入", "事业收入"], income));
  });

  it("reads a noted year as the column's period: another year's figures are no this year's", () => {
    const sanGong = kindOf(shanghai, "sanGongAndOperating");
    const [prior, current] = matchHeaders(
      ["公务接待费（2023年）", "公务接待费（2024年）"],
      sanGong,
      { year: 2024 },
    ).columns;
    expect(prior?.key).toBe("extra:公务接待费（2023年）");
    expect(current?.key).not.toMatch(/^extra:/u);
  });

  it("keeps a bracket that is part of the name, and a level the kind names with it", () => {
    // 补助 says which money: 财政拨款（补助） is not read as a 财政拨款 column.
    expect(keys(["单位名称", "财政拨款（补助）"], income)[1]).toBe("extra:财政拨款（补助）");
    // The kind's own bracketed variants read as printed.
    expect(keys(["项目单位（项目名称）", "指标值（包含数字及文字描述）"], projectTargets)).toEqual([
      "name",
      "indicator.value",
    ]);
  });
});
