import { describe, expect, it } from "vitest";
import { readFinalNarrative } from "./read";
import { sectionNumber } from "./scan";

describe("readFinalNarrative", () => {
  it("reads the 五(三) total and its 项 with the base each names", () => {
    const r = readFinalNarrative(
      [
        "（三）一般公共预算财政拨款支出决算具体情况",
        "一般公共预算财政拨款支出年初预算为 0 万元，全年预算为321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%。其中：",
        "1、一般公共服务支出（类）社会工作事务（款）行政运行（项）。主要用于：行政单位人员支出。全年预算为 52.00 万元，支出决算为 51.32 万元，完成全年预算数的 98.69%。决算数小于全年预算数的主要原因：人员变动。",
        "2、住房保障支出（类）住房改革支出（款）购房补贴（项）",
        "。主要用于：购房补贴支出。全年预算为 11.72 万元，支出决算为 11.72 万元。决算数与全年预算数持平。",
        "六、一般公共预算财政拨款基本支出决算情况说明",
      ].join("\n"),
    );
    expect(r.execution).toMatchObject({ rate: { percent: "95.89", base: "initial" } });
    expect([r.execution?.initial?.value, r.execution?.full?.value]).toEqual(["0", "321.02"]);
    expect(
      r.items.map((i) => [
        i.number,
        i.names.at(-1),
        i.base,
        i.budget?.value,
        i.outcome?.value,
        i.word,
        i.reason,
      ]),
    ).toEqual([
      [1, "行政运行", "full", "52.00", "51.32", "below", true],
      // a 项 wrapped over two paragraphs is one item
      [2, "购房补贴", "full", "11.72", "11.72", "flat", false],
    ]);
    expect(r.items[0]?.rate).toEqual({ percent: "98.69", base: "full" });
  });

  it("takes the amount before 支出决算为 as the budget when the text prints it out of order", () => {
    const r = readFinalNarrative(
      [
        "一般公共预算财政拨款支出年初预算为100.00万元，支出决算为99.00万元。",
        "1、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老161.62万元，支出决算为160.75万元。保险缴费支出（项）。年初预算为障预估。",
      ].join("\n"),
    );
    expect([r.items[0]?.budget?.value, r.items[0]?.outcome?.value]).toEqual(["161.62", "160.75"]);
  });

  it("reads amounts grouped by thousands or in full-width digits, in order or out of it", () => {
    const r = readFinalNarrative(
      [
        "一般公共预算财政拨款支出年初预算为2,993.92万元，支出决算为２９４０．０５万元。",
        "1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为 1,560.05 万元，支出决算为1,511.89万元。",
        "2、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老１，６１．６２ 1,161.62万元，支出决算为1,160.75万元。保险缴费支出（项）。年初预算为障预估。",
      ].join("\n"),
    );
    expect([r.execution?.initial?.value, r.execution?.outcome?.value]).toEqual([
      "2993.92",
      "2940.05",
    ]);
    expect(r.items.map((i) => [i.budget?.value, i.outcome?.value])).toEqual([
      ["1560.05", "1511.89"],
      ["1161.62", "1160.75"],
    ]);
  });

  it("leaves out what it does not recognise: no number, no item", () => {
    const r = readFinalNarrative(
      "年初预算为若干万元。\n1、没有路径的一句话。\n机关运行经费支出情况",
    );
    expect([r.execution, r.items, r.operatingCost, r.changes]).toEqual([
      undefined,
      [],
      undefined,
      [],
    ]);
  });

  it("reads changes against last year with their sign, and a rate printed without % as absent", () => {
    const r = readFinalNarrative(
      [
        "机关运行经费支出 142.80 万元，比 2023 年度减少 13.52 万元，下降 8.65%。",
        "一般公共预算财政拨款支出 9746.50 万元，占本年支出合计的 99.86%。与 2023 年度相比，一般公共预算财政拨款支出增加1193.20 万元，增长 13.95。",
      ].join("\n"),
    );
    expect(r.changes.map((c) => [c.subject, c.current.value, c.delta.value, c.percent])).toEqual([
      ["operatingCost", "142.80", "-13.52", "8.65"],
      ["gpb", "9746.50", "1193.20", undefined],
    ]);
    expect(r.gpb?.share).toBe("99.86");
  });

  it("reads 政府采购 with its parts and what 中小企业 won, from the next paragraph too", () => {
    const r = readFinalNarrative(
      [
        "（二）政府采购支出情况某部门2024年度政府采购金额（以合同签订为准）为 21.07 万元，其中：货物采购金额 21.07 万元、工程采购金额 0 万元、服务采购金额 0 万元。",
        "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额 21.07 万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额21.07 万元。",
      ].join("\n"),
    );
    const p = r.procurement;
    expect([p?.total.value, p?.goods?.value, p?.works?.value, p?.services?.value]).toEqual([
      "21.07",
      "21.07",
      "0",
      "0",
    ]);
    expect([p?.smeReserved?.value, p?.smeOther?.value]).toEqual(["21.07", "21.07"]);
  });
});

describe("section headings as printers number them", () => {
  it("reads 、 ． and . after the ordinal, and bracketed sub-sections", () => {
    expect(
      ["六、支出", "六．支出", "七.三公", "十一、其他", "（三）项目", "(二)说明"].map(
        sectionNumber,
      ),
    ).toEqual([6, 6, 7, 11, 0, 0]);
    expect(["六支出", "1、工资", "一般公共服务", ""].map(sectionNumber)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("ends the 五(三) item list at a 六 heading printed with a full-width dot", () => {
    const text = [
      "一般公共预算财政拨款支出年初预算为10.00万元，支出决算为10.00万元，完成年初预算的100.00%。",
      "1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为10.00万元，支出决算为10.00万元，完成年初预算的100.00%。",
      "六．一般公共预算财政拨款基本支出决算情况说明",
      "2、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）。年初预算为5.00万元，支出决算为5.00万元，完成年初预算的100.00%。",
    ].join("\n");
    const withDot = readFinalNarrative(text);
    const withComma = readFinalNarrative(text.replace("六．", "六、"));
    expect(withComma.items.map((i) => i.number)).toEqual([1]);
    expect(withDot.items.map((i) => i.number)).toEqual([1]);
  });
});

describe("rates and lists the reader keeps", () => {
  it("keeps a growth rate printed without % as bare, and reads ％ and 百分之 as rates", () => {
    const r = readFinalNarrative(
      [
        "一般公共预算财政拨款支出 9746.50 万元，占本年支出合计的 99.86%。与 2023 年度相比，一般公共预算财政拨款支出增加1193.20 万元，增长 13.95。",
        "上海市XX局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87％。",
        "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长百分之1.40。",
        // a number followed by anything but the end of its clause is no bare rate
        "“三公”经费支出决算0.39万元，比2023年度减少0.15万元，下降 2 个百分点。",
      ].join("\n"),
    );
    expect(r.changes.map((c) => [c.subject, c.percent, c.bare])).toEqual([
      ["gpb", undefined, "13.95"],
      ["total", "1.87", undefined],
      ["operatingCost", "1.40", undefined],
      // 七 opened by its total's outcome (`“三公”经费支出决算0.39万元`): its change, with no rate
      ["sanGong", undefined, undefined],
    ]);
  });

  it("reads the 人员经费 and 公用经费 lists of 六", () => {
    const r = readFinalNarrative(
      "一般公共预算财政拨款基本支出2336.91万元。其中：人员经费2152.26万元，主要包括：基本工资、退休费；公用经费184.65万元，主要包括：办公费、办公设备购置等。",
    );
    expect(r.basic?.personnelList).toEqual({ items: ["基本工资", "退休费"], open: false });
    expect(r.basic?.publicList).toEqual({ items: ["办公费", "办公设备购置"], open: true });
  });

  it("gives 人员经费 no list when only 公用经费 prints one", () => {
    const r = readFinalNarrative(
      "一般公共预算财政拨款基本支出10万元。其中：人员经费8万元；公用经费2万元，主要包括：办公费。",
    );
    expect(r.basic?.personnelList).toBeUndefined();
    expect(r.basic?.publicList?.items).toEqual(["办公费"]);
  });
});
