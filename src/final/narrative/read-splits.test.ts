import { describe, expect, it } from "vitest";
import { finalTextCoverage } from "./coverage";
import { paragraphsOf } from "./paragraphs";
import { readFinalNarrative, readFinalText } from "./read";

/** The coverage of text sections as a check gives it: paragraphs once, read, then counted. */
const cover = (s: readonly { readonly title: string; readonly body: string }[]) => {
  const paragraphs = s.map((x) => paragraphsOf(x.body.split("\n")));
  return finalTextCoverage(s, paragraphs, readFinalText(paragraphs).reads);
};

/** The parts read, as `name amount percent`. */
const parts = (text: string, kind: "revenue" | "spending") =>
  readFinalNarrative(text)[kind]?.parts.map(
    (p) => `${p.name} ${p.amount.value} ${p.percent ?? "-"}`,
  );

describe("二 / 三: 本年收入合计 and 本年支出合计 with their parts", () => {
  it.each([
    [
      "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%。",
      ["财政拨款收入 2940.05 99.79", "其他收入 6.2 0.21"],
    ],
    [
      "2024年度本年收入合计2,946.25万元。其中：财政拨款收入2,940.05万元，占本年收入合计的99.79%；其他收入6.20万元，占本年收入合计的0.21%。",
      ["财政拨款收入 2940.05 99.79", "其他收入 6.20 0.21"],
    ],
    [
      "本年收入合计为2946.25万元，其中财政拨款收入为2940.05万元，占比99.79%，其他收入为6.20万元，占比0.21%。",
      ["财政拨款收入 2940.05 99.79", "其他收入 6.20 0.21"],
    ],
    [
      "本年收入2946.25万元，其中财政拨款收入2940.05万元、其他收入6.20万元，分别占99.79%、0.21%。",
      ["财政拨款收入 2940.05 99.79", "其他收入 6.20 0.21"],
    ],
    [
      // a longer name first: 一般公共预算财政拨款收入 is not 财政拨款收入
      "本年收入合计2946.25万元，其中：一般公共预算财政拨款收入2940.05万元，占99.79%。",
      ["一般公共预算财政拨款收入 2940.05 99.79"],
    ],
    [
      // a share of two parts together is neither's
      "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，其他收入6.20万元，两项合计占100%。",
      ["财政拨款收入 2940.05 -", "其他收入 6.20 -"],
    ],
    [
      // 分别 with fewer shares than parts: none read
      "本年收入合计2946.25万元，其中财政拨款收入2940.05万元、其他收入6.20万元，分别占99.79%。",
      ["财政拨款收入 2940.05 -", "其他收入 6.20 -"],
    ],
  ])("%s", (text, expected) => {
    expect(parts(text, "revenue")).toEqual(expected);
  });

  it("a statement wrapped over lines is read to its 。", () => {
    const text =
      "三、支出决算情况说明\n本年支出合计 9759.38 万元，其中：基本支出 5377.64 万元，占 55.10%；\n项目支出 4381.74 万元，占 44.90%。\n四、财政拨款收入支出决算总体情况说明";
    expect(parts(text, "spending")).toEqual(["基本支出 5377.64 55.10", "项目支出 4381.74 44.90"]);
    expect(readFinalNarrative(text).spending?.whole.value).toBe("9759.38");
  });

  it("the joining stops at a section heading", () => {
    const text =
      "本年支出合计100.00万元，其中：基本支出60.00万元，占60%；\n四、项目支出40.00万元，占40%。";
    expect(parts(text, "spending")).toEqual(["基本支出 60.00 60"]);
  });

  it.each([
    "一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。",
    "2024年度财政拨款本年收入2940.05万元，其中：一般公共预算财政拨款收入2940.05万元，占100%。",
    "本年收入合计情况见附表。",
  ])("not a 二 / 三 statement: %s", (text) => {
    const r = readFinalNarrative(text);
    expect([r.revenue, r.spending]).toEqual([undefined, undefined]);
  });
});

describe("the 决算 text's coverage", () => {
  const sections = (...bodies: string[]) => bodies.map((body, i) => ({ title: `s${i}`, body }));

  it("counts money and percentages, places those the reading holds, keeps the rest as gaps", () => {
    const body = [
      "二、收入决算情况说明",
      "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入62000元。",
      "编报绩效目标的2024年度项目4个，涉及预算金额598.42万元。",
    ].join("\n");
    const [c] = cover(sections(body));
    // 62000元 is 其他收入's 6.2万元, read in 万元
    expect(c).toMatchObject({ section: "s0", figures: 5, placed: 4, notUnderstood: 1 });
    expect(c?.gaps.map((g) => [g.reason, g.text])).toEqual([["paragraph-not-read", "598.42万元"]]);
    for (const g of c?.gaps ?? []) expect(body.slice(g.start, g.end)).toBe(g.text);
  });

  it("gives each section its own figures and offsets, the sections read in one reading", () => {
    const a = "机关运行经费支出184.65万元。";
    const b = "其他说明\n单价100万元（含）以上设备2台，占百分之12.5。";
    const s = sections(a, b);
    const cov = cover(s);
    expect(cov.map((c) => [c.figures, c.placed])).toEqual([
      [1, 1],
      [2, 0],
    ]);
    const gaps = cov[1]?.gaps ?? [];
    expect(gaps.map((g) => b.slice(g.start, g.end))).toEqual(["100万元", "百分之12.5"]);
    expect(gaps.map((g) => g.reason)).toEqual(["threshold", "paragraph-not-read"]);
  });

  it("a year, a count or a list number is no figure", () => {
    const body = "1、2024年度接待12批次，共30人次。";
    expect(cover(sections(body))[0]?.figures).toBe(0);
  });
});

describe("paragraph structure other printers use", () => {
  const EXEC =
    "一般公共预算财政拨款支出年初预算为100.00万元，支出决算为90.00万元，完成年初预算的90.00%。其中：";
  const ITEM = "1、教育支出（类）普通教育（款）初中教育（项）。";

  it("a bracketed sub-point without a 项 path is the item's own, before its budget line", () => {
    const r = readFinalNarrative(
      [
        EXEC,
        ITEM,
        "（1）基本支出60.00万元；",
        "（2）项目支出30.00万元。",
        "年初预算为100.00万元，支出决算为90.00万元。",
      ].join("\n"),
    );
    expect(r.items.map((i) => [i.number, i.budget?.value, i.outcome?.value])).toEqual([
      [1, "100.00", "90.00"],
    ]);
  });

  it("items numbered ①② are read, and circled sub-points without a 项 path are the item's", () => {
    const r = readFinalNarrative(
      [
        EXEC,
        "①教育支出（类）普通教育（款）初中教育（项）。年初预算为60.00万元，支出决算为50.00万元。",
        "①基本支出45.00万元；②项目支出5.00万元。",
        "②教育支出（类）普通教育（款）高中教育（项）。年初预算为40.00万元，支出决算为40.00万元。",
      ].join("\n"),
    );
    expect(r.items.map((i) => [i.number, i.names[2], i.budget?.value, i.outcome?.value])).toEqual([
      [1, "初中教育", "60.00", "50.00"],
      [2, "高中教育", "40.00", "40.00"],
    ]);
  });

  it("a numbered paragraph opening another section ends 五(三), heading or not", () => {
    const r = readFinalNarrative(
      [
        EXEC,
        `${ITEM}年初预算为100.00万元，支出决算为90.00万元。`,
        "1.机关运行经费支出情况：机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。",
      ].join("\n"),
    );
    expect([r.items.length, r.operatingCost?.value]).toEqual([1, "184.65"]);
  });

  it("the 中小企业 paragraph after empty lines is still the procurement's", () => {
    const r = readFinalText(
      [
        "2024年度政府采购金额为251.26万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元。",
        "",
        "",
        "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额246.47万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额4.79万元。",
      ].join("\n"),
    );
    expect([
      r.narrative.procurement?.smeReserved?.value,
      r.narrative.procurement?.smeOther?.value,
    ]).toEqual(["246.47", "4.79"]);
  });
});

it("六 with 公用经费 on a line of its own is one statement", () => {
  const r = readFinalNarrative(
    [
      "一般公共预算财政拨款基本支出2336.91万元。其中：人员经费2152.26万元，主要包括：基本工资、津贴补贴；",
      "公用经费184.65万元，主要包括：办公费、印刷费。",
    ].join("\n"),
  );
  expect([r.basic?.basic?.value, r.basic?.personnel?.value, r.basic?.public?.value]).toEqual([
    "2336.91",
    "2152.26",
    "184.65",
  ]);
});

it("a part that is a comparison's base (与其他收入3.00万元相比) is last year's, not this year's", () => {
  const r = readFinalNarrative(
    "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；与其他收入3.00万元相比，其他收入6.20万元，占0.21%。",
  );
  expect(r.revenue?.parts.map((p) => `${p.name} ${p.amount.value}`)).toEqual([
    "财政拨款收入 2940.05",
    "其他收入 6.20",
  ]);
});

it("last year's figure in 元 before 相比 is read in 万元", () => {
  const c = readFinalNarrative(
    "与2023年度机关运行经费支出1821000元相比，2024年度本部门机关运行经费支出184.65万元，增加2.55万元，增长1.40%。",
  ).changes[0];
  expect([c?.prior?.value, c?.prior?.unit]).toEqual(["182.1000", "万元"]);
});

describe("二 / 三: the whole named by its 决算, in its own section", () => {
  const whole = (text: string, kind: "revenue" | "spending") =>
    readFinalNarrative(text)[kind]?.whole.value;
  it.each([
    [
      "三、支出决算情况说明\n2024年度支出决算数为9759.38万元，其中：基本支出5377.64万元，占55.10%。",
      "spending",
      "9759.38",
    ],
    [
      "三、支出决算情况说明\n2024年支出决算9759.38万元，其中：基本支出5377.64万元。",
      "spending",
      "9759.38",
    ],
    [
      "三、支出决算情况说明\n本年度支出决算为9759.38万元，其中：项目支出4381.74万元，占44.90%。",
      "spending",
      "9759.38",
    ],
    [
      "二、收入决算情况说明\n2024年度收入决算数为9746.50万元，其中：财政拨款收入9746.50万元，占100.00%。",
      "revenue",
      "9746.50",
    ],
  ] as const)("%s", (text, kind, expected) => {
    expect(whole(text, kind)).toBe(expected);
  });

  it.each([
    // in 一 it may be the 总计; without a heading it is not known to be 三's
    [
      "一、收入支出决算总体情况说明\n2024年度收入决算数为9859.38万元，支出决算数为9859.38万元。",
      "revenue",
    ],
    [
      "一、收入支出决算总体情况说明\n2024年度收入决算数为9859.38万元，支出决算数为9859.38万元。",
      "spending",
    ],
    ["2024年度支出决算数为9759.38万元，其中：基本支出5377.64万元，占55.10%。", "spending"],
    // not right after the year: another figure's (一般公共预算财政拨款支出决算, 基本支出决算, last year's)
    ["三、支出决算情况说明\n2024年度基本支出决算为5377.64万元。", "spending"],
    ["三、支出决算情况说明\n收入、支出决算数均为9859.38万元。", "spending"],
    ["三、支出决算情况说明\n与2023年支出决算8566.18万元相比，增加。", "spending"],
  ] as const)("not the whole: %s", (text, kind) => {
    expect(whole(text, kind)).toBeUndefined();
  });
});
