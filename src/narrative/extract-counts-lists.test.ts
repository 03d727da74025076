/**
 * extractClaims on whole sentences, continued: 三公, 机关运行经费, 政府采购, counts and statements
 * of none; lists and 分别 figures, and words it must not guess from; what it cannot place, and
 * remarks. Totals, funds, natures, changes and 科目 paths are in extract.test.ts.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";
import { amounts, changes, claimKey as key } from "./test-support";

describe("extractClaims: 三公, 机关运行经费, 政府采购, counts and none", () => {
  it("reads each 三公 item and its own 持平", () => {
    const r = extractClaims(
      "（二）公务用车购置及运行费6.40万元，与2023年预算持平。其中：公务用车购置费0.00万元，与2023年预算持平；公务用车运行费6.40万元，与2023年预算持平。",
      { year: 2024 },
    );
    expect(amounts(r)).toEqual([
      "sanGong|item=vehicles = 6.40万元",
      "sanGong|item=vehicles.purchase = 0.00万元",
      "sanGong|item=vehicles.operation = 6.40万元",
    ]);
    expect(changes(r)).toEqual([
      "sanGong|item=vehicles flat",
      "sanGong|item=vehicles.purchase flat",
      "sanGong|item=vehicles.operation flat",
    ]);
  });

  it("reads 政府采购 by category, 机关运行经费, and `无…` as a statement of none", () => {
    const r = extractClaims(
      "本单位政府采购预算1,708.03万元，其中：政府采购货物预算42.50万元、政府采购工程预算0.00万元、政府采购服务预算1,665.53万元。财政拨款的机关运行经费预算为2,517.78万元。本单位无国有资本经营预算拨款安排的支出。",
    );
    expect(amounts(r)).toEqual([
      "procurement = 1708.03万元",
      "procurement|category=货物 = 42.50万元",
      "procurement|category=工程 = 0.00万元",
      "procurement|category=服务 = 1665.53万元",
      "operatingCost = 2517.78万元",
      "spending|fund=soe = 0万元",
    ]);
    const none = r.claims.at(-1);
    expect(none?.kind === "amount" && [none.relation, none.span.text]).toEqual([
      "none",
      "无国有资本经营预算拨款",
    ]);
  });

  it("does not read `无` in a reason as a statement of none", () => {
    const r = extractClaims("公务接待费0.00万元，与上年持平，主要原因是无公务接待费支出。");
    expect(amounts(r)).toEqual(["sanGong|item=reception = 0.00万元"]);
  });

  it("reads vehicles (held at the end of last year, and to buy), equipment and projects", () => {
    const r = extractClaims(
      [
        "截至2023年12月31日，本单位共有车辆2辆，其中：一般公务用车1辆、其他用车1辆；单价100万元（含）以上设备（不含车辆）3台（套）。",
        "2024年单位预算安排购置车辆0辆。",
        "2024年度，本单位编报绩效目标的项目共12个，涉及项目预算资金4,222.51万元。",
      ].join("\n"),
      { year: 2024 },
    );
    const counts = r.claims.flatMap((c) =>
      c.kind === "count"
        ? [`${c.what}${c.category === undefined ? "" : `[${c.category}]`} ${c.value} ${c.period}`]
        : [],
    );
    expect(counts).toEqual([
      "vehicles 2 prior",
      "vehicles[一般公务用车] 1 prior",
      "vehicles[其他用车] 1 prior",
      "equipment[单价100万元(含)以上设备(不含车辆)] 3 prior",
      "vehicles.purchase 0 current",
      "projects 12 current",
    ]);
    // 绩效目标 money is a part of 项目支出, not all of it
    const money = r.claims.find((c) => c.kind === "amount");
    expect(money?.kind === "amount" && [key(money), money.relation]).toEqual([
      "spending|nature=project",
      "atMost",
    ]);
    // the 100万元 threshold is part of the equipment category: no unplaced amount
    expect(r.unplaced).toEqual([]);
  });
});

describe("extractClaims: lists, respective figures and words it must not guess from", () => {
  it("leaves a sub-item it does not know unplaced instead of giving it the item's subject", () => {
    const r = extractClaims("公务接待费2.50万元，其中：国内接待1.50万元。");
    expect(amounts(r)).toEqual(["sanGong|item=reception = 2.50万元"]);
    expect(r.unplaced.map((u) => [u.reason, u.span.text])).toEqual([["no-subject", "1.50万元"]]);
  });

  it("reads a part of another concept as a category of its whole (机构运转经费 包括 公用经费…)", () => {
    const r = extractClaims(
      "本单位机构运转经费支出预算49.68万元，包括公用经费15.52万元、公务交通补贴17.22万元、公务用车运行维护费4.00万元。",
    );
    expect(amounts(r)).toEqual([
      "operatingCost = 49.68万元",
      "operatingCost|category=公用经费 = 15.52万元",
      "operatingCost|category=公务用车运行维护费 = 4.00万元",
    ]);
    // 公务交通补贴 is no measure word: unplaced, not attached to anything
    expect(r.unplaced.map((u) => u.span.text)).toEqual(["17.22万元"]);
  });

  it("reads `无` with the measure it denies, even after a fund (无一般公共预算安排的“三公”经费)", () => {
    const r = extractClaims("本单位2024年无一般公共预算安排的“三公”经费。");
    const c = r.claims[0];
    expect(c?.kind === "amount" && [key(c), c.relation]).toEqual(["sanGong", "none"]);
  });

  it("reads a figure between the comparison and its word as last year's (比上年的834.84万元增加…)", () => {
    const r = extractClaims("收入总计969.06万元，比上年的834.84万元增加134.22万元。", {
      year: 2024,
    });
    expect(
      r.claims.map((c) => (c.kind === "amount" ? `${c.value.value} ${c.period}` : c.kind)),
    ).toEqual(["969.06 current", "834.84 prior", "change"]);
  });

  it("gives `分别为` figures to the words before them in order, across 、 and 和", () => {
    const r = extractClaims(
      "一般公共预算基本支出682.06万元，其中：人员经费和公用经费分别为630.38万元、51.68万元，分别占92.42%和7.58%。基本支出、项目支出分别为682.06万元、287.00万元。",
    );
    expect(amounts(r)).toEqual([
      "spending|fund=gpb|nature=basic = 682.06万元",
      "spending|fund=gpb|nature=basic.personnel = 630.38万元",
      "spending|fund=gpb|nature=basic.public = 51.68万元",
      "spending|nature=basic = 682.06万元",
      "spending|nature=project = 287.00万元",
    ]);
    const shares = r.claims.flatMap((c) =>
      c.kind === "percent" ? [[c.percent, c.part, c.whole]] : [],
    );
    expect(shares).toEqual([
      ["92.42", 1, 0],
      ["7.58", 2, 0],
    ]);
  });

  it("gives `分别增长` rates to the changes in order", () => {
    const r = extractClaims(
      "收入总计和支出总计分别比上年增加10.00万元、20.00万元，分别增长5.00%和8.00%。",
      { year: 2024 },
    );
    expect(changes(r)).toEqual(["revenue.total up 10.00", "spending.total up 20.00"]);
    const rates = r.claims.flatMap((c) =>
      c.kind === "percent" ? [`${key(c)} ${c.percent} delta=${c.delta}`] : [],
    );
    expect(rates).toEqual(["revenue.total 5.00 delta=0", "spending.total 8.00 delta=1"]);
  });
});

describe("extractClaims: what it cannot place, and remarks", () => {
  it("returns numbers without a subject as unplaced with their sentence, never drops them", () => {
    const r = extractClaims("经研究，预算安排2万元，另有3项工作。");
    expect(r.claims).toEqual([]);
    expect(
      r.unplaced.map((u) => [u.reason, u.span.text, u.carriesAmount, u.sentence.text]),
    ).toEqual([
      ["no-subject", "2万元", true, "经研究，预算安排2万元，另有3项工作。"],
      ["unit", "3项", false, "经研究，预算安排2万元，另有3项工作。"],
    ]);
  });

  it("takes the year of the text, when not given, as the latest it prints", () => {
    // Only last year is printed: without `year`, 2023 is taken for this year and no change is read.
    const text = "公务接待费2.50万元，与2023年预算持平。";
    expect(changes(extractClaims(text))).toEqual([]);
    expect(changes(extractClaims(text, { year: 2024 }))).toEqual(["sanGong|item=reception flat"]);
  });

  it("does not take years, dates and list numbers for figures", () => {
    const r = extractClaims("1. 截至2023年12月31日，第3批。\n（2）2024年度。");
    expect(r.claims).toEqual([]);
    expect(r.unplaced).toEqual([]);
  });

  it("finds an empty reason, and not a reason that goes on", () => {
    const r = extractClaims("与2023年预算持平，主要原因是。公务接待费减少，主要原因是厉行节约。");
    expect(r.remarks.map((m) => m.kind === "reason" && m.empty)).toEqual([true, false]);
  });

  it("reads a reason continued on the next line as not empty", () => {
    const r = extractClaims("主要原因：\n人员数量增加。");
    expect(r.remarks.map((m) => m.kind === "reason" && m.empty)).toEqual([false]);
  });

  it.each([
    ["XX单位2024年收入总计1.00万元。", "XX"],
    ["主要原因是××××。", "××××"],
    ["主要用于……等支出。", "……"],
    ["主要原因是待补充。", "待补充"],
    ["主要原因是（请填写变动原因）。", "（请填写变动原因）"],
    ["本单位【请填写单位名称】2024年", "【请填写单位名称】"],
  ])("finds template residue in %s", (text, residue) => {
    const r = extractClaims(text);
    expect(r.remarks.filter((m) => m.kind === "residue").map((m) => m.span.text)).toEqual([
      residue,
    ]);
  });

  it("does not take an X inside a Latin word, or 含 in brackets, for residue", () => {
    const r = extractClaims("XBRL 的 Excel 表，单价100万元（含）以上设备1台（套）。");
    expect(r.remarks).toEqual([]);
  });

  it("joins a wrapped line and keeps paragraphs apart", () => {
    const r = extractClaims(
      "本单位2024年一般公共预算基本支出年初预算为682.06万元。其中：人员经费支出630.38万元，占\n92.42%；公用经费支出51.68万元，占7.58%。",
    );
    expect(r.claims.filter((c) => c.kind === "percent").map((c) => c.span.text)).toEqual([
      "92.42%",
      "7.58%",
    ]);
  });
});
