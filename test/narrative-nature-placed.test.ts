/**
 * A measure's figure followed by the nature of spending it is placed in (`公务接待费1.50万元在基本
 * 支出中安排，1.00万元在项目支出中安排`, `由基本支出安排`, `从基本支出中列支`, `列入基本支出`): the
 * measure's part in that nature (三公 is paid from basic and project spending alike), no figure of
 * the measure nor of the nature. Left unplaced; it was compared with the whole 公务接待费 (a
 * `narrative.amount` on a correct sentence: Henan 2024 公务接待费 2.50 = basic 1.50 + project 1.00).
 * Found by a probe (2026-12-08).
 */
import { describe, expect, it } from "vitest";
import { henanProbe } from "./support/narrative-alarms";

describe("a figure placed in basic or project spending is a part", () => {
  it.each([
    "2024年“三公”经费中，公务接待费1.50万元在基本支出中安排，1.00万元在项目支出中安排。",
    "2024年公务接待费1.50万元在基本支出中列支，1.00万元在项目支出中列支。",
    "2024年公务接待费1.50万元由基本支出安排，1.00万元由项目支出安排。",
    "2024年公务接待费1.50万元从基本支出中列支。",
    "2024年公务接待费1.50万元列入基本支出。",
    "2024年公务接待费1.00万元纳入项目支出预算。",
  ])("%s: no alarm", (text) => {
    expect(henanProbe.alarms(text)).toEqual([]);
  });

  it("is left unplaced; the whole's figure before it is still read", () => {
    expect(henanProbe.placed("2024年公务接待费1.50万元在基本支出中安排。")).toEqual([]);
    expect(henanProbe.placed("2024年公务接待费2.50万元，其中1.50万元在基本支出中安排。")).toEqual([
      "sanGong|item=reception = 2.50万元",
    ]);
  });

  it("a wrong figure of the whole is still found", () => {
    expect(henanProbe.alarms("2024年公务接待费2.05万元，其中1.50万元在基本支出中安排。")).toEqual([
      expect.stringContaining("2.50"),
    ]);
  });
});

describe("a 三公 measure's figures by nature of spending are its parts", () => {
  it.each([
    "2024年公务接待费2.50万元，其中：基本支出中公务接待费1.50万元，项目支出中公务接待费1.00万元。",
    "2024年公务接待费基本支出1.50万元，项目支出1.00万元。",
    "2024年公务接待费：基本支出1.50万元、项目支出1.00万元。",
    "2024年公务接待费预算2.50万元，基本支出安排1.50万元，项目支出安排1.00万元。",
    "2024年“三公”经费预算6.50万元，其中基本支出5.50万元，项目支出1.00万元。",
  ])("%s: no alarm", (text) => {
    expect(henanProbe.alarms(text)).toEqual([]);
  });

  it("the 三公 measure's own figure is still read; the parts are left", () => {
    expect(
      henanProbe.placed(
        "2024年公务接待费预算2.50万元，基本支出安排1.50万元，项目支出安排1.00万元。",
      ),
    ).toEqual(["sanGong|item=reception = 2.50万元"]);
  });

  it("basic and project spending of their own sentence are still read", () => {
    expect(
      henanProbe.placed("2024年“三公”经费预算6.50万元。基本支出682.06万元，项目支出287.00万元。"),
    ).toEqual([
      "sanGong = 6.50万元",
      "spending|nature=basic = 682.06万元",
      "spending|nature=project = 287.00万元",
    ]);
    expect(henanProbe.alarms("2024年“三公”经费预算6.50万元。基本支出628.06万元。")).toEqual([
      expect.stringContaining("682.06"),
    ]);
  });
});
