/**
 * False alarms that `hygiene.repeated` must not raise: one character doubled where one word ends
 * and the next begins (`为了了解`, `参与与`, `以及及时`, `存在在建`, `合并并入`, `和和谐`, `针对对口`,
 * `目的的`, `的的确确`). A doubled 的 or 了 that joins no word, doubled punctuation and doubled
 * words are still found.
 */
import { describe, expect, it } from "vitest";
import { findings } from "../../rules/test-support";
import { checker, disclosure } from "./test-support";

const check = checker("hygiene.repeated");
const found = (body: string) =>
  findings(check(disclosure([], body)), "hygiene.repeated").map((f) => f.params.found);

describe("hygiene.repeated: two words meeting are no doubling", () => {
  it.each([
    "为了了解项目实施效果，本部门对11个项目开展绩效自评。",
    "积极参与与配合全区重点工作。",
    "确保资金安全以及及时足额拨付。",
    "本部门不存在在建工程。",
    "部分单位存在在资金管理方面的问题。",
    "原保密局合并并入本部门。",
    "推进平安建设和和谐社区创建。",
    "针对对口帮扶村开展产业扶持。",
    "资金主要用于开展调研，并对对标先进地区经验进行总结。",
    "关键是是否按期完成。",
    "作为为民服务的窗口单位。",
    "即将将项目资金拨付到位。",
    "点按按钮即可查询。",
    "实现绩效目的的项目比例达到100%。",
    "的的确确做到了专款专用。",
    "为了了结历史遗留问题，安排资金20.00万元。",
    "相关情况一目了然。",
  ])("no finding: %s", (body) => {
    expect(found(body)).toEqual([]);
  });

  it.each([
    ["主要用于日常公用经费的的支出。", ["的的"]],
    ["本部门完成了了年度任务。", ["了了"]],
    ["收入总计969.06万元。。", ["。。"]],
    ["预算安排 预算 预算 200.00万元。", ["预算预算"]],
    ["基本支出682.06万元万元。", ["万元万元"]],
  ])("still found: %s", (body, expected) => {
    expect(found(body)).toEqual(expected);
  });
});
