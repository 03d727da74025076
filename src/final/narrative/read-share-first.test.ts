/**
 * 二 / 三 and 五(二) with each part's share printed before its amount (`财政拨款收入占99.79%，计
 * 2940.05万元`, `占比99.79%，金额2940.05万元`, `（类）占71.65%，为2106.66万元`): the amount and the
 * share are read as in the other order. Words after the share that give no figure of it (`，其中`,
 * `，比上年`) read nothing.
 */
import { describe, expect, it } from "vitest";
import { readFinalNarrative } from "./read";

const parts = (text: string, kind: "revenue" | "spending") =>
  readFinalNarrative(text)[kind]?.parts.map(
    (p) => `${p.name} ${p.amount.value} ${p.percent ?? "-"}`,
  );
const classes = (text: string) =>
  readFinalNarrative(text).classShares.map(
    (c) => `${c.name} ${c.amount?.value ?? "-"} ${c.percent}`,
  );

describe("二 / 三: a part's share before its amount", () => {
  it.each([
    "本年收入合计2946.25万元，其中：财政拨款收入占99.79%，计2940.05万元；其他收入占0.21%，计6.20万元。",
    "本年收入合计2946.25万元，其中：财政拨款收入占比99.79%，金额2940.05万元；其他收入占比0.21%，金额6.20万元。",
    "本年收入合计2946.25万元，其中：财政拨款收入占本年收入合计的99.79%，为2940.05万元；其他收入占0.21%，为6.20万元。",
    "本年收入合计2946.25万元，其中：财政拨款收入所占比重为99.79%，金额为2,940.05万元；其他收入所占比重为0.21%，金额为6.20万元。",
    "本年收入合计 2946.25 万元，其中：财政拨款收入占 99.79% ，计 2940.05 万元；其他收入占 0.21%, 共计 6.20 万元。",
    "本年收入合计2946.25万元，其中：财政拨款收入占99.79%，数额2940.05万元；其他收入占0.21%，即6.20万元。",
  ])("%s", (text) => {
    expect(parts(text, "revenue")).toEqual(["财政拨款收入 2940.05 99.79", "其他收入 6.20 0.21"]);
  });

  it("三, both orders in one statement", () => {
    const text =
      "本年支出合计9759.38万元，其中：基本支出占55.10%，计5377.64万元；项目支出4381.74万元，占44.90%。";
    expect(parts(text, "spending")).toEqual(["基本支出 5377.64 55.10", "项目支出 4381.74 44.90"]);
  });

  it.each([
    // no figure of the part after its share
    "本年收入合计2946.25万元，其中：财政拨款收入占99.79%，其中一般公共预算2940.05万元。",
    "本年收入合计2946.25万元，其中：财政拨款收入占99.79%，比上年增加100.00万元。",
    "本年收入合计2946.25万元，其中：财政拨款收入占99.79%。",
  ])("not read: %s", (text) => {
    expect(parts(text, "revenue")).toEqual([]);
  });
});

describe("五(二): a 类's share before its amount", () => {
  it.each([
    "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）占71.65%，计2106.66万元；社会保障和就业支出（类）占11.11%，计326.72万元。",
    "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）占比71.65%，金额2106.66万元；社会保障和就业支出（类）占比11.11%，金额326.72万元。",
    "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出占71.65%，为2106.66万元；社会保障和就业支出占11.11%，为326.72万元。",
  ])("%s", (text) => {
    expect(classes(text)).toEqual([
      "一般公共服务支出 2106.66 71.65",
      "社会保障和就业支出 326.72 11.11",
    ]);
  });
});

describe("五(一): 一般公共预算财政拨款支出's share before its amount", () => {
  it.each([
    "一般公共预算财政拨款支出占本年支出合计的100.00%，计2940.05万元。",
    "一般公共预算财政拨款支出占本年支出合计的100.00%，金额为2940.05万元。",
  ])("%s", (text) => {
    const gpb = readFinalNarrative(text).gpb;
    expect([gpb?.amount?.value, gpb?.share]).toEqual(["2940.05", "100.00"]);
  });

  it("a share of another whole is not its own", () => {
    const gpb = readFinalNarrative(
      "一般公共预算财政拨款支出占财政拨款支出的90.00%，计2940.05万元。",
    ).gpb;
    expect(gpb?.share).toBeUndefined();
  });
});
