/**
 * 七(一) as other provinces word it: the 三公 total's outcome printed with a budget word or none
 * (`“三公”经费财政拨款支出决算为…，完成预算的…`, `“三公”经费支出…，比上年减少…`, `年初预算…，决算支出…，
 * 预算执行率为…`), in 万元 or 元, and its items after `其中` with a bare amount or a `预算…，决算…`
 * pair. Each is read as the national form is; a figure of another year, an item's, or another
 * whole's is not the total's.
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../../disclosure";
import { readFinalNarrative } from "./read";
import { finalAmountRule, finalRateRule } from "./rules";
import { run, sanGongTotal } from "./test-support";

const SEVEN = "七、财政拨款“三公”经费支出决算情况说明";
/** The 三公 total read: budget, outcome, rate; its items; its changes. */
const read = (p: string) => {
  const r = readFinalNarrative(`${SEVEN}\n${p}`);
  const s = r.sanGong;
  return {
    total: [s?.budget?.value, s?.outcome?.value, s?.rate?.percent],
    items: s?.items.map((i) => `${i.item} ${i.outcome?.value ?? "-"} ${i.rate?.percent ?? "-"}`),
    changes: r.changes
      .filter((c) => c.subject === "sanGong")
      .map((c) => `${c.item ?? "total"} ${c.delta.value}`),
  };
};

describe("七(一) in other wordings", () => {
  it.each([
    [
      "2024年度“三公”经费财政拨款支出决算为30.00万元，完成预算的66.67%，决算数小于预算数的主要原因是厉行节约。与2023年度相比，“三公”经费支出减少6.50万元，下降17.81%。",
      [undefined, "30.00", "66.67"],
      ["total -6.50"],
    ],
    [
      "2024年度“三公”经费支出30.00万元，比上年减少6.50万元，下降17.81%。",
      [undefined, "30.00", undefined],
      ["total -6.50"],
    ],
    [
      "2024年度“三公”经费年初预算45.00万元，决算支出30.00万元，预算执行率为66.67%。",
      ["45.00", "30.00", "66.67"],
      [],
    ],
    [
      "2024年度“三公”经费财政拨款支出决算30.00万元，较年初预算减少15.00万元，降低33.33%，较上年决算减少6.50万元，降低17.81%。",
      [undefined, "30.00", undefined],
      ["total -6.50"],
    ],
    [
      "2024年度“三公”经费财政拨款支出决算为300,000.00元，完成预算的66.67%。与2023年度相比，减少65,000.00元，下降17.81%。",
      [undefined, "30.000000", "66.67"],
      ["total -6.500000"],
    ],
    [
      "本部门2024年度“三公”经费支出合计30.00万元，完成年初预算的66.67%。",
      [undefined, "30.00", "66.67"],
      [],
    ],
  ])("%s", (p, total, changes) => {
    const r = read(p);
    expect(r.total).toEqual(total);
    expect(r.changes).toEqual(changes);
  });

  it("items after 其中 with a bare amount, or a budget and an outcome", () => {
    expect(
      read(
        "2024年度“三公”经费支出30.00万元，比上年减少6.50万元，其中：因公出国（境）费0万元；公务用车购置及运行维护费21.40万元，比上年减少3.60万元；公务接待费8.60万元，比上年减少2.90万元。",
      ).items,
    ).toEqual(["abroad 0 -", "vehicles 21.40 -", "reception 8.60 -"]);
    expect(
      read(
        "2024年度“三公”经费年初预算45.00万元，决算支出30.00万元，其中：因公出国（境）费预算0万元，决算0万元；公务用车购置及运行维护费预算30.00万元，决算21.40万元，完成预算的71.33%；公务接待费预算15.00万元，决算8.60万元，完成预算的57.33%。",
      ).items,
    ).toEqual(["abroad 0 -", "vehicles 21.40 71.33", "reception 8.60 57.33"]);
  });

  it.each([
    // last year's figure, a comparison's base: not this year's outcome
    "与2023年度“三公”经费支出36.50万元相比，2024年度减少6.50万元。",
    "上年“三公”经费支出36.50万元。",
    // 七(二)'s items: no total
    "2024年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元，占0.00%；公务接待费支出决算8.60万元，占28.67%。",
    // a unit's, or a name the reader cannot tell is the department's
    "局机关本级“三公”经费支出20.00万元，所属学校“三公”经费支出10.00万元。",
    "所属学校2024年度“三公”经费支出10.00万元。",
    // a 三公 word in another section's sentence
    "机关运行经费支出120.50万元，其中“三公”经费之外的公用经费支出100.00万元。",
  ])("not the total's outcome: %s", (p) => {
    expect(read(p).total[1]).toBeUndefined();
  });

  it("a correct total passes and a wrong one is found, in each wording", () => {
    const wordings = [
      (t: string) => `2024年度“三公”经费财政拨款支出决算为${t}万元，完成预算的66.67%。`,
      (t: string) => `2024年度“三公”经费支出${t}万元，比上年减少6.50万元。`,
      (t: string) => `2024年度“三公”经费年初预算45.00万元，决算支出${t}万元，预算执行率为66.67%。`,
      (t: string) => `2024年度“三公”经费财政拨款支出决算${t}万元，较年初预算减少15.00万元。`,
    ];
    for (const w of wordings) {
      expect(run(finalAmountRule, [SEVEN, w("30.00")], [sanGongTotal("30.00")]).findings).toEqual(
        [],
      );
      expect(
        run(finalAmountRule, [SEVEN, w("31.00")], [sanGongTotal("30.00")]).findings.map(
          (f) => f.params.printed,
        ),
      ).toHaveLength(1);
    }
  });
});

/** The 三公 table's total: 预算数 (and 全年预算数 where given) and 决算数. */
const sanGongTable = (budget: string, final: string, adjusted?: string): Table => ({
  kind: "sanGong",
  unit: "万元",
  rows: [
    {
      key: { kind: "single" },
      cells: {
        "total.budget": budget,
        "total.final": final,
        ...(adjusted === undefined ? {} : { "total.adjusted": adjusted }),
      },
    },
  ],
});

describe("七(一)'s rate with no budget printed: on the table's", () => {
  const p = (rate: string) => `2024年度“三公”经费财政拨款支出决算为30.00万元，完成预算的${rate}%。`;
  it("30.00 of 45.00 is 66.67%: passes; 67.67% is found", () => {
    expect(
      run(finalRateRule, [SEVEN, p("66.67")], [sanGongTable("45.00", "30.00")]).findings,
    ).toEqual([]);
    expect(
      run(finalRateRule, [SEVEN, p("67.67")], [sanGongTable("45.00", "30.00")]).findings,
    ).toHaveLength(1);
  });

  it("a table with a 预算数 and a 全年预算数 that differ: a rate on 预算 is not judged", () => {
    for (const rate of ["66.67", "60.00", "67.67"])
      expect(
        run(finalRateRule, [SEVEN, p(rate)], [sanGongTable("45.00", "30.00", "50.00")]).findings,
      ).toEqual([]);
  });
});
