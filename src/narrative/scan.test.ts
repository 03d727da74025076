import { describe, expect, it } from "vitest";
import { scan, type Token } from "./scan";
import { compact, markerAt } from "./text";

/** The tokens of a text, as `kind raw unit` for numbers, the level for breaks, residue spans. */
function tokens(input: string): string[] {
  const c = compact(input);
  const show = (t: Token): string[] => {
    const text = c.text.slice(t.s, t.e);
    if (t.k === "brk") return [t.level];
    if (t.k === "word") return t.lex.t === "residue" ? [`residue ${text}`] : [];
    const value = t.amount === undefined ? "" : ` =${t.amount.value}${t.amount.unit}`;
    return [`${t.kind} ${text}${value}${t.threshold ? " +threshold" : ""}`];
  };
  return scan(c).flatMap(show);
}
const nums = (input: string) => tokens(input).filter((t) => /^[a-z]+ \S/u.test(t));

describe("compact: the text the scanner reads", () => {
  it("drops spaces, folds full-width digits, point, percent, minus and brackets, and maps each character back", () => {
    const c = compact("支出 ９６９．０６ 万元（含）");
    expect(c.text).toBe("支出969.06万元(含)");
    expect(Array.from(c.at.subarray(0, c.text.length + 1))).toEqual([
      0, 1, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15,
    ]);
    expect(c.length).toBe(15);
    expect(compact("－5，−6，７﹪，８％").text).toBe("-5，-6，7%，8%");
    expect(compact("a\u3000b\u00a0c\td\re\u000cf g").text).toBe("abcdefg");
  });

  it("drops quotation marks and marks the character after one", () => {
    const c = compact("“行政运行”558.07万元");
    expect(c.text).toBe("行政运行558.07万元");
    expect(Array.from(c.quoted.subarray(0, c.text.length))).toEqual([
      1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0,
    ]);
    expect(compact("“a”‘b’\"c\"'d'「e」『f』").text).toBe("abcdef");
  });

  it("joins a wrapped line, and breaks after a sentence, a heading, a title, a blank line or before a marker", () => {
    // a wrap: the line goes on (a comma, no sentence end)
    expect(compact("支出合计969.06万元，其中基本支出\n682.06万元。").text).toBe(
      "支出合计969.06万元，其中基本支出682.06万元。",
    );
    // a long line without punctuation is no title: joined too
    const long = "本单位".repeat(11);
    expect(compact(`${long}\n继续。`).text).toBe(`${long}继续。`);
    expect(compact(`${"本单位".repeat(10)}\n继续。`).text).toBe(`${"本单位".repeat(10)}\n继续。`);
    for (const end of ["。", "；", "：", "！", "？", ";", ":", "!", "?"])
      expect(compact(`甲，乙${end}\n丙`).text).toBe(`甲，乙${end}\n丙`);
    expect(compact("五、一般公共预算支出情况说明，如下\n正文").text).toBe(
      "五、一般公共预算支出情况说明，如下\n正文",
    );
    expect(compact("情况说明\n本单位，支出。").text).toBe("情况说明\n本单位，支出。");
    expect(compact("甲，乙\n\n丙").text).toBe("甲，乙\n丙");
    expect(compact("甲，其中\n1.基本支出").text).toBe("甲，其中\n1.基本支出");
    expect(compact("甲，其中\n（一）基本支出").text).toBe("甲，其中\n(一)基本支出");
    // no break before the first character, nor for leading blank lines
    expect(compact("\n\n甲。").text).toBe("甲。");
  });
});

describe("markerAt: list and heading markers", () => {
  it("knows 一、 (一) （一） (1) 1. 1、 第二部分 第三章 第十节", () => {
    for (const m of [
      "一、",
      "十二、",
      "(一)",
      "（一）",
      "(12)",
      "（３）",
      "1.",
      "1、",
      "12.",
      "１．",
    ])
      expect([m, markerAt(`${m}正文`, 0)]).toEqual([m, true]);
    for (const m of ["第二部分", "第三章", "第十节", "第十二章"])
      expect([m, markerAt(`${m}正文`, 0)]).toEqual([m, true]);
  });

  it("refuses numbers, long ordinals and half markers", () => {
    for (const m of [
      "1.5万元",
      "123.",
      "一二三四、",
      "一二",
      "第部分",
      "第二条",
      "()",
      "(一",
      "(1234)",
      "甲、",
      "1x",
      "",
    ])
      expect([m, markerAt(m, 0)]).toEqual([m, false]);
  });

  it("reads at the given offset", () => {
    expect(markerAt("正文\n二、标题", 3)).toBe(true);
    expect(markerAt("正文\n二、标题", 2)).toBe(false);
  });
});

describe("scan: numbers by what follows them", () => {
  it("reads amounts in 元, 万元 and 亿元, with thousands separators and a sign", () => {
    expect(nums("合计1,212.12万元，共3.5亿元，另12元，减少-1.00万元")).toEqual([
      "amount 1,212.12万元 =1212.12万元",
      "amount 3.5亿元 =3.5亿元",
      "amount 12元 =12元",
      "amount -1.00万元 =-1.00万元",
    ]);
    // a minus after a digit is a dash, not a sign: the two ends of a range
    expect(nums("20-5元")).toEqual(["bare 20 +threshold", "amount 5元 =5元 +threshold"]);
  });

  it("groups only three digits after a separator, and only after at most three digits", () => {
    expect(nums("12,34元")).toEqual(["bare 12", "amount 34元 =34元"]);
    expect(nums("1,2345元")).toEqual(["bare 1", "amount 2345元 =2345元"]);
    expect(nums("1234,567元")).toEqual(["bare 1234", "amount 567元 =567元"]);
    expect(nums("1，234，567.50元")).toEqual(["amount 1，234，567.50元 =1234567.50元"]);
    expect(nums("甲1,234.元")).toEqual(["bare 1,234"]);
    // at the start of a line, the same number and point are a list marker
    expect(nums("1,234.元")).toEqual(["marker 1,234."]);
  });

  it("marks thresholds: 以上, 以下, （含）", () => {
    expect(nums("单价100万元以上，50万元以下，20万元（含）以上，10万元")).toEqual([
      "amount 100万元 =100万元 +threshold",
      "amount 50万元 =50万元 +threshold",
      "amount 20万元 =20万元 +threshold",
      "amount 10万元 =10万元",
    ]);
  });

  it("reads percentages, years, dates and counts", () => {
    expect(nums("增长16.08%，2024年，2024.5年，23年，8月31日")).toEqual([
      "percent 16.08%",
      "year 2024年",
      "date 2024.5年",
      "date 23年",
      "date 8月",
      "date 31日",
    ]);
    expect(
      nums("2辆、3台（套）、4台、5套、6个、7人、8项、9次、1篇、2期、3家、4户、5名、6张"),
    ).toEqual([
      "count 2辆",
      "count 3台(套)",
      "count 4台",
      "count 5套",
      "count 6个",
      "count 7人",
      "count 8项",
      "count 9次",
      "count 1篇",
      "count 2期",
      "count 3家",
      "count 4户",
      "count 5名",
      "bare 6",
    ]);
  });

  it("takes list numbers at a line start and 第N for markers, not figures", () => {
    expect(nums("1.基本支出\n2、项目支出\n(3)其他\n第4")).toEqual([
      "marker 1.",
      "marker 2、",
      "marker 3)",
      "marker 4",
    ]);
    // within a line, or followed by a digit, a number and its point are a figure
    expect(nums("1.5万元\n甲1.乙")).toEqual(["amount 1.5万元 =1.5万元", "bare 1"]);
    expect(nums("(3)")).toEqual(["marker 3)"]);
    expect(nums("甲(3)")).toEqual(["bare 3"]);
  });

  it("calls a number of more than 18 digits long, and 18 digits an amount", () => {
    expect(nums(`${"1".repeat(19)}元`)).toEqual([`long ${"1".repeat(19)}`]);
    expect(nums(`${"1".repeat(18)}元`)).toEqual([
      `amount ${"1".repeat(18)}元 =${"1".repeat(18)}元`,
    ]);
  });
});

describe("scan: breaks and template residue", () => {
  it("breaks clauses, colons, semicolons, sentences and paragraphs", () => {
    expect(tokens("甲，乙,丙、丁：戊:己；庚;辛。壬！癸？子!丑?寅。\n卯")).toEqual([
      "clause",
      "clause",
      "clause",
      "colon",
      "colon",
      "semi",
      "semi",
      "sentence",
      "sentence",
      "sentence",
      "sentence",
      "sentence",
      "sentence",
      "para",
    ]);
  });

  it("finds XX, ×××, …… and .. runs, but not one X, an X in a Latin word, or one point", () => {
    expect(tokens("甲XX万元，乙xx，丙××，丁ＸＸ，戊…，己……，庚..，辛X，MAXX，XXL，壬.")).toEqual([
      "residue XX",
      "clause",
      "residue xx",
      "clause",
      "residue ××",
      "clause",
      "residue ＸＸ",
      "clause",
      "residue …",
      "clause",
      "residue ……",
      "clause",
      "residue ..",
      "clause",
      "clause",
      "clause",
      "clause",
    ]);
  });

  it("takes a bracket with an instruction for one residue, the residue inside it included", () => {
    expect(tokens("支出（请填写XX）万元")).toEqual(["residue (请填写XX)"]);
    expect(tokens("【此处填写】〔待定〕[补充说明]")).toEqual([
      "residue 【此处填写】",
      "residue 〔待定〕",
      "residue [补充说明]",
    ]);
    // the figures inside stay, after the bracket
    expect(tokens("（请输入12万元）")).toEqual(["residue (请输入12万元)", "amount 12万元 =12万元"]);
    // no instruction, mismatched brackets, a bracket of more than 40 characters: no residue
    expect(tokens("（含）（请说明】")).toEqual([]);
    expect(tokens(`（请${"甲".repeat(39)}）`)).toEqual([]);
    expect(tokens(`（请${"甲".repeat(38)}）`)).toEqual([`residue (请${"甲".repeat(38)})`]);
    // a break between the brackets closes nothing
    expect(tokens("（请，填写）")).toEqual(["clause"]);
  });
});
