import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { namesMatch, normalizeLabel, normalizeName } from "./names";

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
    ["八、社会保障和就业支出（类）", "社会保障和就业支出"],
    ["行政事业单位养老支出(款)", "行政事业单位养老支出"],
    ["行政运行 （ 项 ）", "行政运行"],
    ["住房公积金【项】", "住房公积金"],
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

  it("removes invisible format characters (zero-width space, soft hyphen, BOM, word joiner)", () => {
    expect(normalizeName("\ufeff行政\u200b运行\u00ad")).toBe("行政运行");
    expect(normalizeName("一般公共\u2060服务支出")).toBe("一般公共服务支出");
    expect(namesMatch("行政\u200b运行", "一般行政管理事务")).toBe(false);
  });

  it("strips one leading list ordinal and edge punctuation", () => {
    expect(normalizeName("（四）其它 支出、")).toBe("其他支出");
    expect(normalizeName("二十、自然资源海洋气象等支出")).toBe("自然资源海洋气象等支出");
    expect(normalizeName("（1）办公费")).toBe("办公费");
    expect(normalizeName("其中：财政拨款")).toBe("财政拨款");
  });

  it("strips a sub-item's number (`2.1、`, `2.1.`, `12.3、`), never a decimal starting a name", () => {
    expect(normalizeName("2.1、公务用车购置费")).toBe("公务用车购置费");
    expect(normalizeName("2.2. 公务用车运行费")).toBe("公务用车运行费");
    expect(normalizeName("12.3、办公费")).toBe("办公费");
    expect(normalizeLabel("2.1、公务用车购置费")).toBe("公务用车购置费");
    expect(normalizeName("1.5倍标准")).toBe("1.5倍标准");
    expect(normalizeName("2.5")).toBe("2.5");
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

describe("normalizeName and normalizeLabel: what printers vary", () => {
  it.each([
    ["1. 一般公共预算资金", "一般公共预算资金"],
    ["1．一般公共预算资金", "一般公共预算资金"],
    ["2、政府性基金", "政府性基金"],
    ["(3)国有资本经营预算", "国有资本经营预算"],
    ["3)国有资本经营预算", "国有资本经营预算"],
    ["①一般公共预算资金", "一般公共预算资金"],
    ["❷ 政府性基金", "政府性基金"],
    ["⑴ 事业收入", "事业收入"],
    ["⒈事业收入", "事业收入"],
    ["第三、其他收入", "其他收入"],
    ["（十二）城乡社区支出", "城乡社区支出"],
    ["其中：财政拨款", "财政拨款"],
    ["其中:财政拨款", "财政拨款"],
    ["其中 财政拨款", "财政拨款"],
    ["收入总计：", "收入总计"],
    ["合  计", "合计"],
    ["合\u3000计", "合计"],
    ["《因公出国（境）费》", "因公出国(境)费"],
    ["〖其它〗支出", "(其他)支出"],
  ])("normalizeName(%j) is %j", (printed, key) => {
    expect(normalizeName(printed)).toBe(key);
  });

  it.each([
    ["2024年“三公”经费预算数", "三公经费预算数"],
    ["2024年度机关运行经费预算数", "机关运行经费预算数"],
    ["预算数（万元）", "预算数"],
    ["金额(元)", "金额"],
    ["（单位：万元）金额", "金额"],
    ["1. 一般公共预算资金", "一般公共预算资金"],
  ])("normalizeLabel(%j) is %j", (printed, key) => {
    expect(normalizeLabel(printed)).toBe(key);
  });

  it("drops a trailing level mark from names, never from labels, and never a name's own brackets", () => {
    expect(normalizeName("社会保障和就业支出（类）")).toBe("社会保障和就业支出");
    expect(normalizeName("其他支出（款）（项）")).toBe("其他支出");
    expect(normalizeName("（类）")).toBe("(类)");
    expect(normalizeName("党委办公厅（室）及相关机构事务")).toBe("党委办公厅(室)及相关机构事务");
    expect(normalizeName("类款项")).toBe("类款项");
    expect(normalizeLabel("科目编码（类）")).toBe("科目编码(类)");
  });

  it.each([
    ["行政运行*", "行政运行"],
    ["行政运行＊", "行政运行"],
    ["※其他支出", "其他支出"],
    ["▲ 公务接待费", "公务接待费"],
    ["公务接待费（注2）", "公务接待费"],
    ["公务接待费(注)", "公务接待费"],
    ["公务接待费【注12】", "公务接待费"],
    ["其他支出①", "其他支出"],
    ["其他支出¹", "其他支出"],
    ["行政运行*（项）", "行政运行"],
    ["一、一般公共服务支出#", "一般公共服务支出"],
    ["其他支出①②", "其他支出"],
    ["其他支出¹²", "其他支出"],
    ["其他支出①*", "其他支出"],
    ["其他支出①、", "其他支出"],
  ])("drops a flag or note mark: normalizeName(%j) is %j", (printed, key) => {
    expect(normalizeName(printed)).toBe(key);
  });

  it("keeps what only looks like a note mark: a name's own numbers and brackets, a note alone", () => {
    expect(normalizeName("（注1）")).toBe("(注1)");
    expect(normalizeName("注1")).toBe("注1");
    expect(normalizeName("维修改造(1)")).toBe("维修改造(1)");
    expect(normalizeName("第2批注册资金")).toBe("第2批注册资金");
    expect(normalizeName("标注12")).toBe("标注12");
    expect(normalizeName("注释(1)")).toBe("注释(1)");
  });

  it("keeps what is part of a name: a decimal, a year inside a name, a numeral that starts a word", () => {
    expect(normalizeName("1.5倍标准")).toBe("1.5倍标准");
    expect(normalizeName("一般公共服务支出")).toBe("一般公共服务支出");
    expect(normalizeName("2024年机关运行经费")).toBe("2024年机关运行经费");
    expect(normalizeLabel("机关运行经费（2024年）")).toBe("机关运行经费(2024年)");
    expect(normalizeName("十九、援助其他地区支出")).toBe("援助其他地区支出");
  });

  it("reads 10⁵-character adversarial inputs (edge marks, spaces, ordinal runs) and keeps inner marks", () => {
    // A quadratic edge trim took ≈ 22 s on the first input; the trim is now two scans.
    const inputs = (n: number) => [
      `a${"、".repeat(n)}a`,
      `${" ".repeat(n)}x`,
      `${"一".repeat(n)}、x`,
      `${"1".repeat(n)}.x`,
      `a${"注1".repeat(n)}`,
      `a${"(注1)*".repeat(n)}`,
    ];
    for (const input of inputs(100_000)) expect(normalizeName(input).length).toBeGreaterThan(0);
    expect(normalizeName(`a${"、".repeat(100_000)}a`)).toBe(`a${"、".repeat(100_000)}a`);
  });
});

/** Names and labels as printed: CJK words with the characters printers vary between. */
const word = fc
  .array(fc.constantFrom(..."一般公共预算资金政府性基金支出合计财政拨款收入事业人员经费公用"), {
    minLength: 1,
    maxLength: 8,
  })
  .map((cs) => cs.join(""))
  .filter((w) => !/^[一二三四五六七八九十百零〇]/u.test(w) && !w.startsWith("其中"));

describe("normalizeLabel properties", () => {
  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        expect(normalizeLabel(normalizeLabel(s))).toBe(normalizeLabel(s));
        expect(normalizeName(normalizeName(s))).toBe(normalizeName(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("ignores spaces inside a word, full-width forms, numbering, 其中 and a trailing colon", () => {
    const numbering = fc.constantFrom(
      "",
      "一、",
      "（一）",
      "(1)",
      "1.",
      "1、",
      "①",
      "第二、",
      "十二、",
    );
    fc.assert(
      fc.property(
        word,
        numbering,
        fc.boolean(),
        fc.boolean(),
        fc.nat({ max: 10 }),
        (w, n, ofWhich, colon, at) => {
          const i = Math.min(at, w.length);
          const spaced = `${w.slice(0, i)} \u3000${w.slice(i)}`;
          const printed = `${n}${ofWhich ? "其中：" : ""}${spaced}${colon ? "：" : ""}`;
          expect(normalizeLabel(printed)).toBe(w);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("never returns whitespace, and never grows the text beyond its NFKC form", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const key = normalizeLabel(s);
        expect(/\s/u.test(key)).toBe(false);
        expect(key.length).toBeLessThanOrEqual(s.normalize("NFKC").length);
      }),
      { numRuns: 2000 },
    );
  });
});
