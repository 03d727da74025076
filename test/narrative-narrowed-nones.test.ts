/**
 * Correct sentences the review of this stop's narrative wordings found raising an error, each with
 * realistic variants, through the whole checker against the Henan fixture's tables: a none of a part
 * of a measure (`非必要的公务接待费不安排`, `公务接待费中宴请费用未安排`) or of what remains beside an
 * exception (`除…外，未安排其他“三公”经费`), a bracket that narrows its measure (`（其中公务接待费）`,
 * `（不含…）`), an item number before its figure (`：1、4.00万元为…`). A truly wrong figure or none in
 * the plain wording is still found (2026-12-06).
 */
import { describe, expect, it } from "vitest";
import { henanProbe } from "./support/narrative-alarms";

const { alarms, placed } = henanProbe;

describe("a bracket that narrows its measure or takes a part out is no gloss of it", () => {
  it.each([
    "2024年“三公”经费（其中公务接待费）2.50万元。",
    "2024年支出预算（其中项目支出）287.00万元。",
    "2024年“三公”经费（仅公务接待费）2.50万元。",
    "2024年“三公”经费（只有公务接待费）2.50万元。",
    "2024年基本支出（人员经费部分）630.38万元。",
    "2024年“三公”经费（不含公务接待费）4.00万元。",
    "2024年“三公”经费（除公务接待费）4.00万元。",
    "2024年“三公”经费（扣除公务接待费后）4.00万元。",
    "2024年基本支出（不包括公用经费）630.38万元。",
  ])("its figure is left unplaced: %s", (body) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual([]);
  });

  it("a figure of the part inside the bracket is still read", () => {
    const body = "2024年“三公”经费（不含公务接待费2.50万元）4.00万元。";
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(["sanGong|item=reception = 2.50万元"]);
  });

  it.each([
    ["2024年“三公”经费（含公务接待费）2.50万元。", /6\.50万元/u],
    ["2024年基本支出（人员经费和公用经费）630.38万元。", /682\.06万元/u],
  ])("a gloss (含, or names alone) still leaves the whole's figure checked: %s", (body, table) => {
    expect(alarms(body)).toEqual([expect.stringMatching(table)]);
  });
});

describe("an item number before its figure (：1、4.00万元为…) takes no unit", () => {
  it.each([
    ["2024年“三公”经费预算中：1、4.00万元为公务用车购置及运行费；2、2.50万元为公务接待费。", []],
    ["支出预算中：1、682.06万元为基本支出；2、287.00万元为项目支出。", []],
    [
      "人员经费、公用经费、项目支出分别为：1、630.38万元；2、51.68万元；3、287.00万元。",
      [
        "spending|nature=basic.personnel = 630.38万元",
        "spending|nature=basic.public = 51.68万元",
        "spending|nature=project = 287.00万元",
      ],
    ],
    // a list's figures after a colon still take the unit printed once
    [
      "基本支出、项目支出分别为：682.06、287.00万元。",
      ["spending|nature=basic = 682.06万元", "spending|nature=project = 287.00万元"],
    ],
    [
      "“三公”经费中，因公出国（境）费、公务用车购置及运行费、公务接待费分别为：0、4.00、2.50万元。",
      [
        "sanGong|item=abroad = 0万元",
        "sanGong|item=vehicles = 4.00万元",
        "sanGong|item=reception = 2.50万元",
      ],
    ],
  ])("%s", (body, figures) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(figures);
  });

  it("a wrong figure after an item number is still found", () => {
    const body = "人员经费、公用经费、项目支出分别为：1、630.38万元；2、51.68万元；3、278.00万元。";
    expect(alarms(body)).toEqual([expect.stringMatching(/287\.00万元/u)]);
  });
});
