import { describe, expect, it } from "vitest";
import { furnitureOf } from "./lines";

const HEADER = "上海市普陀区财政局2024年度部门决算";
const skipped = (lines: string[]) =>
  furnitureOf(lines).flatMap((s, k) => (s ? [`${k}:${lines[k]}`] : []));

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
