import { describe, expect, it } from "vitest";
import { findings } from "../../rules/test-support";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.percent");
/** The claims of the narrative.percent findings on a body (no tables: the text's own figures). */
const claims = (body: string) =>
  findings(check(disclosure([], body)), "narrative.percent").map((f) => f.params.claim);

/** The bodies of `list` with a narrative.percent finding, and those findings' claims. */
const flagged = (list: readonly string[]) =>
  list.flatMap((body) => {
    const found = claims(body);
    return found.length === 0 ? [] : [[body, found]];
  });

/** A change with its rate, right (134.22 / 834.84 = 16.08%), then `tail`. */
const total = (rate: string, tail: string) =>
  `收入总计969.06万元，比上年增加134.22万元，增长${rate}%${tail}。主要原因是人员增加。`;
/** A fall with its rate, right (1.00 / 7.50 = 13.33%), then `tail`. */
const fall = (tail: string) => `“三公”经费6.50万元，比2023年减少1.00万元，下降13.33%${tail}。`;

describe("narrative.percent: a percentage of its clause that is not this change's rate", () => {
  it("last year's own rate beside this year's (a period of its own) is no rate of this change", () => {
    const list = [
      total("16.08", "（2023年增长5.20%）"),
      total("16.08", "（上年度增长5.20%）"),
      total("16.08", "，上年为下降3.10%"),
      total("16.08", "，去年增幅为5.20%"),
      total("16.08", "，上一年度增幅为5.20%"),
      total("16.08", "，而2023年比2022年下降3.10%"),
      fall("（2023年下降6.25%）"),
      fall("，2023年同比下降6.25%"),
    ];
    expect(flagged(list)).toEqual([]);
  });

  it("a change of a rate or a share written with % is no rate of the figure (增幅扩大5.3%, 占比提高1.2%)", () => {
    const list = [
      total("16.08", "，增幅比上年扩大5.3%"),
      total("16.08", "，增幅较上年提高5.3%"),
      total("16.08", "，增长率比上年下降2.1%"),
      total("16.08", "，增速提高2.1%"),
      "支出合计969.06万元，其中：基本支出682.06万元，占70.38%，占比较上年上升2.5%；项目支出287.00万元，占29.62%。",
      "基本支出682.06万元，其中：人员经费630.38万元，占92.42%，占比提高1.2%；公用经费51.68万元，占7.58%。",
      "基本支出682.06万元，其中：人员经费630.38万元，占92.42%，所占比重比上年下降0.5%。",
    ];
    expect(flagged(list)).toEqual([]);
  });

  it("a rate over several years, or a target's, is none of this year's change (年均, 累计, 压减5%的要求)", () => {
    const list = [
      total("16.08", "，近三年年均增长8.50%"),
      total("16.08", "，年平均增长8.50%"),
      fall("，连续三年累计下降20.00%"),
      fall("，较2021年累计下降20.00%"),
      fall("，完成压减10%的目标"),
      fall("，落实压减10%的任务"),
      "“三公”经费6.50万元，比2023年减少1.00万元，按照一般性支出压减5%的要求，下降13.33%。",
      "“三公”经费6.50万元，比2023年减少1.00万元，下降13.33%，达到压减10%以上的要求。",
    ];
    expect(flagged(list)).toEqual([]);
  });

  it("a rate of what money does not measure (人数, 批次, 效率, 标准) is no rate of the figure", () => {
    const list = [
      total("16.08", "，在职人数增长10.00%"),
      total("16.08", "，工资标准上调3%"),
      total("16.08", "，预计办公效率提高20%"),
      fall("，公务接待批次相应减少30%"),
      fall("，培训人次减少20%"),
      fall("，考试科次减少15%"),
      // other words between the subject and the change word
      fall("，接待人次随之减少50.00%"),
      fall("，接待人次亦随之下降50.00%"),
      fall("，接待人次有较大幅度减少50.00%"),
      fall("，出国人次因疫情减少50.00%"),
      "机构运转经费49.68万元，比上年增加6.13万元，用于保障机关运转，预计办公效率提高20%。",
    ];
    expect(flagged(list)).toEqual([]);
  });

  it("a wrong rate of the change is still an error, beside any of those", () => {
    for (const [body, claim] of [
      [total("18.08", ""), "增长18.08%"],
      [total("18.08", "（2023年增长5.20%）"), "增长18.08%"],
      [total("18.08", "，增幅比上年扩大5.3%"), "增长18.08%"],
      [total("18.08", "，近三年年均增长8.50%"), "增长18.08%"],
      [total("18.08", "，在职人数增长10.00%"), "增长18.08%"],
      ["收入总计969.06万元，比上年增加134.22万元，增幅为18.08%。", "增幅为18.08%"],
      [
        "上年收入总计834.84万元。收入总计969.06万元，比上年预算增长18.08%。",
        "比上年预算增长18.08%",
      ],
      ["“三公”经费6.50万元，比2023年减少1.00万元，压减13.00%。", "压减13.00%"],
      ["人员经费630.38万元，比上年增加100.00万元，增长30.00%。", "增长30.00%"],
      ["基本支出682.06万元，其中：人员经费630.38万元，占93.42%，占比提高1.2%。", "占93.42%"],
      // words before the change word that name no subject of their own: still the clause's rate
      ["收入总计969.06万元，比上年增加134.22万元，即增长18.08%。", "即增长18.08%"],
      ["收入总计969.06万元，比上年增加134.22万元，总量增长18.08%。", "总量增长18.08%"],
      ["收入总计969.06万元，比上年增加134.22万元，同口径增长18.08%。", "同口径增长18.08%"],
      ["收入总计969.06万元，比上年增加134.22万元，实现增长18.08%。", "实现增长18.08%"],
      ["收入总计969.06万元，比上年增加134.22万元，平均增长18.08%。", "平均增长18.08%"],
      // a subject money does not measure earlier in the clause, not before the change word
      [
        "收入总计969.06万元，比上年增加134.22万元，按人数核定后增长18.08%。",
        "按人数核定后增长18.08%",
      ],
      [
        "收入总计969.06万元，比上年增加134.22万元，人数标准核定的经费增长18.08%。",
        "人数标准核定的经费增长18.08%",
      ],
    ] as const)
      expect([body, claims(body)]).toEqual([body, [claim]]);
  });
});
