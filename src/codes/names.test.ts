import { describe, expect, it } from "vitest";
import { namesMatch, normalizeName } from "./names";

describe("namesMatch", () => {
  it.each([
    ["因公出国（境）费用", "因公出国(境)费用"],
    ["其它支出", "其他支出"],
    ["机关事业单位基本养老保险\n缴费支出", "机关事业单位基本养老保险缴费支出"],
    ["行政 运行", "行政运行"],
    ["\u3000行政运行\u3000", "行政运行"],
    ["一、一般公共服务支出", "一般公共服务支出"],
    ["（十）卫生健康支出", "卫生健康支出"],
    ["十九、援助其他地区支出", "援助其他地区支出"],
    ["“三公”经费", "三公经费"],
    ['"三公"经费', "三公经费"],
    ["因公出国【境】费用", "因公出国(境)费用"],
    ["ＰＰＰ项目", "PPP项目"],
    ["公务接待费、", "公务接待费"],
  ])("%j matches %j", (a, b) => {
    expect(namesMatch(a, b)).toBe(true);
    expect(namesMatch(b, a)).toBe(true);
  });

  it.each([
    ["公务接待费", "公务用车运行维护费"],
    ["行政运行", "一般行政管理事务"],
    ["其他支出", "其他交通费用"],
    ["行政单位医疗", "事业单位医疗"],
    ["因公出国(境)费用", "因公出国费用"],
  ])("%j does not match %j", (a, b) => {
    expect(namesMatch(a, b)).toBe(false);
  });
});

describe("normalizeName", () => {
  it("unifies brackets to half-width and removes whitespace", () => {
    expect(normalizeName(" 因公出国（境）费用 ")).toBe("因公出国(境)费用");
    expect(normalizeName("机关事业单位基本养老保险\r\n缴费支出")).toBe(
      "机关事业单位基本养老保险缴费支出",
    );
  });

  it("strips one leading list ordinal and edge punctuation", () => {
    expect(normalizeName("（四）其它 支出、")).toBe("其他支出");
    expect(normalizeName("二十、自然资源海洋气象等支出")).toBe("自然资源海洋气象等支出");
    expect(normalizeName("（1）办公费")).toBe("办公费");
    expect(normalizeName("其中：财政拨款")).toBe("财政拨款");
  });

  it("keeps a name that merely starts with a numeral", () => {
    expect(normalizeName("一般公共服务支出")).toBe("一般公共服务支出");
    expect(normalizeName("2024年机关运行经费")).toBe("2024年机关运行经费");
  });

  it("keeps brackets inside the name", () => {
    expect(normalizeName("公务用车购置及运行费（含公务交通补贴）")).toBe(
      "公务用车购置及运行费(含公务交通补贴)",
    );
  });
});
