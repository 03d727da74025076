/**
 * Figures in brackets: read when the bracket names their measure (`（其中：公务用车购置费0.00万元…）`),
 * unplaced when it names none (`（含人武部专项经费160.00万元）`: not the measure before the bracket);
 * a bracket a sentence leaves open holds nothing after the sentence.
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

describe("brackets", () => {
  it("a bracket that names its measures: each figure is its measure's", () => {
    const text =
      "公务用车购置及运行维护费4.00万元（其中：公务用车购置费0.00万元，公务用车运行维护费4.00万元）。";
    expect(read(text)).toEqual({
      claims: [
        "amount sanGong|item=vehicles 4.00万元 current budget equals [4.00万元]",
        "amount sanGong|item=vehicles.purchase 0.00万元 current budget equals [0.00万元]",
        "amount sanGong|item=vehicles.operation 4.00万元 current budget equals [4.00万元]",
      ],
      unplaced: [],
    });
  });

  it.each([
    ["项目支出287.00万元（含人武部专项经费160.00万元）。", "160.00万元"],
    ["公务用车购置及运行费6.40万元（购置费0.00万元）。", "0.00万元"],
    ["机构运转经费49.68万元（公务交通补贴17.22万元）。", "17.22万元"],
  ])("%s: %s names no measure, unplaced", (text, figure) => {
    expect(read(text).claims).toHaveLength(1);
    expect(read(text).unplaced).toEqual([`no-subject true [${figure}] in [${text}]`]);
  });

  it("a bracket left open by its sentence holds nothing after it", () => {
    expect(read("基本支出682.06万元（含人员经费。项目支出287.00万元。").claims).toEqual([
      "amount spending|nature=basic 682.06万元 current budget equals [682.06万元]",
      "amount spending|nature=project 287.00万元 current budget equals [287.00万元]",
    ]);
  });

  it("a change in brackets is still its measure's (（比上年减少1.00万元）)", () => {
    expect(read("公务接待费2.50万元（比上年减少1.00万元）。").claims).toEqual([
      "amount sanGong|item=reception 2.50万元 current budget equals [2.50万元]",
      "change sanGong|item=reception down -1.00 budget [1.00万元]",
    ]);
  });
});

describe("counts: the rest of the vehicles is no count of all of them", () => {
  it.each(["其余类别车辆均为0辆", "其他各类车辆0辆", "其他类别车辆为0辆"])("…，%s", (rest) => {
    const r = read(`截至2023年末，本部门共有车辆2辆，其中一般公务用车2辆，${rest}。`);
    expect(r.claims).toEqual([
      "count vehicles - 2辆 prior",
      "count vehicles 其中一般公务用车 2辆 prior",
    ]);
  });
});
