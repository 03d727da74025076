/**
 * A short list with a blank line between its lines (figure lines, a pasted table's rows, short
 * lines of even width) is no double-spaced text layer: its lines are narrower than a page, and a
 * line ending in a figure, a unit or a sentence's end is no wrap. Each line stays its own, so a
 * figure is not read as the line before's. The Henan text layer is still double-spaced, and a
 * wrong figure of a list is still caught.
 */
import { describe, expect, it } from "vitest";
import { layoutOf } from "../src/narrative/lines";
import { doubleSpaced } from "../src/narrative/spacing";
import { compact } from "../src/narrative/text";
import { fixtureText } from "./support/fixture-text";
import { henanProbe } from "./support/narrative-alarms";

const HEAD = "三、支出预算总体情况说明";
const figureLines = [
  "基本支出682.06万元",
  "项目支出287.00万元",
  "人员经费630.38万元",
  "公用经费51.68万元",
  "一般公共预算969.06万元",
  "三公经费6.50万元",
  "公务接待费2.50万元",
  "公务用车费4.00万元",
  "机构运转经费49.68万元",
];
const tableRows = [
  "支出项目 金额（万元） 占比",
  "基本支出 682.06 70.38%",
  "项目支出 287.00 29.62%",
  "人员经费支出 630.38 92.42%",
  "公用经费支出 51.68 7.58%",
  "公务接待费 2.50 38.46%",
  "公务用车运行维护费 4.00 61.54%",
  "机构运转经费 49.68 5.12%",
  "一般公共预算 969.06 100.00%",
];
const longFigureLines = [
  "一般公共服务支出（类）党委办公厅（室）及相关机构事务（款）行政运行（项）682.06万元",
  "一般公共服务支出（类）党委办公厅（室）及相关机构事务（款）一般行政管理事务（项）287.00万元",
  "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）60.00万元",
  "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）30.00万元",
  "住房保障支出（类）住房改革支出（款）住房公积金（项）40.00万元",
  "一般公共预算财政拨款基本支出中人员经费630.38万元",
  "一般公共预算财政拨款基本支出中公用经费51.68万元",
  "一般公共预算财政拨款“三公”经费支出6.50万元",
];
// lines as wide as a page's, of one width: each ends in a figure, so none is a wrap
const codedRows = Array.from(
  { length: 9 },
  (_, i) => `20101${i}0 一般公共服务支出行政运行事务 ${i + 1}82.06 ${i + 1}82.06 0.00`,
);
const evenFigureLines = Array.from(
  { length: 9 },
  (_, i) => `一般公共服务支出（类）党委办公厅及相关机构事务（款）第${i}项支出${i + 1}82.06万元`,
);
const poem = [
  "春眠不觉晓处处闻啼鸟",
  "夜来风雨声花落知多少",
  "白日依山尽黄河入海流",
  "欲穷千里目更上一层楼",
  "床前明月光疑是地上霜",
  "举头望明月低头思故乡",
  "千山鸟飞绝万径人踪灭",
  "孤舟蓑笠翁独钓寒江雪",
  "红豆生南国春来发几枝",
];
const spaced = (lines: readonly string[]) => [HEAD, ...lines].join("\n\n").split("\n");
const isDouble = (lines: readonly string[]) => doubleSpaced(lines, layoutOf(lines));

describe("a short list with blank lines between is not double-spaced", () => {
  it.each([
    ["figure lines", figureLines],
    ["a pasted table", tableRows],
    ["long figure lines", longFigureLines],
    ["a table's rows of a page's width", codedRows],
    ["figure lines of a page's width", evenFigureLines],
    ["short even lines", poem],
  ])("%s keep their lines", (_, lines) => {
    expect(isDouble(spaced(lines))).toBe(false);
    expect(compact(spaced(lines).join("\n")).text.split("\n")).toHaveLength(lines.length + 1);
  });

  it.each([
    ["figure lines", figureLines],
    ["a pasted table", tableRows],
  ])("%s give no alarm", (_, lines) => {
    expect(henanProbe.alarms(spaced(lines).join("\n"))).toEqual([]);
  });

  it("a wrong figure of the list is caught", () => {
    const wrong = figureLines.map((l) => l.replace("公务接待费2.50", "公务接待费3.50"));
    const alarms = henanProbe.alarms(spaced(wrong).join("\n"));
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toContain("3.50");
  });

  it("the Henan text layer is still double-spaced", () => {
    const raw = fixtureText("henan/luoyang-jianxi-cpc-office-2024.txt").split("\n").slice(78, 216);
    expect(isDouble(raw)).toBe(true);
  });
});
