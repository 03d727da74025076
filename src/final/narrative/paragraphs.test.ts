import { describe, expect, it } from "vitest";
import { isPageMark, layoutOf } from "../../narrative/lines";
import { figureWrap, inlineBreaks, paragraphsOf } from "./paragraphs";

/** A paragraph wrapped every `width` columns (a CJK character is two), as a PDF's text layer. */
function wrapped(paragraph: string, width: number, indent = ""): string[] {
  const lines: string[] = [];
  let line = indent;
  let used = indent.length * 2;
  for (const c of paragraph) {
    const w = c.charCodeAt(0) < 0x2e80 ? 1 : 2;
    if (used + w > width) {
      lines.push(line);
      line = "";
      used = 0;
    }
    line += c;
    used += w;
  }
  if (line !== "") lines.push(line);
  return lines;
}

const ONE =
  "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.20万元，占0.21%。";
const TWO =
  "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。决算数小于预算数的主要原因：人员变动。";
const THREE = "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。";

/** A long paragraph with no sentence's end but its last: a page of lines to tell the layout by. */
const FILL = `一般公共预算财政拨款支出${"，一般公共预算财政拨款支出".repeat(40)}。`;
/** How wide a line prints (a CJK character is two columns). */
const widthOf = (line: string): number =>
  [...line].reduce((w, c) => w + (c.charCodeAt(0) < 0x2e80 ? 1 : 2), 0);
/** `lines` after a page of {@link FILL} as wide as `line`, indented or not. */
const onPage = (line: string, lines: readonly string[], indent = ""): string[] => [
  ...wrapped(FILL, widthOf(line), indent),
  ...lines,
];

describe("figureWrap: a break inside a figure", () => {
  it.each([
    ["支出决算为2995.", "39万元，"],
    ["支出决算为2995", ".39万元，"],
    ["支出决算为29", "95.39万元，"],
    ["支出决算为29", "95.39 万元，"],
    ["完成年初预算的98.20", "%。"],
    ["支出决算为2995.39", "万元，"],
    ["支出决算为2995.39万", "元，"],
    ["增长1.4个百分", "点。"],
    ["增长1.4个", "百分点。"],
    ["占百分", "之12.5。"],
    ["截至2024", "年12月31日"],
  ])("%s | %s", (a, b) => {
    expect(figureWrap(a, b)).toBe(true);
  });

  it.each([
    ["附表1", "2024年度收入支出决算总表"],
    ["见第3.", "项目支出情况"],
    ["支出决算为2995万元。", "39万元"],
    ["下降", "%"],
    ["共有车辆2", "辆"],
    ["1.", "2024年度收入支出总计"],
    // a figure with its two decimals is whole: the next line's digits are another cell's
    ["合计969.06", "682.06万元"],
    ["合计969.06", "682.06 万元"],
  ])("not %s | %s", (a, b) => {
    expect(figureWrap(a, b)).toBe(false);
  });
});

describe("paragraphsOf", () => {
  it("keeps two cells of a table the page put on two lines apart when it joins them", () => {
    const first = "一般公共预算财政拨款支出决算合计2940.05";
    for (const [next, joined] of [
      ["100.00万元，其他。", `${first} 100.00万元，其他。`],
      ["12.00 6.20", `${first} 12.00 6.20`],
    ] as const) {
      const texts = paragraphsOf(onPage(first, [first, next])).texts;
      expect(texts.at(-1)).toBe(joined);
    }
    // a unit's figure then another's digits: apart; a number the page split: joined
    const unit = "一般公共预算财政拨款支出决算合计为万元";
    expect(
      paragraphsOf(onPage(unit, ["一般公共预算财政拨款支出决算合计2940.05万元", "12.00万元。"]))
        .texts,
    ).toContain("一般公共预算财政拨款支出决算合计2940.05万元 12.00万元。");
    expect(paragraphsOf(onPage(first, [first.slice(0, -4), "0.05万元。"])).texts.at(-1)).toBe(
      "一般公共预算财政拨款支出决算合计2940.05万元。",
    );
  });

  it("leaves a text of one paragraph a line as it is", () => {
    const lines = ["一、收入支出决算总体情况说明", ONE, "二、收入决算情况说明", TWO, THREE];
    expect(paragraphsOf(lines).texts).toEqual(lines);
  });

  it.each([13, 17, 23, 29, 37, 52])(
    "joins paragraphs a page wrapped every %i characters, headings apart",
    (chars) => {
      const width = chars * 2;
      const lines = [
        ...wrapped(FILL, width),
        ...wrapped("一、收入支出决算总体情况说明", width),
        ...wrapped(ONE, width),
        ...wrapped(TWO, width),
        ...wrapped("（一）机关运行经费支出情况", width),
        ...wrapped(THREE, width),
      ];
      const [fill, ...texts] = paragraphsOf(lines).texts;
      expect(fill).toBe(FILL);
      expect(texts.join("")).toBe(
        `一、收入支出决算总体情况说明${ONE}${TWO}（一）机关运行经费支出情况${THREE}`,
      );
      expect(texts).toContain("一、收入支出决算总体情况说明");
      expect(texts).toContain("（一）机关运行经费支出情况");
      // a paragraph is whole unless the page broke it right after a `。` or `；` (a text that
      // keeps no indents cannot tell that from a paragraph's end)
      for (const paragraph of [ONE, TWO, THREE]) {
        const cut = wrapped(paragraph, width)
          .slice(0, -1)
          .some((l) => l.endsWith("。") || l.endsWith("；"));
        expect(texts.includes(paragraph)).toBe(!cut);
      }
    },
  );

  it("where the text keeps indents, a line wrapped right after a sentence's end goes on", () => {
    // TWO's first sentence ends exactly at the end of a line
    const first =
      "　　一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。";
    const lines = onPage(
      first,
      [first, "决算数小于预算数的主要原因：人员变动。", `　　${THREE}`],
      "　　",
    );
    expect(layoutOf(lines).indents).toBe(true);
    expect(paragraphsOf(lines).texts).toEqual([FILL, TWO, THREE]);
  });

  it("where it keeps none, a full line ending a sentence ends its paragraph", () => {
    const own = [
      "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。",
      "决算数小于预算数的主要原因：人员变动。",
    ];
    expect(paragraphsOf(onPage(own[0] as string, own)).texts).toEqual([FILL, ...own]);
  });

  it("a numbered or headed line opens a paragraph", () => {
    const own = [
      "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，其中",
      "1、一般公共服务支出（类）财政事务（款）行政运行（项）。",
      "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，其中",
      "（二）政府采购支出情况",
      "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，其中",
      "①基本支出。",
    ];
    expect(paragraphsOf(onPage(own[0] as string, own)).texts).toEqual([FILL, ...own]);
  });

  it("an item's 科目 path as wide as the page goes on; a whole heading goes on only with its last words", () => {
    const item = "7、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单";
    expect(
      paragraphsOf(
        onPage(item, [item, "位职业年金缴费支出（项）。主要用于：在职人员的职业年金缴费。"]),
      ).texts,
    ).toEqual([
      FILL,
      "7、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）。主要用于：在职人员的职业年金缴费。",
    ]);
    const lines = onPage("五、一般公共预算财政拨款支出决算情况说", [
      "五、一般公共预算财政拨款支出决算情况说",
      "明",
      "本部门2024年度一般公共预算财政拨款支",
      "出2940.05万元，占本年支出合计的100%。",
      "（一）一般公共预算财政拨款支出决算情况",
      "一般公共预算财政拨款支出2940.05万元。",
    ]);
    expect(paragraphsOf(lines).texts).toEqual([
      FILL,
      "五、一般公共预算财政拨款支出决算情况说明",
      "本部门2024年度一般公共预算财政拨款支出2940.05万元，占本年支出合计的100%。",
      "（一）一般公共预算财政拨款支出决算情况",
      "一般公共预算财政拨款支出2940.05万元。",
    ]);
  });

  it("the lines each paragraph joins", () => {
    const fill = wrapped(FILL, 50);
    const one = wrapped(ONE, 50);
    const three = wrapped(THREE, 50);
    const p = paragraphsOf([...fill, "", ...one, "", ...three]);
    const f = fill.length;
    const n = one.length;
    expect(p.joined).toEqual([
      fill.map((_, k) => k),
      [f],
      one.map((_, k) => k + f + 1),
      [f + n + 1],
      three.map((_, k) => k + f + n + 2),
    ]);
    expect(p.texts).toEqual([FILL, "", ONE, "", THREE]);
  });
});

describe("a page's number between a paragraph's lines", () => {
  it.each([
    "3",
    "- 3 -",
    "— 12 —",
    "－3－",
    "3/20",
    "第3页",
    "第 3 页",
    "第3页 共20页",
    "  - 7 -  ",
  ])("%s is a page's number", (line) => {
    expect(isPageMark(line)).toBe(true);
  });

  it.each(["2024", "3万元", "第三部分", "第3项", "1.", "（3）", "-", "", "第3页说明"])(
    "%s is none",
    (line) => {
      expect(isPageMark(line)).toBe(false);
    },
  );

  it("is passed over, with the blank lines around it; the offsets keep to the joined lines", () => {
    const one = wrapped(ONE, 50);
    const lines = [...one.slice(0, 1), "", "- 3 -", "", ...one.slice(1), "三、支出决算情况说明"];
    const p = paragraphsOf(lines);
    expect(p.texts).toEqual([ONE, "三、支出决算情况说明"]);
    expect(p.joined[0]).toEqual([0, ...one.slice(1).map((_, k) => k + 4)]);
  });

  it("ends nothing it would not: a short line before it still ends its paragraph", () => {
    const lines = ["本年收入合计2946.25万元。", "3", "本年支出合计2940.05万元。"];
    expect(paragraphsOf(lines).texts).toEqual([lines[0], "", lines[2]]);
  });

  it("as the text's last line, is no part of its last paragraph", () => {
    const lines = onPage(THREE, [...wrapped(ONE, widthOf(THREE)), "- 12 -"]);
    const texts = paragraphsOf(lines).texts;
    expect(texts.slice(-2)).toEqual([ONE, ""]);
  });

  it("a running header printed once inside a paragraph is passed over too", () => {
    const one = wrapped(ONE, 60);
    for (const header of [
      ["上海市普陀区财政局2024年度部门决算"],
      ["- 3 -", "2024年度部门决算公开"],
    ]) {
      const lines = onPage(one[0] as string, [...one.slice(0, 1), ...header, ...one.slice(1)]);
      expect(paragraphsOf(lines).texts.at(-1)).toBe(ONE);
    }
  });

  it("is passed over without blank lines around it too (never joined as text)", () => {
    const one = wrapped(ONE, 50);
    const lines = [...one.slice(0, 1), "— 3 —", ...one.slice(1)];
    expect(paragraphsOf(lines).texts).toEqual([ONE]);
  });
});

describe("headings and numbered items run into one line", () => {
  it("are paragraphs of their own, a heading's text apart from it", () => {
    const line =
      "一、收入支出决算总体情况说明本部门2024年度收入支出总计2995.39万元。二、收入决算情况说明本年收入合计2946.25万元。" +
      "（三）一般公共预算财政拨款支出决算具体情况一般公共预算财政拨款支出年初预算为2993.92万元。其中：1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：办公。 2.教育支出（类）普通教育（款）小学教育（项）。";
    expect(paragraphsOf([line]).texts).toEqual([
      "一、收入支出决算总体情况说明",
      "本部门2024年度收入支出总计2995.39万元。",
      "二、收入决算情况说明",
      "本年收入合计2946.25万元。",
      "（三）一般公共预算财政拨款支出决算具体情况",
      "一般公共预算财政拨款支出年初预算为2993.92万元。其中：",
      "1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：办公。",
      "2.教育支出（类）普通教育（款）小学教育（项）。",
    ]);
  });

  it("a list within a sentence stays in its paragraph (its items name no 项)", () => {
    const line =
      "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：1、一般公共服务支出（类）2106.66万元，占71.73%；2、教育支出（类）833.39万元，占28.27%。";
    expect(paragraphsOf([line]).texts).toEqual([line]);
    expect(inlineBreaks("主要用于：1.事业单位人员支出；2.公用支出。3.其他支出。")).toEqual([]);
  });

  it.each([
    "支出决算为2995.39万元。1.5万元用于办公。",
    "其中：2024年度收入合计2946.25万元。",
    "占比为：百分之十。",
    "完成年初预算的98.20%。本年度无变化。",
    "（1）基本支出。",
  ])("none in %s", (line) => {
    expect(inlineBreaks(line)).toEqual([]);
  });

  it("a heading's words after punctuation are the text's, not the heading's", () => {
    expect(
      paragraphsOf(["1.机关运行经费支出情况：本部门机关运行经费支出情况良好。"]).texts,
    ).toEqual(["1.机关运行经费支出情况：", "本部门机关运行经费支出情况良好。"]);
  });

  it("the coverage's offsets follow the paragraphs into the line", () => {
    const p = paragraphsOf(["二、收入决算情况说明本年收入合计2946.25万元。"]);
    expect(p.from).toEqual([0, "二、收入决算情况说明".length]);
  });
});

describe("a running header with no page's number next to it", () => {
  const texts = (lines: readonly string[]) => paragraphsOf(lines).texts.filter((t) => t !== "");
  const page = wrapped(FILL, 60);

  it.each(["2024年度部门决算公开", "上海市普陀区财政局2024年度部门决算", "2024年部门预算"])(
    "is passed over where it repeats: %s",
    (header) => {
      const [a, b, ...rest] = wrapped(TWO, 60);
      const lines = [...page, a ?? "", header, b ?? "", ...rest, THREE, header, ONE];
      const joined = texts(lines);
      expect(joined.slice(-3)).toEqual([TWO, THREE, ONE]);
      expect(joined.some((t) => t.includes(header))).toBe(false);
    },
  );

  it.each([
    // printed once
    ["2024年度部门决算公开", 1],
    // no year, or not ending with the document's word, or a sentence
    ["本部门决算公开", 2],
    ["2024年度部门决算公开情况", 2],
    ["2024年度部门决算，公开", 2],
  ] as const)("is kept otherwise: %s × %i", (line, times) => {
    const lines = [
      ...page,
      "甲乙丙",
      ...Array.from({ length: times }, () => [line, "丁戊己"]).flat(),
    ];
    expect(texts(lines).some((t) => t.includes(line))).toBe(true);
  });
});
