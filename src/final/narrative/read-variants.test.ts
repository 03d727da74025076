import { describe, expect, it } from "vitest";
import { clauseName } from "./changes";
import { readFinalNarrative } from "./read";

const changes = (t: string) =>
  readFinalNarrative(t).changes.map((c) => `${c.subject} ${c.delta.value} ${c.percent ?? "-"}`);

describe("changes: the clause names the subject or nothing", () => {
  it.each([
    ["2024年度收入支出总计2995.39万元，比2023年度减少56.95万元，下降1.87%。", "total -56.95 1.87"],
    [
      "2024年度收入支出总计2995.39万元。与2023年度相比，减少56.95万元，下降1.87%。",
      "total -56.95 1.87",
    ],
    [
      "2024年度收入、支出总计均为2995.39万元。与2023年度相比，收入、支出总计各减少56.95万元，下降1.87%。",
      "total -56.95 1.87",
    ],
    [
      "2024年度收入支出总计2995.39万元，与2023年度相比，收支总计分别增加5.00万元，增长0.17%。",
      "total 5.00 0.17",
    ],
    [
      "2024年度收入支出总计2995.39万元。与2023年度相比，年末结转和结余增加6.20万元，收入支出总计减少56.95万元，下降1.87%。",
      "total -56.95 1.87",
    ],
    ["机关运行经费支出184.65万元，比上年增加2.55万元，增长1.40%。", "operatingCost 2.55 1.40"],
    [
      "2024年度一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。与2023年度相比，项目支出和基本支出均有所减少，一般公共预算财政拨款支出合计减少63.14万元，下降2.10%。",
      "gpb -63.14 2.10",
    ],
  ])("%s", (text, change) => {
    expect(changes(text)).toEqual([change]);
  });

  it.each([
    "2024年度收入支出总计2995.39万元，与2023年度相比，本年支出合计减少63.14万元，下降2.10%。",
    // a change in the next sentence is not the comparison's
    "2024年度收入支出总计2995.39万元，与2023年度相比基本持平。本年支出合计减少63.14万元。",
    "机关运行经费支出184.65万元，与上年相比，公用经费增加2.55万元，增长1.40%。",
  ])("not the subject's: %s", (text) => {
    expect(changes(text)).toEqual([]);
  });

  it("drops connectives and spaces and the word saying how", () => {
    const t = "与上年相比，收入 和支出总计各增加";
    expect(clauseName(t, t.indexOf("，") + 1, t.indexOf("增加"))).toBe("收入支出总计");
    const u = "，收支总计均减少";
    expect(clauseName(u, 1, u.indexOf("减少"))).toBe("收支总计");
  });
});

describe("一 and 四 as two sides: read where both are printed and agree", () => {
  const read = (t: string) => {
    const r = readFinalNarrative(t);
    return `${r.total?.value ?? "-"} ${r.fiscalTotal?.value ?? "-"}`;
  };
  it.each([
    ["2024年度收入总计2995.39万元，支出总计2995.39万元。", "2995.39 -"],
    ["2024年度收入决算总计2995.39万元，支出决算总计2995.39万元。", "2995.39 -"],
    ["2024年度收入总计和支出总计均为2995.39万元。", "2995.39 -"],
    ["2024年度财政拨款收入总计2961.68万元，支出总计2961.68万元。", "- 2961.68"],
    // two figures that differ are not guessed between
    ["2024年度收入总计2995.39万元，支出总计2990.39万元。", "- -"],
    // one side alone is not the total
    ["2024年度收入总计2995.39万元，其中：本年收入合计2990.00万元。", "- -"],
    // last year's sides are not this year's
    [
      "2023年度收入总计3052.34万元，支出总计3052.34万元；2024年度收入总计2995.39万元，支出总计2995.39万元。",
      "2995.39 -",
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe("五(一): the share of 本年支出合计 is 一般公共预算财政拨款支出's own", () => {
  it.each([
    ["一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。", "2940.05 100.00"],
    ["一般公共预算财政拨款支出决算为2940.05万元，占本年支出合计的100.00%。", "2940.05 100.00"],
    [
      "一般公共预算财政拨款支出2940.05万元，其中：项目支出603.14万元，占本年支出合计的20.51%。",
      "2940.05 -",
    ],
    [
      "一般公共预算财政拨款支出情况：一般公共预算财政拨款支出2940.05万元，占本年支出合计的100%。",
      "2940.05 100",
    ],
  ])("%s", (text, read) => {
    const g = readFinalNarrative(text).gpb;
    expect(`${g?.amount?.value ?? "-"} ${g?.share ?? "-"}`).toBe(read);
  });
});

describe("五(二): each 类's share, several 类 combined where the text says so", () => {
  const shares = (t: string) =>
    readFinalNarrative(t).classShares.map(
      (s) => `${s.name} ${s.amount?.value ?? "-"} ${s.percent}`,
    );
  const head = "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：";
  it.each([
    [
      `${head}一般公共服务支出（类）2106.66万元，占71.65%；社会保障和就业支出（类）326.72万元，占11.11%。`,
      ["一般公共服务支出 2106.66 71.65", "社会保障和就业支出 326.72 11.11"],
    ],
    [
      `${head}一般公共服务支出（类）2106.66万元，占71.65%，社会保障和就业支出(类)326.72万元，占比11.11%。`,
      ["一般公共服务支出 2106.66 71.65", "社会保障和就业支出 326.72 11.11"],
    ],
    [
      `${head}卫生健康支出（类）60.99万元、住房保障支出（类）445.69万元，两项合计占17.23%。`,
      ["卫生健康支出、住房保障支出 506.68 17.23"],
    ],
    [
      `${head}一般公共服务支出（类）2106.66万元，占一般公共预算财政拨款支出的71.65%。`,
      ["一般公共服务支出 2106.66 71.65"],
    ],
    // two 类 with one share not said to be combined: the first is not read
    [
      `${head}卫生健康支出（类）60.99万元、住房保障支出（类）445.69万元，占15.16%。`,
      ["住房保障支出 445.69 15.16"],
    ],
    // shares given together (分别占): none read
    [`${head}卫生健康支出（类）60.99万元、住房保障支出（类）445.69万元，分别占2.07%、15.16%。`, []],
  ])("%s", (text, read) => {
    expect(shares(text)).toEqual(read);
  });

  it("a 类 with a figure that is not read has no amount (a share is kept)", () => {
    const r = readFinalNarrative(`${head}一般公共服务支出（类）决算数2106.66万元，占71.65%。`);
    expect(r.classShares.map((s) => [s.amount, s.percent, s.text])).toEqual([
      [undefined, "71.65", "一般公共服务支出（类）决算数2106.66万元，占71.65%"],
    ]);
  });
});

describe("七: the 三公 items, however they are separated", () => {
  const read = (t: string) => {
    const s = readFinalNarrative(t).sanGong;
    return {
      whole: `${s?.budget?.value ?? "-"} ${s?.outcome?.value ?? "-"} ${s?.rate?.percent ?? "-"}`,
      items: s?.items.map((i) => `${i.item} ${i.outcome?.value ?? "-"} ${i.rate?.percent ?? "-"}`),
    };
  };
  it("commas between the items", () => {
    expect(
      read(
        "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.39万元，完成预算的41.05%，其中：因公出国（境）费支出决算为0万元，公务接待费支出决算为0.39万元，完成预算的41.05%。",
      ),
    ).toEqual({ whole: "0.95 0.39 41.05", items: ["abroad 0 -", "reception 0.39 41.05"] });
  });
  it("the items' budgets in brackets: the whole's figures are after them", () => {
    expect(
      read(
        "“三公”经费财政拨款支出年初预算为0.95万元（其中：因公出国（境）费0万元、公务接待费0.95万元），支出决算为0.39万元，完成预算的41.05%。",
      ),
    ).toEqual({ whole: "0.95 0.39 41.05", items: ["abroad - -", "reception - -"] });
  });
  it("items in sentences of their own, and a closing sentence that is not an item's", () => {
    expect(
      read(
        "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.39万元。其中：因公出国(境)费支出决算为0万元。公务用车购置及运行费支出决算为0万元。公务接待费支出决算为0.39万元。决算数小于预算数的主要原因是厉行节约，完成预算的41.05%。",
      ),
    ).toEqual({
      whole: "0.95 0.39 41.05",
      items: ["abroad 0 -", "vehicles 0 -", "reception 0.39 -"],
    });
  });
  it("a rate the text says has no budget is not read", () => {
    expect(
      read(
        "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0万元，完成预算的0%。其中：因公出国（境）费支出决算为0万元，完成预算的0% （未安排预算）；公务接待费支出决算为0万元，完成预算的0%(无预算)。",
      ).items,
    ).toEqual(["abroad 0 -", "reception 0 -"]);
  });
});

describe("五(三): the list of 项 ends at a sentence about the other 科目", () => {
  const HEAD = "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元。\n";
  const item =
    "1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为10.00万元，支出决算为9.00万元";
  it.each([
    [`${HEAD}${item}，决算数小于预算数。\n其余科目决算数与预算数持平。`, "below"],
    [`${HEAD}${item}，决算数小于预算数。其他科目决算数与预算数持平。`, "below"],
    [`${HEAD}${item}。\n除上述科目外，决算数与预算数持平。`, "-"],
    [`${HEAD}${item}，决算数等于预算数。`, "flat"],
    [`${HEAD}${item}。\n决算数小于预算数，主要原因是人员减少。`, "below"],
  ])("%s", (text, word) => {
    const items = readFinalNarrative(text).items;
    expect(items.map((i) => i.word ?? "-")).toEqual([word]);
    expect(items[0]?.text.includes("其余") || items[0]?.text.includes("上述")).toBe(false);
  });
});

describe("totals and changes however they are worded", () => {
  it.each([
    ["2024年度收入、支出决算总计均为2995.39万元。", "2995.39 -", []],
    [
      "2024年度收入、支出决算总计均为2995.39万元。与2023年度相比，收入、支出决算总计各减少56.95万元，下降1.87%。",
      "2995.39 -",
      ["total -56.95 1.87"],
    ],
    ["2024年度财政拨款收支决算总计为2961.68万元。", "- 2961.68", []],
    ["2024年度财政拨款收入和支出总计均为2961.68万元。", "- 2961.68", []],
    [
      "机关运行经费支出184.65万元，同比增加2.55万元，增长1.40%。",
      "- -",
      ["operatingCost 2.55 1.40"],
    ],
    [
      "机关运行经费支出184.65万元，比2023年增加2.55万元，上升1.40%。",
      "- -",
      ["operatingCost 2.55 1.40"],
    ],
    [
      "机关运行经费支出184.65万元，较2023年度增加2.55万元，增幅1.40%。",
      "- -",
      ["operatingCost 2.55 1.40"],
    ],
    [
      "机关运行经费支出184.65万元，比2023年减少2.55万元，降幅1.36%。",
      "- -",
      ["operatingCost -2.55 1.36"],
    ],
  ] as const)("%s", (text, totals, read) => {
    const r = readFinalNarrative(text);
    expect(`${r.total?.value ?? "-"} ${r.fiscalTotal?.value ?? "-"}`).toBe(totals);
    expect(changes(text)).toEqual(read);
  });
});
