/**
 * A `分别` list followed by its own total (`…分别为630.38万元、51.68万元，合计682.06万元`): the total is
 * not one of the respective figures, so the list's figures still match its names and are placed in
 * order (DOMAIN §7: 630.38 + 51.68 = 682.06); the total itself names no measure and stays unplaced.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";
import { amounts, read } from "./test-support";

const PERSONNEL =
  "amount spending|nature=basic.personnel 630.38万元 current budget equals [630.38万元]";
const PUBLIC = "amount spending|nature=basic.public 51.68万元 current budget equals [51.68万元]";

describe("a total after a 分别 list does not count as one of its figures", () => {
  it("places the respective figures and leaves the total unplaced, whatever the total word", () => {
    const cases: readonly (readonly [string, string])[] = [
      ["、", "，合计"],
      ["，", "，共计"],
      [",", ",总计"],
      ["；", "；合计为"],
      ["、", "，二者合计"],
      ["、", "，两项合计："],
      ["，", "，合共"],
      ["、", "、小计"],
      ["；", "；两者共计"],
    ];
    for (const [sep, total] of cases) {
      const text = `人员经费、公用经费分别为630.38万元${sep}51.68万元${total}682.06万元。`;
      expect(read(text), text).toEqual({
        claims: [PERSONNEL, PUBLIC],
        unplaced: [`no-subject true [682.06万元] in [${text}]`],
      });
    }
  });

  it("does so for three names and 三项合计 (a 三公 sum: 5.00 + 3.00 + 1.00 = 9.00)", () => {
    const text =
      "因公出国（境）费、公务用车购置及运行费、公务接待费分别为5.00万元、3.00万元、1.00万元，三项合计9.00万元。";
    expect(read(text)).toEqual({
      claims: [
        "amount sanGong|item=abroad 5.00万元 current budget equals [5.00万元]",
        "amount sanGong|item=vehicles 3.00万元 current budget equals [3.00万元]",
        "amount sanGong|item=reception 1.00万元 current budget equals [1.00万元]",
      ],
      unplaced: [`no-subject true [9.00万元] in [${text}]`],
    });
  });

  it("leaves the list unplaced when its figures still do not match the names without the total", () => {
    // before: 682.06 (the total) was read as 公用经费's figure
    const one = "人员经费、公用经费分别为630.38万元，合计682.06万元。";
    expect(read(one)).toEqual({
      claims: [],
      unplaced: ["630.38万元", "682.06万元"].map((f) => `no-subject true [${f}] in [${one}]`),
    });
    const three = "人员经费、公用经费分别为630.38万元、51.68万元、10.00万元，共计692.06万元。";
    expect(read(three).claims).toEqual([]);
    const alone = "人员经费、公用经费分别为800.00万元。";
    expect(read(alone)).toEqual({
      claims: [],
      unplaced: [`no-subject true [800.00万元] in [${alone}]`],
    });
  });

  it("reads 合计 right after 分别 as no total (分别合计: each one's own sum)", () => {
    expect(read("基本支出、项目支出分别合计682.06万元、287.00万元。").claims).toEqual([
      "amount spending|nature=basic 682.06万元 current budget equals [682.06万元]",
      "amount spending|nature=project 287.00万元 current budget equals [287.00万元]",
    ]);
  });
});

describe("a lead-in naming the whole (`“三公”经费中，`) is no name of the 分别 list after it", () => {
  it.each([
    [
      "2024年“三公”经费中，因公出国（境）费、公务用车购置及运行费、公务接待费分别为0万元、4.00万元和2.50万元。",
      [
        "sanGong|item=abroad = 0万元",
        "sanGong|item=vehicles = 4.00万元",
        "sanGong|item=reception = 2.50万元",
      ],
    ],
    [
      "2024年基本支出中，人员经费、公用经费分别为630.38万元和51.68万元。",
      ["spending|nature=basic.personnel = 630.38万元", "spending|nature=basic.public = 51.68万元"],
    ],
    [
      "政府采购预算中，货物类、工程类、服务类分别为42.50万元、0万元、1,665.53万元。",
      [
        "procurement|category=货物 = 42.50万元",
        "procurement|category=工程 = 0万元",
        "procurement|category=服务 = 1665.53万元",
      ],
    ],
  ])("%s", (text, expected) => {
    expect(amounts(extractClaims(text, { year: 2024 }))).toEqual(expected);
  });

  it("names counted with the whole's still do not match the figures (`“三公”经费、公务接待费分别为…`)", () => {
    expect(
      amounts(
        extractClaims("“三公”经费、公务接待费、公务用车购置及运行费分别为6.50万元、2.50万元。", {
          year: 2024,
        }),
      ),
    ).toEqual([]);
  });
});
