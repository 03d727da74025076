/**
 * A 科目's share printed before its figure (`一般公共服务支出占65.53%，为635.07万元`), and a share
 * whose whole a lead-in clause names (`一般公共预算支出按功能分类，一般公共服务支出635.07万元，占
 * 65.53%`, `…969.06万元，按功能分类：…`). Where no whole is named, the share stays unplaced.
 */
import { describe, expect, it } from "vitest";
import { functional2024 } from "../catalog/2024";
import { read } from "./test-support";

const reading = (text: string) => read(text, 2024, { catalog: functional2024 });
const claims = (text: string) => reading(text).claims;
const unplaced = (text: string) => reading(text).unplaced.map((u) => u.split(" in ")[0]);

const GPB = "2024年一般公共预算支出969.06万元";
const WHOLE = `amount spending|fund=gpb 969.06万元 current budget equals [969.06万元]`;
const PART = "amount spending|functional=201|fund=gpb 635.07万元 current budget equals";

describe("a 科目's share before its figure", () => {
  it.each([
    `${GPB}，其中：一般公共服务支出占65.53%，为635.07万元。`,
    `${GPB}，其中：一般公共服务支出占比65.53%，计635.07万元。`,
    `${GPB}，其中：一般公共服务支出所占比重为65.53%，金额635.07万元。`,
    `${GPB}，其中：一般公共服务支出（类）占65.53%，为635.07万元。`,
    `${GPB}，其中：一般公共服务支出占65.53%，共635.07万元。`,
  ])("%s", (text) => {
    expect(claims(text)).toEqual([
      WHOLE,
      `${PART} [635.07万元]`,
      "percent share spending|functional=201|fund=gpb 65.53 - p1 w0",
    ]);
  });

  it("each of a list, in order", () => {
    const text = `${GPB}，其中：一般公共服务支出占65.53%，为635.07万元；社会保障和就业支出占7.60%，为73.69万元。`;
    expect(claims(text).filter((c) => c.startsWith("percent"))).toEqual([
      "percent share spending|functional=201|fund=gpb 65.53 - p1 w0",
      "percent share spending|functional=208|fund=gpb 7.60 - p3 w0",
    ]);
  });

  it("of the whole named after 占, whose fund is not the part's", () => {
    expect(claims("一般公共服务支出占一般公共预算支出的65.53%，为635.07万元。")).toEqual([
      "amount spending|functional=201 635.07万元 current budget equals [635.07万元]",
      "percent share spending|functional=201 65.53 - p0 of spending|fund=gpb",
    ]);
  });

  it("a measure's share before its figure after other words than 为 (`共`, `计`)", () => {
    expect(
      claims("2024年支出合计969.06万元，其中：基本支出占比70.38%，共682.06万元。").at(-1),
    ).toBe("percent share spending|nature=basic 70.38 - p1 w0");
  });

  it("stays unplaced without a figure of its own, or a name the reader does not know", () => {
    expect(unplaced(`${GPB}，其中一般公共服务支出占65.53%。`)).toEqual(["no-base false [65.53%]"]);
    expect(unplaced(`${GPB}，其中某某专项支出占65.53%，为635.07万元。`)).toEqual([
      "no-base false [65.53%]",
      "no-subject true [635.07万元]",
    ]);
  });
});

describe("a share whose whole a lead-in clause names", () => {
  it.each([
    "一般公共预算支出按功能分类，一般公共服务支出635.07万元，占65.53%。",
    "一般公共预算支出按功能科目划分：一般公共服务支出635.07万元，占65.53%。",
    "一般公共预算支出按支出功能分类科目划分：一般公共服务支出635.07万元，占65.53%。",
    "一般公共预算支出按功能分类，一般公共服务支出占65.53%，为635.07万元。",
  ])("the measure it names, its figure the tables': %s", (text) => {
    expect(claims(text)).toEqual([
      expect.stringMatching(/^amount spending\|functional=201\|fund=gpb 635.07万元/u),
      "percent share spending|functional=201|fund=gpb 65.53 - p0 of spending|fund=gpb",
    ]);
  });

  it.each([
    `${GPB}，按功能分类：一般公共服务支出635.07万元，占65.53%。`,
    `${GPB}，从功能分类来看，一般公共服务支出635.07万元，占65.53%。`,
    `${GPB}，分功能科目看，一般公共服务支出635.07万元，占65.53%。`,
    `${GPB}，按功能科目分：一般公共服务支出635.07万元，占65.53%。`,
    `${GPB}，按功能分类，一般公共服务支出占65.53%，为635.07万元。`,
  ])("the figure before it, its parts of its fund: %s", (text) => {
    expect(claims(text)).toEqual([
      WHOLE,
      expect.stringMatching(/^amount spending\|functional=201\|fund=gpb 635.07万元/u),
      "percent share spending|functional=201|fund=gpb 65.53 - p1 w0",
    ]);
  });

  it.each([
    [`${GPB}，具体为：一般公共服务支出（类）635.07万元，占65.53%。`, "p1 w0"],
    [`${GPB}，情况如下：一般公共服务支出635.07万元，占65.53%。`, "p1 w0"],
    ["一般公共预算支出中，一般公共服务支出635.07万元，占65.53%。", "p0 of spending|fund=gpb"],
  ])("a list's opening after the figure, a measure's 中: %s", (text, of) => {
    expect(claims(text).at(-1)).toBe(
      `percent share spending|functional=201|fund=gpb 65.53 - ${of}`,
    );
  });

  it.each([
    // no whole named: the department's total, or the fund's? not said
    "情况如下：一般公共服务支出635.07万元，占65.53%。",
    "从支出功能分类看，一般公共服务支出635.07万元，占65.53%。",
    // the figure before is in another sentence
    `${GPB}。按功能分类，一般公共服务支出635.07万元，占65.53%。`,
    // a whole that does not hold the part (a nature's spending)
    "2024年一般公共预算项目支出287.00万元，按功能分类，一般公共服务支出77.00万元，占26.83%。",
  ])("none where the text names none that holds the part: %s", (text) => {
    expect(unplaced(text)).toContain(`no-base false [${text.match(/\d+\.\d+%/u)?.[0]}]`);
  });
});
