/**
 * Every change, comparison, share and reason word of the lexicon in a sentence of its own, as
 * other printers than the Henan template phrase them: each read as its kind (figures from
 * DOMAIN §7: 基本支出 682.06 of 969.06 is 70.38%).
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";
import { read } from "./test-support";

describe("phrasings: the words of change", () => {
  it.each(["增加", "增长", "上升", "提高", "增多"])("比上年%s10.00万元 is a rise of 10.00", (w) => {
    expect(read(`支出合计110.00万元，比上年${w}10.00万元。`).claims[1]).toBe(
      "change spending up 10.00 budget [10.00万元]",
    );
  });

  it.each(["减少", "下降", "降低", "压减", "缩减"])("比上年%s10.00万元 is a fall of 10.00", (w) => {
    expect(read(`支出合计90.00万元，较上年${w}10.00万元。`).claims[1]).toBe(
      "change spending down -10.00 budget [10.00万元]",
    );
  });

  it.each([
    ["增幅", "up"],
    ["涨幅", "up"],
    ["降幅", "down"],
    ["减幅", "down"],
  ])("…，%s10.00%% after the change is its rate (%s)", (w, direction) => {
    const verb = direction === "up" ? "增加" : "减少";
    const r = read(`支出合计110.00万元，比上年${verb}10.00万元，${w}10.00%。`);
    expect(r.claims[2]).toBe(`percent growth spending 10.00 ${direction} d1 c0`);
    expect(r.unplaced).toEqual([]);
  });

  it.each([
    "持平",
    "保持一致",
    "一致",
    "相同",
    "不变",
    "保持不变",
    "无变化",
    "没有变化",
    "未发生变化",
  ])("与上年%s is no change (flat)", (w) => {
    const r = extractClaims(`“三公”经费支出6.50万元，与上年${w}。`, { year: 2024 });
    expect(r.claims.map((c) => `${c.kind} ${"direction" in c ? c.direction : ""}`)).toEqual([
      "amount ",
      "change flat",
    ]);
    expect(r.claims[1]?.span.text).toBe(w);
  });

  it.each(["上年度", "上年", "上一年度", "上一年", "去年"])(
    "%s dates a figure last year's",
    (w) => {
      expect(read(`本单位${w}支出合计100.00万元。`).claims).toEqual([
        "amount spending 100.00万元 prior budget equals [100.00万元]",
      ]);
    },
  );
});

describe("phrasings: shares and reasons", () => {
  it.each(["占", "占比", "所占比重", "所占比例", "比重为"])("基本支出682.06万元，%s70.38%", (w) => {
    expect(read(`支出合计969.06万元，其中：基本支出682.06万元，${w}70.38%。`).claims[2]).toBe(
      "percent share spending|nature=basic 70.38 - p1 w0",
    );
  });

  it("does not take 占用 or 比例 for a share", () => {
    expect(read("支出合计969.06万元，其中：基本支出682.06万元，占用70.38%。").claims).toHaveLength(
      2,
    );
  });

  it.each(["主要原因是", "主要原因为", "主要原因", "原因是", "原因为"])(
    "%s opens a reason, empty when the sentence ends right after it",
    (w) => {
      const remarks = (t: string) =>
        extractClaims(t, { year: 2024 }).remarks.map((m) =>
          m.kind === "reason" ? `${m.empty} ${m.span.text}` : m.kind,
        );
      expect(remarks(`支出合计110.00万元，比上年增加10.00万元，${w}人员增加。`)).toEqual([
        `false ${w}`,
      ]);
      expect(remarks(`支出合计110.00万元，比上年增加10.00万元，${w}。`)).toEqual([`true ${w}`]);
    },
  );
});

describe("phrasings: bounds are not figures", () => {
  it.each([
    ["不超过", ""],
    ["不高于", ""],
    ["最高不超过", ""],
    ["控制在", "以内"],
    ["", "以内"],
    ["不低于", ""],
    ["至少", ""],
  ])("政府采购预算%s120.60万元%s is a bound, left unplaced", (before, after) => {
    const r = read(`本单位政府采购预算${before}120.60万元${after}。`);
    expect(r.claims).toEqual([]);
    expect(r.unplaced).toHaveLength(1);
    expect(r.unplaced[0]).toMatch(/^threshold true \[120\.60万元\]/u);
  });

  it("the figure beside a bound is still read, and the bound is not a second figure of it", () => {
    const r = read("政府采购预算不超过120.60万元。本单位政府采购预算100.00万元。");
    expect(r.claims).toEqual(["amount procurement 100.00万元 current budget equals [100.00万元]"]);
  });

  it("a word that only looks like a bound further back does not make one", () => {
    // 不超过 qualifies 一半, not the amount printed later in the sentence.
    expect(read("变动不超过一半，政府采购预算100.00万元。").claims).toEqual([
      "amount procurement 100.00万元 current budget equals [100.00万元]",
    ]);
  });
});

describe("phrasings: this year's words", () => {
  it.each(["本年", "本年度", "今年", "2024年"])(
    "2023年预算执行完毕后，%s“三公”经费预算6.50万元 is this year's figure",
    (w) => {
      expect(read(`2023年预算执行完毕后，${w}“三公”经费预算6.50万元。`).claims).toEqual([
        "amount sanGong 6.50万元 current budget equals [6.50万元]",
      ]);
    },
  );

  it("当年 after a year is that year's (2023年当年预算执行数: last year's), not a word of this year", () => {
    expect(read("支出合计53.84万元。2023年当年预算执行数为54.60万元。").claims).toEqual([
      "amount spending 53.84万元 current budget equals [53.84万元]",
      "amount spending 54.60万元 prior execution equals [54.60万元]",
    ]);
  });

  it("a clause dated last year and one dated this year keep their own years", () => {
    expect(read("上年“三公”经费预算7.00万元，本年“三公”经费预算6.50万元。").claims).toEqual([
      "amount sanGong 7.00万元 prior budget equals [7.00万元]",
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
    ]);
  });
});

describe("phrasings: the 三公 items as printers name them", () => {
  it.each([
    ["因公出国（境）费", "abroad"],
    ["因公出国（境）经费", "abroad"],
    ["因公出国(境)费用", "abroad"],
    ["因公出国境费", "abroad"],
    ["出国（境）费", "abroad"],
    ["公务用车购置及运行费", "vehicles"],
    ["公务用车购置及运行维护费", "vehicles"],
    ["公务用车购置和运行维护费", "vehicles"],
    ["公务车购置及运行费", "vehicles"],
    ["公务用车购置及运维费", "vehicles"],
    ["公务用车购置及运行经费", "vehicles"],
    ["公务用车购置费", "vehicles.purchase"],
    ["公务车购置费", "vehicles.purchase"],
    ["公务用车运行维护费", "vehicles.operation"],
    ["公务车运行维护费", "vehicles.operation"],
    ["公务用车运维费", "vehicles.operation"],
    ["公务用车运行经费", "vehicles.operation"],
    ["公务接待费", "reception"],
    ["公务接待费用", "reception"],
    ["公务接待经费", "reception"],
  ])("%s 4.00万元 is the item %s", (name, item) => {
    expect(read(`“三公”经费预算6.50万元，其中：${name}4.00万元。`)).toEqual({
      claims: [
        "amount sanGong 6.50万元 current budget equals [6.50万元]",
        `amount sanGong|item=${item} 4.00万元 current budget equals [4.00万元]`,
      ],
      unplaced: [],
    });
  });

  it("a short name no printer's form uses (出国费, 接待费) stays unplaced", () => {
    expect(
      read("“三公”经费预算6.50万元，其中：出国费0万元，接待费2.50万元。").unplaced,
    ).toHaveLength(2);
  });
});
