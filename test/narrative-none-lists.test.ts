/**
 * A none before a list of measures or funds, as other printers join them (session 39): `未安排A、B
 * 和C` is a none of each (`、` ends no list), `无政府性基金预算和国有资本经营预算` of each fund's
 * spending, through the whole checker against the Henan tables (no 政府性基金 / 国有资本经营 money;
 * 因公出国（境）费 and 公务用车购置费 blank, 公务接待费 2.50, 公务用车运行费 4.00). A correct
 * sentence raises no alarm; a none of a measure the tables fund is found.
 */
import { describe, expect, it } from "vitest";
import { henanProbe } from "./support/narrative-alarms";

const { alarms, placed } = henanProbe;

const ABROAD = "sanGong|item=abroad = 0万元";
const PURCHASE = "sanGong|item=vehicles.purchase = 0万元";
const GOV = "spending|fund=govFund = 0万元";
const SOE = "spending|fund=soe = 0万元";

describe("a none before measures joined by 、 is of each of them", () => {
  it.each([
    ["未安排因公出国（境）费、公务用车购置费。", [ABROAD, PURCHASE]],
    ["本部门2024年不安排因公出国（境）费、公务用车购置费。", [ABROAD, PURCHASE]],
    ["无因公出国（境）费、公务用车购置费预算。", [ABROAD, PURCHASE]],
    ["2024年度未安排因公出国（境）费、公务用车购置费等支出。", [ABROAD, PURCHASE]],
    [
      "未安排因公出国（境）费、公务用车购置费，公务接待费2.50万元。",
      [ABROAD, PURCHASE, "sanGong|item=reception = 2.50万元"],
    ],
    ["除公务接待费外，未安排因公出国（境）费、公务用车购置费。", [ABROAD, PURCHASE]],
    // a measure after the 、 not joined to the list is no none
    ["未安排因公出国（境）费、严格控制公务接待费。", [ABROAD]],
    ["未安排因公出国（境）费、从严控制公务接待费支出。", [ABROAD]],
    // a sub-unit's none is not the document's
    ["所属单位未安排因公出国（境）费、公务用车购置费。", []],
  ])("%s", (body, figures) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(figures);
  });

  it.each([
    ["未安排因公出国（境）费、公务用车购置费和公务接待费。", "2.50"],
    ["未安排因公出国（境）费、公务用车购置费、公务用车运行维护费。", "4.00"],
    ["本年度不安排因公出国（境）费、公务接待费。", "2.50"],
  ])("a none of a measure the tables fund, later in the list, is found: %s", (body, value) => {
    expect(alarms(body)).toEqual([
      expect.stringMatching(
        new RegExp(`^narrative\\.amount: .*称没有此项，但表中为 ${value}万元`, "u"),
      ),
    ]);
  });
});

describe("a none before funds joined is of each fund's spending (or the measures after them)", () => {
  it.each([
    ["无政府性基金预算和国有资本经营预算。", [GOV, SOE]],
    ["本部门无政府性基金预算、国有资本经营预算拨款安排的支出。", [GOV, SOE]],
    ["2024年无政府性基金预算及国有资本经营预算支出。", [GOV, SOE]],
    ["2024年度没有使用政府性基金预算和国有资本经营预算拨款安排的支出。", [GOV, SOE]],
    ["本单位2024年没有使用政府性基金预算拨款安排的支出。", [GOV]],
    ["本单位2024年无政府性基金预算收入和支出。", ["revenue|fund=govFund = 0万元", GOV]],
    ["无政府性基金预算拨款收入、支出。", ["revenue|fund=govFund = 0万元", GOV]],
    ["无政府性基金预算拨款安排的支出，也无国有资本经营预算拨款安排的支出。", [GOV, SOE]],
    // under a fund's heading, of each fund too
    [
      "八、政府性基金支出预算情况说明\n本部门无政府性基金预算和国有资本经营预算拨款安排的支出。",
      [GOV, SOE],
    ],
    // a fund after the 、 not joined to the list, or a measure after it, is no none
    ["无政府性基金预算、严格控制公务接待费。", [GOV]],
  ])("%s", (body, figures) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(figures);
  });

  it("a none of a fund the tables fund, later in the list, is found", () => {
    expect(alarms("本部门无国有资本经营预算和一般公共预算拨款安排的支出。")).toEqual([
      expect.stringMatching(/^narrative\.amount: .*称没有此项，但表中为 969\.06万元/u),
    ]);
  });
});

describe("a none of what lies outside a list (无A、B和C以外的支出) is no none of its measures", () => {
  it.each([
    "无公务接待费、因公出国（境）费和公务用车购置费以外的支出。",
    "无公务接待费和公务用车运行维护费以外的“三公”经费支出。",
    "未安排公务接待费、公务用车运行维护费之外的“三公”经费。",
    "2024年无公务接待费及公务用车运行维护费以外的其他“三公”经费。",
  ])("%s: no alarm, nothing placed as none", (body) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body).filter((f) => f.endsWith("= 0万元"))).toEqual([]);
  });

  it.each([
    ["未安排公务接待费、因公出国（境）费。", "2.50"],
    ["未安排公务接待费和公务用车购置费，除此以外的支出按规定执行。", "2.50"],
    ["无境外的公务接待费。", "2.50"],
  ])("bites: %s is still a none of the funded 公务接待费", (body, figure) => {
    expect(alarms(body).some((a) => a.includes(figure))).toBe(true);
  });
});
