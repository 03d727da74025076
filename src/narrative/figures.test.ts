import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";
import { read } from "./test-support";

describe("figures: amounts, changes and growth", () => {
  it("reads a total, its increase and its growth, each pointing at the others", () => {
    expect(read("支出合计100.00万元，比上年增加10.00万元，增长11.11%。")).toEqual({
      claims: [
        "amount spending 100.00万元 current budget equals [100.00万元]",
        "change spending up 10.00 budget [10.00万元]",
        "percent growth spending 11.11 up d1 c0",
      ],
      unplaced: [],
    });
  });

  it("makes a decrease negative, once: 减少10.00 and 减少-10.00 are both −10.00", () => {
    expect(read("支出合计90.00万元，比上年减少10.00万元，下降10.00%。").claims).toEqual([
      "amount spending 90.00万元 current budget equals [90.00万元]",
      "change spending down -10.00 budget [10.00万元]",
      "percent growth spending 10.00 down d1 c0",
    ]);
    expect(read("支出合计90.00万元，比上年减少-10.00万元。").claims[1]).toBe(
      "change spending down -10.00 budget [-10.00万元]",
    );
  });

  it("dates a figure by the year before it, by 上年, and by a comparison", () => {
    expect(read("2023年支出合计80.00万元。").claims).toEqual([
      "amount spending 80.00万元 prior budget equals [80.00万元]",
    ]);
    expect(read("2024年支出合计80.00万元。2025年支出合计90.00万元。").claims).toEqual([
      "amount spending 80.00万元 current budget equals [80.00万元]",
      "amount spending 90.00万元 current budget equals [90.00万元]",
    ]);
    expect(read("上年支出合计80.00万元。").claims).toEqual([
      "amount spending 80.00万元 prior budget equals [80.00万元]",
    ]);
    expect(read("支出合计100.00万元，比上年的90.00万元增加10.00万元。").claims).toEqual([
      "amount spending 100.00万元 current budget equals [100.00万元]",
      "amount spending 90.00万元 prior budget equals [90.00万元]",
      "change spending up 10.00 budget [10.00万元]",
    ]);
  });

  it("gives a rate without a change amount last year's figure after the comparison and this year's", () => {
    expect(read("2024年支出合计100.00万元，较2023年的80.00万元增长25.00%。").claims).toEqual([
      "amount spending 100.00万元 current budget equals [100.00万元]",
      "amount spending 80.00万元 prior budget equals [80.00万元]",
      "percent growth spending 25.00 up c0 prev1",
    ]);
  });

  it("reads an execution figure as such", () => {
    expect(read("支出合计执行数80.00万元。").claims).toEqual([
      "amount spending 80.00万元 current execution equals [80.00万元]",
    ]);
  });
});

describe("figures: shares", () => {
  it("gives each share its part and the whole of 其中", () => {
    expect(
      read("支出合计100.00万元，其中：基本支出70.00万元，占70.00%；项目支出30.00万元，占30.00%。")
        .claims,
    ).toEqual([
      "amount spending 100.00万元 current budget equals [100.00万元]",
      "amount spending|nature=basic 70.00万元 current budget equals [70.00万元]",
      "percent share spending|nature=basic 70.00 - p1 w0",
      "amount spending|nature=project 30.00万元 current budget equals [30.00万元]",
      "percent share spending|nature=project 30.00 - p3 w0",
    ]);
  });

  it("leaves a share without a whole, and a rate without a relation, unplaced", () => {
    expect(read("基本支出70.00万元，占70.00%。")).toEqual({
      claims: ["amount spending|nature=basic 70.00万元 current budget equals [70.00万元]"],
      unplaced: ["no-base false [70.00%] in [基本支出70.00万元，占70.00%。]"],
    });
    expect(read("支出合计100.00万元，完成率95.00%。").unplaced).toEqual([
      "no-relation false [95.00%] in [支出合计100.00万元，完成率95.00%。]",
    ]);
  });
});

describe("figures: zero, bare numbers and counts", () => {
  it("reads `为0` as zero in the unit of the paragraph's last amount, 万元 by default", () => {
    expect(read("支出合计为0。").claims).toEqual([
      "amount spending 0万元 current budget equals [0]",
    ]);
    expect(read("收入合计100元，支出合计为0.00。").claims).toEqual([
      "amount revenue 100元 current budget equals [100元]",
      "amount spending 0元 current budget equals [0.00]",
    ]);
    expect(read("支出合计100。").unplaced).toEqual(["bare false [100] in [支出合计100。]"]);
    expect(read("支出合计0。").unplaced).toEqual(["bare false [0] in [支出合计0。]"]);
  });

  it("counts vehicles held and to buy, equipment with its category, and projects", () => {
    expect(read("截至2023年12月31日，本单位共有车辆2辆。2024年安排购置车辆1辆。").claims).toEqual([
      "count vehicles - 2辆 prior",
      "count vehicles.purchase - 1辆 current",
    ]);
    expect(read("单位价值50万元以上通用设备0台（套）。").claims).toEqual([
      "count equipment 单位价值50万元以上通用设备 0台(套) current",
    ]);
    expect(read("单位价值50万元以上通用设备0台（套）。").unplaced).toEqual([]);
    expect(read("共11个项目。").claims).toEqual(["count projects - 11个 current"]);
    expect(read("纳入绩效管理的项目共3个。").claims).toEqual(["count projects - 3个 current"]);
    expect(read("共有5个。").unplaced).toEqual(["unit false [5个] in [共有5个。]"]);
  });
});

describe("extract: headings, the text's year, none and thresholds", () => {
  it("takes the fund of a heading, or of a `…如下：` line naming a measure, for what follows", () => {
    expect(
      read("五、一般公共预算支出情况说明\n支出合计100.00万元。\n六、其他说明\n支出合计50.00万元。")
        .claims,
    ).toEqual([
      "amount spending|fund=gpb 100.00万元 current budget equals [100.00万元]",
      "amount spending 50.00万元 current budget equals [50.00万元]",
    ]);
    expect(read("一般公共预算支出情况如下：\n支出合计100.00万元。").claims).toEqual([
      "amount spending|fund=gpb 100.00万元 current budget equals [100.00万元]",
    ]);
    expect(read("情况如下：\n支出合计100.00万元。").claims).toEqual([
      "amount spending 100.00万元 current budget equals [100.00万元]",
    ]);
  });

  it("takes the latest year the text prints for its own when none is given", () => {
    expect(read("2023年支出合计80.00万元，2024年支出合计100.00万元。", null).claims).toEqual([
      "amount spending 80.00万元 prior budget equals [80.00万元]",
      "amount spending 100.00万元 current budget equals [100.00万元]",
    ]);
    // a text that prints only 2023 is a 2023 text: its figure is this year's
    expect(read("2023年支出合计80.00万元。", null).claims).toEqual([
      "amount spending 80.00万元 current budget equals [80.00万元]",
    ]);
  });

  it("reads `无…` as a figure of none, with its fund or its measure, but not inside a reason", () => {
    expect(read("本单位无政府性基金预算拨款安排的支出。").claims).toEqual([
      "amount spending|fund=govFund 0万元 current budget none [无政府性基金预算拨款]",
    ]);
    expect(read("本单位无“三公”经费。").claims).toEqual([
      "amount sanGong 0万元 current budget none [无“三公”经费]",
    ]);
    expect(read("主要原因是无变化。")).toEqual({ claims: [], unplaced: [] });
  });

  it("keeps a threshold no count took as unplaced, and dates a sentence by a year clause", () => {
    expect(read("单价100万元以上的设备。").unplaced).toEqual([
      "threshold true [100万元] in [单价100万元以上的设备。]",
    ]);
    expect(read("截至2023年12月31日，共有车辆2辆。").claims).toEqual([
      "count vehicles - 2辆 prior",
    ]);
  });
});

describe("words: funds, 持平, comparisons with the execution, reasons and residue", () => {
  const remarks = (text: string) =>
    extractClaims(text, { year: 2024 }).remarks.map(
      (m) =>
        `${m.kind}${m.kind === "reason" ? ` ${m.empty}` : ""} [${m.span.text}] ${m.span.start}-${m.span.end}`,
    );

  it("gives a measure the fund printed right before it; 收入 alone names nothing", () => {
    expect(read("一般公共预算拨款收入100.00万元。").claims).toEqual([
      "amount revenue|fund=gpb 100.00万元 current budget equals [100.00万元]",
    ]);
    expect(read("收入100.00万元。")).toEqual({
      claims: [],
      unplaced: ["no-subject true [100.00万元] in [收入100.00万元。]"],
    });
  });

  it("reads 持平 as a change only against a comparison, with the budget or the execution", () => {
    expect(read("支出合计100.00万元，保持不变。").claims).toHaveLength(1);
    expect(read("支出合计100.00万元，与上年持平。").claims[1]).toBe(
      "change spending flat - budget [持平]",
    );
    expect(read("支出合计100.00万元，与上年执行数持平。").claims[1]).toBe(
      "change spending flat - execution [持平]",
    );
    expect(read("支出合计100.00万元，比上年执行数增加10.00万元。").claims[1]).toBe(
      "change spending up 10.00 execution [10.00万元]",
    );
  });

  it("finds a reason empty when a sentence end, a heading or the end of the text follows it", () => {
    expect(remarks("增长的主要原因是：\n二、其他")).toEqual(["reason true [主要原因是] 3-8"]);
    expect(remarks("增长的主要原因是")).toEqual(["reason true [主要原因是] 3-8"]);
    expect(remarks("增长的主要原因为人员增加。")).toEqual(["reason false [主要原因为] 3-8"]);
    expect(remarks("主要原因是。其他XX。")).toEqual([
      "reason true [主要原因是] 0-5",
      "residue [XX] 8-10",
    ]);
  });
});
