import { describe, expect, it } from "vitest";
import { type Table, tableBuilder } from "../../disclosure";
import { findings, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.year");
/** Last year's budget: 三公 7.50. */
const lastYear = (total: string) => ({
  prior: { disclosure: disclosure([sanGong(total)], "", henan2024, 2023), template: henan2024 },
});
/** 三公 6.50 this year: 公务用车运行 4.00, 接待 2.50, no 出国 (blank). */
const sanGong = (total = "6.50", operation = "4.00", reception = "2.50"): Table =>
  tableBuilder(henan2024, "sanGong")
    .single({
      total,
      abroad: "",
      vehicles: operation,
      "vehicles.purchase": "",
      "vehicles.operation": operation,
      reception,
    })
    .build().value;
const run = (
  body: string,
  tables: readonly Table[] = [sanGong()],
  options: ReturnType<typeof lastYear> | undefined = undefined,
) => {
  const r = check(disclosure(tables, body), henan2024, options);
  return [
    outcome(r, "narrative.year"),
    findings(r, "narrative.year").map((f) => [f.params.year, f.params.actual]),
  ];
};

describe("narrative.year: which figures are dated", () => {
  it("only last year's budget figures stated as such, and a text without one is not applicable", () => {
    expect(run("“三公”经费预算6.50万元。")).toEqual(["not-applicable", []]);
    // an execution figure of 2023 is no budget figure left undated
    expect(run("2023年“三公”经费执行数6.50万元。")).toEqual(["not-applicable", []]);
    // 无 says there was none, and this year has none either
    expect(run("2023年无“三公”经费。", [sanGong("0.00", "0.00", "0.00")])).toEqual([
      "not-applicable",
      [],
    ]);
  });

  it("the year dating a figure is the latest before it in its sentence", () => {
    expect(run("2023年“三公”经费预算6.50万元。2025年将继续压减。")).toEqual([
      "fail",
      [[2023, "6.50"]],
    ]);
    // a year of the sentence before dates nothing here, however close
    expect(run("2023年预算已执行完毕。上年“三公”经费预算6.50万元。")).toEqual([
      "not-applicable",
      [],
    ]);
    const long =
      "本单位认真贯彻落实中央八项规定精神和厉行节约反对浪费的各项要求，严格控制一般性支出。2023年压减一般性支出。上年“三公”经费预算6.50万元。";
    expect(run(long)).toEqual(["not-applicable", []]);
  });

  it("says nothing of a figure the tables do not print or leave blank", () => {
    expect(run("2023年政府采购预算6.50万元。")).toEqual(["pass", []]);
    expect(run("2023年因公出国（境）费预算0.00万元。")).toEqual(["pass", []]);
  });
});

describe("narrative.year: with last year's disclosure", () => {
  it("warns when last year printed another figure, not when it printed the same", () => {
    const text = "2023年“三公”经费预算6.50万元。";
    expect(run(text, [sanGong()], lastYear("7.50"))).toEqual(["fail", [[2023, "6.50"]]]);
    expect(run(text, [sanGong()], lastYear("6.50"))).toEqual(["pass", []]);
  });
});
