/**
 * A `无…` never takes a measure that heads a breakdown (`基本支出中，工资福利支出…`): a paragraph
 * printed without its final 。 (`…2024年无负责管理的专项转移支付项目`) is joined to the next as a
 * wrapped line would be, and its none is not of the next paragraph's measure. A none wrapped
 * before its measure (`…无政府性基金预算⏎支出。`) is still read.
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

const nones = (text: string) => read(text).claims.filter((c) => c.includes(" none "));

describe("a none and a measure heading its breakdown", () => {
  it.each([
    "中共洛阳市涧西区委办公室2024年无负责管理的专项转移支付项目\n基本支出中，工资福利支出609.28万元。",
    "某县人民政府办公室2024年度本单位无负责管理的专项转移支付项目\n项目支出中，特定目标类233.50万元。",
    "本单位2024年度无负责管理的专项转移支付项目，也无政府采购项目安排\n基本支出中：资本性支出2.00万元。",
    "本单位无政府采购项目安排基本支出中，公用经费51.68万元。",
  ])("%s: no none", (text) => {
    expect(nones(text)).toEqual([]);
  });

  it("the breakdown's figure is still read (no none of it)", () => {
    const text =
      "中共洛阳市涧西区委办公室2024年无负责管理的专项转移支付项目\n基本支出中，人员经费630.38万元。";
    expect(read(text).claims).toEqual([
      "amount spending|nature=basic.personnel 630.38万元 current budget equals [630.38万元]",
    ]);
  });

  it.each([
    ["本单位2024年无政府性基金预算\n支出。", "spending|fund=govFund"],
    [
      "本单位2024年度无政府性基金预算拨款安排的\n支出，也无国有资本经营预算支出。",
      "spending|fund=govFund",
    ],
    ["本部门2024年度严格执行中央八项规定精神，未安排\n因公出国（境）费。", "sanGong|item=abroad"],
  ])("a none wrapped before its measure is still read: %s", (text, key) => {
    expect(nones(text)[0]).toContain(`amount ${key} 0万元`);
  });
});
