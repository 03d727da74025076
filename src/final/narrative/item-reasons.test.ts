/**
 * Whether a 五(三) 项 states the reason of its difference from the budget: any word the budget
 * narrative takes as a cause (`主要是`, `系…所致`, a bare `因` at a clause's start, `受…影响`),
 * not only `原因`. A 项 with no cause stated is still without one.
 */
import { describe, expect, it } from "vitest";
import { readFinalNarrative } from "./read";

const HEAD = [
  "（三）一般公共预算财政拨款支出决算具体情况",
  "一般公共预算财政拨款支出年初预算为100.00万元，支出决算为110.00万元，完成年初预算的110.00%。其中：",
];
const ITEM =
  "1、教育支出（类）普通教育（款）小学教育（项）。年初预算为100.00万元，支出决算为110.00万元，完成年初预算的110.00%。";
const reasonOf = (tail: string) =>
  readFinalNarrative(
    [...HEAD, ITEM + tail, "六、一般公共预算财政拨款基本支出决算情况说明"].join("\n"),
  ).items[0]?.reason;

describe("a 项's reason, however it is worded", () => {
  it.each([
    "决算数大于年初预算数的主要原因是追加绩效工资。",
    "主要是年中追加绩效工资。",
    "超出预算系年中追加绩效工资所致。",
    "决算数大于预算数，系年中追加绩效工资。",
    "因年中追加绩效工资，决算数大于预算数。",
    "决算数大于预算数，主要系年中追加绩效工资。",
    "决算数大于预算数，由于年中追加绩效工资。",
    "受年中追加绩效工资影响，决算数大于预算数。",
    "差异原因：年中追加绩效工资。",
    "决算数大于预算数，是因为年中追加了绩效工资。",
  ])("%s", (tail) => {
    expect(reasonOf(tail)).toBe(true);
  });

  it.each([
    "",
    "决算数大于年初预算数。",
    "主要用于：小学教育系统运行。",
    "主要用于：因公出国（境）培训。",
    "决算数大于预算数，对教学产生积极影响。",
  ])("no cause stated: %s", (tail) => {
    expect(reasonOf(tail)).toBe(false);
  });
});
