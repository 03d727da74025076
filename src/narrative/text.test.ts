/**
 * The compact text the reader scans (text.ts): what is removed, what is made ASCII, where a line
 * break stays a paragraph end and where a wrapped line is joined, and the list markers. Expected
 * values by hand from the characters of each input.
 */
import { describe, expect, it } from "vitest";
import { compact, markerAt } from "./text";

const text = (s: string) => compact(s).text;

describe("markerAt: list and heading markers", () => {
  it.each([
    ["一、", true],
    ["十二、", true],
    ["一二三、", true],
    ["一二三四、", false],
    ["一，", false],
    ["(1)", true],
    ["（一）", true],
    ["（十二）", true],
    ["(123)", true],
    ["(1234)", false],
    ["（１）", true],
    ["()", false],
    ["(a)", false],
    ["(1", false],
    ["1.", true],
    ["1、", true],
    ["12.", true],
    ["１．", true],
    ["123.", false],
    ["1.5", false],
    ["1、2", false],
    ["1", false],
    ["1)", false],
    ["第二部分", true],
    ["第十章", true],
    ["第三节", true],
    ["第一二三部分", true],
    ["第一二三四部分", false],
    ["第部分", false],
    ["第二项", false],
    ["第二", false],
    ["a", false],
    ["", false],
  ])("%s → %s", (s, expected) => {
    expect(markerAt(s, 0)).toBe(expected);
    // the same marker after other text, read at its own offset
    expect(markerAt(`支出。${s}`, 3)).toBe(expected);
  });
});

describe("compact: characters", () => {
  it("removes every quotation mark and marks the character after it as quoted", () => {
    const quotes = ["“", "”", "‘", "’", '"', "'", "「", "」", "『", "』"];
    for (const q of quotes) {
      const c = compact(`${q}三公${q}经费`);
      expect([q, c.text]).toEqual([q, "三公经费"]);
      expect([q, ...c.quoted.subarray(0, 4)]).toEqual([q, 1, 0, 1, 0]);
    }
    // brackets and book titles are not quotation marks
    expect(text("《预算法》【请填写】")).toBe("《预算法》【请填写】");
  });

  it("removes spaces (ASCII, tab, CR, form feed, ideographic, no-break) and keeps the offsets", () => {
    const c = compact("a b\tc\rd\u3000e\u00a0f\u000cg");
    expect(c.text).toBe("abcdefg");
    expect([...c.at.subarray(0, 8)]).toEqual([0, 2, 4, 6, 8, 10, 12, 13]);
    expect(c.length).toBe(13);
    // a vertical tab is no space the reader knows
    expect(text("a\u000bb")).toBe("a\u000bb");
  });

  it("makes full-width digits, point, percent signs, brackets and minus signs ASCII", () => {
    expect(text("０１２３４５６７８９")).toBe("0123456789");
    // two figures apart stay apart (a cell's break between them)
    expect(text("１２．５０％ ３﹪")).toBe("12.50%\t3%");
    expect(text("（项）－１−２")).toBe("(项)-1-2");
    // the characters either side of the full-width digits stay as printed
    expect(text("／：")).toBe("／：");
  });
});

describe("compact: line breaks", () => {
  it("keeps a break after a sentence end, 。；;：:！？!? alike", () => {
    for (const end of ["。", "；", ";", "：", ":", "！", "？", "!", "?"]) {
      const line = `支出合计969.06万元，比上年增加134.22万元，增长16.08%，主要是人员增加${end}`;
      expect(text(`${line}\n下一段文字，继续说明`)).toBe(`${line}\n下一段文字，继续说明`);
    }
  });

  it("joins a wrapped line (long, with punctuation, no sentence end, no marker after)", () => {
    const wrapped = "支出合计969.06万元，比上年增加134.22万元，增长16.08%，主要原因是人员\n增加。";
    expect(text(wrapped)).toBe(wrapped.replace("\n", ""));
    // a short line with punctuation is no title either
    expect(text("收入，\n支出。")).toBe("收入，支出。");
  });

  it("keeps a break after a title: a line of at most 30 characters without punctuation", () => {
    const title30 = "一".repeat(30);
    const title31 = "一".repeat(31);
    expect(text(`${title30}\n支出。`)).toBe(`${title30}\n支出。`);
    expect(text(`${title31}\n支出。`)).toBe(`${title31}支出。`);
  });

  it("keeps a break before a line that starts with a marker, and after a heading line", () => {
    const long = "支出合计969.06万元，比上年增加134.22万元，增长16.08%，主要原因是人员";
    expect(text(`${long}\n二、支出。`)).toBe(`${long}\n二、支出。`);
    expect(text(`一、收入支出预算总体情况，${long}\n增加。`)).toBe(
      `一、收入支出预算总体情况，${long}\n增加。`,
    );
  });

  it("in a text a PDF wrapped, a full line is a wrapped one: numbered, or without punctuation", () => {
    // eight lines, most as wide as the page (20 full-width characters)
    const page = [
      "（一）因公出国（境）费0万元，主要用于单位工作人",
      "员公务出国（境）的住宿费、旅费等支出。预算数比20",
      "23年减少1.00万元。",
      "（二）公务接待费2.50万元主要用于按规定开支的各类",
      "公务接待支出，预算数与2023年保持一致。",
      "三、机关运行经费预算",
      "本单位机关运行经费当年一般公共预算拨款27.50万",
      "元，比上年增加1.00万元，主要原因是人员增加。",
    ];
    expect(text(page.join("\n"))).toBe(
      [
        "(一)因公出国(境)费0万元，主要用于单位工作人员公务出国(境)的住宿费、旅费等支出。预算数比2023年减少1.00万元。",
        "(二)公务接待费2.50万元主要用于按规定开支的各类公务接待支出，预算数与2023年保持一致。",
        "三、机关运行经费预算",
        "本单位机关运行经费当年一般公共预算拨款27.50万元，比上年增加1.00万元，主要原因是人员增加。",
      ].join("\n"),
    );
  });

  it("splits headings and numbered items run into a line after a sentence or a colon, and a heading's text", () => {
    expect(
      text(
        "收入预算969.06万元。二、收入预算情况说明本单位收入预算969.06万元，全部为财政拨款。主要内容如下：1.“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”500.00万元。2.“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）”469.06万元。",
      ),
    ).toBe(
      [
        "收入预算969.06万元。",
        "二、收入预算情况说明",
        "本单位收入预算969.06万元，全部为财政拨款。主要内容如下：",
        "1.一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)500.00万元。",
        "2.一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)一般行政管理事务(项)469.06万元。",
      ].join("\n"),
    );
    // a list within a sentence (its items name no 项), a sum, a heading's last words, a comma
    expect(text("其中：1.基本支出682.06万元；2.项目支出287.00万元。")).toBe(
      "其中：1.基本支出682.06万元；2.项目支出287.00万元。",
    );
    expect(text("其中：1.5万元用于办公，2.办公费。")).toBe("其中：1.5万元用于办公，2.办公费。");
    expect(text("三、本单位部门预算其他相关情况说明及有关名词解释表")).toBe(
      "三、本单位部门预算其他相关情况说明及有关名词解释表",
    );
    expect(text("五、一般公共预算支出情况说明，如下")).toBe("五、一般公共预算支出情况说明，如下");
  });

  it("passes over a page's number between lines, with the blank lines around it", () => {
    const head = "支出合计969.06万元，其中基本支出\n\n- 3 -\n\n";
    const c = compact(`${head}682.06万元。\n第4页\n二、支出。`);
    expect(c.text).toBe("支出合计969.06万元，其中基本支出682.06万元。\n二、支出。");
    // the offsets still point into the input
    expect(c.at[c.text.indexOf("682")]).toBe(head.length);
  });

  it("keeps a break at a blank line, once, and none before the first character", () => {
    const long = "支出合计969.06万元，比上年增加134.22万元，增长16.08%，主要原因是人员";
    expect(text(`${long}\n\n增加`)).toBe(`${long}\n增加`);
    expect(text(`\n\n  \n一、收入。\n\n\n二、支出。`)).toBe("一、收入。\n二、支出。");
    const c = compact("甲。\n乙");
    expect([...c.at.subarray(0, 4)]).toEqual([0, 1, 3, 3]);
  });

  it("decodes a text longer than one chunk whole", () => {
    const long = `${"一".repeat(8191)}二${"三".repeat(9000)}`;
    expect(text(long)).toBe(long);
  });

  it("counts one step a character", () => {
    const steps = { n: 0 };
    compact("一、收入。\n二、支出。", steps);
    expect(steps.n).toBe(11);
  });
});

describe("a figure's unit on the line after its digits", () => {
  it.each([
    [
      "2024年收入总计969.06\n— 3 —\n万元，比上年增加134.22万元。",
      "2024年收入总计969.06万元，比上年增加134.22万元。",
    ],
    ["2024年收入总计969.06\n\n- 3 -\n\n万元。", "2024年收入总计969.06万元。"],
    ["基本支出占比70.38\n%。", "基本支出占比70.38%。"],
    ["一、收入预算1,234\n亿元。", "一、收入预算1,234亿元。"],
  ])("%j joins it (a short line is no title then)", (input, joined) => {
    expect(text(input)).toBe(joined);
  });

  it("a line ending in a year or a number without its unit after it still ends as before", () => {
    expect(text("2024年部门预算\n一、收入969.06万元。")).toBe(
      "2024年部门预算\n一、收入969.06万元。",
    );
    expect(text("单位数量3\n二、项目")).toBe("单位数量3\n二、项目");
  });
});
