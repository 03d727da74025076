/**
 * False alarms that `narrative.change` must not raise: 持平 against one base and a change against
 * another in one sentence (`与上年预算持平，比上年执行数减少0.20万元`, the Shanghai wording) do not
 * contradict each other. Against the same base they still do.
 */
import { describe, expect, it } from "vitest";
import { findings } from "../../rules/test-support";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.change");
const kinds = (body: string) =>
  findings(check(disclosure([], body)), "narrative.change").map((f) => f.params.kind);

describe("持平 and a change against two bases", () => {
  it.each([
    "公务用车运行维护费4.00万元，与上年预算持平，比上年执行数减少0.20万元。",
    "公务用车运行维护费4.00万元，比上年执行数减少0.20万元，与上年预算持平。",
    "“三公”经费6.50万元，与2023年预算持平；比2023年执行数增加0.50万元。",
    "公务接待费2.50万元，与上年预算数持平，较上年决算数增加0.30万元。",
    "公务接待费2.50万元，与上年持平，比上年执行数减少0.20万元。",
    "公务接待费2.50万元，比上年实际支出减少0.20万元，与上年预算保持一致。",
  ])("no finding: %s", (body) => {
    expect(kinds(body)).toEqual([]);
  });

  it.each([
    "公务用车运行维护费4.00万元，与上年预算持平，比上年预算减少0.20万元。",
    "公务用车运行维护费4.00万元，与上年持平，比上年减少0.20万元。",
    "公务接待费2.50万元，与上年执行数持平，比上年执行数减少0.20万元。",
  ])("against one base they contradict: %s", (body) => {
    expect(kinds(body)).toEqual(["both"]);
  });
});
