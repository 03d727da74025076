/**
 * A 其中 within a 其中 list (`其中：基本支出…，其中人员经费…`): a sibling of the part that opened the
 * inner list (`；项目支出…`) is a part of the outer whole again, its share of that whole.
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

const HEAD = "2024年支出合计969.06万元，其中：基本支出682.06万元，占70.38%";
const shares = (text: string) => read(text).claims.filter((c) => c.startsWith("percent"));

describe("a sibling after an inner 其中 list has the outer whole", () => {
  it.each([
    `${HEAD}，其中人员经费630.38万元、公用经费51.68万元；项目支出287.00万元，占29.62%。`,
    `${HEAD}（其中人员经费630.38万元，公用经费51.68万元）；项目支出287.00万元，占29.62%。`,
    `${HEAD}，含人员经费630.38万元；项目支出287.00万元，占29.62%。`,
    `${HEAD}，包括人员经费630.38万元和公用经费51.68万元，项目支出287.00万元，占29.62%。`,
    `${HEAD}（含人员经费630.38万元），项目支出287.00万元，占比29.62%。`,
  ])("项目支出's share is of 支出合计: %s", (text) => {
    const all = shares(text);
    expect(all[0]).toBe("percent share spending|nature=basic 70.38 - p1 w0");
    expect(all.at(-1)).toMatch(/^percent share spending\|nature=project 29\.62 - p\d+ w0$/u);
  });

  it("the inner list's parts keep their own whole", () => {
    expect(
      shares(
        `${HEAD}，其中人员经费630.38万元，占92.42%；公用经费51.68万元，占7.58%；项目支出287.00万元，占29.62%。`,
      ),
    ).toEqual([
      "percent share spending|nature=basic 70.38 - p1 w0",
      "percent share spending|nature=basic.personnel 92.42 - p3 w1",
      "percent share spending|nature=basic.public 7.58 - p5 w1",
      "percent share spending|nature=project 29.62 - p7 w0",
    ]);
  });

  it("a fund within the inner list's fund keeps the inner whole; a sibling fund has the outer", () => {
    expect(
      shares(
        "2024年收入预算1,212.12万元，其中：财政拨款收入950.12万元，占78.38%，其中：一般公共预算拨款收入950.12万元，占100%；事业收入262.00万元，占21.62%。",
      ),
    ).toEqual([
      "percent share revenue|fund=government 78.38 - p1 w0",
      "percent share revenue|fund=gpb 100 - p3 w1",
      "percent share revenue|fund=business 21.62 - p5 w0",
    ]);
  });

  it("a 三公 item within the inner list's item keeps the inner whole", () => {
    expect(
      shares(
        "2024年“三公”经费支出预算6.50万元，其中：公务用车购置及运行费4.00万元，其中：公务用车购置费0万元，公务用车运行维护费4.00万元，占100%。",
      ),
    ).toEqual(["percent share sanGong|item=vehicles.operation 100 - p3 w1"]);
  });
});
