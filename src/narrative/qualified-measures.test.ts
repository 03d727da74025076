/**
 * A word right before a nature of spending (`基本支出`, `项目支出`, `人员经费`, `公用经费`) that is
 * no part of a name the reader knows makes it a narrower measure (`新增项目支出`, `在职人员基本支出`,
 * `上年结转安排的项目支出`): its figure is left unplaced (coverage), never read as the whole's. The
 * kinds of project the tables print are read as such (`其他运转类项目支出`: project.operating); a
 * fund before `安排的` keeps that fund (`政府性基金安排的项目支出`), as a revenue of a fund does
 * (`事业收入安排的项目支出`). The words that only say whose or when the figure is (`本部门`, `我局`,
 * `2024年`, a fund, a list's mark, `其中：`) still name the measure, as do a unit's name and the
 * department's own level (`某县教育局项目支出`, `机关本级项目支出`), which the units' reading
 * scopes (unit-claims.ts).
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

const unplaced = (text: string) =>
  read(text).unplaced.map((u) => `${u.split(" [")[0]} ${u.split(/[[\]]/u)[1]}`);

describe("a qualifier before a nature of spending: a narrower measure, unplaced", () => {
  it.each([
    "新增",
    "延续",
    "延续性",
    "经常性",
    "一次性",
    "重点",
    "信息化",
    "机要",
    "专项",
    "跨年度",
    "当年",
    "县级",
    "行政单位",
    "所属单位",
    "其他",
    "新增的",
    "上年结转安排的",
    "上年结转",
  ])("%s项目支出160.00万元", (q) => {
    const text = `${q}项目支出160.00万元。`;
    expect(read(text).claims).toEqual([]);
    expect(unplaced(text)).toEqual(["no-subject true 160.00万元"]);
  });

  it.each([
    ["在职人员基本支出600.00万元。", "600.00万元"],
    ["机关基本支出600.00万元。", "600.00万元"],
    ["行政单位基本支出600.00万元。", "600.00万元"],
    ["事业单位人员经费500.00万元。", "500.00万元"],
    ["离退休人员经费50.00万元。", "50.00万元"],
  ])("%s", (text, figure) => {
    expect(read(text).claims).toEqual([]);
    expect(unplaced(text)).toEqual([`no-subject true ${figure}`]);
  });

  it("in a 其中 list under 项目支出 the parts are not the whole", () => {
    const text = "项目支出287.00万元，其中新增项目支出28.50万元，延续项目支出258.50万元。";
    expect(read(text).claims).toEqual([
      "amount spending|nature=project 287.00万元 current budget equals [287.00万元]",
    ]);
    expect(unplaced(text)).toEqual(["no-subject true 28.50万元", "no-subject true 258.50万元"]);
  });
});

describe("the kinds of project: project.operating and project.specific", () => {
  it.each([
    ["其他运转类项目支出53.50万元。", "project.operating", "53.50"],
    // (运转类 alone holds 公用经费 too: 其他运转类 only within 项目支出, test/narrative-operating-projects)
    ["项目支出中，运转类项目支出53.50万元。", "project.operating", "53.50"],
    ["特定目标类项目支出233.50万元。", "project.specific", "233.50"],
    ["其中：特定目标类项目支出233.50万元。", "project.specific", "233.50"],
  ])("%s", (text, nature, value) => {
    expect(read(text).claims).toEqual([
      `amount spending|nature=${nature} ${value}万元 current budget equals [${value}万元]`,
    ]);
  });

  it("a qualifier before a kind of project: narrower again", () => {
    expect(read("新增特定目标类项目支出20.00万元。").claims).toEqual([]);
  });
});

describe("a fund before 安排的: that fund's measure", () => {
  it.each([
    ["政府性基金安排的项目支出160.00万元。", "govFund", "project", "160.00"],
    ["政府性基金预算安排的项目支出160.00万元。", "govFund", "project", "160.00"],
    ["一般公共预算拨款安排的项目支出127.00万元。", "gpb", "project", "127.00"],
    ["用一般公共预算拨款安排项目支出127.00万元。", "gpb", "project", "127.00"],
    ["财政拨款安排的基本支出682.06万元。", "government", "basic", "682.06"],
    ["一般公共预算的基本支出682.06万元。", "gpb", "basic", "682.06"],
    ["事业收入安排的项目支出20.00万元。", "business", "project", "20.00"],
    ["事业收入安排项目支出20.00万元。", "business", "project", "20.00"],
  ])("%s", (text, fund, nature, value) => {
    expect(read(text).claims).toEqual([
      `amount spending|fund=${fund}|nature=${nature} ${value}万元 current budget equals [${value}万元]`,
    ]);
  });
});

describe("words that only say whose or when: still the measure", () => {
  it.each([
    "本部门项目支出",
    "本单位项目支出",
    "我局项目支出",
    "本委项目支出",
    "该单位项目支出",
    "单位项目支出",
    "部门项目支出",
    "2024年项目支出",
    "2024年度项目支出",
    "本年项目支出",
    "全年项目支出",
    "其中：项目支出",
    "其中项目支出",
    "（二）项目支出",
    "二、项目支出",
    "二是项目支出",
    "安排项目支出",
    "本部门2024年项目支出",
    "2024年本部门项目支出",
    "本部门的项目支出",
    "2024年的项目支出",
    "基本支出682.06万元，项目支出",
    "基本支出682.06万元和项目支出",
    // a unit's name: the units' reading scopes the figure
    "某县教育局项目支出",
  ])("%s287.00万元", (lead) => {
    const claims = read(`${lead}287.00万元。`).claims;
    expect(claims.at(-1)).toBe(
      "amount spending|nature=project 287.00万元 current budget equals [287.00万元]",
    );
  });

  it.each([
    "本级项目支出",
    "机关本级项目支出",
    "部门本级项目支出",
    "本部门机关本级项目支出",
    "某县教育局本级项目支出",
    "局机关项目支出",
  ])("%s287.00万元: the own level's or the organ's, of no unit the tables tell: left", (lead) => {
    const r = read(`${lead}287.00万元。`);
    expect(r.claims).toEqual([]);
    expect(r.unplaced).toHaveLength(1);
  });

  it.each([
    ["一般公共预算项目支出127.00万元。", "gpb"],
    ["财政拨款项目支出127.00万元。", "government"],
    ["一般公共预算财政拨款项目支出127.00万元。", "gpb"],
  ])("a fund right before: %s", (text, fund) => {
    expect(read(text).claims).toEqual([
      `amount spending|fund=${fund}|nature=project 127.00万元 current budget equals [127.00万元]`,
    ]);
  });

  it.each([
    ["基本支出682.06万元，其中：人员经费630.38万元。", "basic.personnel", "630.38"],
    ["基本支出中人员经费630.38万元。", "basic.personnel", "630.38"],
    ["基本支出682.06万元，其中的公用经费51.68万元。", "basic.public", "51.68"],
  ])("a part after its whole: %s", (text, nature, value) => {
    expect(read(text).claims.at(-1)).toBe(
      `amount spending|nature=${nature} ${value}万元 current budget equals [${value}万元]`,
    );
  });
});
