/**
 * A department with several units whose 决算 情况说明 gives, after the department's own statement,
 * each unit's (本级's, a 下属单位's) in a paragraph of its own: 收入支出总计 (一), 财政拨款收入支出总计
 * (四), 一般公共预算财政拨款支出 with its share (五(一)), 本年收入合计 / 本年支出合计 (二 / 三). A
 * unit's figure is that unit's: it never replaces the department's (was: the last statement read
 * was taken for the department's, a warning against the department's tables). A department's
 * wrong figure is still found with the units' paragraphs there.
 */
import { describe, expect, it } from "vitest";
import { readFinalNarrative } from "../src/final";
import { FINANCE, finalReport } from "./support/final-narrative";

const TEXT = FINANCE.narrative;
/** The finance 决算's text with `extra` printed after the paragraph that holds `after`. */
const withAfter = (after: string, extra: readonly string[], text = TEXT): string => {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.includes(after));
  if (at < 0) throw new Error(`no paragraph holds ${after}`);
  return [...lines.slice(0, at + 1), ...extra, ...lines.slice(at + 1)].join("\n");
};
/** The department's figures as read: 一, 四, 五(一), 二's and 三's wholes. */
const figures = (text: string) => {
  const r = readFinalNarrative(text, 2024);
  return [r.total, r.fiscalTotal, r.gpb?.amount, r.gpb?.share, r.revenue?.whole, r.spending?.whole]
    .map((a) => (a === undefined ? "-" : typeof a === "string" ? a : a.value))
    .join(" ");
};
const BASE = figures(TEXT);

const ONE = "收入支出总计减少56.95万元";
const FOUR = "财政拨款收入支出总计持平";
const FIVE = "占本年支出合计的100.00%。与2023年度相比";
const THREE = "本年支出合计2940.05万元";
const TWO = "本年收入合计2946.25万元";

describe("a unit's own figures after the department's, in their own paragraphs", () => {
  it.each([
    [
      "一, each unit named",
      ONE,
      [
        "上海市普陀区财政局（本级）2024年度收入支出总计2500.10万元。",
        "上海市普陀区财政信息中心2024年度收入支出总计495.29万元。与2023年度相比，收入支出总计增加5.00万元，增长1.02%。",
      ],
    ],
    ["一, 下属单位", ONE, ["其中：下属单位2024年度收入支出总计495.29万元。"]],
    [
      "一, a unit by its name, sides apart",
      ONE,
      ["上海市普陀区财政信息中心2024年度收入总计495.29万元，支出总计495.29万元。"],
    ],
    [
      "四, a unit by its name",
      FOUR,
      ["上海市普陀区财政信息中心2024年度财政拨款收入支出总计439.95万元。"],
    ],
    ["四, 本级", FOUR, ["本级财政拨款收入支出总计2521.73万元。"]],
    [
      "五(一), a unit by its name",
      FIVE,
      [
        "上海市普陀区财政信息中心2024年度一般公共预算财政拨款支出439.95万元，占本年支出合计的100.00%。",
      ],
    ],
    [
      "三, each unit named",
      THREE,
      [
        "上海市普陀区财政局（本级）本年支出合计2500.10万元，其中：基本支出2000.00万元，占80.00%；项目支出500.10万元，占20.00%。",
        "上海市普陀区财政信息中心本年支出合计439.95万元，其中：基本支出336.91万元，占76.58%；项目支出103.04万元，占23.42%。",
      ],
    ],
    ["二, a unit by its name", TWO, ["上海市普陀区财政信息中心本年收入合计446.15万元。"]],
  ] as const)("%s: the department's figures read as they are alone", (_, after, extra) => {
    expect(figures(withAfter(after, extra))).toEqual(BASE);
  });

  it.each([
    ["本级2024年度收入支出总计2500.10万元。"],
    ["上海市普陀区财政局（本级）2024年度收入支出总计2500.10万元。"],
  ])("the department's 一 not printed, a unit's %j in its place: no total read", (unit) => {
    const text = TEXT.replace("上海市普陀区财政局2024年度收入支出总计2995.39万元。", unit);
    expect(readFinalNarrative(text, 2024).total).toBeUndefined();
  });

  it("the department's 一 printed as 本部门（含本级及所属单位）: read", () => {
    const text = TEXT.replace(
      "上海市普陀区财政局2024年度收入支出总计",
      "本部门（含本级及所属单位）2024年度收入支出总计",
    );
    expect(figures(text)).toEqual(BASE);
  });

  it("一: the department's wrong figure is still found with a unit's after it, a right one not", () => {
    const unit = "上海市普陀区财政信息中心2024年度收入支出总计495.29万元。";
    /** The 一 findings against the 收入支出决算总表's 总计. */
    const one = (text: string) =>
      finalReport(FINANCE, withAfter(ONE, [unit], text)).findings.filter(
        (f) => f.ruleId === "final.narrative.amount" && f.path?.table === "summary",
      );
    expect(one(TEXT)).toEqual([]);
    const wrong = one(TEXT.replace("收入支出总计2995.39万元", "收入支出总计2995.49万元"));
    expect(wrong.map((f) => [f.expected, f.actual])).toEqual([["2995.39", "2995.49"]]);
  });

  it("四: the department's figure, not the unit's after it, is read (printed wrong: 0.3)", () => {
    const text = withAfter(FOUR, ["本级财政拨款收入支出总计2521.73万元。"]);
    expect(readFinalNarrative(text, 2024).fiscalTotal?.value).toBe("0.3");
  });
});
