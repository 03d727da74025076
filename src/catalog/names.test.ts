import { describe, expect, it } from "vitest";
import { departmental2024, functional2024, government2024 } from "./2024";
import { checkName, findByName, nameVariantValidIn } from "./names";

describe("nameVariantValidIn", () => {
  it("treats bounds as inclusive and absent bounds as open", () => {
    const v = { name: "x", from: 2014, to: 2018 };
    expect([2013, 2014, 2018, 2019].map((y) => nameVariantValidIn(v, y))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(nameVariantValidIn({ name: "x" }, 1990)).toBe(true);
    expect(nameVariantValidIn({ name: "x", from: 2019 }, 2018)).toBe(false);
  });
});

describe("findByName", () => {
  it("finds by the current name", () => {
    const matches = findByName(functional2024, "卫生健康支出");
    expect(matches.map((m) => [m.entry.code, m.matched, m.validInYear])).toEqual([
      ["210", "name", true],
    ]);
  });

  it("finds by a legacy alias, valid only in its years", () => {
    const in2024 = findByName(functional2024, "医疗卫生与计划生育支出", { year: 2024 });
    const in2018 = findByName(functional2024, "医疗卫生与计划生育支出", { year: 2018 });
    expect(in2024.map((m) => [m.entry.code, m.matched, m.validInYear])).toEqual([
      ["210", "alias", false],
    ]);
    expect(in2018.map((m) => [m.entry.code, m.matched, m.validInYear])).toEqual([
      ["210", "alias", true],
    ]);
  });

  it("defaults the year to the catalog's year", () => {
    const [m] = findByName(functional2024, "行政事业单位离退休");
    expect(m?.entry.code).toBe("20805");
    expect(m?.validInYear).toBe(false);
  });

  it("finds the short 类 labels printed in the Henan 收支总表", () => {
    const [m] = findByName(functional2024, "一、城乡社区事务");
    expect(m?.entry.code).toBe("212");
    expect(m?.matched).toBe("alias");
  });

  it("normalizes brackets, whitespace and 其它", () => {
    expect(findByName(departmental2024, "因公出国(境)费用").map((m) => m.entry.code)).toEqual([
      "30212",
    ]);
    expect(findByName(government2024, "其它 支出").map((m) => m.entry.code)).toEqual([
      "599",
      "59999",
    ]);
  });

  it("returns every entry sharing a name, filterable by parent and level", () => {
    const all = findByName(functional2024, "行政运行").map((m) => m.entry.code);
    expect(all).toEqual(["2010101", "2013101"]);
    const under = findByName(functional2024, "行政运行", { parent: "20131" });
    expect(under.map((m) => m.entry.code)).toEqual(["2013101"]);
    const shared = findByName(departmental2024, "公务用车购置").map((m) => m.entry.code);
    expect(shared).toEqual(["30913", "31013"]);
    const classes = findByName(departmental2024, "其他支出", { level: "类" });
    expect(classes.map((m) => m.entry.code)).toEqual(["399"]);
  });

  it("is empty for an unknown name", () => {
    expect(findByName(functional2024, "不存在的科目")).toEqual([]);
  });
});

describe("checkName", () => {
  it("matches the current name up to normalization", () => {
    expect(checkName(departmental2024, "30202", "印刷费")).toEqual({ kind: "match" });
    expect(checkName(departmental2024, "302 12", "因公出国(境)费用")).toEqual({ kind: "match" });
    expect(checkName(functional2024, "2013199", "其他党委办公厅(室)及相关机构事务支出")).toEqual({
      kind: "match",
    });
  });

  it("matches a name printed without its trailing 支出, or with one the catalog has not", () => {
    // 类 labels in a 收支总表, shortened by printers other than Henan's (no alias lists them).
    for (const [code, printed] of [
      ["213", "十三、农林水"],
      ["229", "二十九、其他"],
      ["209", "九、社会保险基金"],
      ["221", "二十一、住房保障"],
      ["2080505", "机关事业单位基本养老保险缴费"],
      ["2013101", "行政运行支出"],
    ] as const)
      expect(checkName(functional2024, code, printed)).toEqual({ kind: "match" });
    // A legacy name shortened is still that legacy name, with its years.
    expect(checkName(functional2024, "210", "医疗卫生与计划生育", 2024)).toEqual({
      kind: "alias",
      alias: { name: "医疗卫生与计划生育支出", to: 2018 },
      validInYear: false,
    });
    // Only a whole trailing 支出: another name, or a part of the name, is still a mismatch.
    expect(checkName(functional2024, "213", "农林")).toEqual({
      kind: "mismatch",
      expected: "农林水支出",
    });
    expect(checkName(functional2024, "213", "支出")).toEqual({
      kind: "mismatch",
      expected: "农林水支出",
    });
  });

  it("reports a mismatch with the expected name", () => {
    expect(checkName(departmental2024, "30202", "咨询费")).toEqual({
      kind: "mismatch",
      expected: "印刷费",
    });
  });

  it("reports an alias with its validity in the year", () => {
    const alias = { name: "医疗卫生与计划生育支出", to: 2018 };
    expect(checkName(functional2024, "210", "医疗卫生与计划生育支出", 2018)).toEqual({
      kind: "alias",
      alias,
      validInYear: true,
    });
    expect(checkName(functional2024, "210", "医疗卫生与计划生育支出")).toEqual({
      kind: "alias",
      alias,
      validInYear: false,
    });
  });

  it("reports codes the catalog does not list", () => {
    expect(checkName(departmental2024, "30298", "印刷费")).toEqual({ kind: "unknown-code" });
    expect(checkName(departmental2024, "not a code", "印刷费")).toEqual({ kind: "unknown-code" });
  });
});
