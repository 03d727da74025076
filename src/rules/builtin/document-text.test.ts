import { describe, expect, it } from "vitest";
import {
  isHeading,
  isOrgName,
  isTitleLine,
  linesOf,
  namedOrg,
  otherKindWord,
  sameOrg,
} from "./document-text";
import { yearMentions } from "./document-years";

const years = (s: string) => yearMentions(s).map((m) => `${m.year}${m.aside ? " aside" : ""}`);

describe("yearMentions: the years a line names, and the phrases about another year", () => {
  it("reads a year however it is spaced, with 度", () => {
    expect(years("2024 年中国共产党洛阳市涧西区委员会办公室")).toEqual(["2024"]);
    expect(years("2024年度本单位政府采购预算")).toEqual(["2024"]);
    expect(years("上海市财政局2025年部门支出预算表")).toEqual(["2025"]);
    expect(years("２０２３年部门收支预算表")).toEqual(["2023"]);
  });

  it("a comparison, an execution, a final account, a date or an end of period is about another year", () => {
    for (const phrase of [
      "与 2023 年预算相比",
      "比2023年减少1.00万元",
      "较2023年增加",
      "同2023年持平",
      "2023年预算执行数为54.60万元",
      "2023年当年预算执行数为54.60万元",
      "2023年度决算",
      "2023年决算数",
      "截至2023年12月31日",
      "截止2024年8月31日",
      "2023年12月31日",
      "2023年期末",
      "2023年末",
      "2023年底",
      "2023年年初预算数",
      "上年（2023年）",
      "2023年以来",
      "自2019年起",
    ])
      expect([phrase, years(phrase)]).toEqual([phrase, [expect.stringMatching(/aside$/u)]]);
  });

  it("a range and a title in 《》 are aside; an amount that looks like a year is no year", () => {
    expect(years("2024—2026年中期财政规划")).toEqual(["2026 aside"]);
    expect(years("2024年-2026年")).toEqual(["2024 aside", "2026 aside"]);
    expect(years("根据《2023年政府工作报告》")).toEqual(["2023 aside"]);
    expect(years("收入2024.00万元")).toEqual([]);
    expect(years("共12024年")).toEqual([]);
    expect(years("2023年部门预算情况说明")).toEqual(["2023"]);
    expect(years("2023年预算")).toEqual(["2023"]);
  });
});

describe("lines and headings", () => {
  it("splits a body into trimmed non-blank lines with their offsets", () => {
    const body = "  一、概况\n\n正文，句子。\n";
    expect(linesOf(body)).toEqual([
      { start: 2, end: 6, text: "一、概况" },
      { start: 8, end: 14, text: "正文，句子。" },
    ]);
  });

  it("a heading is short and has no sentence punctuation", () => {
    expect(isHeading("一、收入支出预算总体情况说明")).toBe(true);
    expect(isHeading("8．2024年预算单位一般公共预算基本支出部门预算经济分类预算表")).toBe(true);
    expect(isHeading("2024年收入总计969.06万元，支出总计969.06万元。")).toBe(false);
    expect(isHeading("截至2023年12月31日，共有车辆2辆")).toBe(false);
    expect(isHeading("负责指导全区党政军各部门、各人民团体、事业单位的稳")).toBe(false);
  });

  it("a title line starts with a marker, ends as titles do, names a year and a name, or is a label", () => {
    const body = { title: "情况说明", body: "" };
    for (const line of [
      "一、收入支出预算总体情况说明",
      "（五）国有资产占用情况",
      "部门预算情况说明",
      "2024 年中国共产党洛阳市涧西区委员会办公室",
      "预算单位：上海市普陀区社会福利院",
      "第三部分 名词解释",
    ])
      expect([line, isTitleLine(body, line)]).toEqual([line, true]);
    // a wrapped line of prose is none, however short and unpunctuated
    for (const line of [
      "根据2018年区委机构改革方案设立区委办公室为区委工作机关",
      "中共洛阳市涧西区委办公室2024年无负责管理的专项转移支付项目",
    ])
      expect([line, isTitleLine(body, line)]).toEqual([line, false]);
    // every line of a table of contents or a cover is
    expect(
      isTitleLine(
        { title: "目  录", body: "" },
        "5． 2025年预算单位一般公共预算支出功能分类预算表",
      ),
    ).toBe(true);
    expect(isTitleLine({ title: "封面", body: "" }, "上海市2025年市级单位预算")).toBe(true);
  });
});

describe("organisation names", () => {
  const henan = ["中国共产党洛阳市涧西区委员会办公室"];

  it("an abbreviation keeps the characters in order and the ending", () => {
    expect(sameOrg("中共洛阳市涧西区委办公室", henan)).toBe(true);
    expect(sameOrg("涧西区委办", henan)).toBe(true);
    expect(sameOrg("中国共产党洛阳市涧西区委员会办公室", henan)).toBe(true);
    expect(sameOrg("上海市财政局（单位）", ["上海市财政局"])).toBe(true);
    expect(sameOrg("上海市普陀区社会福利院", ["普陀区社会福利院"])).toBe(true);
  });

  it("another organisation is not the same name", () => {
    expect(sameOrg("洛阳市涧西区财政局", henan)).toBe(false);
    expect(sameOrg("洛阳市委", henan)).toBe(false);
    expect(sameOrg("上海市财政局", ["上海市普陀区社会福利院"])).toBe(false);
  });

  it("a name is a region's organisation; a region, a sentence opening or a short word is not", () => {
    expect(isOrgName("上海市财政局")).toBe(true);
    expect(isOrgName("中共洛阳市涧西区委办公室")).toBe(true);
    expect(isOrgName("洛阳市涧西区")).toBe(false);
    expect(isOrgName("根据洛阳市委")).toBe(false);
    expect(isOrgName("财政局")).toBe(false);
    expect(isOrgName("上海市")).toBe(false);
  });

  it("finds the name before a year, after a heading's year and after a label", () => {
    expect(namedOrg("中共洛阳市涧西区委办公室 2024年收入总计 969.06万元。", false)).toBe(
      "中共洛阳市涧西区委办公室",
    );
    expect(namedOrg("2024 年中国共产党洛阳市涧西区委员会办公室", true)).toBe(
      "中国共产党洛阳市涧西区委员会办公室",
    );
    expect(namedOrg("2024年上海市普陀区社会福利院单位预算", true)).toBe("上海市普陀区社会福利院");
    expect(namedOrg("预算单位：上海市普陀区社会福利院", true)).toBe("上海市普陀区社会福利院");
    expect(namedOrg("编制单位：上海市财政局  单位：元", true)).toBe("上海市财政局");
    expect(namedOrg("上海市财政局2025年部门支出预算表", true)).toBe("上海市财政局");
    // after the year of a sentence there is no telling where a name ends
    expect(namedOrg("2024年上海市普陀区社会福利院无机关运行经费。", false)).toBeUndefined();
    expect(namedOrg("上海市2025年市级单位预算", true)).toBeUndefined();
    expect(namedOrg("根据区委2024年工作要点", false)).toBeUndefined();
  });
});

describe("words of the other kind of document", () => {
  it("a 部门 document does not call itself a 单位预算, nor print 编制单位：", () => {
    expect(otherKindWord("2024年单位预算编制说明", "部门")).toBe("单位预算");
    expect(otherKindWord("编制单位：某区某局", "部门")).toBe("编制单位");
    expect(otherKindWord("纳入本部门预算的所属单位预算情况", "部门")).toBeUndefined();
    expect(otherKindWord("行政（事业）单位机构运转经费预算表", "部门")).toBeUndefined();
    expect(otherKindWord("部门（单位）整体绩效目标表", "部门")).toBeUndefined();
    expect(otherKindWord("二、某局预算单位构成情况", "部门")).toBeUndefined();
  });

  it("a 单位 document does not call itself a 部门预算, nor print 编制部门：; the 部门预算经济分类 is no such word", () => {
    expect(otherKindWord("2024年部门预算情况说明", "单位")).toBe("部门预算");
    expect(otherKindWord("编制部门：上海市财政局", "单位")).toBe("编制部门");
    expect(
      otherKindWord("8．2024年预算单位一般公共预算基本支出部门预算经济分类预算表", "单位"),
    ).toBeUndefined();
    expect(otherKindWord("本级部门预算项目绩效目标汇总表", "单位")).toBeUndefined();
    expect(otherKindWord("2024年单位预算编制说明", "单位")).toBeUndefined();
  });
});
