/**
 * 七 and 八 against a table printed empty with a note saying there was no such spending
 * (`本年度没有财政拨款“三公”经费支出，故本表无数据`): its blanks are stated zeros, so a non-zero
 * outcome in the text contradicts it and is found; a zero (or `无“三公”经费支出`) stays clean, and
 * blanks without such a note are never compared (a blank may be unstated).
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../../disclosure";
import { finalAmountRule } from "./rules";
import { params, render, run } from "./test-support";

const SEVEN = "七、财政拨款“三公”经费支出决算情况说明";
const EIGHT = "八、政府性基金预算财政拨款收入支出决算情况说明";

/** The 三公 table printed without a figure, with this note (none: no note). */
const emptySanGong = (note?: string): Table => ({
  kind: "sanGong",
  unit: "万元",
  rows: [],
  ...(note === undefined ? {} : { note }),
});
/** The 政府性基金 table printed without a figure, with this note. */
const emptyGovFund = (note?: string): Table => ({
  kind: "govFund",
  unit: "万元",
  rows: [],
  ...(note === undefined ? {} : { note }),
});

/** Notes saying the 三公 table is empty because there was no such spending, as printers word them. */
const SAN_GONG_NOTES = [
  "注：本表反映部门本年度“三公”经费支出预决算情况。\n说明：上海市某某局本年度没有财政拨款“三公”经费支出，故本表无数据。",
  "说明：本部门2024年度无“三公”经费财政拨款支出，故本表无数据。",
  "注：本单位无此项支出。",
  "本单位2024年度无财政拨款“三公”经费支出，故本表为空表。",
  "本部门无“三公”经费支出，公开空表。",
  "注：本单位2024年度没有“三公”经费支出。",
  "（无）",
];

const CLAIM =
  "“三公”经费财政拨款支出年初预算为0万元，支出决算为1.00万元，其中：公务接待费决算为1.00万元。";

describe("七 against an empty 三公 table whose note says there was none", () => {
  it.each(SAN_GONG_NOTES)("a non-zero outcome contradicts %s", (note) => {
    const r = run(finalAmountRule, [SEVEN, CLAIM], [emptySanGong(note)]);
    expect(r.outcome).toBe("fail");
    expect(r.findings.map((f) => f.severity)).toEqual(["error", "error"]);
    expect(params(r).map((p) => [p?.kind, p?.what, p?.printed])).toEqual([
      ["emptyTable", "“三公”经费支出决算", "1.00"],
      ["emptyTable", "公务接待费", "1.00"],
    ]);
    expect(r.findings[0]?.path?.table).toBe("sanGong");
  });

  it("renders in both locales, naming the note", () => {
    const r = run(finalAmountRule, [SEVEN, CLAIM], [emptySanGong(SAN_GONG_NOTES[1])]);
    const [zh, en] = render(r.findings[0]);
    expect(zh).toContain("1.00万元");
    expect(zh).toContain("故本表无数据");
    expect(en).toContain("1.00 万元");
  });

  it("an item's outcome beyond 七(一) is held against it too", () => {
    const r = run(
      finalAmountRule,
      [SEVEN, "3、公务接待费支出决算为0.39万元，其中：国内公务接待支出0.39万元。"],
      [emptySanGong(SAN_GONG_NOTES[0])],
    );
    expect(params(r).map((p) => [p?.kind, p?.what, p?.printed])).toEqual([
      ["emptyTable", "公务接待费", "0.39"],
    ]);
  });

  it.each(SAN_GONG_NOTES)("a zero outcome, or none claimed, agrees with %s", (note) => {
    for (const text of [
      "“三公”经费财政拨款支出年初预算为0万元，支出决算为0万元。",
      "“三公”经费财政拨款支出决算为0.00万元，其中：公务接待费决算为0.00万元。",
      "上海市某某局2024年度无“三公”经费财政拨款支出。",
    ])
      expect(run(finalAmountRule, [SEVEN, text], [emptySanGong(note)]).findings).toEqual([]);
  });

  it("a budget is not held against it (the note says there was no spending, not no budget)", () => {
    const text = "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0万元。";
    expect(run(finalAmountRule, [SEVEN, text], [emptySanGong(SAN_GONG_NOTES[0])]).findings).toEqual(
      [],
    );
  });

  it.each([
    undefined,
    "注：本表反映部门本年度“三公”经费支出预决算情况。",
    // a note saying there was none of one item: the others' blanks are unstated
    "注：本单位2024年度无因公出国（境）费支出。",
    "本单位无公务用车购置及运行维护费支出，故此项无数据。",
    // the form's instruction left in, not a statement
    "无“三公”经费支出的，仍保留该表格式，并在本表下方作下述说明。",
  ])("blanks without a note saying the table is empty are never compared (%s)", (note) => {
    expect(run(finalAmountRule, [SEVEN, CLAIM], [emptySanGong(note)]).findings).toEqual([]);
  });

  it("a table that prints amounts is compared by them, not by its note", () => {
    const printed: Table = {
      kind: "sanGong",
      unit: "万元",
      rows: [
        { key: { kind: "single" }, cells: { "total.final": "1.00", "reception.final": "1.00" } },
      ],
      note: "说明：本单位本年度没有财政拨款“三公”经费支出，故本表无数据。",
    };
    expect(run(finalAmountRule, [SEVEN, CLAIM], [printed]).findings).toEqual([]);
  });
});

describe("八 against an empty 政府性基金 table whose note says there was none", () => {
  const NOTES = [
    "说明：上海市某某局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。",
    "注：本单位无政府性基金预算财政拨款安排的支出，故本表为空表。",
    "本部门无此项支出。",
  ];
  it.each(NOTES)("a non-zero 收入 / 支出 contradicts %s", (note) => {
    const r = run(
      finalAmountRule,
      [EIGHT, "上海市某某局2024年度政府性基金预算财政拨款收入120.00万元，支出118.50万元。"],
      [emptyGovFund(note)],
    );
    expect(params(r).map((p) => [p?.kind, p?.what, p?.printed])).toEqual([
      ["emptyTable", "政府性基金预算财政拨款收入", "120.00"],
      ["emptyTable", "政府性基金预算财政拨款支出", "118.50"],
    ]);
  });

  it.each(NOTES)("zero agrees with %s", (note) => {
    const r = run(
      finalAmountRule,
      [EIGHT, "上海市某某局2024年度政府性基金预算财政拨款收入0万元，支出0万元。"],
      [emptyGovFund(note)],
    );
    expect(r.findings).toEqual([]);
  });

  it.each([
    "注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。",
    // another fund's note: it speaks of another table
    "本单位无国有资本经营预算财政拨款支出，故本表无数据。",
  ])("without such a note, blanks are not compared (%s)", (note) => {
    const r = run(
      finalAmountRule,
      [EIGHT, "上海市某某局2024年度政府性基金预算财政拨款收入120.00万元，支出118.50万元。"],
      [emptyGovFund(note)],
    );
    expect(r.findings).toEqual([]);
  });
});
