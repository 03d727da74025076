/**
 * One list of characters that print nothing (src/narrative/invisible.ts), read the same by both
 * readers of a 情况说明: the 部门预算 reader (`compact`, then its claims) and the 决算 reader
 * (`visibleLine`) drop every one of them, inside a figure's digits and inside a word, and read
 * every other space as a plain one.
 */
import { describe, expect, it } from "vitest";
import { printedOffsets, visibleLine } from "../src/final/narrative/visible";
import { extractClaims } from "../src/narrative/extract";
import { INVISIBLE, OTHER_SPACES } from "../src/narrative/invisible";
import { amounts } from "../src/narrative/test-support";
import { compact } from "../src/narrative/text";

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
const PLAIN = "2025年部门收入预算总计1,234.56万元，比上年增加12.00万元。";
/** `PLAIN` with `ch` inside the figure's digits and inside the word 收入. */
const marked = (ch: string) =>
  `2025年部门收${ch}入预算总计1,2${ch}34.56万元，比上年增加12.00万元。`;

describe("characters that print nothing", () => {
  it("the list holds ZWSP, ZWNJ, ZWJ, word joiner, BOM and soft hyphen", () => {
    expect(INVISIBLE.map(hex).sort()).toEqual(
      ["U+00AD", "U+200B", "U+200C", "U+200D", "U+2060", "U+FEFF"].sort(),
    );
  });

  it.each(INVISIBLE.map((c) => [hex(c), String.fromCharCode(c)]))(
    "the 部门预算 reader drops %s",
    (_, ch) => {
      expect(compact(marked(ch)).text).toBe(compact(PLAIN).text);
      const read = amounts(extractClaims(marked(ch), { year: 2025 }));
      expect(read).toEqual(amounts(extractClaims(PLAIN, { year: 2025 })));
      expect(read.join()).toContain("1234.56万元");
    },
  );

  it.each(INVISIBLE.map((c) => [hex(c), String.fromCharCode(c)]))(
    "the 决算 reader drops %s, and maps what it read back to the line",
    (_, ch) => {
      const line = marked(ch);
      expect(visibleLine(line)).toBe(PLAIN);
      const at = printedOffsets(line) ?? [];
      expect(at.length).toBe(PLAIN.length + 1);
      expect(at.map((i) => line.charAt(i)).join("")).toBe(PLAIN);
    },
  );
});

describe("spaces of another width or that do not break", () => {
  it.each(OTHER_SPACES.map((c) => [hex(c), String.fromCharCode(c)]))(
    "both readers read %s as a plain space",
    (_, sp) => {
      const line = `本年支出合计1,234.56${sp}万元。`;
      expect(visibleLine(line)).toBe("本年支出合计1,234.56 万元。");
      expect(compact(line).text).toBe(compact("本年支出合计1,234.56 万元。").text);
    },
  );
});
