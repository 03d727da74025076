/**
 * Correct sentences the review of this stop's narrative wordings found raising an error, each with
 * realistic variants, through the whole checker against the Henan fixture's tables: a none of a part
 * of a measure (`非必要的公务接待费不安排`, `公务接待费中宴请费用未安排`) or of what remains beside an
 * exception (`除…外，未安排其他“三公”经费`), a bracket that narrows its measure (`（其中公务接待费）`,
 * `（不含…）`), an item number before its figure (`：1、4.00万元为…`). A truly wrong figure or none in
 * the plain wording is still found (2026-12-06).
 */
import { describe, expect, it } from "vitest";
import { henanProbe, itFindsAgainst } from "./support/narrative-alarms";

const { alarms, placed } = henanProbe;

describe("a none after a part of its measure is no none of the measure", () => {
  it.each([
    [
      "2024年公务接待费2.50万元。对超标准的公务接待费一律不安排。",
      ["sanGong|item=reception = 2.50万元"],
    ],
    ["2024年严格控制“三公”经费，非必要的公务接待费不安排。", []],
    [
      "2024年公务接待费2.50万元，公务接待费中宴请费用未安排。",
      ["sanGong|item=reception = 2.50万元"],
    ],
    [
      "2024年因公出国（境）费0万元，公务接待费除必要的接待外不安排。",
      ["sanGong|item=abroad = 0万元"],
    ],
    ["2024年公务接待费2.50万元，新增公务接待费不安排。", ["sanGong|item=reception = 2.50万元"]],
    [
      "2024年公务用车购置及运行费4.00万元，超出标准的公务用车购置及运行费一律不安排。",
      ["sanGong|item=vehicles = 4.00万元"],
    ],
    [
      "2024年公务接待费2.50万元，超标准公务接待费原则上不安排。",
      ["sanGong|item=reception = 2.50万元"],
    ],
  ])("%s", (body, figures) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(figures);
  });

  it.each([
    ["2024年因公出国（境）费未安排。", "sanGong|item=abroad = 0万元"],
    ["2024年因公出国（境）费预算均为零。", "sanGong|item=abroad = 0万元"],
    ["（一）因公出国（境）费：无。", "sanGong|item=abroad = 0万元"],
  ])("a plain none after its measure is still read: %s", (body, figure) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual([figure]);
  });

  it.each([
    "2024年公务接待费未安排。",
    "2024年公务接待费：无。",
    "2024年公务接待费预算为零。",
    "本部门的公务接待费未安排。",
  ])("a none the tables deny is still found: %s", (body) => {
    expect(alarms(body)).toEqual([expect.stringMatching(/称没有此项，但表中为 2\.50万元/u)]);
  });

  it("each measure of a list before 均 is none, each denied by the tables is found", () => {
    expect(alarms("2024年公务用车购置及运行费和公务接待费均未安排。")).toEqual([
      expect.stringMatching(/称没有此项，但表中为 4\.00万元/u),
      expect.stringMatching(/称没有此项，但表中为 2\.50万元/u),
    ]);
  });
});

describe("a none beside an exception (除…外，未安排其他…) is no none of the measure", () => {
  it.each([
    "除公务接待费和公务用车购置及运行费外，未安排其他“三公”经费。",
    "除公务接待费和公务用车购置及运行费外，无其他“三公”经费。",
    "除公务接待费和公务用车购置及运行费外，没有安排其他“三公”经费。",
    "除公务接待费外，2024年本部门未安排其他“三公”经费。",
    "除公务用车购置及运行费和公务接待费外，不安排其余“三公”经费支出。",
    "2024年，除公务接待费和公务用车购置及运行费外，本部门无其它“三公”经费。",
    "除公务接待费和公务用车购置及运行费外，“三公”经费均未安排。",
  ])("%s", (body) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual([]);
  });

  itFindsAgainst(henanProbe, "a none the tables deny is still found: %s", [
    ["2024年未安排“三公”经费。", /6\.50万元/u],
    ["2024年未安排公务接待费。", /2\.50万元/u],
    ["2024年因公出国（境）费0万元，未安排公务接待费。", /2\.50万元/u],
  ]);
});

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

  itFindsAgainst(
    henanProbe,
    "a gloss (含, or names alone) still leaves the whole's figure checked: %s",
    [
      ["2024年“三公”经费（含公务接待费）2.50万元。", /6\.50万元/u],
      ["2024年基本支出（人员经费和公用经费）630.38万元。", /682\.06万元/u],
    ],
  );
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
