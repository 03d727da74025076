/**
 * 决算 情况说明 counts printed with their parts: 十一(三)'s vehicles (`共有车辆3辆，其中：部级领导干部用车0辆、
 * …`, the 8 kinds of the form) and 十's 绩效自评 projects by grade (`项目4个，…（其中，绩效评级为“优”的项目4个；
 * …`). Found by a review probe (2026-12-07): neither was checked, though the 决算 fixtures' README
 * lists both identities. A partial list (kinds left out, an aside, another word) is never taken for
 * the whole; a partial list adding up to more than the whole is still wrong.
 */
import { describe, expect, it } from "vitest";
import { finalAlarms as alarms, FINANCE, PLANNING, SOCIAL } from "./support/final-narrative";

const ASSETS = "（三）国有资产占有使用情况说明\n截至2024年12月31日，";
const KINDS = (law: number, other: number) =>
  `部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车${law}辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车${other}辆`;
const count = (fx: typeof SOCIAL, text: string) =>
  alarms(fx, text).filter((a) => a.startsWith("final.narrative.count"));

describe("决算 十一(三): 共有车辆 = the kinds listed", () => {
  it("the three fixtures' own texts give no count alarm", () => {
    for (const fx of [FINANCE, SOCIAL, PLANNING]) expect(count(fx, fx.narrative)).toEqual([]);
  });

  it.each([
    `共有车辆3辆，其中：${KINDS(2, 1)}。`,
    `共有车辆 3 辆，其中：${KINDS(2, 1).replaceAll("辆、", " 辆；")}。单价100万元（含）以上设备（不含车辆）2台（套）。`,
    "共有车辆3辆，其中：执法执勤用车2辆。",
    "共有车辆3辆，其中：执法执勤用车2辆等。",
    "共有车辆3辆，其中：一般公务用车1辆、执法执勤用车2辆。",
    "共有车辆3辆，其中：执法执勤用车2辆（其中新能源车1辆），其他用车1辆。",
    "共有车辆2辆，其中：执法执勤用车2辆，新能源车1辆。",
  ])("%#: a correct or partial list gives no alarm", (text) => {
    expect(count(SOCIAL, ASSETS + text)).toEqual([]);
  });

  it.each([
    `共有车辆3辆，其中：${KINDS(0, 0)}。`,
    `共有车辆 3 辆，其中：${KINDS(2, 0).replaceAll("辆、", " 辆，")}。`,
    "共有车辆3辆，其中：执法执勤用车2辆、特种专业技术用车2辆。",
  ])("%#: the kinds not adding up are found", (text) => {
    expect(count(SOCIAL, ASSETS + text)).toEqual(["final.narrative.count vehicles"]);
  });

  it("last year's count is not this year's", () => {
    const text = `（三）国有资产占有使用情况说明\n截至2023年12月31日，共有车辆3辆，其中：${KINDS(2, 0)}。`;
    expect(count(SOCIAL, text)).toEqual([]);
  });
});

describe("决算 十: 绩效自评 projects = 优 + 良 + 合格 + 不合格", () => {
  const grades = (n: number, a: number, b: number) =>
    `十、预算绩效管理情况\n绩效自评的2024年度项目${n}个，涉及预算金额598.42万元，平均得分99.43分（其中，绩效评级为“优”的项目${a}个；绩效评级为“良”的项目${b}个；绩效评级为“合格”的项目0个；绩效评级为“不合格”的项目0个）。`;

  it.each([
    grades(4, 3, 1),
    grades(4, 4, 0).replaceAll("“", "").replaceAll("”", ""),
    // not every grade said: not read
    "十、预算绩效管理情况\n绩效自评的2024年度项目4个（其中，绩效评级为“优”的项目1个）。",
    // another year's projects
    grades(4, 3, 3).replace("2024年度", "2023年度"),
  ])("%#: a correct or partial statement gives no alarm", (text) => {
    expect(count(FINANCE, text)).toEqual([]);
  });

  it.each([grades(4, 3, 2), grades(1, 1, 2), grades(4, 0, 0)])(
    "%#: grades not adding up are found",
    (text) => {
      expect(count(FINANCE, text)).toEqual(["final.narrative.count grades"]);
    },
  );
});
