/**
 * A 情况说明 of a department of several units giving each unit's figures: each is compared with
 * its unit's rows (not the department's), a unit the tables give no rows of is left unplaced, and
 * the department's own figures are still checked. The Henan fixture as two units
 * (test/support/two-units.ts).
 */
import { describe, expect, it } from "vitest";
import { henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { henanProbe, probe } from "./support/narrative-alarms";
import { twoUnits } from "./support/two-units";

const two = probe(twoUnits(henan2024Fixture), henan2024, henan2024Profile);
const DEPT = "中国共产党洛阳市涧西区委员会办公室";
const ARMED = "洛阳市涧西区人民武装部";

describe("a unit's figures in the narrative of a department of several units", () => {
  it.each([
    `按单位分：${DEPT}本级支出预算809.06万元，${ARMED}支出预算160.00万元。`,
    `其中：${DEPT}本级收入预算809.06万元，${ARMED}收入预算160.00万元。`,
    `${ARMED}项目支出160.00万元，占项目支出的55.75%。`,
    `${ARMED}（单位）支出预算160.00万元，全部为项目支出。`,
    `2024年机关本级支出预算809.06万元，其中基本支出682.06万元，项目支出127.00万元。`,
    `本级支出预算809.06万元，所属单位支出预算160.00万元。`,
    `${DEPT}2024年收入总计969.06万元，其中：本级809.06万元，所属单位160.00万元。`,
    `${ARMED}2024年支出预算160.00万元，比上年增加10.00万元。`,
    `2024年部门支出预算969.06万元。${ARMED}支出预算160.00万元，占本单位支出的100%。`,
  ])("%s: no alarm", (text) => {
    expect(two.alarms(text)).toEqual([]);
  });

  it("each unit's figure is placed on its rows", () => {
    expect(
      two.placed(`按单位分：${DEPT}本级支出预算809.06万元，${ARMED}支出预算160.00万元。`),
    ).toEqual(["spending|org=116001 = 809.06万元", "spending|org=116002 = 160.00万元"]);
  });

  it.each([
    [`${ARMED}支出预算170.00万元。`, "160.00"],
    [`按单位分：${DEPT}本级支出预算819.06万元，${ARMED}支出预算160.00万元。`, "809.06"],
    [`2024年机关本级支出预算809.06万元，其中基本支出628.06万元。`, "682.06"],
    [`${ARMED}项目支出16.00万元。`, "160.00"],
  ])("a wrong unit figure is still caught: %s", (text, expected) => {
    const alarms = two.alarms(text);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toContain(expected);
  });

  it("the department's own figures beside them are still checked", () => {
    const text = `2024年部门支出预算996.06万元。${ARMED}支出预算160.00万元。`;
    const alarms = two.alarms(text);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toContain("969.06");
  });

  it("a department of one unit: its 本级 is the whole, still checked", () => {
    expect(henanProbe.alarms("其中：本级支出969.06万元。")).toEqual([]);
    expect(henanProbe.alarms(`${DEPT}本级支出预算996.06万元。`)).toHaveLength(1);
  });
});
