/**
 * Other printers' wordings against the Henan tables: the totals as a total budget (`收入总预算`),
 * a fund's appropriation of the year (`一般公共预算当年拨款`), the targets' money (`涉及金额`) and
 * a change after a bracket with a use: correct ones raise nothing, wrong figures are found.
 */
import { describe, expect, it } from "vitest";
import { henanProbe } from "./support/narrative-alarms";

describe("Henan: other printers' wordings", () => {
  it.each([
    "2024年收入总预算969.06万元，支出总预算969.06万元，比上年各增加134.22万元，主要原因是人员增加。",
    "2024年部门收入总预算969.06万元，支出总预算969.06万元，收支平衡。",
    "2024年一般公共预算当年拨款收入969.06万元，比上年增加134.22万元，增长16.08%，主要原因是人员增加。",
    "2024年一般公共预算当年拨款支出969.06万元，其中：基本支出682.06万元，项目支出287.00万元。",
    "2024年编制绩效目标的项目11个，涉及金额287.00万元。",
    "2024年机构运转经费49.68万元（主要用于办公费、水电费等），比上年增加6.13万元，主要原因是人员增加。",
    "2024年支出预算969.06万元（主要用于保障机关运转和专项工作），比上年834.84万元增加134.22万元，主要原因是人员增加。",
  ])("%s: no alarm", (text) => {
    expect(henanProbe.alarms(text)).toEqual([]);
  });

  it.each([
    ["2024年收入总预算996.06万元。", "969.06"],
    ["2024年支出总预算969.60万元。", "969.06"],
    ["2024年一般公共预算当年拨款收入996.06万元。", "969.06"],
    ["2024年编制绩效目标的项目11个，涉及金额300.00万元。", "287.00"],
    [
      "2024年支出预算969.06万元（主要用于保障机关运转和专项工作），比上年834.84万元增加143.22万元，主要原因是人员增加。",
      "134.22",
    ],
  ])("a wrong figure is still found: %s", (text, expected) => {
    const alarms = henanProbe.alarms(text);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toContain(expected);
  });
});
