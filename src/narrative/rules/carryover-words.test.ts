/**
 * The words that settle whether a revenue figure counts 上年结转 (the carry-over from last year):
 * `当年收入`, as `本年收入`, is this year's revenue without it (a date word, `2024年`, `本年度`,
 * `今年`, settles nothing: `2024年收入预算` may be printed either way); a total that states what it
 * includes (`收入总预算1,100万元（含上年结转20万元）`, `（包括…、上年结转20万元）`) is the total with it.
 * Correct texts stay clean under every wording; a figure the settled reading does not give is
 * still an error.
 */
import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { findings } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { read } from "../test-support";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.amount");

/** 一般公共预算 1,080.00 this year, 20.00 carried over: 本年收入 1,080.00, 收入总计 1,100.00. */
const tables = [
  tableBuilder(henan2024, "summary")
    .line("revenue.gpb", { "income.amount": "1080.00" })
    .line("revenue", { "income.amount": "1080.00" })
    .line("revenue.carryover", { "income.amount": "20.00" })
    .line("revenue.total", { "income.amount": "1100.00" })
    .build().value,
  tableBuilder(henan2024, "fiscalSummary")
    .line("revenue.gpb", { "income.amount": "1080.00" })
    .line("revenue", { "income.amount": "1080.00" })
    .line("revenue.carryover.gpb", { "income.amount": "20.00" })
    .line("revenue.carryover", { "income.amount": "20.00" })
    .line("revenue.total", { "income.amount": "1100.00" })
    .build().value,
].filter((t) => t !== undefined);

const errors = (body: string) =>
  findings(check(disclosure(tables, body)), "narrative.amount")
    .filter((f) => f.severity !== "info")
    .map((f) => [f.expected, f.actual]);

describe("当年收入: this year's revenue, without the carry-over", () => {
  it.each([
    "2024年当年收入预算1,080万元。",
    "当年收入预算1,080.00万元，上年结转20.00万元。",
    "当年收入1,080.00万元，比上年增加80.00万元。",
    "2024年部门收入预算1,100.00万元，其中：当年收入1,080.00万元，上年结转20.00万元。",
    "收入预算1,100.00万元，其中当年收入1,080.00万元。",
    // date words settle nothing: the figure with the carry-over or without it
    "本年度收入预算1,100.00万元。",
    "本年度收入预算1,080.00万元。",
    "今年收入预算1,100.00万元。",
    "2024年收入预算1,100.00万元。",
    // a year word before a total may date it or name 本年收入; before both sides, it dates them
    "本年收入总计1,100.00万元。",
    "当年收入总计1,080.00万元。",
    "2024年当年收入总计1,100.00万元，当年收入1,080.00万元。",
    "当年收入支出预算均为1,100.00万元。",
    "本年收入和支出预算均为1,100.00万元。",
    "当年收入、支出预算均为1,100.00万元。",
    // a list of measures with 均: 收入预算 keeps its two readings
    "收入预算和支出预算均为1,100.00万元。",
    "2024年收入预算、支出预算均为1,100.00万元。",
    // this year's appropriation of a fund, as before
    "2024年一般公共预算当年拨款收入1,080.00万元。",
    "当年一般公共预算收入1,080.00万元。",
  ])("%s: no error", (body) => {
    expect(errors(body)).toEqual([]);
  });

  it.each([
    ["当年收入预算1,100万元。", "1,080", "1,100"],
    ["2024年当年收入预算1,100.00万元。", "1,080.00", "1,100.00"],
    ["当年收入1,100.00万元，上年结转20.00万元。", "1,080.00", "1,100.00"],
    ["本年收入预算1,100.00万元。", "1,080.00", "1,100.00"],
    // neither reading
    ["本年度收入预算1,090.00万元。", "1,080.00", "1,090.00"],
    ["当年收入和支出预算均为1,090.00万元。", "1,080.00", "1,090.00"],
    ["收入预算和支出预算均为1,090.00万元。", "1,080.00", "1,090.00"],
    ["收入总计和收入预算均为1,080.00万元。", "1,100.00", "1,080.00"],
    ["当年收入总计1,090.00万元。", "1,080.00", "1,090.00"],
  ])("%s: an error", (body, expected, actual) => {
    expect(errors(body)).toEqual([[expected, actual]]);
  });

  it("当年 after a year is that year's: `2023年当年…` stays last year's", () => {
    expect(read("2023年当年收入1,000.00万元。").claims).toEqual([
      "amount revenue 1000.00万元 prior budget equals [1,000.00万元]",
    ]);
  });
});

describe("a total that says it includes the carry-over", () => {
  it.each([
    "收入总预算1,100万元（含上年结转20万元）。",
    "2024年收入预算1,100.00万元（含上年结转20.00万元）。",
    "2024年部门收入预算1,100.00万元（包括上年结转20.00万元）。",
    "2024年收入预算1,100.00万元，其中：一般公共预算拨款收入1,080.00万元，上年结转20.00万元。",
    "2024年收入预算1,100.00万元，含上年结转结余20.00万元。",
    "2024年一般公共预算收入1,100.00万元（含上年结转20.00万元）。",
    // no word of what it includes, or the carry-over set apart: either reading, as before
    "2024年收入总预算1,080.00万元。",
    "2024年收入预算1,080.00万元，另有上年结转20.00万元。",
    "2024年收入预算1,080.00万元，其中一般公共预算拨款收入1,080.00万元，此外上年结转20.00万元。",
    "2024年收入预算1,080.00万元，含一般公共预算拨款1,080.00万元，另有上年结转20.00万元。",
    // a 其中 list may go on past the whole (`；上年结转…`): it settles nothing
    "2024年收入预算1,080.00万元，其中：一般公共预算拨款收入1,080.00万元；上年结转20.00万元。",
  ])("%s: no error", (body) => {
    expect(errors(body)).toEqual([]);
  });

  it.each([
    ["收入总预算1,080万元（含上年结转20万元）。", "1,100", "1,080"],
    ["2024年收入预算1,080.00万元（含上年结转20.00万元）。", "1,100.00", "1,080.00"],
    ["2024年部门收入预算1,080.00万元（包括上年结转20.00万元）。", "1,100.00", "1,080.00"],
    [
      "2024年收入预算1,080.00万元（包括一般公共预算拨款收入1,060.00万元、上年结转20.00万元）。",
      "1,100.00",
      "1,080.00",
    ],
    ["2024年收入预算1,080.00万元，含上年结转结余20.00万元。", "1,100.00", "1,080.00"],
  ])("%s: an error", (body, expected, actual) => {
    expect(errors(body)).toContainEqual([expected, actual]);
  });
});

describe("a negated or separate mention of the carry-over settles nothing (review)", () => {
  it.each([
    "2024年收入预算1,080.00万元，未包括上年结转20.00万元。",
    "2024年收入预算1,080.00万元，未包含上年结转资金20.00万元。",
    "2024年收入预算1,080.00万元（不包括上年结转）。",
    "2024年收入预算1,080.00万元，并不包含上年结转20.00万元。",
    "2024年收入预算1,080.00万元，包括一般公共预算拨款收入1,080.00万元，上年结转20.00万元另行安排。",
  ])("%s: clean", (body) => {
    expect(errors(body)).toEqual([]);
  });

  it("bites: a bracketed list naming the carry-over still settles the total with it", () => {
    expect(
      errors("2024年收入预算1,080.00万元（含一般公共预算拨款1,060.00万元，上年结转20.00万元）。"),
    ).toEqual([["1,100.00", "1,080.00"]]);
  });
});
