/**
 * 决算 counts printed in Chinese numerals (`共有车辆三辆，其中：执法执勤用车两辆、…`, `项目四个`) are
 * read as in digits: right counts give no alarm, parts not adding up to the whole are found.
 */
import { describe, expect, it } from "vitest";
import { finalAlarms as alarms, FINANCE, SOCIAL } from "./support/final-narrative";

const ASSETS = "（三）国有资产占有使用情况说明\n截至2024年12月31日，";
const KINDS = (law: string, other: string) =>
  `部级领导干部用车零辆、主要领导干部用车〇辆、机要通信用车0辆、应急保障用车零辆、执法执勤用车${law}辆、特种专业技术用车零辆、离退休干部用车零辆、其他用车${other}辆`;
const count = (fx: typeof SOCIAL, text: string) =>
  alarms(fx, text).filter((a) => a.startsWith("final.narrative.count"));
const grades = (n: string, a: string, b: string) =>
  `十、预算绩效管理情况\n绩效自评的2024年度项目${n}个，涉及预算金额598.42万元（其中，绩效评级为“优”的项目${a}个；绩效评级为“良”的项目${b}个；绩效评级为“合格”的项目零个；绩效评级为“不合格”的项目零个）。`;

describe("决算 counts in Chinese numerals", () => {
  it.each([
    `共有车辆三辆，其中：${KINDS("两", "一")}。`,
    `共有车辆十二辆，其中：${KINDS("十", "2")}。`,
    "共有车辆三辆，其中：执法执勤用车两辆。",
  ])("%#: vehicles adding up give no alarm", (text) => {
    expect(count(SOCIAL, ASSETS + text)).toEqual([]);
  });

  it.each([
    `共有车辆三辆，其中：${KINDS("两", "两")}。`,
    `共有车辆十二辆，其中：${KINDS("十", "一")}。`,
    "共有车辆三辆，其中：执法执勤用车两辆、特种专业技术用车两辆。",
  ])("%#: vehicles not adding up are found", (text) => {
    expect(count(SOCIAL, ASSETS + text)).toEqual(["final.narrative.count vehicles"]);
  });

  it("grades adding up give no alarm; not adding up are found", () => {
    expect(count(FINANCE, grades("四", "三", "一"))).toEqual([]);
    expect(count(FINANCE, grades("四", "三", "两"))).toEqual(["final.narrative.count grades"]);
    expect(count(FINANCE, grades("十二", "十", "两"))).toEqual([]);
  });
});
