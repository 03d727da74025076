/** What the words of a figure leave open about 上年结转: `also` (either reading) and `grant`. */
import { describe, expect, it } from "vitest";
import { factKey } from "../facts";
import { extractClaims } from "./extract";

const readings = (text: string) =>
  extractClaims(text, { year: 2024 }).claims.flatMap((c) =>
    c.kind === "amount"
      ? [
          `${factKey(c.subject.concept, c.subject.coords)}${c.also === undefined ? "" : ` or ${factKey(c.also.concept, c.also.coords)}`}${c.grant === true ? " grant" : ""}`,
        ]
      : [],
  );

describe("extractClaims: the readings a figure's words leave open", () => {
  it.each([
    ["部门收入预算950.00万元。", "revenue or revenue.total"],
    ["收入预算950.00万元。", "revenue or revenue.total"],
    ["单位预算收入950.00万元。", "revenue or revenue.total"],
    ["一般公共预算收入850.00万元。", "revenue|fund=gpb or revenue.total|fund=gpb"],
    ["财政拨款收入预算950.00万元。", "revenue|fund=government or revenue.total|fund=government"],
    ["收入总预算950.00万元。", "revenue.total or revenue"],
  ])("%s: %s", (text, reading) => {
    expect(readings(text)).toEqual([reading]);
  });

  it.each([
    ["本年收入900.00万元。", "revenue"],
    ["收入总计950.00万元。", "revenue.total"],
    ["一般公共预算当年拨款收入800.00万元。", "revenue|fund=gpb"],
    ["本年财政拨款收入900.00万元。", "revenue|fund=government"],
    ["上年结转50.00万元。", "revenue.carryover"],
  ])("%s: the words say which (%s)", (text, reading) => {
    expect(readings(text)).toEqual([reading]);
  });

  it.each([
    ["一般公共预算当年拨款支出800.00万元。", "spending|fund=gpb grant"],
    ["政府性基金预算当年拨款支出100.00万元。", "spending|fund=govFund grant"],
    ["本年财政拨款支出900.00万元。", "spending|fund=government grant"],
    ["本年度一般公共预算支出800.00万元。", "spending|fund=gpb grant"],
    [
      "一般公共预算当年拨款支出800.00万元，其中：基本支出450.00万元。",
      "spending|fund=gpb|nature=basic grant",
    ],
    [
      "五、一般公共预算当年拨款支出情况\n基本支出450.00万元。",
      "spending|fund=gpb|nature=basic grant",
    ],
    ["一般公共预算支出850.00万元。", "spending|fund=gpb"],
    [
      "五、一般公共预算当年拨款支出情况\n六、一般公共预算基本支出情况\n基本支出450.00万元。",
      "spending|fund=gpb|nature=basic",
    ],
  ])("%s: %s", (text, reading) => {
    expect(readings(text).at(-1)).toBe(reading);
  });

  it("`本年财政拨款` dates its figure this year's as `本年` alone does", () => {
    const [c] = extractClaims("2023年执行数为800.00万元，本年财政拨款支出900.00万元。", {
      year: 2024,
    }).claims.filter((c) => c.kind === "amount" && c.value.value === "900.00");
    expect(c?.kind === "amount" && c.period).toBe("current");
  });
});
