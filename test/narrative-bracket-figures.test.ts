/**
 * Brackets right after a measure word, as other printers use them, through the whole checker
 * against the Henan tables (session 39): a bracket giving a part's figure and its change leaves
 * the figure after it the measure's; a bracket holding only the measure's own figure gives it; a
 * year read before either never dates the bracket's parts across a sentence. A correct sentence
 * raises no alarm; a wrong figure in the same wording is found.
 */
import { describe, expect, it } from "vitest";
import { henanProbe } from "./support/narrative-alarms";

const { alarms, placed } = henanProbe;

describe("a bracket after a measure giving a part's figure and its change: the figure after it is the measure's", () => {
  it.each([
    [
      "“三公”经费（其中公务接待费2.50万元，比上年减少1.00万元）6.50万元，主要原因是厉行节约。",
      "sanGong = 6.50万元",
    ],
    // no part word: the measure named inside is a part of the one before
    [
      "“三公”经费（公务接待费2.50万元，比上年减少1.00万元）6.50万元，主要原因是厉行节约。",
      "sanGong = 6.50万元",
    ],
    [
      "“三公”经费（其中：公务接待费2.50万元，比上年减少1.00万元；公务用车购置及运行费4.00万元，与上年持平）6.50万元，主要原因是厉行节约。",
      "sanGong = 6.50万元",
    ],
    [
      "“三公”经费（其中公务接待费2.50万元，同比下降28.57%）6.50万元，主要原因是厉行节约。",
      "sanGong = 6.50万元",
    ],
    [
      "一般公共预算基本支出（其中人员经费630.38万元，比上年增加100.00万元）682.06万元，主要原因是人员增加。",
      "spending|fund=gpb|nature=basic = 682.06万元",
    ],
    [
      "一般公共预算基本支出（人员经费630.38万元，比上年增加100.00万元）682.06万元，主要原因是人员增加。",
      "spending|fund=gpb|nature=basic = 682.06万元",
    ],
    // a change of the measure itself in the bracket: the figure after it is no change
    ["“三公”经费（比上年减少1.00万元）6.50万元，主要原因是厉行节约。", "sanGong = 6.50万元"],
  ])("%s", (body, figure) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toContain(figure);
  });

  it.each([
    [
      "“三公”经费（其中公务接待费2.50万元，比上年减少1.00万元）7.50万元，主要原因是厉行节约。",
      "6.50",
    ],
    ["“三公”经费（公务接待费2.50万元，比上年减少1.00万元）5.60万元，主要原因是厉行节约。", "6.50"],
    ["“三公”经费（比上年减少1.00万元）7.50万元，主要原因是厉行节约。", "6.50"],
    [
      "一般公共预算基本支出（其中人员经费630.38万元，比上年增加100.00万元）628.06万元，主要原因是人员增加。",
      "682.06",
    ],
  ])("the measure's figure after it, wrong, is found: %s", (body, right) => {
    expect(alarms(body)).toEqual([
      expect.stringMatching(new RegExp(`^narrative\\.amount: .*表中为 ${right}万元`, "u")),
    ]);
  });

  it("the quote of such a figure passes over the bracket to the measure", () => {
    expect(
      alarms(
        "“三公”经费（其中公务接待费2.50万元，比上年减少1.00万元）7.50万元，主要原因是厉行节约。",
      ),
    ).toEqual([
      expect.stringContaining(
        "““三公”经费（其中公务接待费2.50万元，比上年减少1.00万元）7.50万元” 与表中不符",
      ),
    ]);
  });

  it("a bracket saying what the measure stands for keeps its figure the whole (部门支出预算（支出合计…）)", () => {
    expect(placed("2024年部门支出预算（支出合计969.06万元）中，基本支出682.06万元。")).toEqual([
      "spending = 969.06万元",
      "spending|nature=basic = 682.06万元",
    ]);
  });
});

describe("a year of an earlier sentence never dates a bracket's parts", () => {
  it.each([
    [
      "2023年“三公”经费7.50万元。“三公”经费（其中公务接待费2.50万元，比上年减少1.00万元）6.50万元，主要原因是厉行节约。",
      ["sanGong (prior) = 7.50万元", "sanGong|item=reception = 2.50万元", "sanGong = 6.50万元"],
    ],
    [
      "2023年“三公”经费7.50万元，其中公务接待费3.50万元。“三公”经费（含公务接待费2.50万元）6.50万元，比上年减少1.00万元，主要原因是厉行节约。",
      [
        "sanGong (prior) = 7.50万元",
        "sanGong|item=reception (prior) = 3.50万元",
        "sanGong|item=reception = 2.50万元",
        "sanGong = 6.50万元",
      ],
    ],
    // the bracket's own clause dates it
    [
      "2023年“三公”经费（其中公务接待费3.50万元）7.50万元。",
      ["sanGong|item=reception (prior) = 3.50万元", "sanGong (prior) = 7.50万元"],
    ],
    // a 其中 opening the next sentence still lists the parts of the last figure, of its year
    [
      "2023年“三公”经费7.50万元。其中公务接待费3.50万元。",
      ["sanGong (prior) = 7.50万元", "sanGong|item=reception (prior) = 3.50万元"],
    ],
  ])("%s", (body, figures) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(figures);
  });

  it("the part's change against last year's part, wrong, is found", () => {
    expect(
      alarms(
        "2023年“三公”经费7.50万元，其中公务接待费3.50万元。“三公”经费（其中公务接待费2.50万元，比上年减少2.00万元）6.50万元，主要原因是厉行节约。",
      ),
    ).toEqual([expect.stringMatching(/^narrative\.change: .*-2\.00万元/u)]);
  });
});

describe("a measure, its figure alone in a bracket, then its change", () => {
  it.each([
    [
      "人员经费（630.38万元）比上年增加10.00万元，主要原因是人员增加。",
      "spending|nature=basic.personnel = 630.38万元",
    ],
    [
      "人员经费（630.38万元），比上年增加10.00万元，主要原因是人员增加。",
      "spending|nature=basic.personnel = 630.38万元",
    ],
    ["“三公”经费（6.50万元）比上年减少1.00万元，主要原因是厉行节约。", "sanGong = 6.50万元"],
    [
      "公务接待费（2.50万元）较上年减少1.00万元，主要原因是厉行节约。",
      "sanGong|item=reception = 2.50万元",
    ],
    [
      "机关运行经费（49.68万元）比上年增加6.13万元，主要原因是公用经费增加。",
      "operatingCost = 49.68万元",
    ],
    ["基本支出（682.06万元）占支出合计的70.38%。", "spending|nature=basic = 682.06万元"],
  ])("%s", (body, figure) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual([figure]);
  });

  it.each([
    ["人员经费（603.38万元）比上年增加10.00万元，主要原因是人员增加。", "630.38"],
    ["公务接待费（3.50万元）较上年减少1.00万元，主要原因是厉行节约。", "2.50"],
  ])("the figure, wrong, is found: %s", (body, right) => {
    expect(alarms(body)).toEqual([
      expect.stringMatching(new RegExp(`^narrative\\.amount: .*表中为 ${right}万元`, "u")),
    ]);
  });

  it.each([
    // a bracket after a figure, or naming a part, still holds a part with no name (unplaced)
    "项目支出287.00万元（160.00万元用于人武部专项）。",
    "项目支出（含人武部专项经费160.00万元）287.00万元。",
  ])("a bracket's other figures stay unplaced: %s", (body) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(["spending|nature=project = 287.00万元"]);
  });
});

describe("a bracket between a measure and its figure giving a part by 其中 / 含 with no measure word", () => {
  // The part (人武部专项) is no measure of the tables: its figure is left unplaced, the figure
  // after the bracket is the measure's (it was lost: the 其中 read as narrowing the measure).
  it.each([
    "项目支出（其中160.00万元用于人武部专项）287.00万元。",
    "项目支出（其中：人武部专项160.00万元）287.00万元。",
    "项目支出（其中人武部专项经费160.00万元）287.00万元。",
    "项目支出（其中：人武部专项经费160.00万元、其他专项经费127.00万元）287.00万元。",
    "2024年项目支出（其中80%用于人武部专项）287.00万元，占29.62%。",
    "项目支出（含160.00万元人武部专项）287.00万元。",
  ])("the figure after it is the measure's: %s", (body) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(["spending|nature=project = 287.00万元"]);
  });

  it.each([
    "项目支出（其中160.00万元用于人武部专项）278.00万元。",
    "项目支出（其中：人武部专项经费160.00万元）278.00万元。",
  ])("the measure's figure, wrong, is found: %s", (body) => {
    expect(alarms(body)).toEqual([
      expect.stringMatching(/^narrative\.amount: .*表中为 287\.00万元/u),
    ]);
  });

  it.each([
    // a 其中 with no figure narrows the measure: the figure after it is of a part with no name
    "项目支出（其中人武部专项）160.00万元。",
    "“三公”经费（其中公务接待费）2.50万元。",
    // the part taken out: the figure after it is what is left
    "项目支出（不含人武部专项160.00万元）127.00万元。",
  ])("a bracket narrowing the measure still places nothing of it: %s", (body) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body).filter((p) => p.startsWith("spending|nature=project"))).toEqual([]);
  });
});
