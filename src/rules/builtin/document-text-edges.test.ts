/**
 * The words of a document at their edges: line splitting, the 40-character heading limit, list
 * markers, how a year is spaced and which words around it make it another year's, organisation
 * names at their length limits, and the other kind of document's words and labels.
 */
import { describe, expect, it } from "vitest";
import {
  isContents,
  isHeading,
  isOrgName,
  isTitleLine,
  linesOf,
  namedOrg,
  orgKey,
  otherKindWord,
  sameOrg,
  unmarked,
} from "./document-text";
import { yearMentions } from "./document-years";

const years = (s: string) => yearMentions(s).map((m) => `${m.year}${m.aside ? " aside" : ""}`);
const aside = (s: string) => yearMentions(s).map((m) => m.aside);

describe("linesOf", () => {
  it("keeps the last line without a final newline, trims tabs, ideographic spaces and CR", () => {
    expect(linesOf("一、概况\r\n\t二、职能\u3000\n  \n三、名词解释")).toEqual([
      { start: 0, end: 4, text: "一、概况" },
      { start: 7, end: 11, text: "二、职能" },
      { start: 16, end: 22, text: "三、名词解释" },
    ]);
    expect(linesOf("")).toEqual([]);
    expect(linesOf("\n \n")).toEqual([]);
    expect(linesOf("x")).toEqual([{ start: 0, end: 1, text: "x" }]);
  });
});

describe("isHeading and list markers", () => {
  it("a heading has at most 40 characters after its marker", () => {
    const forty = "甲".repeat(40);
    expect(isHeading(forty)).toBe(true);
    expect(isHeading(`${forty}乙`)).toBe(false);
    expect(isHeading(`（一）${forty}`)).toBe(true);
    expect(isHeading("一、")).toBe(false);
    expect(isHeading("")).toBe(false);
  });

  it("no sentence punctuation of any kind", () => {
    for (const p of ["。", "；", ";", "！", "？", "!", "?", "，", ",", "、", "：", ":"])
      expect([p, isHeading(`部门预算${p}说明`)]).toEqual([p, false]);
  });

  it("strips the markers printers use, not a number that starts a sentence", () => {
    expect(unmarked("第十二部分 名词解释")).toBe("名词解释");
    expect(unmarked("（十二）国有资产占用情况")).toBe("国有资产占用情况");
    expect(unmarked("(3)政府采购情况")).toBe("政府采购情况");
    expect(unmarked("十一、其他")).toBe("其他");
    expect(unmarked("二．主要职能")).toBe("主要职能");
    expect(unmarked("12.名词解释")).toBe("名词解释");
    expect(unmarked("3、机构设置")).toBe("机构设置");
    expect(unmarked("1.5亿元用于")).toBe("1.5亿元用于");
    expect(unmarked("第十三十四部分")).toBe("第十三十四部分");
  });

  it("a table of contents is titled 目录, however spaced", () => {
    expect(isContents({ title: "目 录", body: "" })).toBe(true);
    expect(isContents({ title: "目\u3000\u3000录", body: "" })).toBe(true);
    expect(isContents({ title: "目录说明", body: "" })).toBe(false);
  });
});

describe("isTitleLine", () => {
  const prose = { title: "情况说明", body: "" };

  it("each title ending makes a short unpunctuated line a title", () => {
    for (const line of [
      "部门预算情况说明",
      "国有资产占用情况",
      "部门收支预算表",
      "2024年部门预算",
      "2023年度部门决算",
      "部门预算信息公开",
      "目录",
      "部门概况",
      "部门主要职能",
      "部门主要职责",
      "部门机构设置",
      "预算单位构成",
      "名词解释",
      "附件",
    ])
      expect([line, isTitleLine(prose, line)]).toEqual([line, true]);
  });

  it("a short line of prose that ends otherwise, or a long or punctuated one, is not", () => {
    expect(isTitleLine(prose, "全年共召开会议十二次")).toBe(false);
    expect(isTitleLine(prose, "本部门无政府性基金预算，故本表为空表")).toBe(false);
    expect(isTitleLine(prose, `${"甲".repeat(39)}说明`)).toBe(false);
    // a year then words that name no organisation
    expect(isTitleLine(prose, "2024年全区经济平稳运行")).toBe(false);
    // a year not at the start
    expect(isTitleLine(prose, "全区2024年洛阳市涧西区财政局")).toBe(false);
  });

  it("labels, a marker and a year with a name are titles; so is every line of a cover", () => {
    for (const label of ["编制部门：某局", "预算部门:某局", "单位名称：某局", "部门名称：某局"])
      expect([label, isTitleLine(prose, label)]).toEqual([label, true]);
    expect(isTitleLine(prose, "（三）政府采购")).toBe(true);
    expect(isTitleLine(prose, "2024年洛阳市涧西区财政局")).toBe(true);
    expect(isTitleLine({ title: "封 面", body: "" }, "全年共召开会议十二次")).toBe(true);
  });
});

describe("yearMentions at its edges", () => {
  it("allows up to two spaces before 年, reads full-width digits, needs four digits", () => {
    expect(years("2024  年部门预算")).toEqual(["2024"]);
    expect(years("2024   年部门预算")).toEqual([]);
    expect(years("２０２４年度")).toEqual(["2024"]);
    expect(years("１９９８年")).toEqual(["1998"]);
    expect(years("924年")).toEqual([]);
    expect(yearMentions("某局2024 年预算")).toEqual([
      { year: 2024, start: 2, end: 8, aside: false },
    ]);
  });

  it("every word before a year that compares or dates it", () => {
    for (const w of [
      "比",
      "较",
      "与",
      "同",
      "截至",
      "截止",
      "至",
      "到",
      "自",
      "从",
      "于",
      "上年",
      "去年",
    ])
      expect([w, aside(`${w}2023年`)]).toEqual([w, [true]]);
    // a two-character word a little before, spaced
    expect(aside("上年 （2023年）")).toEqual([true]);
    expect(aside("比 2023年")).toEqual([true]);
    // the document's own year after an ordinary word
    expect(aside("本部门2024年")).toEqual([false]);
    expect(aside("编制2024年")).toEqual([false]);
  });

  it("every word right after 年 (or 年度) that dates it", () => {
    for (const w of ["末", "底", "年末", "年底", "年初", "起", "以来", "以前", "度决算", "决算"]) {
      expect([w, aside(`2023年${w}`)]).toEqual([w, [true]]);
      if (!w.startsWith("度")) expect([w, aside(`2023年度${w}`)]).toEqual([w, [true]]);
    }
    expect(aside("2023年3月")).toEqual([true]);
    expect(aside("2023年12月31日")).toEqual([true]);
    expect(aside("2024年部门预算")).toEqual([false]);
  });

  it("every word later in the clause that makes it another year's, not past a comma", () => {
    for (const w of [
      "执行",
      "决算",
      "期末",
      "相比",
      "比较",
      "同期",
      "结转",
      "实际",
      "完成",
      "绩效",
      "评价",
      "审计",
      "整改",
      "总结",
    ])
      expect([w, aside(`2023年预算${w}`)]).toEqual([w, [true]]);
    for (const stop of ["，", ",", "。", "；", ";", "：", ":", "\n"])
      expect([stop, aside(`2024年预算${stop}执行`)]).toEqual([stop, [false]]);
  });

  it("a range on either side, in any dash; a title in 《》 while it is open", () => {
    for (const d of ["-", "—", "–", "~", "～", "至", "到"]) {
      expect([d, aside(`2024${d}2026年`)]).toEqual([d, [true]]);
      expect([d, aside(`2024年${d}2026年`)]).toEqual([d, [true, true]]);
    }
    expect(aside("《2023年工作报告》")).toEqual([true]);
    expect(aside("《工作报告》2024年部门预算")).toEqual([false]);
    expect(aside("》2024年部门预算")).toEqual([false]);
    expect(aside("《《意见》2023年》")).toEqual([true]);
  });
});

describe("organisation names at their edges", () => {
  it("four to forty characters, a region, an organisation's ending, no punctuation", () => {
    expect(isOrgName("某市某局")).toBe(true);
    expect(isOrgName("市某局")).toBe(false);
    const long = `洛阳市${"甲".repeat(36)}局`;
    expect(long.length).toBe(40);
    expect(isOrgName(long)).toBe(true);
    expect(isOrgName(`洛阳市${"甲".repeat(37)}局`)).toBe(false);
    for (const p of ["，", ",", "。", "；", ";", "：", ":", "、", "！", "？", "!", "?"])
      expect([p, isOrgName(`洛阳市${p}涧西区财政局`)]).toEqual([p, false]);
    expect(isOrgName("洛阳市涧西区财政")).toBe(false);
  });

  it("the full names of units as printed, by their endings", () => {
    // Real kinds of budget units, one per ending (not a copy of the list: a name is what is tested).
    for (const name of [
      "洛阳市人民政府办公室",
      "郑州市发展和改革委员会",
      "某县政务服务中心",
      "洛阳市涧西区财政局",
      "中共某县县委",
      "某县人民政府外事办",
      "某县人民医院",
      "某县档案室",
      "某县长安镇司法所",
      "某县农业技术推广站",
      "某市城市管理执法队",
      "某市图书馆",
      "中共某县委宣传部",
      "某省财政厅",
      "某县财政局国库处",
      "某县残疾人联合会",
      "某县职业技术学校",
      "某县实验幼儿园",
      "某市报社",
      "共青团某县委员会青年团",
      "某省地方金融监督管理署",
      "某市少年宫",
      "某县广播电视台",
      "某县国有林场",
      "某县人民政府",
      "某县财政局预算科",
      "某县乡镇财政股",
      "某县第一中学",
      "某县实验小学",
      "某市城市大学",
    ])
      expect([name, isOrgName(name)]).toEqual([name, true]);
    expect(isOrgName("某县第一中")).toBe(false);
  });

  it("each region character, and each way a sentence opens", () => {
    for (const r of ["省", "市", "区", "县", "州", "盟", "旗", "镇", "乡"])
      expect([r, isOrgName(`某${r}某某局`)]).toEqual([r, true]);
    for (const w of [
      "根据",
      "按照",
      "依据",
      "依照",
      "经",
      "由",
      "为",
      "在",
      "对",
      "从",
      "自",
      "截至",
    ])
      expect([w, isOrgName(`${w}某市某局`)]).toEqual([w, false]);
  });

  it("compares names without spaces, quotes and a bracketed 单位 / 部门 / 本级", () => {
    expect(orgKey("“上海市 财政局”（本级）")).toBe("上海市财政局");
    expect(orgKey("上海市财政局(部门)")).toBe("上海市财政局");
    expect(orgKey("上海市财政局（单位）")).toBe("上海市财政局");
    expect(orgKey("上海市财政局（机关）")).toBe("上海市财政局(机关)");
    expect(sameOrg("‘上海市财政局’", ["上海市财政局"])).toBe(true);
  });

  it("an abbreviation keeps the ending: the last character within the name's last three", () => {
    expect(sameOrg("涧西区委办公室", ["中国共产党洛阳市涧西区委员会办公室"])).toBe(true);
    // the same characters in order, another kind of organisation
    expect(sameOrg("涧西区委", ["中国共产党洛阳市涧西区委员会办公室"])).toBe(false);
    // the name with more before it (a region): same ending
    expect(sameOrg("洛阳市涧西区财政局", ["涧西区财政局"])).toBe(true);
    expect(sameOrg("洛阳市涧西区财政局国库科", ["涧西区财政局"])).toBe(false);
    expect(sameOrg("", ["涧西区财政局"])).toBe(false);
    expect(sameOrg("涧西区财政局", [""])).toBe(false);
    expect(sameOrg("涧西区财政局", ["涧西区教育局", "涧西区财政局"])).toBe(true);
  });
});

describe("namedOrg at its edges", () => {
  it("a label names what follows it, up to a 单位： of the amounts", () => {
    expect(namedOrg("编制部门：洛阳市涧西区财政局", false)).toBe("洛阳市涧西区财政局");
    expect(namedOrg("预算单位:洛阳市涧西区财政局 单位:万元", false)).toBe("洛阳市涧西区财政局");
    expect(namedOrg("编制单位：本单位", true)).toBeUndefined();
  });

  it("after a heading's year, the name with 年度 and the document's words taken off", () => {
    expect(namedOrg("2024年度洛阳市涧西区财政局部门预算", true)).toBe("洛阳市涧西区财政局");
    expect(namedOrg("2024年洛阳市涧西区财政局部门预算公开", true)).toBe("洛阳市涧西区财政局");
    expect(namedOrg("2024年洛阳市涧西区财政局单位预算编制说明", true)).toBe("洛阳市涧西区财政局");
    expect(namedOrg("2024年洛阳市涧西区财政局部门预算情况说明", true)).toBe("洛阳市涧西区财政局");
    expect(namedOrg("2024年洛阳市涧西区财政局预算", true)).toBe("洛阳市涧西区财政局");
    expect(namedOrg("2024年洛阳市涧西区财政局", false)).toBeUndefined();
    expect(namedOrg("2024年全区经济平稳运行", true)).toBeUndefined();
    expect(namedOrg("洛阳市涧西区财政局", true)).toBeUndefined();
    expect(namedOrg("（一）洛阳市涧西区财政局2024年部门预算", true)).toBe("洛阳市涧西区财政局");
  });
});

describe("otherKindWord at its edges", () => {
  it("a label counts only with its colon, either width", () => {
    expect(otherKindWord("预算单位:某局", "部门")).toBe("预算单位");
    expect(otherKindWord("编 制 单 位 ： 某局", "部门")).toBe("编制单位");
    expect(otherKindWord("编制单位", "部门")).toBeUndefined();
    expect(otherKindWord("预算部门：某局", "单位")).toBe("预算部门");
    expect(otherKindWord("编制部门", "单位")).toBeUndefined();
  });

  it("each word before 单位预算 that makes it the units' budgets, in a 部门 document", () => {
    for (const w of ["所属", "下属", "二级", "三级", "基层", "各", "及", "事业", "行政", "预算"])
      expect([w, otherKindWord(`${w}单位预算`, "部门")]).toEqual([w, undefined]);
    // the word a little further back does not excuse it
    expect(otherKindWord("所属的某某单位预算", "部门")).toBe("单位预算");
  });

  it("a 单位 document's 部门预算 that is another thing, and a later one that is not", () => {
    for (const w of ["本级", "各", "主管"])
      expect([w, otherKindWord(`${w}部门预算`, "单位")]).toEqual([w, undefined]);
    for (const w of ["经济分类", "支出经济分类", "管理", "改革", "单位"])
      expect([w, otherKindWord(`部门预算${w}`, "单位")]).toEqual([w, undefined]);
    expect(otherKindWord("部门预算经济分类与部门预算公开", "单位")).toBe("部门预算");
    expect(otherKindWord("部门预算", "单位")).toBe("部门预算");
    expect(otherKindWord("单位预算", "部门")).toBe("单位预算");
  });
});
