/**
 * Correct input the reader must not lose (classes found in review):
 * - a none whose year is set off by the text layer's blank or follows the none's own verb
 *   (`没有安排 2024年度…`, `无 2024年…`, `未予安排2024年…`): nothing between the none and its
 *   measure opens another statement;
 * - a total composed of the natures (`支出合计969.06万元由基本支出…和项目支出…构成`): the words
 *   after its figure name its parts, not a nature it is placed in (only a 三公 measure's figure
 *   `公务接待费1.50万元在基本支出中安排` is such a part);
 * - the department's 基本 / 项目支出 in a statement after a 三公 measure's (`…；2024年基本支出预算…`):
 *   a 三公 measure splits by nature only within its own statement.
 */
import { describe, expect, it } from "vitest";
import { henanProbe } from "./support/narrative-alarms";

const D = "中共洛阳市涧西区委办公室";

describe("a none with a blank before its year", () => {
  it.each([
    `${D}没有安排 2024年度政府性基金预算拨款支出。`,
    `${D}无 2024年政府性基金预算拨款支出。`,
    `${D}2024年没有 政府性基金预算拨款支出。`,
    `${D}未安排  2024 年度政府性基金预算拨款支出。`,
    `${D}没有安排2024年度政府性基金预算拨款支出。`,
    `${D}未予安排 2024年度政府性基金预算拨款支出。`,
    `${D}没有列支 2024 年度政府性基金预算拨款支出。`,
  ])("%s: govFund spending 0", (text) => {
    expect(henanProbe.placed(text)).toEqual(["spending|fund=govFund = 0万元"]);
  });
});

describe("a total composed of natures is the total", () => {
  it.each([
    `${D}2024年支出合计969.06万元由基本支出682.06万元和项目支出287.00万元构成。`,
    `${D}2024年支出预算969.06万元，由基本支出682.06万元、项目支出287.00万元组成。`,
    `${D}2024年部门支出预算969.06万元由基本支出和项目支出两部分构成。`,
  ])("%s: 969.06 placed", (text) => {
    expect(henanProbe.placed(text)).toContain("spending = 969.06万元");
  });

  it("a 三公 measure's figure placed in a nature is still its part (left)", () => {
    const placed = henanProbe.placed(`${D}2024年公务接待费1.50万元在基本支出中安排。`);
    expect(placed.filter((p) => p.includes("1.50"))).toEqual([]);
  });
});

describe("natures after a 三公 measure's statement are the department's", () => {
  it.each([
    `${D}2024年“三公”经费支出预算6.50万元，比上年减少1.00万元，主要原因是厉行节约；2024年基本支出预算682.06万元，项目支出287.00万元。`,
    `${D}2024年公务接待费预算2.50万元；基本支出682.06万元，项目支出287.00万元。`,
    `${D}2024年“三公”经费支出预算6.50万元。2024年基本支出预算682.06万元，项目支出287.00万元。`,
    // a 三公 measure named inside brackets: its statement ends with them
    `${D}2024年支出预算969.06万元（含“三公”经费6.50万元），基本支出682.06万元，项目支出287.00万元。`,
    `${D}2024年支出预算969.06万元（其中公务接待费2.50万元），基本支出682.06万元，项目支出287.00万元。`,
  ])("%s", (text) => {
    const placed = henanProbe.placed(text);
    expect(placed).toContain("spending|nature=basic = 682.06万元");
    expect(placed).toContain("spending|nature=project = 287.00万元");
  });

  it("within the 三公 statement a nature is still the measure's part (left)", () => {
    const placed = henanProbe.placed(
      `${D}2024年公务接待费预算2.50万元，基本支出安排1.50万元，项目支出安排1.00万元。`,
    );
    expect(placed.filter((p) => p.includes("nature="))).toEqual([]);
  });
});
