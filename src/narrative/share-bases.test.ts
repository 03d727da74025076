/**
 * A share whose whole the text names after 占 but does not print (`基本支出682.06万元，占本年支出
 * 合计的70.38%`, the 支出合计 stated in a table or not at all): the whole is kept as the share's
 * `base`, for the rule to take its figure from the tables. A whole the text prints is still the
 * printed claim; a whole of two measures (`收支`) or none is no base.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";
import { read } from "./test-support";

const BASIC = "amount spending|nature=basic 682.06万元 current budget equals [682.06万元]";

describe("a share of a whole named but not printed has that whole as its base", () => {
  it.each([
    ["占本年支出合计的70.38%", "spending"],
    ["占支出合计的70.38%", "spending"],
    ["占支出预算的70.38%", "spending"],
    ["占一般公共预算支出的70.38%", "spending|fund=gpb"],
    ["占财政拨款支出的70.38%", "spending|fund=government"],
    ["占支出总计的比重为70.38%", "spending.total"],
  ])("基本支出682.06万元，%s: of %s", (share, base) => {
    expect(read(`基本支出682.06万元，${share}。`)).toEqual({
      claims: [BASIC, `percent share spending|nature=basic 70.38 - p0 of ${base}`],
      unplaced: [],
    });
  });

  it.each([
    ["占支出总额的70.38%", "spending"],
    ["占总支出的70.38%", "spending"],
    ["占全部支出的70.38%", "spending"],
  ])("基本支出682.06万元，%s: of %s, or of 支出总计 (the name says not which)", (share, base) => {
    const r = extractClaims(`基本支出682.06万元，${share}。`, { year: 2024 });
    const c = r.claims[1];
    expect(c?.kind === "percent" && [c.base, c.alsoBase]).toEqual([
      { concept: base, coords: {} },
      { concept: "spending.total", coords: {} },
    ]);
  });

  it.each(["2024年支出总额968.00万元。", "2024年收入总额968.00万元，比上年增加10.00万元。"])(
    "%s: 总额 names no figure (本年 or with the carry-overs?)",
    (text) => {
      expect(read(text).claims).toEqual([]);
    },
  );

  it("of the 三公 and its items (fund-free measures take no fund)", () => {
    expect(
      read("一般公共预算支出中，公务接待费2.50万元，占“三公”经费的38.46%。").claims.at(-1),
    ).toBe("percent share sanGong|item=reception 38.46 - p0 of sanGong");
  });

  it("分别占 a named whole: each share of its own part", () => {
    const text = "基本支出、项目支出分别为682.06万元、287.00万元，分别占支出合计的70.38%、29.62%。";
    expect(read(text).claims.slice(2)).toEqual([
      "percent share spending|nature=basic 70.38 - p0 of spending",
      "percent share spending|nature=project 29.62 - p1 of spending",
    ]);
  });

  it("a whole the text prints is the printed claim, not a base", () => {
    const text = "支出合计969.06万元。基本支出682.06万元，占支出合计的70.38%。";
    expect(read(text).claims.at(-1)).toBe("percent share spending|nature=basic 70.38 - p1 w0");
  });

  it.each([
    // 收支 names revenue and spending: which one is the whole is not said
    "基本支出682.06万元，占收支预算的70.38%。",
    // no measure after 占 and nothing printed before: no whole at all
    "基本支出682.06万元，占比70.38%。",
  ])("%s: no base, the share is unplaced", (text) => {
    expect(read(text)).toEqual({
      claims: [BASIC],
      unplaced: [`no-base false [70.38%] in [${text}]`],
    });
  });
});
