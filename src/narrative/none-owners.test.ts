/** A `无…` owned by a sub-unit (所属, 下属, 二级单位 …) is that unit's none, not the document's. */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

const nones = (text: string) => read(text).claims.filter((c) => c.includes(" none "));

describe("extractClaims: a sub-unit's none is not the disclosure's", () => {
  it.each([
    "2025年上海市财政局本级财政拨款的机关运行经费预算为2,517.78万元，所属事业单位无机关运行经费。",
    "2024年机构运转经费预算49.68万元。所属事业单位无机构运转经费。",
    "2024年“三公”经费预算6.50万元。所属单位区委机要保密局2024年无“三公”经费预算。",
    "下属二级单位均无政府性基金预算拨款安排的支出。",
    "本部门二级单位无国有资本经营预算。",
    "直属单位中，区档案馆无“三公”经费预算。",
    // the organ or the document's own level: a part as well
    "本部门机关无政府性基金预算拨款收入，所属单位政府性基金预算拨款收入20.00万元。",
    "机关本级2024年均无政府性基金预算支出。",
    "本部门本级无“三公”经费，所属单位“三公”经费6.50万元。",
    "局机关无“三公”经费支出，下属单位“三公”经费支出6.50万元。",
  ])("%s", (text) => {
    expect(nones(text)).toEqual([]);
  });

  it.each([
    ["本单位无机关运行经费。", "amount operatingCost 0万元 current budget none [无机关运行经费]"],
    [
      "本部门2024年无政府性基金预算拨款安排的支出。",
      "amount spending|fund=govFund 0万元 current budget none [无政府性基金预算拨款]",
    ],
  ])("the document's own none is still read: %s", (text, claim) => {
    expect(nones(text)).toEqual([claim]);
  });

  it.each([
    "本部门（本级）无机构运转经费。",
    "本部门及所属单位均无机构运转经费。",
    "本部门（含所属单位）无机构运转经费。",
    "本部门无下属单位，2024年无机构运转经费。",
    "某某办公室为机关本级，2024年无机构运转经费。",
    "本部门无所属单位，2024年无国有资本经营预算拨款安排的支出，无机构运转经费。",
    "本部门（含机关本级）无机构运转经费。",
    "本部门及机关本级均无机构运转经费。",
    "机关事务管理局2024年无机构运转经费。",
    "区直机关工委2024年无机构运转经费。",
    "本级财政2024年无机构运转经费。",
  ])("a sub-unit word that is no subject of the 无 leaves it the document's: %s", (text) => {
    expect(nones(text).at(-1)).toMatch(/^amount operatingCost 0万元 current budget none \[/u);
  });
});

describe("extractClaims: a sub-unit's figure is not the disclosure's (unplaced: unit-part)", () => {
  it.each([
    ["本部门机关无政府采购预算，所属单位政府采购预算20.00万元。", "20.00万元"],
    ["2024年所属事业单位机构运转经费预算10.00万元。", "10.00万元"],
    ["2024年下属二级单位“三公”经费预算2.00万元。", "2.00万元"],
  ])("%s", (text, figure) => {
    const r = read(text);
    expect(r.claims.filter((c) => c.startsWith("amount"))).toEqual([]);
    expect(r.unplaced.some((u) => u.startsWith(`unit-part true [${figure}]`))).toBe(true);
  });

  it.each([
    [
      "2024年本部门及所属单位“三公”经费预算6.50万元。",
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
    ],
    [
      "本部门（含所属单位）2024年“三公”经费预算6.50万元。",
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
    ],
    [
      "2024年所属各单位“三公”经费预算合计6.50万元。",
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
    ],
    [
      "2025年上海市财政局本级财政拨款的机关运行经费预算为2,517.78万元。",
      "amount operatingCost 2517.78万元 current budget equals [2,517.78万元]",
    ],
  ])("the whole's (or its own level's) figure is still read: %s", (text, claim) => {
    expect(read(text).claims).toEqual([claim]);
  });
});
