import { describe, expect, it } from "vitest";
import { readUnitLine } from "./unit-line";

const read = (line: string) => {
  const r = readUnitLine(line);
  return r.kind === "unit" ? r.unit : r.kind;
};

describe("readUnitLine: the unit after the line's last 单位 label", () => {
  it.each([
    ["单位：万元", "万元"],
    ["金额单位：万元", "万元"],
    ["预算单位：万元", "万元"],
    ["货币单位：万元", "万元"],
    ["编制部门：河南省某某厅  单位：万元", "万元"],
    ["编制单位：上海市普陀区社会福利院  单位：元", "元"],
    ["部门名称： 中国共产党洛阳市涧西区委员会办公室 单位：万元", "万元"],
    ["单位名称：某某局 单位：万元", "万元"],
    ["表1 单位：万元", "万元"],
    ["单位：万元。", "万元"],
    ["单位：万元；", "万元"],
    ["单位：万元、%", "万元"],
    ["单位：万元，%", "万元"],
    ["单位：人民币（元）", "元"],
    ["（单位：万元）（保留两位小数）", "万元"],
    ["单位：（万元）", "万元"],
    ["万元", "万元"],
    // the label's colon left out
    ["单位万元", "万元"],
    ["金额单位 元", "元"],
  ])("%s → %s", (line, unit) => {
    expect(read(line)).toBe(unit);
  });

  it("a label naming the department after the unit ends it (the unit printed first)", () => {
    for (const [line, unit] of [
      ["单位：万元  编制单位：某局", "万元"],
      ["单位：元 填报单位：上海市普陀区社会福利院", "元"],
      ["金额单位：万元 单位名称：某某局", "万元"],
      ["（单位：万元）报送单位：某局 2024年", "万元"],
      ["单位：万元，编制单位：某局", "万元"],
    ] as const)
      expect([line, read(line)]).toEqual([line, unit]);
    // the department alone, or the unit after it not made out, is still no unit
    for (const line of ["编制单位：某局", "单位：千元 编制单位：某局", "单位名称：某局"])
      expect([line, read(line)]).toEqual([line, "unknown"]);
  });

  it("a money unit of its own, or two, is unknown: the amounts are of no known unit", () => {
    for (const line of ["单位：千元", "单位：美元", "单位：百万元", "单位：元（万元）"])
      expect([line, read(line)]).toEqual([line, "unknown"]);
  });

  it("a year, a date or a page printed after the unit is furniture: the unit is read", () => {
    for (const [line, unit] of [
      ["单位：万元  2024年", "万元"],
      ["单位：万元 2024年度", "万元"],
      ["单位：万元 第1页", "万元"],
      ["单位：万元 第1页 共3页", "万元"],
      ["单位：万元 第1页/共3页", "万元"],
      ["单位：万元 共3页", "万元"],
      ["单位：元 2024年1月15日", "元"],
      ["单位：元 2024-01-15", "元"],
      ["单位：万元 2024.1.15", "万元"],
      ["单位：万元 2024/01", "万元"],
      ["单位：万元 2024年 第2页", "万元"],
      ["（单位：万元）2024年", "万元"],
      ["单位：万元（保留两位小数） 第3页", "万元"],
      ["编制单位：某局  单位：元  2024年12月", "元"],
    ] as const)
      expect([line, read(line)]).toEqual([line, unit]);
  });

  it("a table number printed after the unit is furniture: the unit is read", () => {
    for (const [line, unit] of [
      ["单位：万元 表1", "万元"],
      ["单位：万元 表一", "万元"],
      ["单位：万元（表1）", "万元"],
      ["单位：万元 附表1", "万元"],
      ["单位：万元 表1-1", "万元"],
      ["单位：元 附表十二", "元"],
      ["单位：万元 预算05表", "万元"],
      ["单位：万元 公开03表 第1页", "万元"],
      ["单位：万元 2024年 表2", "万元"],
    ] as const)
      expect([line, read(line)]).toEqual([line, unit]);
  });

  it("a line naming nothing the reader makes out is unknown (reported, never the default)", () => {
    for (const line of [
      "单位：",
      "单位：万元 另见说明",
      "单位：万元 表",
      "单位：万元 表格",
      "单位：万元 表1 合计",
      "单位：万元 表1千元",
      "单位：万元 2024",
      "单位：万元 第一页",
      "单位：2024年 万元",
      "单位：万元 2024年 合计",
      "单位：万元 13月",
    ])
      expect([line, read(line)]).toEqual([line, "unknown"]);
    expect(read("")).toBe("none");
  });
});
