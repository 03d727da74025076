import { describe, expect, it } from "vitest";
import { declaresRounding } from "./rounding-words";

describe("declaresRounding", () => {
  it.each([
    "注：因四舍五入原因，表中合计数与分项之和可能存在尾差。",
    "本表合计数与各分项之和的尾差系四舍五入所致。",
    "说明：表中数据因四舍五入存在尾差",
    "注：表中数据四舍五入保留两位小数",
    "部分合计数与各分项直接相加之和可能有尾数差异",
    "注：1.本表金额单位为万元。2.合计数与分项之和可能存在尾数误差，系四舍五入造成。",
    "表中各项金额均经四舍五入，合计数可能与各分项之和略有出入",
  ])("declares: %s", (text) => {
    expect(declaresRounding(text)).toBe(true);
  });

  it.each([
    "",
    "注：本单位无政府性基金预算，本表为空表。",
    "增长率按四舍五入保留一位小数。",
    "本表合计数与分项之和不存在尾差。",
    "表中数据未作四舍五入处理。",
    "收入总计 969.06万元，与上年相比增加 12.00万元。",
    // rounding of rates and shares says nothing of the money's sums
    "以上百分比数据均按四舍五入保留两位小数。",
    "增长率数据按四舍五入计算。",
    "执行率数据四舍五入保留整数。",
    "占比数据因四舍五入存在尾差。",
  ])("does not declare: %s", (text) => {
    expect(declaresRounding(text)).toBe(false);
  });

  it("reads each clause on its own: a denial in one does not undo another's declaration", () => {
    expect(declaresRounding("上年数据未作调整；本年表中数据因四舍五入存在尾差。")).toBe(true);
    expect(declaresRounding("增长率四舍五入；本表为空表。")).toBe(false);
  });
});
