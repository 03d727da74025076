/**
 * The endings by which a text's unit names are read (org-names.ts `ORG_ENDS`): the shared list of
 * src/codes/org-endings.ts but the endings that end as many words of a budget's text, and the
 * text's own ones (associations, schools by short names). Every ending the text's list held
 * before it was derived from the shared one is still read.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";

const DEPT = { code: "301", name: "某县人民政府办公室" };
const reasons = (text: string) => {
  const r = extractClaims(text, { year: 2025, department: DEPT });
  return { claims: r.claims.length, unplaced: r.unplaced.map((u) => u.reason) };
};

describe("ORG_ENDS: a name the tables do not print, read as a unit's", () => {
  it.each([
    "中心",
    "学校",
    "小学",
    "中学",
    "学院",
    "幼儿园",
    "医院",
    "卫生院",
    "研究所",
    "研究院",
    "办公室",
    "委员会",
    "管理处",
    "管理所",
    "管理站",
    "服务站",
    "工作站",
    "大队",
    "支队",
    "中队",
    "公司",
    "协会",
    "联合会",
    "纪念馆",
    "博物馆",
    "图书馆",
    "文化馆",
    "保护区",
    "局",
    "部",
    "厅",
    "委",
    "办",
    "院",
    "所",
    "站",
    "馆",
    "队",
    "处",
    "社",
    "中心校",
    "完小",
    "职高",
    "职中",
    "附小",
    "附中",
    "校",
  ])("某县测试%s: its figures are a unit's (never the department's)", (end) => {
    expect(reasons(`某县测试${end}2025年支出预算50.00万元。`)).toEqual({
      claims: 0,
      unplaced: ["unit-part"],
    });
  });

  it.each([
    "政府收支预算50.00万元。",
    "按照政府收支分类科目，本部门2025年支出预算50.00万元。",
    "依托数字平台2025年支出预算50.00万元。",
  ])("%s: a word ending as a name is no unit (the department's figure)", (text) => {
    expect(reasons(text).unplaced).toEqual([]);
  });
});

describe("ORG_ENDS: the longer names of the endings a text's list leaves out", () => {
  it.each([
    "县国有林场",
    "县园艺场",
    "县总工会",
    "县红十字会",
    "团县委共青团",
    "县豫剧团",
    "县广播电视台",
    "县气象台",
    "县青少年宫",
    "城关镇人民政府",
    "县人民公园",
    "县科技产业园",
    "市职业技术大学",
  ])("%s2025年支出预算50.00万元: a unit's (never the department's)", (name) => {
    expect(reasons(`${name}2025年支出预算50.00万元。`)).toEqual({
      claims: 0,
      unplaced: ["unit-part"],
    });
  });
});
