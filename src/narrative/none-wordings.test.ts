/**
 * Statements of none as other printers word them: `未安排` / `不安排` before the measure, as `无`
 * and `没有安排` are; and after it, ending its clause (`因公出国（境）费未安排`, `公务接待费：无`,
 * `公务用车购置费预算为零`). Anything else after the none word (`…无明显变化`, `…无超支`) is no
 * statement of none.
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

const nones = (text: string) => read(text).claims.filter((c) => c.includes(" none "));

describe("extractClaims: a none however it is worded", () => {
  it.each([
    ["2024年未安排因公出国（境）费。", "sanGong|item=abroad", "未安排因公出国（境）费"],
    [
      "本单位2024年不安排公务用车购置费。",
      "sanGong|item=vehicles.purchase",
      "不安排公务用车购置费",
    ],
    ["2024年未安排政府采购预算。", "procurement", "未安排政府采购"],
    ["2024年因公出国（境）费未安排。", "sanGong|item=abroad", "未安排"],
    ["2024年因公出国（境）费未安排预算。", "sanGong|item=abroad", "未安排"],
    ["（一）因公出国（境）费：无。", "sanGong|item=abroad", "无"],
    ["公务用车购置费：无；公务用车运行费4.00万元。", "sanGong|item=vehicles.purchase", "无"],
    ["2024年公务接待费预算为零。", "sanGong|item=reception", "为零"],
    ["2024年机关运行经费不安排。", "operatingCost", "不安排"],
  ])("%s", (text, key, span) => {
    expect(nones(text)).toEqual([`amount ${key} 0万元 current budget none [${span}]`]);
  });

  it.each([
    "公务接待费无明显变化。",
    "2024年“三公”经费无超支。",
    "公务接待费比上年增长为零。",
    // the measure after 无 is the exception: no none of it
    "公务接待费2.50万元，无公务接待费以外的支出。",
    "2024年无“三公”经费之外的接待支出。",
    "公务接待费2.50万元，无。",
    "减少的主要原因是公务用车购置费未安排。",
    "所属单位公务接待费：无。",
  ])("no none of the measure: %s", (text) => {
    expect(nones(text)).toEqual([]);
  });
});
