/**
 * Words before a nature of spending that name the whole measure, not a part of it: a total
 * (`合计`, `总计`, `共计`, `总`), the whole scope (`全口径`, `全年度`), the government's own level
 * (`市本级`, `区本级`, `县本级`), and a list's tail after a name (`人武部等项目支出`: the projects
 * named by example). A wrong figure after them is found, the true one passes. Words that can name a
 * part stay a narrower measure, left unplaced: `当年` (this year's appropriation, without 上年结转),
 * `年初` (the adopted budget, in a final account not the final figure), a level that need not be
 * the document's own (`区级`, `县级`, `市级`: transfers to the level below in a city's budget), and
 * `机关` (one unit of a department with several).
 */
import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { findings, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { read } from "../test-support";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.amount");
const expenditure = tableBuilder(henan2024, "expenditure")
  .total({ total: "969.06", basic: "682.06", project: "287.00" })
  .build().value;
const run = (body: string) => check(disclosure([expenditure], body));
const found = (body: string) =>
  findings(run(body), "narrative.amount").map((f) => [f.expected, f.actual]);

const WHOLE = [
  "合计",
  "总计",
  "共计",
  "总",
  "全口径",
  "全年度",
  "市本级",
  "区本级",
  "县本级",
  "2024年合计",
  "2024年全口径",
  "本部门全口径",
];

describe("words naming the whole measure: compared with the whole's cell", () => {
  it.each(WHOLE)("%s项目支出, wrong: found", (q) => {
    expect(found(`${q}项目支出300.00万元。`)).toEqual([["287.00", "300.00"]]);
  });

  it.each(WHOLE)("%s基本支出, wrong: found", (q) => {
    expect(found(`${q}基本支出700.00万元。`)).toEqual([["682.06", "700.00"]]);
  });

  it.each(WHOLE)("%s项目支出, true: checked and passed", (q) => {
    const r = run(`${q}项目支出287.00万元。`);
    expect([outcome(r, "narrative.amount"), findings(r, "narrative.amount")]).toEqual(["pass", []]);
  });
});

describe("a list's tail after a name: the measure", () => {
  it.each(["人武部等", "民兵等", "主要原因为：人武部等", "信息化建设等"])(
    "%s项目支出增加52.16万元: a change of project spending",
    (lead) => {
      expect(read(`${lead}项目支出增加52.16万元。`).claims).toEqual([
        "change spending|nature=project up 52.16 budget [52.16万元]",
      ]);
    },
  );
});

describe("words that may name a part: still a narrower measure, unplaced", () => {
  it.each([
    "当年",
    "2024年当年",
    "年初",
    "2024年年初",
    "区级",
    "县级",
    "市级",
    "机关",
    "2024年机关",
    "所属单位",
    "人员类",
    "新增",
    "上年结转",
  ])("%s项目支出300.00万元: no finding, unplaced", (q) => {
    const body = `${q}项目支出300.00万元。`;
    expect(found(body)).toEqual([]);
    expect(read(body).claims).toEqual([]);
  });
});
