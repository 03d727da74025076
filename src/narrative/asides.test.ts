/**
 * Brackets as asides (`asides.ts`): after a closing bracket, the measure named before the bracket is
 * the current one again, and a bracket's 含 / 其中 list ends at its closing bracket.
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

const only = (text: string, kind: string) =>
  read(text).claims.filter((c) => c.startsWith(`${kind} `));

describe("asides", () => {
  it.each([
    "公务接待费2.50万元（含基本支出1.50万元、项目支出1.00万元），比上年减少1.00万元，下降28.57%。",
    "公务接待费2.50万元（其中项目支出1.00万元），比上年减少1.00万元，下降28.57%。",
    "公务接待费2.50万元（其中：基本支出1.50万元；项目支出1.00万元），比上年减少1.00万元，下降28.57%。",
  ])("%s: the change and its rate are the measure's before the bracket", (text) => {
    expect(only(text, "change")).toEqual([
      "change sanGong|item=reception down -1.00 budget [1.00万元]",
    ]);
    expect(only(text, "percent")).toHaveLength(1);
    expect(only(text, "percent")[0]).toContain("sanGong|item=reception ");
  });

  it("a share after a bracket is of the measure before it", () => {
    const text =
      "2024年支出预算969.06万元，其中：基本支出682.06万元（含人员经费630.38万元），占70.38%；项目支出287.00万元，占29.62%。";
    const shares = only(text, "percent");
    expect(shares).toHaveLength(2);
    expect(shares[0]).toContain("spending|nature=basic ");
    expect(shares[1]).toContain("spending|nature=project ");
  });

  it.each([
    "2024年支出预算969.06万元，其中：基本支出682.06万元（含人员经费630.38万元），项目支出287.00万元，占29.62%。",
    "2024年支出预算969.06万元，基本支出682.06万元（含人员经费630.38万元、公用经费51.68万元），项目支出287.00万元，占29.62%。",
  ])("%s: the 含 list ends at its bracket (项目支出 is of the outer whole)", (text) => {
    const r = read(text);
    expect(r.unplaced).toEqual([]);
    expect(only(text, "percent")).toHaveLength(1);
    expect(only(text, "percent")[0]).toContain("spending|nature=project ");
    expect(only(text, "percent")[0]).toContain(" w0");
  });

  it("a change after a bracket of parts is the measure's", () => {
    expect(
      only("基本支出682.06万元（含人员经费630.38万元），比上年增加5.00万元。", "change"),
    ).toEqual(["change spending|nature=basic up 5.00 budget [5.00万元]"]);
  });

  it("a bracket of words only may still name what follows it", () => {
    expect(read("公务接待费（含外宾接待）2.50万元。").claims).toEqual([
      "amount sanGong|item=reception 2.50万元 current budget equals [2.50万元]",
    ]);
  });

  it.each([
    "2024年本部门预算（支出合计969.06万元）中，基本支出682.06万元，占70.38%。",
    "2024年部门支出预算(支出合计969.06万元)中，基本支出682.06万元，占70.38%。",
  ])("%s: a bracket after a name gives what it stands for (the whole stays)", (text) => {
    const shares = only(text, "percent");
    expect(shares).toHaveLength(1);
    expect(shares[0]).toContain("spending|nature=basic ");
  });
});

describe("asides: a bracket not closed in its sentence ends with it", () => {
  it.each([
    "2024年支出合计969.06万元，其中：基本支出682.06万元（含人员经费630.38万元、公用经费51.68万元，占70.38%；项目支出287.00万元，占29.62%。",
    "公务接待费2.50万元（含基本支出1.50万元、项目支出1.00万元，比上年减少1.00万元，下降28.57%。",
    "2024年“三公”经费6.50万元（其中公务接待费2.50万元，比上年减少1.00万元，下降13.33%。",
    "基本支出682.06万元（含人员经费630.38万元，比上年增加82.06万元。",
    "基本支出682.06万元（含人员经费630.38万元，与上年持平。",
  ])("%s: a change or rate after a break within it is of no certain measure", (text) => {
    const r = read(text);
    expect(r.claims.filter((c) => !c.startsWith("amount "))).toEqual([]);
    // each figure the bracket holds with a name of its own is still read
    expect(r.claims.length).toBeGreaterThan(1);
  });

  it.each([
    "项目支出287.00万元（含人武部专项经费160.00万元。比上年增加52.16万元。",
    "项目支出287.00万元（含人武部专项经费160.00万元）。比上年增加52.16万元。",
  ])("%s: the next sentence or paragraph reads as after a closing bracket", (text) => {
    expect(only(text, "change")).toEqual([
      "change spending|nature=project up 52.16 budget [52.16万元]",
    ]);
  });

  it("a paragraph's end ends it too: the next paragraph's figures are read", () => {
    expect(
      only(
        "基本支出682.06万元（含人员经费630.38万元\n项目支出287.00万元，比上年增加52.16万元。",
        "change",
      ),
    ).toEqual(["change spending|nature=project up 52.16 budget [52.16万元]"]);
  });

  it("a 其中 list in it ends with its sentence: the next one is of the measure before it", () => {
    expect(
      only("“三公”经费6.50万元（其中公务接待费2.50万元。比上年减少1.00万元。", "change"),
    ).toEqual(["change sanGong down -1.00 budget [1.00万元]"]);
  });

  it("a figure with its own measure after a break within it is still read", () => {
    expect(
      only("基本支出682.06万元（含人员经费630.38万元，公用经费51.68万元，占7.58%。", "amount"),
    ).toEqual([
      "amount spending|nature=basic 682.06万元 current budget equals [682.06万元]",
      "amount spending|nature=basic.personnel 630.38万元 current budget equals [630.38万元]",
      "amount spending|nature=basic.public 51.68万元 current budget equals [51.68万元]",
    ]);
  });

  it("a closed bracket reads as before; so does one closed after a break", () => {
    expect(
      only(
        "公务接待费2.50万元（含基本支出1.50万元，项目支出1.00万元），比上年减少1.00万元。",
        "change",
      ),
    ).toEqual(["change sanGong|item=reception down -1.00 budget [1.00万元]"]);
  });
});
