/**
 * The year a figure belongs to and what a change is measured against, on phrasings of other
 * printers: a clause about what follows the execution of last year's budget
 * (`2023年预算执行完毕后，…`) dates nothing, and a change against last year's execution
 * (`较2023年执行数`, `比上年实际执行`, `与上年决算数相比`) is not one against its budget.
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

describe("bases: a clause about what follows a budget's execution dates no figure", () => {
  it.each([
    "2023年预算执行完毕后，“三公”经费结余1.00万元。",
    "待2023年预算执行完毕后，“三公”经费结余1.00万元。",
    "上年预算执行完毕后，“三公”经费结余1.00万元。",
    "去年预算执行完成后,“三公”经费结余1.00万元。",
    "2023年度预算执行结束后，“三公”经费结余1.00万元。",
    "2023年预算执行完毕，“三公”经费结余1.00万元。",
    "在2023年预算执行后，“三公”经费结余1.00万元。",
  ])("%s: the figure is neither last year's budget nor this year's", (text) => {
    expect(read(text)).toEqual({
      claims: [],
      unplaced: [`no-period true [1.00万元] in [${text}]`],
    });
  });

  it("nor is a figure in the clause itself, after the words", () => {
    const text = "待2023年预算执行完毕后结转资金12.00万元，用于项目支出。";
    expect(read(`支出合计100.00万元。${text}`)).toEqual({
      claims: ["amount spending 100.00万元 current budget equals [100.00万元]"],
      unplaced: [`no-period true [12.00万元] in [${text}]`],
    });
  });

  it("a comparison in such a sentence is not placed either (which year's figure would it change?)", () => {
    const text = "2023年预算执行完毕后，“三公”经费预算6.50万元，比上年减少1.00万元。";
    expect(read(text).claims).toEqual([]);
  });

  it("a clause that names its own year keeps it; the next sentence is read as before", () => {
    expect(
      read(
        "2023年预算执行完毕后，结转下年资金12.00万元，2024年“三公”经费预算6.50万元。上年“三公”经费预算7.50万元。",
      ).claims,
    ).toEqual([
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
      "amount sanGong 7.50万元 prior budget equals [7.50万元]",
    ]);
    // a figure before the words is this year's, as it was
    expect(
      read("“三公”经费预算6.50万元，2023年预算执行完毕后的结余资金按规定上缴。").claims,
    ).toEqual(["amount sanGong 6.50万元 current budget equals [6.50万元]"]);
  });

  it("`无…` in such a sentence says nothing of this year's figure", () => {
    expect(read("2023年预算执行完毕后，无“三公”经费结余。").claims).toEqual([]);
  });
});

describe("bases: a change against last year's execution", () => {
  const head = "支出合计1,234.56万元，";
  const current = "amount spending 1234.56万元 current budget equals [1,234.56万元]";
  it.each([
    "较2023年执行数1,222.26万元增加12.30万元",
    "比上年实际执行数1,222.26万元增加12.30万元",
    "较去年执行数1,222.26万元增加12.30万元",
    "比2023年预算执行数1,222.26万元增加12.30万元",
  ])("%s: the figure stated is last year's execution, the change is against it", (words) => {
    expect(read(`${head}${words}。`)).toEqual({
      claims: [
        current,
        "amount spending 1222.26万元 prior execution equals [1,222.26万元]",
        "change spending up 12.30 execution [12.30万元]",
      ],
      unplaced: [],
    });
  });

  it("与上年决算数…相比 too", () => {
    expect(read(`${head}与上年决算数1,222.26万元相比增加12.30万元。`).claims).toEqual([
      current,
      "amount spending 1222.26万元 prior execution equals [1,222.26万元]",
      "change spending up 12.30 execution [12.30万元]",
    ]);
  });

  it.each([
    "较上年决算增加12.30万元",
    "比2023年决算增加12.30万元",
    "较上年实际执行增加12.30万元",
    "与2023年执行数相比增加12.30万元",
  ])("%s is against the execution (决算 is last year's execution)", (words) => {
    expect(read(`${head}${words}。`).claims).toEqual([
      current,
      "change spending up 12.30 execution [12.30万元]",
    ]);
  });

  it("each comparison of a sentence has its own base, in either order", () => {
    const budgetFirst = read(`${head}比2023年预算增加34.56万元，比2023年执行数增加12.30万元。`);
    const executionFirst = read(`${head}比2023年执行数增加12.30万元，比2023年预算增加34.56万元。`);
    expect(budgetFirst.claims.slice(1)).toEqual([
      "change spending up 34.56 budget [34.56万元]",
      "change spending up 12.30 execution [12.30万元]",
    ]);
    expect(executionFirst.claims.slice(1)).toEqual([
      "change spending up 12.30 execution [12.30万元]",
      "change spending up 34.56 budget [34.56万元]",
    ]);
  });

  it("执行数 after a comparison against the budget is last year's execution, not its budget", () => {
    expect(read(`${head}比上年预算增加34.56万元，上年执行数为1,222.26万元。`).claims).toEqual([
      current,
      "change spending up 34.56 budget [34.56万元]",
      "amount spending 1222.26万元 prior execution equals [1,222.26万元]",
    ]);
  });
});

describe("bases: 实际 after a comparison or last year is the execution", () => {
  const head = "支出合计1,234.56万元，";
  const current = "amount spending 1234.56万元 current budget equals [1,234.56万元]";
  it.each([
    ["比上年实际支出增加12.30万元", "up 12.30"],
    ["较上年实际支出增加12.30万元", "up 12.30"],
    ["比2023年实际完成数减少12.30万元", "down -12.30"],
    ["较去年实际完成减少12.30万元", "down -12.30"],
    ["比2023年度实际支出数增加12.30万元", "up 12.30"],
    ["与上年实际支出相比增加12.30万元", "up 12.30"],
  ])("%s is a change against last year's execution, not its budget", (words, change) => {
    expect(read(`${head}${words}。`)).toEqual({
      claims: [current, `change spending ${change} execution [12.30万元]`],
      unplaced: [],
    });
  });

  it("the actual figure stated is last year's execution (1,234.56 − 1,222.26 = 12.30)", () => {
    expect(read(`${head}比上年实际支出1,222.26万元增加12.30万元。`).claims).toEqual([
      current,
      "amount spending 1222.26万元 prior execution equals [1,222.26万元]",
      "change spending up 12.30 execution [12.30万元]",
    ]);
  });

  it("实际支出 is still the measure where 支出 is one: after a fund, under a fund's heading, after 三公", () => {
    expect(read("2023年一般公共预算实际支出1,000.00万元。").claims).toEqual([
      "amount spending|fund=gpb 1000.00万元 prior execution equals [1,000.00万元]",
    ]);
    expect(read("二、一般公共预算支出预算情况说明\n上年实际支出1,000.00万元。").claims).toEqual([
      "amount spending|fund=gpb 1000.00万元 prior execution equals [1,000.00万元]",
    ]);
    expect(read("“三公”经费预算6.50万元，上年实际支出7.00万元。").claims).toEqual([
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
      "amount sanGong 7.00万元 prior execution equals [7.00万元]",
    ]);
    expect(read("“三公”经费2023年实际支出7.00万元。").claims).toEqual([
      "amount sanGong 7.00万元 prior execution equals [7.00万元]",
    ]);
  });

  it("实际 elsewhere changes nothing (根据实际需要, a budget of this year)", () => {
    expect(read("根据实际需要，安排项目支出100.00万元，比上年增加10.00万元。").claims).toEqual([
      "amount spending|nature=project 100.00万元 current budget equals [100.00万元]",
      "change spending|nature=project up 10.00 budget [10.00万元]",
    ]);
  });
});

describe("bases: a comparison against the execution and its change split by a comma", () => {
  const head = "支出合计1,234.56万元，";
  const current = "amount spending 1234.56万元 current budget equals [1,234.56万元]";
  it.each([
    ["与上年执行数相比，减少12.30万元", "down -12.30"],
    ["与2023年决算数相比,增加12.30万元", "up 12.30"],
    ["与去年实际支出相比，增加12.30万元", "up 12.30"],
    ["较上年执行数相比，减少12.30万元", "down -12.30"],
  ])("%s: the change of the paragraph's measure, against the execution", (words, change) => {
    expect(read(`${head}${words}。`)).toEqual({
      claims: [current, `change spending ${change} execution [12.30万元]`],
      unplaced: [],
    });
  });

  it("of the measure the comparison names, with the base it states, and its rate", () => {
    expect(read("“三公”经费6.50万元，与2023年执行数7.00万元相比，减少0.50万元。").claims).toEqual([
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
      "amount sanGong 7.00万元 prior execution equals [7.00万元]",
      "change sanGong down -0.50 execution [0.50万元]",
    ]);
    expect(read("公务接待费与上年执行数相比，减少0.70万元，下降21.88%。").claims).toEqual([
      "change sanGong|item=reception down -0.70 execution [0.70万元]",
      "percent growth sanGong|item=reception 21.88 down d0",
    ]);
    expect(read(`${head}与上年执行数相比，保持不变。`).claims).toEqual([
      current,
      "change spending flat - execution [保持不变]",
    ]);
  });

  it("与上年相比，… is read as today (a bare change after it is not guessed; a named one is the budget's)", () => {
    const bare = `${head}与上年相比，减少12.30万元。`;
    expect(read(bare)).toEqual({
      claims: [current],
      unplaced: [`no-subject true [12.30万元] in [${bare}]`],
    });
    expect(read("与上年相比，“三公”经费减少1.00万元。").claims).toEqual([
      "change sanGong down -1.00 budget [1.00万元]",
    ]);
  });

  it("only the clause right after the comparison: a later change word is not its change", () => {
    const text = `${head}比上年执行数增加12.30万元，主要是人员增加，增加工资5.00万元。`;
    expect(read(text)).toEqual({
      claims: [current, "change spending up 12.30 execution [12.30万元]"],
      unplaced: [`no-subject true [5.00万元] in [${text}]`],
    });
  });
});
