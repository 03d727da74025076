/**
 * Zero false alarms in the 决算 情况说明 as other printers word it: correct sentences about the
 * Putuo 决算 fixtures' figures, found to raise `final.narrative.*` findings by a probe of invented
 * variants (2026-12-04), checked through the whole 决算 checker. A wrong figure in the same words
 * is still found.
 */
import { describe, expect, it } from "vitest";
import { finalAlarms as alarms, FINANCE, SOCIAL } from "./support/final-narrative";

const HEAD =
  "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。\n";

describe("决算 情况说明: other printers' wordings (上海市普陀区财政局)", () => {
  it.each([
    // the department's name said informally
    "上海普陀区财政局2024年度收入支出总计2995.39万元。",
    "上海市普陀财政局2024年度收入支出总计2995.39万元。",
    // a 持平 in an item's reason is not the item's comparison
    `${HEAD}1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为1560.05万元，支出决算为1511.89万元，决算数小于预算数，公用经费与预算持平。`,
    // an item's 基本支出决算为 is not its own 支出决算为
    `${HEAD}1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为1560.05万元，基本支出决算为1503.52万元，项目支出决算为8.37万元，合计1511.89万元。`,
  ])("%s", (text) => {
    expect(alarms(FINANCE, text)).toEqual([]);
  });

  it("an item's own outcome after its parts' is still checked (1511.98 for 1511.89)", () => {
    const text = `${HEAD}1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为1560.05万元，基本支出决算为1503.52万元，项目支出决算为8.37万元，支出决算为1511.98万元。`;
    expect(alarms(FINANCE, text)).not.toEqual([]);
  });

  it("another body's name in place of the department's is still found (上海市财政局)", () => {
    expect(alarms(FINANCE, "上海市财政局2024年度收入支出总计2995.39万元。")).toEqual([
      "final.narrative.names orgName",
    ]);
  });
});

describe("决算 情况说明: the full-year budget however it is named (社会工作部)", () => {
  const fixture = SOCIAL;
  it.each([
    "一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成预算的95.89%。",
    "一般公共预算财政拨款支出年初预算为0万元，调整预算为321.02万元，支出决算为307.82万元，完成调整预算的95.89%。",
  ])("%s", (text) => {
    expect(alarms(fixture, text)).toEqual([]);
  });

  it("a rate that is wrong against the full-year budget is still found (95.98 for 95.89)", () => {
    expect(
      alarms(
        fixture,
        "一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成预算的95.98%。",
      ),
    ).toEqual(["final.narrative.rate rate"]);
  });
});

describe("决算 情况说明: each figure is its own subject's (上海市普陀区财政局)", () => {
  const fixture = FINANCE;
  it.each([
    // 占本年支出合计的 after another figure is that figure's share, not 五(一)'s
    "一般公共预算财政拨款支出2940.05万元，其中：项目支出603.14万元，占本年支出合计的20.51%。",
    // a change whose clause names another figure is not the total's
    "2024年度收入支出总计2995.39万元，与2023年度相比，本年支出合计减少63.14万元，下降2.10%。",
    "2024年度收入支出总计2995.39万元。与2023年度相比，年末结转和结余增加6.20万元，收入支出总计减少56.95万元，下降1.87%。",
    // two 类 with one combined share
    "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.65%；社会保障和就业支出（类）326.72万元，占11.11%；卫生健康支出（类）60.99万元、住房保障支出（类）445.69万元，两项合计占17.23%。",
    // a closing sentence about the other 科目 is not the last item's
    `${HEAD}10、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为187.75万元，支出决算为187.19万元，决算数小于预算数。\n其余科目决算数与预算数持平。`,
    `${HEAD}11、住房保障支出（类）住房改革支出（款）购房补贴（项）。年初预算为258.50万元，支出决算为258.50万元，决算数等于预算数。\n以上其他各项决算数小于预算数，主要是人员变动及项目调减所致。`,
    `${HEAD}10、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为187.75万元，支出决算为187.19万元，决算数小于预算数。其余科目决算数与预算数持平。`,
    // 三公 items separated by commas, or their budgets in brackets
    "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0万元，完成预算的0%，其中：因公出国（境）费支出决算为0万元，公务接待费支出决算为0万元，完成预算的0%。",
    "“三公”经费财政拨款支出年初预算为0.95万元（其中：因公出国（境）费0万元、公务接待费0.95万元），支出决算为0万元，完成预算的0%。",
    // a rate the text itself says has no budget
    "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0万元，完成预算的0%。其中：因公出国（境）费支出决算为0万元，完成预算的0%（未安排预算）；公务用车购置及运行维护费支出决算为0万元；公务接待费支出决算为0万元，完成预算的0%。",
    // another body named at a paragraph's start, the department called 本部门
    "上海市财政局2024年下达本部门的专项转移支付资金已全部纳入部门决算。",
    "上海市财政局2024年度对本区下达的专项资金已全部拨付。",
  ])("%s", (text) => {
    expect(alarms(fixture, text)).toEqual([]);
  });

  it.each([
    ["上海市财政局2024年度本区收入支出总计2995.39万元。", "final.narrative.names orgName"],
    ["机关运行经费支出184.65万元，同比增加2.55万元，增幅1.41%。", "final.narrative.growth rate"],
    [
      "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，所占比重为71.56%。",
      "final.narrative.share share",
    ],
    [
      "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占百分之71.56。",
      "final.narrative.share share",
    ],
    ["2024年度收入、支出决算总计均为2995.93万元。", "final.narrative.amount amount"],
    [
      "一般公共预算财政拨款支出2940.05万元，占本年支出合计的98.20%。",
      "final.narrative.share share",
    ],
    [
      "2024年度收入支出总计2995.39万元。与2023年度相比，年末结转和结余增加6.20万元，收入支出总计减少56.95万元，下降1.78%。",
      "final.narrative.growth rate",
    ],
    [
      "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：卫生健康支出（类）60.99万元、住房保障支出（类）445.69万元，两项合计占15.16%。",
      "final.narrative.share share",
    ],
    [
      `${HEAD}11、住房保障支出（类）住房改革支出（款）购房补贴（项）。年初预算为258.50万元，支出决算为258.40万元，决算数等于预算数。\n其余科目决算数小于预算数。`,
      "final.narrative.budgetItems word",
    ],
    [
      "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0万元，完成预算的0%，其中：因公出国（境）费支出决算为0万元，完成预算的0%，公务接待费支出决算为0万元，完成预算的0%。",
      "final.narrative.rate zeroBudget",
    ],
  ])("a wrong figure in the same words is still found: %s", (text, finding) => {
    expect(alarms(fixture, text)).toContain(finding);
  });
});

describe("a second probe: 389 lines across the three 决算 (2026-12-04, night)", () => {
  it.each([
    "2023年度收入支出总计3052.34万元，2024年度收入支出总计2995.39万元，减少56.95万元，下降1.87%。",
    "与2023年度收入支出总计3052.34万元相比，2024年度收入支出总计2995.39万元，减少56.95万元，下降1.87%。",
    "一般公共预算财政拨款基本支出2336.91万元。其中：人员经费2152.26万元，主要包括：津贴补贴、基本工资、住房公积金；公用经费184.65万元，主要包括：其他交通费用、福利费、工会经费、办公费。",
  ])("上海市普陀区财政局: %s", (text) => {
    expect(alarms(FINANCE, text)).toEqual([]);
  });

  it.each([
    "2023年度收入支出总计0万元，2024年度收入支出总计307.82万元，增加307.82万元。",
    "一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成全年预算的95.89%。其中：\\n6、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。主要用于：行政、事业单位医疗保险支出。全年预算为2.23万元，支出决算为2.22万元。\\n7、卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）。主要用于：行政、事业单位医疗保险支出。全年预算为2.29万元，支出决算为0.49万元。",
    "中共普陀区委社会工作部2024年度收入支出总计307.82万元。",
    "中共普陀区委社会工作部2024年度无政府性基金预算财政拨款收入和支出。",
    "一般公共预算财政拨款基本支出105.58万元。其中：人员经费95.36万元，主要包括：基本工资、津贴补贴、绩效工资、住房公积金；公用经费10.23万元，主要包括：办公费、差旅费、其他交通费用。",
  ])("社会工作部: %s", (text) => {
    expect(alarms(SOCIAL, text)).toEqual([]);
  });

  it.each([
    [
      "2023年度收入支出总计3052.34万元，2024年度收入支出总计2995.93万元，减少56.41万元。",
      "final.narrative.amount amount",
    ],
    [
      "上年度收入支出总计3052.34万元。2024年度收入支出总计2995.93万元。",
      "final.narrative.amount amount",
    ],
  ])("this year's total, wrong, is still found: %s", (text, finding) => {
    expect(alarms(FINANCE, text)).toContain(finding);
  });

  it("the city committee is still another name (中共上海市委社会工作部)", () => {
    expect(alarms(SOCIAL, "中共上海市委社会工作部2024年度收入支出总计307.82万元。")).toEqual([
      "final.narrative.names orgName",
    ]);
  });
});
