import { describe, expect, it } from "vitest";
import { functional2024 } from "../catalog/2024";
import { extractClaims } from "./extract";
import { amounts, changes } from "./test-support";

const placed = (text: string) => amounts(extractClaims(text, { year: 2024 }));

describe("extractClaims: a label's colon (`收入总计：969.06万元`) is no break before its figure", () => {
  it.each([
    ["收入总计：969.06万元。", ["revenue.total = 969.06万元"]],
    ["收入总计: 969.06 万元。", ["revenue.total = 969.06万元"]],
    ["（一）因公出国（境）费：0万元。", ["sanGong|item=abroad = 0万元"]],
    [
      "1.因公出国（境）费：0万元；2.公务用车购置及运行费：4.00万元；3.公务接待费：2.50万元。",
      [
        "sanGong|item=abroad = 0万元",
        "sanGong|item=vehicles = 4.00万元",
        "sanGong|item=reception = 2.50万元",
      ],
    ],
    ["“三公”经费预算：6.50万元。", ["sanGong = 6.50万元"]],
    ["机构运转经费：49.68万元。", ["operatingCost = 49.68万元"]],
    [
      "基本支出：682.06万元；项目支出：287.00万元。",
      ["spending|nature=basic = 682.06万元", "spending|nature=project = 287.00万元"],
    ],
    ["政府采购预算：0万元。", ["procurement = 0万元"]],
  ])("%s", (text, expected) => {
    expect(placed(text)).toEqual(expected);
  });

  it("the change after the label's figure is the label's", () => {
    expect(
      changes(extractClaims("公务接待费：2.50万元，比上年减少1.00万元。", { year: 2024 })),
    ).toEqual(["sanGong|item=reception down -1.00"]);
  });

  it("a 科目 printed with its level before the colon is the figure's", () => {
    const r = extractClaims("社会保障和就业支出（类）：73.69万元。", {
      year: 2024,
      catalog: functional2024,
    });
    expect(r.claims.map((c) => (c.kind === "amount" ? c.path?.code : undefined))).toEqual(["208"]);
  });

  it.each([
    ["一般公共服务支出：635.07万元。", "201"],
    ["其中，卫生健康支出：47.28万元。", "210"],
    ["住房保障支出预算：53.02万元。", "221"],
  ])("a 科目 named alone before the colon is the figure's: %s", (text, code) => {
    const r = extractClaims(text, { year: 2024, catalog: functional2024 });
    expect(r.claims.map((c) => (c.kind === "amount" ? c.path?.code : undefined))).toEqual([code]);
  });

  it.each([
    // a list opened by the colon: the words after it name the figures
    [
      "“三公”经费6.50万元，其中：公务接待费2.50万元。",
      ["sanGong = 6.50万元", "sanGong|item=reception = 2.50万元"],
    ],
    [
      "2024年基本支出、项目支出分别为：682.06万元、287.00万元。",
      ["spending|nature=basic = 682.06万元", "spending|nature=project = 287.00万元"],
    ],
    // a colon after the figure of its clause: a list of its parts follows
    [
      "“三公”经费6.50万元：公务接待费2.50万元。",
      ["sanGong = 6.50万元", "sanGong|item=reception = 2.50万元"],
    ],
  ])(
    "a colon before words, or after the clause's figure, is still a break: %s",
    (text, expected) => {
      expect(placed(text)).toEqual(expected);
    },
  );

  it("a colon after words that name nothing leaves the figure unplaced (`具体情况如下：`)", () => {
    expect(placed("具体情况如下：969.06万元。")).toEqual([]);
  });
});
