import { describe, expect, it } from "vitest";
import { amount } from "../../amount";
import { changeIn, earlierAt, latestYear } from "./changes";
import { rateIn } from "./rates";
import { readSanGong } from "./san-gong";
import { classShares, gpbShare } from "./shares";

const total = amount("2995.39");
const change = (t: string) => {
  const c = changeIn(t, "total", total, 0);
  return c === undefined ? "-" : `${c.delta.value} ${c.percent ?? "-"} ${c.bare ?? "-"}`;
};

describe("changeIn: the comparison's sentence and clause", () => {
  it.each([
    ["收入支出总计2995.39万元，与2023年度相比减少56.95万元，下降1.87%。", "-56.95 1.87 -"],
    // the clause after 相比 without a comma names another figure
    ["收入支出总计2995.39万元，与2023年度相比本年支出合计减少63.14万元。", "-"],
    // a change in the next sentence is not the comparison's
    ["收入支出总计2995.39万元，与2023年度相比持平。减少5.00万元。", "-"],
    // a clause longer than any name names none
    [
      "收入支出总计2995.39万元，与2023年度相比由于人员增加和公用经费标准提高等多方面的原因收入支出总计减少56.95万元。",
      "-",
    ],
    // 比…年度增加: no clause, the subject's
    ["收入支出总计2995.39万元，比2023年度增加5.00万元，增长0.17%。", "5.00 0.17 -"],
    // a word with no amount is passed over
    ["收入支出总计2995.39万元，与2023年度相比有所减少，减少56.95万元。", "-56.95 - -"],
    // the rate only right after the amount
    ["收入支出总计2995.39万元，与2023年度相比减少56.95万元，其中基本支出下降1.87%。", "-56.95 - -"],
    ["收入支出总计2995.39万元，与2023年度相比减少56.95万元，下降 1.87。", "-56.95 - 1.87"],
    ["收入支出总计2995.39万元，与2023年度相比减少56.95万元，下降1.87", "-56.95 - 1.87"],
    ["收入支出总计2995.39万元，与2023年度相比减少56.95万元，下降百分之1.87。", "-56.95 1.87 -"],
    ["收入支出总计2995.39万元，与2023年度相比减少56.95万元，下降1.87个百分点。", "-56.95 - -"],
    ["收入支出总计2995.39万元。", "-"],
  ])("%s", (text, read) => {
    expect(change(text)).toBe(read);
  });

  it("nothing without this year's figure", () => {
    expect(changeIn("与2023年度相比减少56.95万元。", "total", undefined, 0)).toBeUndefined();
  });
});

describe("gpbShare", () => {
  const read = (t: string) => {
    const g = gpbShare(t, 0);
    return `${g.amount?.value ?? "-"} ${g.share ?? "-"}`;
  };
  it.each([
    ["一般公共预算财政拨款支出为2940.05万元，占本年支出合计的100%。", "2940.05 100"],
    ["一般公共预算财政拨款支出决算2940.05万元，占本年支出合计的100%。", "2940.05 100"],
    ["一般公共预算财政拨款支出情况。一般公共预算财政拨款支出2940.05万元。", "2940.05 -"],
    [
      "一般公共预算财政拨款支出2940.05万元，占本年支出合计的100%，其中项目支出603.14万元。",
      "2940.05 100",
    ],
    ["一般公共预算财政拨款支出2940.05万元，占本年支出合计的 约百分之百。", "2940.05 -"],
    ["一般公共预算财政拨款支出情况。", "- -"],
  ])("%s", (text, r) => {
    expect(read(text)).toBe(r);
  });
});

describe("classShares", () => {
  const read = (t: string) =>
    classShares(t, 0, amount("2940.05")).map(
      (s) => `${s.name}|${s.amount?.value ?? "-"}|${s.percent}|${s.text}`,
    );
  it.each([
    [
      "：一般公共服务支出（类）2106.66万元，占71.65%；",
      ["一般公共服务支出|2106.66|71.65|一般公共服务支出（类）2106.66万元，占71.65%"],
    ],
    ["：一般公共服务支出（类）2106.66万元。", []],
    [
      "：卫生健康支出（类）60.99万元，住房保障支出（类）445.69万元，以上合计占17.23%。",
      [
        "卫生健康支出、住房保障支出|506.68|17.23|卫生健康支出（类）60.99万元，住房保障支出（类）445.69万元，以上合计占17.23%",
      ],
    ],
    [
      "：甲支出（类）1.00万元，占0.03%；卫生健康支出（类）60.99万元，住房保障支出（类）445.69万元，两项共占17.23%。",
      [
        "甲支出|1.00|0.03|甲支出（类）1.00万元，占0.03%",
        "卫生健康支出、住房保障支出|506.68|17.23|卫生健康支出（类）60.99万元，住房保障支出（类）445.69万元，两项共占17.23%",
      ],
    ],
    [
      "：卫生健康支出（类）约六十万元，住房保障支出（类）445.69万元，合计占17.23%。",
      [
        "卫生健康支出、住房保障支出|-|17.23|卫生健康支出（类）约六十万元，住房保障支出（类）445.69万元，合计占17.23%",
      ],
    ],
    [
      "：一般公共服务支出（类）2106.66万元，占本部门一般公共预算财政拨款支出总额的71.65%。",
      [
        "一般公共服务支出|2106.66|71.65|一般公共服务支出（类）2106.66万元，占本部门一般公共预算财政拨款支出总额的71.65%",
      ],
    ],
    [
      "：一般公共服务支出（类）2106.66万元，占全部一般公共预算财政拨款支出决算总额的比重为71.65%。",
      ["一般公共服务支出|2106.66|-|x"],
    ],
  ])("%s", (text, r) => {
    expect(read(text)).toEqual(r[0]?.endsWith("|x") ? [] : r);
  });
});

describe("readSanGong", () => {
  const read = (t: string) => {
    const s = readSanGong(t);
    return [
      `${s.budget?.value ?? "-"} ${s.outcome?.value ?? "-"} ${s.rate?.percent ?? "-"}`,
      ...s.items.map((i) => `${i.item} ${i.outcome?.value ?? "-"} ${i.rate?.percent ?? "-"}`),
    ];
  };
  it.each([
    [
      "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.39万元，完成预算的41.05%。",
      ["0.95 0.39 41.05"],
    ],
    [
      "“三公”经费财政拨款支出年初预算为0.95万元(其中:因公出国(境)费0万元、公务接待费0.95万元)，支出决算为0.39万元，完成预算的41.05%。",
      ["0.95 0.39 41.05", "abroad - -", "reception - -"],
    ],
    [
      "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.39万元，完成预算的41.05%。其中：公务接待费支出决算为0.39万元。2024年度“三公”经费支出决算为0.39万元。",
      ["0.95 0.39 41.05", "reception 0.39 -"],
    ],
    [
      "“三公”经费财政拨款支出年初预算为0.95万元（其中：公务接待费0.95万元，支出决算为0.39万元",
      ["0.95 - -", "reception 0.39 -"],
    ],
    // the items run to the end of their sentence: a whole's figure after them in it is theirs
    [
      "其中：公务接待费支出决算为0.39万元，完成预算的41.05%；“三公”经费财政拨款支出年初预算为0.95万元。",
      ["- - -", "reception 0.39 41.05"],
    ],
  ])("%s", (text, r) => {
    expect(read(text)).toEqual(r);
  });
});

describe("rateIn", () => {
  it.each([
    ["完成年初预算的98.20%。", "98.20 initial"],
    ["完成全年预算数的98.69%", "98.69 full"],
    ["完成预算的0%（未安排预算）", "-"],
    ["完成预算的0% (无预算)", "-"],
    ["完成预算的0%（与上年持平）", "0 budget"],
    ["完成预算的0%，（未安排预算）", "0 budget"],
    ["完成预算的百分之百", "-"],
    ["完成率98.20%", "-"],
  ])("%s", (text, r) => {
    const rate = rateIn(text);
    expect(rate === undefined ? "-" : `${rate.percent} ${rate.base}`).toBe(r);
  });
});

describe("latestYear and earlierAt: which total is this year's", () => {
  it("the latest four-digit year before 年", () => {
    expect(latestYear("2023年度…2024年度…12024年…")).toBe(2024);
    expect(latestYear("上年度")).toBe(0);
    expect(latestYear("024年")).toBe(0);
  });
  const t = "2023年度收入支出总计3052.34万元，2024年度收入支出总计2995.39万元";
  it.each([
    [t, t.indexOf("收入支出总计"), true],
    [t, t.lastIndexOf("收入支出总计"), false],
    ["与2023年度收入支出总计3052.34万元相比", 7, true],
    ["上年度收入支出总计3052.34万元", 3, true],
    ["本年度收入支出总计2995.39万元", 3, false],
    ["2024年度收入支出总计2995.39万元", 6, false],
  ] as const)("%s at %i: %s", (text, at, earlier) => {
    expect(earlierAt(text, at, latestYear(text))).toBe(earlier);
  });
});
