import { describe, expect, it } from "vitest";
import { furnitureOf, isPageMark, layoutOf } from "./lines";

const HEADER = "上海市普陀区财政局2024年度部门决算";
const skipped = (lines: string[]) =>
  furnitureOf(lines).flatMap((s, k) => (s ? [`${k}:${lines[k]}`] : []));
/** The lines passed over, with the layout the lines tell. */
const skippedWith = (lines: string[]) =>
  furnitureOf(lines, layoutOf(lines)).flatMap((s, k) => (s ? [`${k}:${lines[k]}`] : []));

describe("a page's furniture: its number and a running header, blank lines around", () => {
  it("passes over a header repeated next to page numbers, with the blanks around them", () => {
    const lines = ["甲乙丙", "", "- 1 -", "", HEADER, "", "丁戊己", "- 2 -", HEADER, "庚辛"];
    expect(skipped(lines)).toEqual([
      "1:",
      "2:- 1 -",
      "3:",
      `4:${HEADER}`,
      "5:",
      "7:- 2 -",
      `8:${HEADER}`,
    ]);
  });

  it("passes over a header that opens with the year (no list number)", () => {
    const year = "2024年度部门决算公开";
    expect(skipped(["甲乙丙", "- 1 -", year, "丁戊己", "- 2 -", year, "庚辛"])).toEqual([
      "1:- 1 -",
      `2:${year}`,
      "4:- 2 -",
      `5:${year}`,
    ]);
  });

  it("keeps a line printed once, or repeated away from page numbers (a narrow page's words)", () => {
    expect(skipped(["- 1 -", HEADER, "甲乙丙"])).toEqual(["0:- 1 -"]);
    const body = "一般公共预算财政拨款支出决算";
    expect(skipped([body, "甲", body, "乙", "- 1 -", "丙", body])).toEqual(["4:- 1 -"]);
  });

  it("keeps a sentence, a heading or a numbered line however often it repeats by a page number", () => {
    for (const line of [
      "2024年度部门决算，说明如下",
      "部门决算情况说明",
      "（一）政府采购预算",
      "1.部门预算公开",
      "2024.部门预算公开",
      "20241年部门预算公开",
      "三、部门预算公开",
    ]) {
      const lines = ["- 1 -", line, "甲", "- 2 -", line, "乙"];
      expect(skipped(lines)).toEqual(["0:- 1 -", "3:- 2 -"]);
    }
  });
});

describe("a page's number in the shapes printers give it", () => {
  it.each([
    "3 / 20",
    "第3页/共20页",
    "第3页，共20页",
    "共20页 第3页",
    "·3·",
    "• 3 •",
    "―3―",
    "‒ 3 ‒",
    "﹣3﹣",
    "Page 3",
    "page 3 of 20",
  ])("%s is one", (line) => {
    expect(isPageMark(line)).toBe(true);
  });

  it.each(["共20页", "第3页共", "3 /", "Page 3 of", "page", "3 / 2024年", "· ·", "3页", "（3）"])(
    "%s is none",
    (line) => {
      expect(isPageMark(line)).toBe(false);
    },
  );
});

describe("a running header printed once, inside a paragraph", () => {
  const FULL = "中共洛阳市涧西区委办公室2024年一般公共预算支出预算为969.06万元，比上";
  const HEAD = "中共洛阳市涧西区委办公室2024年部门预算";
  /** A page of full lines, the header after line `at`. */
  const page = (at: number, header = HEAD, before = FULL) => {
    const lines = Array.from({ length: 10 }, () => FULL);
    lines[at] = before;
    lines.splice(at + 1, 0, header);
    return lines;
  };
  const layout = (lines: string[]) => layoutOf(lines);

  it("is passed over between two lines of a sentence (or after a page's number)", () => {
    const lines = page(4);
    expect(furnitureOf(lines, layout(lines))[5]).toBe(true);
    const marked = [...lines.slice(0, 5), "", "— 3 —", "", ...lines.slice(5)];
    expect(skippedWith(marked)).toEqual(["5:", "6:— 3 —", "7:", `8:${HEAD}`]);
    // in its usual shapes: `2024年度部门预算公开`, `…2024年部门决算`
    for (const h of ["2024年度部门预算公开", "某某区财政局2024年度部门决算"])
      expect(furnitureOf(page(4, h), layout(page(4, h)))[5]).toBe(true);
  });

  it("is kept without a page's width (a few lines), as wide as the page, or after a sentence's end", () => {
    expect(
      furnitureOf(["甲乙丙，", HEAD, "丁戊己。"], layoutOf(["甲乙丙，", HEAD, "丁戊己。"])),
    ).toEqual([false, false, false]);
    // a wrapped line of the text: as wide as the page (`…2024年一般公共预算收支预算` / `969.06万元。`)
    const wide = "中共洛阳市涧西区委办公室2024年一般公共预算收支预算财政拨款预算";
    expect(furnitureOf(page(4, wide), layout(page(4, wide)))[5]).toBe(false);
    // after a sentence's end in a text without indents: a title may open the next paragraph
    const ended = page(4, HEAD, `${FULL.slice(0, -3)}万元。`);
    expect(furnitureOf(ended, layout(ended))[5]).toBe(false);
    // no year, or no document's word at its end: a line of the text
    for (const h of ["中共洛阳市涧西区委办公室部门预算", "2024年部门预算收入"])
      expect(furnitureOf(page(4, h), layout(page(4, h)))[5]).toBe(false);
    // the last line: nothing goes on after it
    const last = [...page(9)];
    expect(furnitureOf(last, layout(last))[10]).toBe(false);
  });
});
