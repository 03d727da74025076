/**
 * 决算 十一(三) printing 共有车辆 for two years (`2023年末本部门共有车辆3辆，截至2024年12月31日，
 * 共有车辆4辆，其中：…`). Found by a review probe (2026-12-07): only the first 共有车辆 was read, so
 * when it was last year's, this year's list went unchecked. Each 共有车辆 is read with its own year
 * and the first of the document's year whose list reads is checked; last year's count is never
 * compared with this year's kinds.
 */
import { describe, expect, it } from "vitest";
import { finalAlarms as alarms, SOCIAL } from "./support/final-narrative";

const ASSETS = "（三）国有资产占有使用情况说明\n";
describe("决算 十一(三): 共有车辆 printed for two years", () => {
  const wordings = [
    "2023年末本部门共有车辆3辆，截至2024年12月31日，共有车辆@辆，其中：执法执勤用车3辆、其他用车1辆。",
    "截至2023年12月31日，本部门共有车辆3辆；截至2024年12月31日，本部门共有车辆@辆，其中：执法执勤用车3辆、其他用车1辆。",
    "上年末共有车辆3辆，本年末共有车辆@辆，其中：执法执勤用车3辆、其他用车1辆。",
  ];
  it.each(wordings)("%s: this year's count as listed gives no alarm", (w) => {
    expect(alarms(SOCIAL, ASSETS + w.replace("@", "4"))).toEqual([]);
  });
  // the kinds listed (3 + 1) exceed a whole of 2
  it.each(wordings)("%s: a wrong count of this year is found", (w) => {
    expect(alarms(SOCIAL, ASSETS + w.replace("@", "2"))).toContain(
      "final.narrative.count vehicles",
    );
  });
  it("last year's count is never compared with this year's kinds", () => {
    const text = `${ASSETS}截至2024年12月31日，本部门共有车辆4辆，其中：执法执勤用车3辆、其他用车1辆。2023年末共有车辆3辆，其中：执法执勤用车2辆、其他用车2辆。`;
    expect(alarms(SOCIAL, text)).toEqual([]);
    const first = `${ASSETS}2023年末共有车辆9辆，其中：执法执勤用车3辆、其他用车1辆。截至2024年12月31日，本部门共有车辆4辆，其中：执法执勤用车3辆、其他用车1辆。`;
    expect(alarms(SOCIAL, first)).toEqual([]);
  });
});
